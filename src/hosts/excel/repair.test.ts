import { agreeingFigures } from "../../../tests/fakes/agreeingExcel";
import { FakeContext, FakeWorkbookData, fakeRunner } from "../../../tests/fakes/fakeExcel";
import type { CellValue, WorkbookGrid } from "../../core/grid";
import { FORMATS, type SheetKind } from "../../core/layout/sheetSpec";
import { readWorkbook } from "../../core/readWorkbook";
import { applyRepairs as repairGrid } from "../../core/repair/applyRepairs";
import { planRepairs } from "../../core/repair/planRepairs";
import { syntheticRegister } from "../../samples/synthetic";
import { ExcelEngine } from "./excelEngine";
import { MAX_BATCH_BYTES, readWorkbookGrid } from "./readGrid";
import { formulaInput } from "./repairCells";
import { excelRunner } from "./runner";
import type { SettingsStore, StoredSettings } from "./settings";

/*
 * Issue 13, inside Excel: the repair previewed with the check, applied in one batch (two syncs
 * for 20 000 rows), undone exactly; after it every Resultat figure is a formula Excel agrees with.
 */
const TODAY = "2025-06-01";
const period = { from: "2024-01-01", to: "2024-12-31" };
const request = {
  period,
  insatser: [] as string[],
  sheets: ["resultat", "budget", "kostnad", "tabeller", "kontroll"] as SheetKind[],
  hideSmall: false,
};

function memorySettings(): SettingsStore {
  let stored = {} as StoredSettings;
  return {
    load: () => JSON.parse(JSON.stringify(stored)),
    save: async (v: StoredSettings) => void (stored = JSON.parse(JSON.stringify(v))),
  };
}

/** A register typed loosely (text dates, stray spaces, synonyms), with a budget table. */
function messyGrid(rows: number): WorkbookGrid {
  const reg = syntheticRegister({
    rows,
    seed: 11,
    messiness: 0.3,
    insatser: ["Samordningsteam Norra", "Samordningsteam Södra"],
    fromYear: 2023,
    toYear: 2024,
  });
  // Numbers typed as text, and a space-only end date.
  const birth = (reg.rows[0] as CellValue[]).indexOf("Födelseår");
  const end = (reg.rows[0] as CellValue[]).indexOf("Avslutsdatum");
  for (let r = 3; r < reg.rows.length; r += 7) reg.rows[r][birth] = String(reg.rows[r][birth]);
  const open = reg.rows.findIndex((r, i) => i > 0 && r[end] === null);
  reg.rows[open][end] = "  ";
  const budget = {
    name: "Budget",
    rows: [
      ["Budget 2024 (tkr)"],
      ["Insats", "Tilldelade medel", "Använda medel"],
      ["Samordningsteam Norra", 1000, 900],
      ["Samordningsteam Södra", 800, 850],
    ] as CellValue[][],
  };
  return { sheets: [reg, budget] };
}

/** The workbook in the fake; the text dates in cells formatted as text ("@"), the rest General. */
function fakeOf(grid: WorkbookGrid): FakeWorkbookData {
  const data = FakeWorkbookData.fromGrid(grid);
  for (const cell of data.sheet("Deltagare")!.cells.values())
    if (typeof cell.value === "string" && /\d+\/\d+/.test(cell.value)) cell.numberFormat = "@";
  return data;
}

async function gridOf(data: FakeWorkbookData): Promise<WorkbookGrid> {
  const ctx = new FakeContext(data, () => null);
  return (await readWorkbookGrid(ctx as unknown as Excel.RequestContext)).grid;
}

describe("Rätta registret inside Excel", () => {
  test("the check previews the repairs per rule; nothing is written before the user confirms", async () => {
    const grid = messyGrid(300);
    const data = fakeOf(grid);
    const before = data.snapshot("Deltagare");
    const runner = fakeRunner(data, () => null);
    const engine = new ExcelEngine(runner.run, memorySettings(), TODAY);
    const checked = await engine.check();
    const planned = planRepairs(readWorkbook(grid, { today: TODAY }), grid);
    expect(checked.repairs!.total).toBe(planned.length);
    expect(checked.repairs!.groups.map((g) => g.rule)).toEqual(
      expect.arrayContaining(["date", "number", "category", "trim", "blank"]),
    );
    for (const g of checked.repairs!.groups) expect(g.examples.length).toBeGreaterThan(0);
    expect(data.snapshot("Deltagare")).toBe(before);
  }, 30_000);

  test("20 000 rows: applied in one batch of two syncs, under Excel's request limit", async () => {
    const grid = messyGrid(20_000);
    const data = fakeOf(grid);
    const runner = fakeRunner(data, () => null);
    const engine = new ExcelEngine(runner.run, memorySettings(), TODAY);
    const planned = (await engine.check()).repairs!.total;
    expect(planned).toBeGreaterThan(10_000);
    const first = runner.contexts.length;
    const done = await engine.repair();
    const apply = runner.contexts[first];
    expect(apply.syncs.length).toBeLessThanOrEqual(2);
    for (const s of apply.syncs) {
      expect(s.requestBytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
      expect(s.responseBytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    }
    expect(done.repaired).toBe(planned);
    // The workbook now holds what the engine read: nothing left to repair, the same register.
    const after = await gridOf(data);
    expect(after.sheets[0].rows).toEqual(
      repairGrid(grid, planRepairs(readWorkbook(grid, { today: TODAY }), grid)).sheets[0].rows,
    );
    expect(planRepairs(readWorkbook(after, { today: TODAY }), after)).toEqual([]);
  }, 120_000);

  test("a repaired text date gets the date format; Ångra restores every value and format exactly", async () => {
    const grid = messyGrid(500);
    const data = fakeOf(grid);
    const before = data.snapshot("Deltagare");
    const runner = fakeRunner(data, () => null);
    const engine = new ExcelEngine(runner.run, memorySettings(), TODAY);
    await engine.check();
    await engine.repair();
    const cells = data.sheet("Deltagare")!.cells;
    const dated = [...cells.values()].filter((c) => c.numberFormat === FORMATS.date);
    expect(dated.length).toBeGreaterThan(0);
    for (const c of dated) expect(typeof c.value).toBe("number");
    expect(data.snapshot("Deltagare")).not.toBe(before);

    const first = runner.contexts.length;
    await engine.undoRepair();
    expect(runner.contexts[first].syncs.length).toBeLessThanOrEqual(2);
    expect(data.snapshot("Deltagare")).toBe(before);
  }, 60_000);

  test("a cell the user changed after the check is neither repaired nor undone", async () => {
    const grid = messyGrid(200);
    const data = fakeOf(grid);
    const runner = fakeRunner(data, () => null);
    const engine = new ExcelEngine(runner.run, memorySettings(), TODAY);
    await engine.check();
    const planned = planRepairs(readWorkbook(grid, { today: TODAY }), grid);
    const [a, b] = planned;
    data.sheet("Deltagare")!.cells.get(`${a.row},${a.col}`)!.value = "ändrad";
    const done = await engine.repair();
    expect(done.repaired).toBe(planned.length - 1);
    expect(data.sheet("Deltagare")!.cells.get(`${a.row},${a.col}`)!.value).toBe("ändrad");
    data.sheet("Deltagare")!.cells.get(`${b.row},${b.col}`)!.value = "igen";
    await engine.undoRepair();
    expect(data.sheet("Deltagare")!.cells.get(`${b.row},${b.col}`)!.value).toBe("igen");
  }, 60_000);

  test("after the repair, generate: every Resultat figure is a formula and the read-back agrees", async () => {
    const grid = messyGrid(400);
    const data = fakeOf(grid);
    let figures: Record<string, CellValue> = {};
    const runner = fakeRunner(data, (sheet, address) => figures[`${sheet}!${address}`] ?? null);
    const engine = new ExcelEngine(runner.run, memorySettings(), TODAY);
    figures = agreeingFigures(grid, { period, today: TODAY });
    const unrepaired = await engine.report(request);
    expect(unrepaired.valueInsatser.length).toBeGreaterThan(0);

    const fresh = fakeOf(grid);
    const runner2 = fakeRunner(fresh, (sheet, address) => figures[`${sheet}!${address}`] ?? null);
    const engine2 = new ExcelEngine(runner2.run, memorySettings(), TODAY);
    await engine2.check();
    await engine2.repair();
    figures = agreeingFigures(await gridOf(fresh), { period, today: TODAY });
    const result = await engine2.report(request);
    expect(result.valueInsatser).toEqual([]);
    expect(result.differences).toEqual([]);
    expect(result.model.total).toEqual(unrepaired.model.total);
  }, 60_000);

  test("every batch of the repair and its undo waits while a cell is edited (delayForCellEdit)", async () => {
    const data = fakeOf(messyGrid(50));
    const options: unknown[] = [];
    const excel = {
      run: (o: unknown, batch: (c: Excel.RequestContext) => Promise<unknown>) => {
        options.push(o);
        return batch(new FakeContext(data, () => null) as unknown as Excel.RequestContext);
      },
    };
    (globalThis as unknown as { Excel: unknown }).Excel = excel;
    try {
      const engine = new ExcelEngine(excelRunner, memorySettings(), TODAY);
      await engine.check();
      await engine.repair();
      await engine.undoRepair();
    } finally {
      delete (globalThis as unknown as { Excel?: unknown }).Excel;
    }
    expect(options.length).toBeGreaterThan(3);
    expect(new Set(options.map((o) => JSON.stringify(o)))).toEqual(
      new Set(['{"delayForCellEdit":true}']),
    );
  }, 30_000);

  test("text is written with its apostrophe, so Excel never turns it into a date, number or formula", () => {
    for (const text of ["5 mars 2024", "0012", "=A1", "TRUE", "Kvinna", " "])
      expect(formulaInput(text)).toBe(`'${text}`);
    expect(formulaInput(45356)).toBe(45356);
    expect(formulaInput(null)).toBe("");
  });
});
