import {
  FakeContext,
  FakeWorkbookData,
  fakeRunner,
  type Evaluator,
} from "../../../tests/fakes/fakeExcel";
import { agreeingFigures } from "../../../tests/fakes/agreeingExcel";
import type { CellValue, WorkbookGrid } from "../../core/grid";
import { validateWorkbook } from "../../core/validateWorkbook";
import { syntheticRegister } from "../../samples/synthetic";
import { ExcelEngine } from "./excelEngine";
import { MAX_BATCH_BYTES, readWorkbookGrid } from "./readGrid";
import type { SettingsStore, StoredSettings } from "./settings";

const TODAY = "2025-06-01";
const request = {
  period: { from: "2024-01-01", to: "2024-12-31" },
  insatser: [] as string[],
  sheets: ["resultat", "budget", "kostnad", "tabeller", "kontroll"] as const,
  hideSmall: false,
};

function memorySettings(): SettingsStore & { stored: StoredSettings } {
  const s = {
    stored: {} as StoredSettings,
    load: () => JSON.parse(JSON.stringify(s.stored)),
    save: async (v: StoredSettings) => void (s.stored = JSON.parse(JSON.stringify(v))),
  };
  return s;
}

function budgetSheet(): { name: string; rows: CellValue[][] } {
  return {
    name: "Budget",
    rows: [
      ["Budget 2024 (tkr)"],
      ["Insats", "Tilldelade medel", "Använda medel"],
      ["Samordningsteam Norra", 1000, 900],
      ["Samordningsteam Södra", 800, 850],
    ],
  };
}

function registerGrid(
  rows: number,
  extra: { name: string; rows: CellValue[][] }[] = [],
): WorkbookGrid {
  const reg = syntheticRegister({
    rows,
    seed: 5,
    insatser: ["Samordningsteam Norra", "Samordningsteam Södra"],
    fromYear: 2023,
    toYear: 2024,
  });
  return { sheets: [reg, budgetSheet(), ...extra] };
}

/** What a correct Excel computes: the engine's figures (the formulas themselves are proven in LibreOffice). */
function excelThatAgrees(
  grid: WorkbookGrid,
  existing?: { name: string; marker: string | null }[],
  budgetSheet?: string,
): Evaluator {
  const figures = agreeingFigures(grid, {
    period: request.period,
    today: TODAY,
    existing,
    budgetSheet,
  });
  return (sheet, address) => figures[`${sheet}!${address}`] ?? null;
}

function engineFor(data: FakeWorkbookData, evaluate: Evaluator = () => null) {
  const runner = fakeRunner(data, evaluate);
  const settings = memorySettings();
  return { engine: new ExcelEngine(runner.run, settings, TODAY), runner, settings };
}

describe("the strict fake", () => {
  test("reading a property before load() and sync() throws, as in Excel", async () => {
    const ctx = new FakeContext(FakeWorkbookData.fromGrid(registerGrid(3)), () => null);
    const ws = (ctx as unknown as Excel.RequestContext).workbook.worksheets.getFirst();
    expect(() => ws.name).toThrow(/PropertyNotLoaded/);
    ws.load("name");
    expect(() => ws.name).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(ws.name).toBe("Deltagare");
    expect(ctx.syncs).toHaveLength(1);
  });
});

describe("reading the workbook", () => {
  test.each([
    [200, 2],
    [20000, 2],
    [100000, 6],
  ])(
    "%i rows: %i syncs, no request or response over 4 MB, the grid as it is",
    async (rows, syncs) => {
      const grid = registerGrid(rows);
      const data = FakeWorkbookData.fromGrid(grid);
      const ctx = new FakeContext(data, () => null);
      const read = await readWorkbookGrid(ctx as unknown as Excel.RequestContext);
      expect(ctx.syncs).toHaveLength(syncs);
      for (const s of ctx.syncs) {
        expect(s.responseBytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
        expect(s.requestBytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
      }
      expect(read.grid.sheets.map((s) => s.name)).toEqual(["Deltagare", "Budget"]);
      expect(read.grid.sheets[0].rows).toEqual(grid.sheets[0].rows);
      expect(read.grid.sheets[1].rows).toEqual(grid.sheets[1].rows);
    },
    60000,
  );

  test("a used range that does not start at A1 keeps the cells' positions", async () => {
    const grid: WorkbookGrid = {
      sheets: [
        {
          name: "Blad1",
          rows: [
            [],
            [],
            [null, null, "Deltagar-ID", "Inskrivningsdatum"],
            [null, null, "A1", 45300],
          ],
        },
      ],
    };
    const read = await readWorkbookGrid(
      new FakeContext(
        FakeWorkbookData.fromGrid(grid),
        () => null,
      ) as unknown as Excel.RequestContext,
    );
    expect(read.grid.sheets[0].rows).toEqual(grid.sheets[0].rows);
  });
});

describe("validating inside Excel", () => {
  test("the same issues as the core finds, in two syncs for 20 000 rows", async () => {
    const grid = registerGrid(20000);
    grid.sheets[0].rows[5][8] = "Arbette";
    const { engine, runner } = engineFor(FakeWorkbookData.fromGrid(grid));
    const result = await engine.check();
    expect(runner.syncCount()).toBe(2);
    expect(result.issues).toEqual(validateWorkbook(grid, { today: TODAY }).issues);
    expect(result.issues.some((i) => i.cell === "I6" && i.code === "REG-CATEGORY-UNKNOWN")).toBe(
      true,
    );
  }, 60000);

  test("clicking an issue activates its sheet and selects the cell, in one sync", async () => {
    const data = FakeWorkbookData.fromGrid(registerGrid(10));
    const { engine, runner } = engineFor(data);
    expect(await engine.preview("Budget", 3, 1)).toBeNull();
    expect([data.activeSheet, data.selection, runner.syncCount()]).toEqual([
      "Budget",
      "Budget!B3:B3",
      1,
    ]);
  });
});

describe("generating inside Excel", () => {
  // Reading (2 syncs for 20 000 rows), writing, reading back, and the print setup in a batch of its own.
  test.each([
    [200, 5],
    [20000, 5],
    [100000, 9],
  ])(
    "%i rows: %i syncs, every figure read back equal, the register untouched",
    async (rows, syncs) => {
      const grid = registerGrid(rows);
      const data = FakeWorkbookData.fromGrid(grid);
      const before = [data.snapshot("Deltagare"), data.snapshot("Budget")];
      const { engine, runner } = engineFor(data, excelThatAgrees(grid));
      const result = await engine.report({ ...request, sheets: [...request.sheets] });
      expect(runner.syncCount()).toBe(syncs);
      for (const c of runner.contexts)
        for (const s of c.syncs)
          expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThanOrEqual(MAX_BATCH_BYTES);
      // The write held calculation and screen updates; the read-back and print setup after it did not (Excel had calculated).
      const generating = runner.contexts[runner.contexts.length - 1].syncs.slice(-3);
      expect(generating.map((s) => [s.calculationSuspended, s.screenUpdatingSuspended])).toEqual([
        [true, true],
        [false, false],
        [false, false],
      ]);
      expect(result.sheets).toEqual([
        "Resultat 2024",
        "Budget mot utfall 2024",
        "Kostnad per deltagare 2024",
        "Tabeller 2024",
        "Kontroll 2024",
      ]);
      expect(result.differences).toEqual([]);
      expect([data.snapshot("Deltagare"), data.snapshot("Budget")]).toEqual(before);
      const resultat = data.sheet("Resultat 2024")!;
      expect(resultat.tables.length).toBeGreaterThan(5);
      // Outcomes per insats, gender per insats, income before.
      expect(resultat.charts.map((c) => c.type)).toEqual([
        "BarStacked",
        "BarClustered",
        "BarClustered",
      ]);
      expect([...resultat.cells.values()].filter((c) => c.formula).length).toBeGreaterThan(100);
      expect(data.names.map((n) => n.name)).toEqual(
        expect.arrayContaining(["_FinsamRapport_resultat_2024", "_FinsamRapport_kontroll_2024"]),
      );
    },
    180000,
  );

  test("each sheet prints as its spec says: A4 landscape, one page wide, titles, area, breaks, footer with the workbook's name", async () => {
    const grid = registerGrid(200);
    const data = FakeWorkbookData.fromGrid(grid);
    data.workbookName = "Team & Co 2024.xlsx";
    const { engine } = engineFor(data, excelThatAgrees(grid));
    await engine.report({ ...request, sheets: [...request.sheets] });
    const resultat = data.sheet("Resultat 2024")!;
    const p = resultat.print!;
    expect([p.paperSize, p.orientation, p.zoom]).toEqual([
      "A4",
      "Landscape",
      { horizontalFitToPages: 1, verticalFitToPages: 0 },
    ]);
    expect(p.margins).toEqual({
      left: 50.4,
      right: 50.4,
      top: 54,
      bottom: 54,
      header: 21.6,
      footer: 21.6,
    });
    expect(p.titleRows).toBe("$1:$3");
    // The area ends at the last column of figures, not at the charts beside them.
    const cols = Math.max(...[...resultat.cells.keys()].map((k) => Number(k.split(",")[1])));
    expect(p.printArea).toMatch(new RegExp(`^A1:${String.fromCharCode(65 + cols)}\\d+$`));
    expect(p.leftFooter).toBe("Team && Co 2024.xlsx – period 2024");
    expect(p.rightFooter).toBe("Sida &P av &N");
    // No break falls inside a table: each is at a table's first row or outside every table.
    const tableRows = resultat.tables.map((t) => {
      const [, a, b] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(t.address)!;
      return [Number(a) - 1, Number(b) - 1];
    });
    expect(resultat.breaks!.length).toBeGreaterThan(0);
    for (const r of resultat.breaks!)
      expect(tableRows.filter(([first, last]) => r > first && r <= last)).toEqual([]);
    // Headers over figures right-aligned and wrapped, the label column left.
    const header = tableRows[0][0];
    expect(resultat.cells.get(`${header},1`)).toMatchObject({
      horizontalAlignment: "Right",
      wrapText: true,
    });
    expect(resultat.cells.get(`${header},0`)?.horizontalAlignment).toBeUndefined();
    expect(resultat.cells.get(`${header + 1},1`)?.horizontalAlignment).toBe("Right");
    // The title, longer than the label column, is spread over the printed columns, not cut at the area's edge.
    expect(resultat.merged).toContainEqual(p.printArea!.replace(/^A1:([A-Z]+)\d+$/, "A1:$11"));
    for (const name of ["Budget mot utfall 2024", "Kostnad per deltagare 2024", "Kontroll 2024"])
      expect(data.sheet(name)!.print).toMatchObject({ paperSize: "A4", orientation: "Landscape" });
  }, 60000);

  test("an Excel that refuses a print setting still gets the report, checked", async () => {
    const grid = registerGrid(200);
    const data = FakeWorkbookData.fromGrid(grid);
    const runner = fakeRunner(data, excelThatAgrees(grid));
    // The print setup's batch fails as an Excel without the setting would.
    let refused = 0;
    const run: typeof runner.run = (batch) =>
      runner.run((context) => {
        const ctx = context as unknown as FakeContext;
        const sync = ctx.sync.bind(ctx);
        ctx.sync = async () => {
          await sync();
          if (ctx.data.sheet("Resultat 2024")?.print && !refused++)
            throw new Error("InvalidArgument");
        };
        return batch(context);
      });
    const engine = new ExcelEngine(run, memorySettings(), TODAY);
    const result = await engine.report({ ...request, sheets: [...request.sheets] });
    expect(refused).toBeGreaterThan(0);
    expect(result.sheets).toHaveLength(request.sheets.length);
    expect(result.differences).toEqual([]);
  }, 60000);

  test("a workbook with neither register nor budget is refused in Swedish and nothing is written", async () => {
    const data = FakeWorkbookData.fromGrid({
      sheets: [{ name: "Blad1", rows: [["Anteckningar"]] }],
    });
    const before = data.snapshot("Blad1");
    const { engine, runner } = engineFor(data);
    await expect(engine.report({ ...request, sheets: [...request.sheets] })).rejects.toThrow(
      /^Hittade varken ett deltagarregister eller en budgettabell/,
    );
    expect(data.sheets.map((s) => s.name)).toEqual(["Blad1"]);
    expect(data.snapshot("Blad1")).toBe(before);
    expect(runner.syncCount()).toBe(2);
  });

  test("a figure Excel calculates differently is reported with its cell", async () => {
    const grid = registerGrid(200);
    const agree = excelThatAgrees(grid);
    const data = FakeWorkbookData.fromGrid(grid);
    const { engine } = engineFor(data, (sheet, address, formula) =>
      sheet === "Resultat 2024" && address === "B8" ? 999 : agree(sheet, address, formula),
    );
    const result = await engine.report({ ...request, sheets: [...request.sheets] });
    expect(result.differences).toEqual([
      {
        sheet: "Resultat 2024",
        cell: "B8",
        engine: result.model.insatser[0].participants.total,
        excel: 999,
      },
    ]);
  });

  test("regenerating replaces only the add-in's own sheets and gives the same result", async () => {
    const grid = registerGrid(200);
    const data = FakeWorkbookData.fromGrid(grid);
    const { engine } = engineFor(data, excelThatAgrees(grid));
    await engine.report({ ...request, sheets: [...request.sheets] });
    const first = data.sheets.map((s) => [s.name, data.snapshot(s.name)]);
    const names = data.names.map((n) => n.name).sort();
    const again = await engine.report({ ...request, sheets: [...request.sheets] });
    expect(again.renamed).toEqual([]);
    expect(data.sheets.map((s) => [s.name, data.snapshot(s.name)])).toEqual(first);
    expect(data.names.map((n) => n.name).sort()).toEqual(names);
  });

  test("a user's own sheet named Resultat 2024 survives; the new sheet gets a free name", async () => {
    const own = { name: "Resultat 2024", rows: [["Mina egna siffror"], [42]] as CellValue[][] };
    const grid = registerGrid(200, [own]);
    const data = FakeWorkbookData.fromGrid(grid);
    const mine = data.snapshot("Resultat 2024");
    const { engine } = engineFor(
      data,
      excelThatAgrees(
        grid,
        grid.sheets.map((s) => ({ name: s.name, marker: null })),
      ),
    );
    const result = await engine.report({ ...request, sheets: [...request.sheets] });
    expect(result.renamed).toEqual([["Resultat 2024", "Resultat 2024 (2)"]]);
    expect(data.snapshot("Resultat 2024")).toBe(mine);
    expect(data.sheet("Resultat 2024 (2)")).toBeDefined();
  });

  test("cells only the engine can read (a text date) make their insats values, never a rewrite of the user's cell", async () => {
    const grid = registerGrid(200);
    const textDateRow = grid.sheets[0].rows.findIndex(
      (r, i) => i > 0 && r[1] === "Samordningsteam Norra",
    );
    grid.sheets[0].rows[textDateRow][6] = "5/3/2024";
    const data = FakeWorkbookData.fromGrid(grid);
    const before = data.snapshot("Deltagare");
    const { engine } = engineFor(data, excelThatAgrees(grid));
    await engine.report({ ...request, sheets: [...request.sheets] });
    expect(data.snapshot("Deltagare")).toBe(before);
    const resultat = data.sheet("Resultat 2024")!;
    expect(resultat.cells.get("7,1")?.formula).toBeUndefined(); // Norra: a value
    expect(resultat.cells.get("7,2")?.formula).toMatch(/^COUNTIFS/); // Södra: still a formula
  });
});

describe("marking issues in the sheet", () => {
  test("marks error cells with the add-in's own conditional formats and removes exactly those", async () => {
    const grid = registerGrid(50);
    grid.sheets[0].rows[3][8] = "Arbette";
    grid.sheets[0].rows[4][6] = "31/02/2024";
    const data = FakeWorkbookData.fromGrid(grid);
    data.sheet("Deltagare")!.cfs.push({ id: "user-1", address: "A1:A10", rule: "ColorScale" });
    data.sheet("Deltagare")!.cells.get("3,8")!.numberFormat = "@";
    const before = data.snapshot("Deltagare");
    const { engine, settings } = engineFor(data);
    const issues = (await engine.check()).issues;
    // Errors at H4 (exit reason without end date), I4 (Arbette) and G5 (31/02/2024); a cell listed twice is one mark.
    expect(await engine.highlight([...issues, ...issues])).toBe(3);
    expect(data.sheet("Deltagare")!.cfs).toEqual([
      { id: "user-1", address: "A1:A10", rule: "ColorScale" },
      { id: expect.any(String), address: "H4,I4,G5", rule: "Custom" },
    ]);
    expect(settings.stored.highlights).toHaveLength(1);
    await engine.clearHighlights();
    expect(data.sheet("Deltagare")!.cfs.map((c) => c.id)).toEqual(["user-1"]);
    expect(data.snapshot("Deltagare")).toBe(before);
    expect(settings.stored.highlights).toEqual([]);
  });

  test("settings hold column choices, the period and marks, never participants' data", async () => {
    const grid = registerGrid(50, []);
    const data = FakeWorkbookData.fromGrid(grid);
    const { engine, settings } = engineFor(data, excelThatAgrees(grid));
    await engine.refresh();
    await engine.remap({ Deltagare: { columns: { age: null } } });
    await engine.report({ ...request, sheets: ["resultat"] });
    const stored = JSON.stringify(settings.stored);
    expect(settings.stored.period).toEqual(request.period);
    // Opened again, the pane starts from that period.
    expect(
      (await new ExcelEngine(fakeRunner(data, () => null).run, settings, TODAY).refresh())
        .savedPeriod,
    ).toEqual(request.period);
    expect(settings.stored.mapping).toEqual({ Deltagare: { columns: { age: null } } });
    expect(stored).not.toMatch(/D0000\d\d/);
  });
});

describe("the budget table the user chose", () => {
  /** A second budget for 2024 on its own sheet, with other figures, and an old one naming no year. */
  const ekonomi = {
    name: "Ekonomi",
    rows: [
      ["Budget och utfall 2024 (kr)"],
      [],
      ["Insats", "Budget", "Utfall"],
      ["Samordningsteam Norra", 500000, 450000],
      ["Samordningsteam Södra", 400000, 390000],
    ] as CellValue[][],
  };

  test("is saved in the workbook's settings, restored by a new engine, and used in the report", async () => {
    const grid = registerGrid(200, [ekonomi]);
    const data = FakeWorkbookData.fromGrid(grid);
    const { engine, settings } = engineFor(data, excelThatAgrees(grid, undefined, "Ekonomi"));
    const opened = await engine.refresh();
    expect(opened.budgetTables).toEqual([
      { sheet: "Budget", headerRow: 2, year: 2024, unit: "tkr" },
      { sheet: "Ekonomi", headerRow: 3, year: 2024, unit: "kr" },
    ]);
    expect(opened.budgetSheet).toBeNull();
    expect((await engine.chooseBudget("Ekonomi")).budgetSheet).toBe("Ekonomi");
    expect(settings.stored.budgetSheet).toBe("Ekonomi");

    // Opened again, the pane starts from that choice, and a report without one in its request uses it.
    const again = new ExcelEngine(
      fakeRunner(data, excelThatAgrees(grid, undefined, "Ekonomi")).run,
      settings,
      TODAY,
    );
    expect((await again.refresh()).budgetSheet).toBe("Ekonomi");
    const result = await again.report({ ...request, sheets: [...request.sheets] });
    expect(result.model.budget?.tables.map((t) => [t.sheet, t.year])).toEqual([["Ekonomi", 2024]]);
    expect(result.model.budget?.rows.map((r) => r.budget)).toEqual([500000, 400000]);
    expect(result.differences).toEqual([]);
    expect(JSON.stringify(settings.stored)).not.toMatch(/D0000\d\d/);
  }, 60000);

  test("the request's choice is used and kept; automatic again removes it from the settings", async () => {
    const grid = registerGrid(200, [ekonomi]);
    const data = FakeWorkbookData.fromGrid(grid);
    const { engine, settings } = engineFor(data);
    await engine.refresh();
    const chosen = await engine.report({ ...request, sheets: ["budget"], budgetSheet: "Budget" });
    expect(chosen.model.budget?.tables.map((t) => t.sheet)).toEqual(["Budget"]);
    expect(settings.stored.budgetSheet).toBe("Budget");
    const automatic = await engine.report({ ...request, sheets: ["budget"], budgetSheet: null });
    expect(automatic.model.budget?.tables.map((t) => t.sheet)).toEqual(["Budget", "Ekonomi"]);
    expect(settings.stored).not.toHaveProperty("budgetSheet");
    expect(settings.stored.period).toEqual(request.period);
  }, 60000);

  test("a kept sheet that no longer has a budget table reads as automatic", async () => {
    const data = FakeWorkbookData.fromGrid(registerGrid(50));
    const settings = memorySettings();
    settings.stored = { budgetSheet: "Ekonomi" };
    const engine = new ExcelEngine(fakeRunner(data, () => null).run, settings, TODAY);
    expect((await engine.refresh()).budgetSheet).toBeNull();
    const result = await engine.report({ ...request, sheets: ["budget"] });
    expect(result.model.budget?.tables.map((t) => t.sheet)).toEqual(["Budget"]);
  }, 60000);
});

describe("the pane's language", () => {
  test("issue messages and the report's refusals follow it; the report sheets stay Swedish", async () => {
    const grid = registerGrid(200);
    grid.sheets[0].rows[5][8] = "Arbette";
    const data = FakeWorkbookData.fromGrid(grid);
    const engine = new ExcelEngine(
      fakeRunner(data, excelThatAgrees(grid)).run,
      memorySettings(),
      TODAY,
      "en",
    );
    const result = await engine.check();
    expect(result.issues).toEqual(validateWorkbook(grid, { today: TODAY, lang: "en" }).issues);
    expect(
      result.issues.find((i) => i.cell === "I6" && i.code === "REG-CATEGORY-UNKNOWN")!.message,
    ).toMatch(/^Avslutsorsak: “Arbette” is not one of the categories\. Did you mean “Arbete”\?/);
    const report = await engine.report({ ...request, sheets: ["resultat"] });
    expect(report.sheets).toEqual(["Resultat 2024"]);
    await expect(
      engine.report({ ...request, sheets: ["resultat"], budgetSheet: "Deltagare" }),
    ).rejects.toThrow(/^The sheet “Deltagare” has no budget table/);
  }, 60000);
});
