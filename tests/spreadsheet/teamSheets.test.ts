import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SheetGrid } from "../../src/core/grid";
import { planTeamImport } from "../../src/core/import/teamSheets";
import { buildReportWorkbook } from "../../src/hosts/file/reportWorkbook";
import { syntheticRegister } from "../../src/samples/synthetic";
import { formulaResults, same } from "./formulaResults";
import { recalculate, sofficePath } from "./libreoffice";

/*
 * The coordinator's workbook as Hämta teamens register leaves it (each team's register on a marked
 * sheet of its own), reported on: every formula over the teams' sheets, recalculated by LibreOffice,
 * equals the engine, and the figures equal the report over the teams' own files.
 */
const dir = mkdtempSync(join(tmpdir(), "finsam-teams-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PERIOD = { from: "2024-01-01", to: "2024-12-31" };
const TODAY = "2025-06-01";

const team = (seed: number, insatser: string[], prefix: string): SheetGrid => {
  const reg = syntheticRegister({ rows: 80, seed, insatser, fromYear: 2023, toYear: 2024 });
  return {
    ...reg,
    rows: reg.rows.map((r, i) => (i === 0 ? r : [`${prefix}${String(r[0])}`, ...r.slice(1)])),
  };
};

async function xlsx(sheets: SheetGrid[], names: [string, string][] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (r > 0 && (c === 6 || c === 7) && typeof v === "number") cell.numFmt = "yyyy-mm-dd";
      }),
    );
  }
  for (const [name, sheet] of names) wb.definedNames.add(`'${sheet}'!$A$1`, name);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("a report over the teams' sheets: LibreOffice agrees, and the figures equal the teams' files'", async () => {
  if (!sofficePath()) throw new Error("LibreOffice saknas: installera libreoffice-calc.");
  const norra = team(21, ["Samordningsteam Norra", "Arbetsträning Bro"], "N");
  const sodra = team(22, ["Samordningsteam Södra", "Unga vuxna"], "S");
  const files = [
    { name: "Norra.xlsx", bytes: await xlsx([norra]) },
    { name: "Södra.xlsx", bytes: await xlsx([sodra]) },
  ];
  const plan = planTeamImport(
    files.map((f) => ({ file: f.name, registerSheets: ["Deltagare"] })),
    [{ name: "Blad1", marker: null }],
  );
  const sheets = plan.sheets.map((s, i) => ({ ...[norra, sodra][i], name: s.name }));
  const coordinator = await xlsx(
    [{ name: "Blad1", rows: [["Kansliet"]] }, ...sheets],
    plan.sheets.map((s) => [s.marker, s.name]),
  );
  const options = {
    period: PERIOD,
    today: TODAY,
    sheets: ["resultat" as const, "tabeller" as const],
  };
  const built = await buildReportWorkbook(
    [{ name: "Förbundet.xlsx", bytes: coordinator }],
    options,
  );
  const cli = await buildReportWorkbook(files, options);

  const figures = (m: typeof built.prepared.model) => ({
    insatser: m.insatser,
    total: m.total,
    years: m.years,
  });
  expect(built.prepared.model.total.participants.total).toBeGreaterThan(40);
  expect(figures(built.prepared.model)).toEqual(figures(cli.prepared.model));
  expect(built.valueInsatser).toEqual([]);

  const path = join(dir, "forbundet.xlsx");
  writeFileSync(path, built.bytes!);
  const [recalculated] = await recalculate([path], join(dir, "recalculated"));
  const written = await formulaResults(path, built.sheets);
  const computed = await formulaResults(recalculated, built.sheets);
  const overTeams = [...written.values()].filter(([f]) => /'Team (Norra|Södra)'!/.test(f));
  expect(overTeams.length).toBeGreaterThan(50);
  const wrong = [...written]
    .filter(([at, [, cached]]) => !same(cached, computed.get(at)?.[1]))
    .map(
      ([at, [f, cached]]) =>
        `${at}: ${JSON.stringify(cached)} ≠ ${JSON.stringify(computed.get(at)?.[1])} (${f.slice(0, 80)})`,
    );
  expect(wrong).toEqual([]);
}, 300000);

test("the same team's file sent twice: counted once, and every figure LibreOffice recalculates agrees", async () => {
  if (!sofficePath()) throw new Error("LibreOffice saknas: installera libreoffice-calc.");
  const norra = team(23, ["Samordningsteam Norra", "Arbetsträning Bro"], "N");
  const bytes = await xlsx([norra]);
  const options = { period: PERIOD, today: TODAY, sheets: ["resultat" as const] };
  const twice = await buildReportWorkbook(
    [
      { name: "Norra.xlsx", bytes },
      { name: "Norra igen.xlsx", bytes },
    ],
    options,
  );
  const once = await buildReportWorkbook([{ name: "Norra.xlsx", bytes }], options);
  expect(twice.prepared.model.total).toEqual(once.prepared.model.total);
  // Live formulas over the first copy only: LibreOffice must not count the second.
  expect(twice.valueInsatser).toEqual([]);
  const path = join(dir, "twice.xlsx");
  writeFileSync(path, twice.bytes!);
  const [recalculated] = await recalculate([path], join(dir, "recalculated-twice"));
  const written = await formulaResults(path, twice.sheets);
  const computed = await formulaResults(recalculated, twice.sheets);
  const wrong = [...written]
    .filter(([at, [, cached]]) => !same(cached, computed.get(at)?.[1]))
    .map(([at, [f]]) => `${at}: ${f.slice(0, 80)}`);
  expect(wrong).toEqual([]);
  expect([...written.values()].some(([f]) => f.includes("'Deltagare (Norra igen)'!"))).toBe(false);
  expect(written.size).toBeGreaterThan(50);
}, 300000);
