import ExcelJS from "exceljs";
import { FakeWorkbookData, fakeRunner } from "../../../tests/fakes/fakeExcel";
import type { CellValue, SheetGrid } from "../../core/grid";
import { isReportMarker } from "../../core/layout/sheetNames";
import { syntheticRegister } from "../../samples/synthetic";
import { buildReportWorkbook } from "../file/reportWorkbook";
import { ExcelEngine } from "./excelEngine";
import { rowBlocks } from "./importTeams";
import { MAX_BATCH_BYTES } from "./readGrid";
import type { SettingsStore, StoredSettings } from "./settings";

const TODAY = "2025-06-01";
const PERIOD = { from: "2024-01-01", to: "2024-12-31" };
const DATE_FORMAT = "yyyy-mm-dd";
const DATE_COLUMNS = [6, 7];

function memorySettings(): SettingsStore & { stored: StoredSettings } {
  const s = {
    stored: {} as StoredSettings,
    load: () => JSON.parse(JSON.stringify(s.stored)),
    save: async (v: StoredSettings) => void (s.stored = JSON.parse(JSON.stringify(v))),
  };
  return s;
}

/** A team's register: its own insatser and ids (prefix), dates as dates. */
function teamRegister(seed: number, insatser: string[], prefix: string, rows = 60): SheetGrid {
  const reg = syntheticRegister({ rows, seed, insatser, fromYear: 2023, toYear: 2024 });
  return {
    ...reg,
    rows: reg.rows.map((r, i) => (i === 0 ? r : [`${prefix}${String(r[0])}`, ...r.slice(1)])),
  };
}

async function xlsx(...sheets: SheetGrid[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (r > 0 && DATE_COLUMNS.includes(c) && typeof v === "number") cell.numFmt = DATE_FORMAT;
      }),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The coordinator's workbook: a budget-less sheet of their own. */
function coordinatorWorkbook(extra: SheetGrid[] = []) {
  return FakeWorkbookData.fromGrid({ sheets: [{ name: "Blad1", rows: [["Kansliet"]] }, ...extra] });
}

function engineFor(data: FakeWorkbookData) {
  const runner = fakeRunner(data, () => null);
  const settings = memorySettings();
  return { engine: new ExcelEngine(runner.run, settings, TODAY), runner, settings };
}

/** A fake sheet's cells as the grid it holds (values only). */
function cellsOf(data: FakeWorkbookData, name: string): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [key, cell] of data.sheet(name)!.cells) {
    const [r, c] = key.split(",").map(Number);
    rows[r] ??= [];
    rows[r][c] = cell.value;
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
}

const trimmed = (rows: CellValue[][]) =>
  rows.map((r) => {
    const out = [...r];
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });

const norra = teamRegister(3, ["Samordningsteam Norra", "Arbetsträning Bro"], "N");
const sodra = teamRegister(4, ["Samordningsteam Södra", "Unga vuxna"], "S");
const files = async () => [
  { name: "Norra.xlsx", bytes: await xlsx(norra), fileDate: "2025-05-20" },
  { name: "Södra.xlsx", bytes: await xlsx(sodra, { name: "Anteckningar", rows: [["Hej"]] }) },
];

describe("Hämta teamens register", () => {
  test("two files: two sheets the add-in owns, with the files' values and date formats", async () => {
    const data = coordinatorWorkbook();
    const { engine, runner, settings } = engineFor(data);
    const result = await engine.importTeams(await files());

    expect(data.sheets.map((s) => s.name)).toEqual(["Blad1", "Team Norra", "Team Södra"]);
    expect(trimmed(cellsOf(data, "Team Norra"))).toEqual(trimmed(norra.rows));
    expect(trimmed(cellsOf(data, "Team Södra"))).toEqual(trimmed(sodra.rows));
    // Dates keep their format; text stays text (no apostrophe left in the cell).
    const start = data.sheet("Team Norra")!.cells.get(`1,${DATE_COLUMNS[0]}`)!;
    expect(typeof start.value).toBe("number");
    expect(start.numberFormat).toBe(DATE_FORMAT);
    expect(data.sheet("Team Norra")!.cells.get("0,0")!.value).toBe("Deltagar-ID");
    // Each sheet carries a marker that does not make it a report sheet.
    const markers = data.names.filter((n) => /Team/.test(n.formula));
    expect(markers).toHaveLength(2);
    for (const m of markers) expect(isReportMarker(m.name)).toBe(false);
    expect(markers.every((m) => !m.visible)).toBe(true);

    expect(result.skipped).toEqual([]);
    expect(result.conflicts).toEqual([]);
    expect(result.imported.map((t) => [t.sheet, t.file, t.fileDate, t.imported, t.rows])).toEqual([
      ["Team Norra", "Norra.xlsx", "2025-05-20", TODAY, norra.rows.length - 1],
      ["Team Södra", "Södra.xlsx", null, TODAY, sodra.rows.length - 1],
    ]);
    // The imported sheets are read as register sources.
    expect(result.overview.registerSheets.map((s) => s.name)).toEqual(["Team Norra", "Team Södra"]);
    expect(result.overview.insatser).toEqual(
      expect.arrayContaining(["Samordningsteam Norra", "Unga vuxna"]),
    );
    // Round trips: the workbook read (2), one per file (2), the workbook read again (2).
    expect(result.syncs).toBe(2);
    expect(runner.syncCount()).toBe(6);
    // Only file names and dates are kept in the workbook's settings.
    expect(JSON.stringify(settings.stored.teamImports)).not.toMatch(/N?D0000/);
  }, 60000);

  test("re-importing a team replaces only its sheet", async () => {
    const data = coordinatorWorkbook();
    const { engine } = engineFor(data);
    await engine.importTeams(await files());
    const before = data.snapshot("Team Södra");
    const changed = teamRegister(9, ["Samordningsteam Norra"], "N", 20);
    const again = await engine.importTeams([
      { name: "norra.xlsx", bytes: await xlsx(changed), fileDate: "2025-06-01" },
    ]);
    expect(data.sheets.map((s) => s.name)).toEqual(["Blad1", "Team Södra", "Team Norra"]);
    expect(trimmed(cellsOf(data, "Team Norra"))).toEqual(trimmed(changed.rows));
    expect(data.snapshot("Team Södra")).toBe(before);
    expect(data.names.filter((n) => /Team/.test(n.formula))).toHaveLength(2);
    expect(again.overview.teamSheets!.map((t) => [t.sheet, t.file, t.fileDate])).toEqual([
      ["Team Södra", "Södra.xlsx", null],
      ["Team Norra", "norra.xlsx", "2025-06-01"],
    ]);
  }, 60000);

  test("a team whose file had two registers and now has one: both earlier sheets give way", async () => {
    const data = coordinatorWorkbook();
    const { engine } = engineFor(data);
    const second = { ...teamRegister(5, ["Unga vuxna"], "U", 10), name: "Unga" };
    await engine.importTeams([{ name: "Norra.xlsx", bytes: await xlsx(norra, second) }]);
    expect(data.sheets.map((s) => s.name)).toEqual([
      "Blad1",
      "Team Norra Deltagare",
      "Team Norra Unga",
    ]);
    await engine.importTeams([{ name: "Norra.xlsx", bytes: await xlsx(norra) }]);
    expect(data.sheets.map((s) => s.name)).toEqual(["Blad1", "Team Norra Deltagare"]);
    expect(data.names).toHaveLength(1);
  }, 60000);

  test("a team sheet the user deleted is imported again under one marker", async () => {
    const data = coordinatorWorkbook();
    const { engine } = engineFor(data);
    await engine.importTeams(await files());
    // Deleting a sheet in Excel leaves its workbook name behind.
    data.sheets = data.sheets.filter((s) => s.name !== "Team Norra");
    const again = await engine.importTeams((await files()).slice(0, 1));
    expect(again.imported.map((t) => t.sheet)).toEqual(["Team Norra"]);
    const markers = data.names.map((n) => n.name);
    expect(new Set(markers).size).toBe(markers.length);
    expect(markers).toHaveLength(2);
  }, 60000);

  test("a user's sheet with the team's name is never overwritten", async () => {
    const mine: SheetGrid = { name: "Team Norra", rows: [["Mina anteckningar"], [1, 2, 3]] };
    const data = coordinatorWorkbook([mine]);
    const { engine } = engineFor(data);
    const before = data.snapshot("Team Norra");
    const result = await engine.importTeams(await files());
    expect(data.snapshot("Team Norra")).toBe(before);
    expect(result.imported.map((t) => t.sheet)).toEqual(["Team Norra (2)", "Team Södra"]);
    expect(trimmed(cellsOf(data, "Team Norra (2)"))).toEqual(trimmed(norra.rows));
  }, 60000);

  test("a file without a register or not a workbook is skipped, and says why", async () => {
    const data = coordinatorWorkbook();
    const { engine } = engineFor(data);
    const result = await engine.importTeams([
      { name: "Tom.xlsx", bytes: await xlsx({ name: "Blad1", rows: [["Hej"]] }) },
      { name: "Trasig.xlsx", bytes: new TextEncoder().encode("inte en arbetsbok") },
    ]);
    expect(result.skipped.map((s) => [s.file, s.reason])).toEqual([
      ["Tom.xlsx", "no-register"],
      ["Trasig.xlsx", "unreadable"],
    ]);
    expect(result.skipped[1].message).toMatch(/Trasig\.xlsx/);
    expect(data.sheets.map((s) => s.name)).toEqual(["Blad1"]);
  }, 60000);

  test("the same insats in two files with different rows is a conflict, as in the CLI", async () => {
    const other = teamRegister(7, ["Samordningsteam Norra"], "X", 10);
    const sources = [
      { name: "Norra.xlsx", bytes: await xlsx(norra) },
      { name: "Annan.xlsx", bytes: await xlsx(other) },
    ];
    const data = coordinatorWorkbook();
    const { engine } = engineFor(data);
    const result = await engine.importTeams(sources);
    const cli = await buildReportWorkbook(sources, { period: PERIOD, today: TODAY });
    expect(cli.prepared.conflicts).toEqual([
      { insats: "Samordningsteam Norra", files: ["Norra.xlsx", "Annan.xlsx"] },
    ]);
    expect(result.conflicts).toEqual(cli.prepared.conflicts);
    // The summary waits until the conflict is resolved, as `report` does.
    const report = await engine.report({
      period: PERIOD,
      insatser: [],
      sheets: ["resultat"],
      hideSmall: false,
    });
    expect(report.conflicts).toEqual(cli.prepared.conflicts);
    expect(report.sheets).toEqual([]);
  }, 60000);

  test("the same insats sent twice with identical rows counts once, as in the CLI", async () => {
    const bytes = await xlsx(norra);
    const sources = [
      { name: "Norra.xlsx", bytes },
      { name: "Norra kopia.xlsx", bytes },
    ];
    const data = coordinatorWorkbook();
    const { engine } = engineFor(data);
    const result = await engine.importTeams(sources);
    expect(result.conflicts).toEqual([]);
    const request = {
      period: PERIOD,
      insatser: [],
      sheets: ["resultat" as const],
      hideSmall: false,
    };
    const report = await engine.report(request);
    const once = await buildReportWorkbook(sources.slice(0, 1), { period: PERIOD, today: TODAY });
    expect(report.model.total.participants).toEqual(once.prepared.model.total.participants);
    expect(report.model.total.participants.total).toBeGreaterThan(10);
    // Live formulas, over the first copy only (the second's sheet is left out of them).
    expect(report.valueInsatser).toEqual([]);
  }, 60000);

  test("Skapa sammanställning after the import: the figures equal the file host's report", async () => {
    const sources = await files();
    const data = coordinatorWorkbook();
    const { engine } = engineFor(data);
    await engine.importTeams(sources);
    const report = await engine.report({
      period: PERIOD,
      insatser: [],
      sheets: ["resultat", "kontroll"],
      hideSmall: false,
    });
    const cli = await buildReportWorkbook(sources, {
      period: PERIOD,
      today: TODAY,
      sheets: ["resultat", "kontroll"],
    });
    const figures = (m: typeof report.model) => ({
      period: m.period,
      insatser: m.insatser,
      total: m.total,
      years: m.years,
      cost: m.cost,
      referrerByMunicipality: m.referrerByMunicipality,
      excluded: m.excludedRows.length,
    });
    expect(report.model.insatser.map((i) => i.name).sort()).toEqual(
      ["Arbetsträning Bro", "Samordningsteam Norra", "Samordningsteam Södra", "Unga vuxna"].sort(),
    );
    expect(report.model.total.participants.total).toBeGreaterThan(20);
    expect(figures(report.model)).toEqual(figures(cli.prepared.model));
    // Live formulas over the teams' sheets.
    const formulas = [...data.sheet(report.sheets[0])!.cells.values()]
      .map((c) => c.formula)
      .filter((f): f is string => f !== undefined);
    expect(formulas.some((f) => f.includes("'Team Norra'!"))).toBe(true);
    expect(formulas.some((f) => f.includes("'Team Södra'!"))).toBe(true);
    expect(report.valueInsatser).toEqual([]);
  }, 60000);
});

test("a 20 000-row team file: every request under 4 MB, one round trip per 4 MB", async () => {
  const big = teamRegister(11, ["Samordningsteam Norra"], "N", 20000);
  const data = coordinatorWorkbook();
  const { engine, runner } = engineFor(data);
  const result = await engine.importTeams([{ name: "Stor.xlsx", bytes: await xlsx(big) }]);
  const writes = runner.contexts[0].syncs.slice(-result.syncs);
  for (const s of writes) {
    expect(s.requestBytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(s.calculationSuspended).toBe(true);
  }
  const total = writes.reduce((n, s) => n + s.requestBytes, 0);
  expect(result.syncs).toBe(Math.ceil(total / MAX_BATCH_BYTES));
  expect(trimmed(cellsOf(data, "Team Stor"))).toEqual(trimmed(big.rows));
}, 120000);

test("row blocks stay under the byte limit and cover every row once", () => {
  const sheet = teamRegister(2, ["A"], "B", 500);
  const blocks = rowBlocks(sheet, undefined, 4000);
  expect(blocks.length).toBeGreaterThan(5);
  for (const b of blocks) expect(b.bytes).toBeLessThanOrEqual(4000);
  expect(blocks.map((b) => b.firstRow)).toEqual(
    blocks.map((_, i) => blocks.slice(0, i).reduce((n, x) => n + x.formulas.length, 0)),
  );
  expect(blocks.reduce((n, b) => n + b.formulas.length, 0)).toBe(sheet.rows.length);
});
