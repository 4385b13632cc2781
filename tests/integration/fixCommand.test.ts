import ExcelJS from "exceljs";
import { existsSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { text } from "../../src/cli/text.sv";
import { a1 } from "../../src/core/grid";
import { FORMATS } from "../../src/core/layout/sheetSpec";
import { readWorkbook } from "../../src/core/readWorkbook";
import { REPAIR_RULE_TITLES } from "../../src/core/repair/ruleText";
import { planRepairs } from "../../src/core/repair/planRepairs";
import { buildReportWorkbook } from "../../src/hosts/file/reportWorkbook";
import { repairWorkbook } from "../../src/hosts/file/repairWorkbook";
import { readWorkbookGrid } from "../../src/hosts/file/xlsx";
import { ReadBudget } from "../../src/hosts/file/xlsx/limits";
import { entryData, openZip } from "../../src/hosts/file/xlsx/zip";
import { writeMessySample } from "../helpers/messyWorkbook";
import { run, sha256, tempFolder } from "./helpers/files";

/*
 * `finsam-rapport fix` (issue 13): a messy register repaired into a copy at the package level,
 * never in place; the copy reads as the engine read the original, and its report has every
 * figure as a formula.
 */
const { dir, remove } = tempFolder("finsam-fix-");
afterAll(remove);
const messy = join(dir, "rörig.xlsx");
const fixed = join(dir, "rättad.xlsx");
const today = "2025-06-01";
const period = { from: "2024-01-01", to: "2024-12-31" };

beforeAll(() => writeMessySample(messy), 60_000);

/** Zip entries whose stored bytes differ between two packages. */
function changedParts(a: Uint8Array, b: Uint8Array): string[] {
  const za = openZip(a, new ReadBudget("a.xlsx"));
  const zb = openZip(b, new ReadBudget("b.xlsx"));
  expect([...zb.entries.keys()]).toEqual([...za.entries.keys()]);
  return [...za.entries]
    .filter(([k, e]) => {
      const other = zb.entries.get(k)!;
      return Buffer.compare(entryData(za, e), entryData(zb, other)) !== 0;
    })
    .map(([k]) => k);
}

describe("finsam-rapport fix", () => {
  let result: { code: number; out: string; err: string };
  let before: string;
  beforeAll(async () => {
    before = sha256(messy);
    result = await run(["fix", messy, "-o", fixed, "--today", today]);
  }, 60_000);

  it("writes the copy, lists the repairs per rule and leaves the original as it was", () => {
    // The sample's planted mistakes need a decision: errors are left (exit 1).
    expect(result.err).toBe("");
    expect(result.code).toBe(1);
    expect(sha256(messy)).toBe(before);
    expect(result.out).toContain(REPAIR_RULE_TITLES.sv.date);
    expect(result.out).toContain(REPAIR_RULE_TITLES.sv.category);
    expect(result.out).toContain(REPAIR_RULE_TITLES.sv.trim);
  });

  it("changes only the repaired cells: the sheet's XML and the styles part, nothing else", () => {
    const src = new Uint8Array(readFileSync(messy));
    const out = new Uint8Array(readFileSync(fixed));
    const changed = changedParts(src, out);
    expect(changed.sort()).toEqual(
      changed.filter((p) => /worksheets\/sheet\d+\.xml$|styles\.xml$/.test(p)).sort(),
    );
    expect(changed.some((p) => p.endsWith("styles.xml"))).toBe(true);

    const srcGrid = readWorkbookGrid(src, "a.xlsx");
    const outGrid = readWorkbookGrid(out, "b.xlsx");
    const repairs = planRepairs(readWorkbook(srcGrid, { today }), srcGrid);
    expect(repairs.length).toBeGreaterThan(50);
    const repaired = new Map(repairs.map((r) => [`${r.sheet}!${a1(r.row, r.col)}`, r.after]));
    srcGrid.sheets.forEach((s, i) =>
      s.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const k = `${s.name}!${a1(r, c)}`;
          const want = repaired.has(k) ? repaired.get(k) : v;
          expect({ k, v: outGrid.sheets[i].rows[r]?.[c] ?? null }).toEqual({ k, v: want });
        }),
      ),
    );
    // Read again, nothing is left to repair, and the register reads as before.
    expect(repairWorkbook(out, "b.xlsx", { today }).repairs).toEqual([]);
    expect(readWorkbook(outGrid, { today }).register.rows).toEqual(
      readWorkbook(srcGrid, { today }).register.rows,
    );
  });

  it("gives a repaired date a date format", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixed);
    const src = readWorkbookGrid(new Uint8Array(readFileSync(messy)), "a.xlsx");
    const date = planRepairs(readWorkbook(src, { today }), src).find((r) => r.rule === "date")!;
    const cell = wb.getWorksheet(date.sheet)!.getCell(a1(date.row, date.col));
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe(FORMATS.date);
  });

  it("makes every Resultat figure a formula in the report on the repaired file", async () => {
    const src = await buildReportWorkbook([{ name: "a.xlsx", bytes: readFileSync(messy) }], {
      period,
      today,
    });
    const out = await buildReportWorkbook([{ name: "b.xlsx", bytes: readFileSync(fixed) }], {
      period,
      today,
    });
    expect(src.valueInsatser.length).toBeGreaterThan(0);
    expect(out.valueInsatser).toEqual([]);
    expect(out.prepared.model.total).toEqual(src.prepared.model.total);
  }, 60_000);

  it("refuses to write over the input, by any path (exit 2)", async () => {
    const link = join(dir, "länk.xlsx");
    symlinkSync(messy, link);
    const hash = sha256(messy);
    for (const out of [messy, link]) {
      const r = await run(["fix", messy, "-o", out]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(text.sameAsInput);
    }
    expect(sha256(messy)).toBe(hash);
  });

  it("refuses an existing output without --skriv-over, and says when there is nothing to repair", async () => {
    const r = await run(["fix", messy, "-o", fixed]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(text.outputExists(fixed));
    const again = join(dir, "igen.xlsx");
    const n = await run(["fix", fixed, "-o", again, "--today", today]);
    expect(n.out).toContain(text.fixNothing("rättad.xlsx"));
    expect(existsSync(again)).toBe(false);
  }, 60_000);
});
