import type { CellValue, SheetGrid } from "../grid";
import { issuesOf } from "../../../tests/helpers/issues";
import { readWorkbook } from "../readWorkbook";

const opts = { today: "2025-06-01" };
const sheet = (rows: CellValue[][], name = "Ekonomi"): SheetGrid => ({ name, rows });
const read = (...sheets: SheetGrid[]) => readWorkbook({ sheets }, opts);
const budgetIssues = (r: ReturnType<typeof read>) =>
  r.issues.filter((i) => /^(BUDGET|COST)-/.test(i.code) && i.severity !== "info");

describe("budget tables as published reports print them", () => {
  test.each([
    "Individinriktade insatser",
    "Strukturövergripande insatser",
    "Uppdrag",
    "Projekt",
    "Verksamhet",
    "Insatser",
  ])("a label column headed %s is read, and its wrong differens found", (label) => {
    const r = read(
      sheet([
        [label, "Tilldelade medel", "Använda medel", "Differens"],
        ["Samordningsteam FNS", 1528000, 1284000, 241000],
        ["Totalt", 1528000, 1284000, 244000],
      ]),
    );
    expect(r.budgets.map((b) => b.rows.map((x) => x.insats))).toEqual([["Samordningsteam FNS"]]);
    expect(issuesOf(r.issues, "BUDGET-DIFF")).toEqual([["D2", "error"]]);
  });

  test("a label column without a header: the text column left of the amounts", () => {
    const r = read(
      sheet([
        ["Budget och utfall 2024"],
        [null, null, "Budget", "Utfall", "Differens"],
        [1, "Team A", 100000, 90000, 10000],
        [2, "Team B", 200000, 250000, -40000],
        [null, "Summa", 300000, 340000, -40000],
      ]),
    );
    const t = r.budgets[0];
    expect(t.columns.insats).toBe(1);
    expect(t.rows.map((x) => x.insats)).toEqual(["Team A", "Team B"]);
    // Team B: 200 000 − 250 000 is −50 000; the total's differens is right, so it disagrees with the rows.
    expect(issuesOf(r.issues, "BUDGET-DIFF")).toEqual([["E4", "error"]]);
    expect(issuesOf(r.issues, "BUDGET-TOTAL")).toEqual([["E5", "error"]]);
  });

  test("amount headers with year and unit: the year and the unit are the table's", () => {
    const r = read(
      sheet([
        ["Insats", "Tilldelade medel 2024", "Använda medel 2024 (tkr)", "Differens"],
        ["FNS", 1528, 1284, 244],
      ]),
    );
    expect(r.budgets[0]).toMatchObject({
      year: 2024,
      yearSource: "header",
      unit: "tkr",
      unitSource: "header",
    });
    expect(r.budgets[0].rows[0]).toMatchObject({ budget: 1528000, actual: 1284000 });
  });

  test.each([
    ["Budgeterat Kostnader", "Utfall Kostnader"],
    ["Beslutad budget", "Redovisade kostnader t o m dec. 2016"],
    ["Beviljat", "Förbrukat"],
  ])("amount headers %s | %s", (budget, actual) => {
    const r = read(
      sheet([
        ["Insats", budget, actual],
        ["A", 10, 9],
      ]),
    );
    expect(r.budgets[0].rows[0]).toMatchObject({ budget: 10, actual: 9 });
  });

  test("the 2016 message: the table's own headers and both figures", () => {
    const r = read(
      sheet([
        ["Verksamhet", "Budgeterat Kostnader", "Utfall Kostnader", "Avvikelse"],
        ["Arbetslivsinriktad rehabilitering", "1 210 000 kr", "1 218 037 kr", "-8 308 kr"],
      ]),
    );
    expect(r.issues.find((i) => i.code === "BUDGET-DIFF")).toMatchObject({
      cell: "D2",
      value: "-8 308 kr",
      message:
        "Budgeterat Kostnader 1 210 000 kr minus Utfall Kostnader 1 218 037 kr är -8 037 kr, tabellen säger -8 308 kr. Rätta differensen eller beloppen.",
    });
  });

  test("two tables on one sheet, each with its header, title and TOTALT", () => {
    const r = read(
      sheet([
        ["Budget och utfall 2024 (tkr)"],
        ["Individinriktade insatser"],
        ["Insats", "Budget", "Utfall"],
        ["Samordningsteam Norra", 1000, 900],
        ["Samordningsteam Södra", 800, 850],
        ["TOTALT", 1800, 1750],
        [],
        ["Strukturövergripande insatser"],
        ["Insats", "Budget", "Utfall"],
        ["Kompetensutveckling", 200, 150],
        ["Kartläggning", 100, 100],
        ["TOTALT", 300, 260],
      ]),
    );
    expect(
      r.budgets.map((b) => [
        b.headerRow + 1,
        b.year,
        b.unit,
        b.rows.map((x) => x.insats),
        b.total?.row,
      ]),
    ).toEqual([
      [3, 2024, "tkr", ["Samordningsteam Norra", "Samordningsteam Södra"], 5],
      [9, 2024, "tkr", ["Kompetensutveckling", "Kartläggning"], 11],
    ]);
    // Only the second table's utfall total is wrong (260 vs 250).
    expect(budgetIssues(r).map((i) => [i.code, i.cell])).toEqual([["BUDGET-TOTAL", "C12"]]);
    expect(r.issues.find((i) => i.code === "BUDGET-TOTAL")!.message).toBe(
      "”TOTALT” i kolumnen Utfall är 260 tkr men raderna 10–11 summerar till 250 tkr. Rätta summan eller raderna (använd gärna en SUMMA-formel).",
    );
  });

  test("subtotals sum the rows since the previous one; overhead rows are costs but not insatser; income after the total is not read", () => {
    const r = read(
      sheet([
        ["Insats", "Budget", "Utfall", "Differens"],
        ["Team A", 100, 80, 20],
        ["Team B", 200, 210, -10],
        ["Summa insatser", 300, 295, 5],
        ["Styrelse", 50, 40, 10],
        ["Kansli", 150, 155, -5],
        ["Summa kansli och styrelse", 200, 195, 5],
        ["TOTALT", 500, 485, 15],
        ["Intäkter", 500, 500, 0],
        ["Resultat", 0, 20, -20],
      ]),
    );
    const t = r.budgets[0];
    expect(t.rows.map((x) => x.insats)).toEqual(["Team A", "Team B"]);
    expect(t.lines.filter((l) => l.kind === "other").map((l) => l.insats)).toEqual([
      "Styrelse",
      "Kansli",
    ]);
    // Planted: Summa insatser says 295 (rows: 290) with its differens 5 (rows: 10); the rest adds up,
    // and TOTALT is checked against every cost row (80 + 210 + 40 + 155 = 485), not the subtotals.
    expect(budgetIssues(r).map((i) => [i.code, i.cell])).toEqual([
      ["BUDGET-SUBTOTAL", "C4"],
      ["BUDGET-SUBTOTAL", "D4"],
    ]);
  });

  test("a subtotal group named for overhead makes its rows overhead even when their labels do not say so", () => {
    const r = read(
      sheet([
        ["Insats", "Budget", "Utfall"],
        ["Team A", 100, 80],
        ["Summa insatser", 100, 80],
        ["Förbundschef", 50, 40],
        ["Summa kansli och styrelse", 50, 40],
        ["Totalt", 150, 120],
      ]),
    );
    expect(r.budgets[0].rows.map((x) => x.insats)).toEqual(["Team A"]);
    expect(budgetIssues(r)).toEqual([]);
  });

  test("costs as negative numbers with the differens as utfall − budget: consistent, so nothing is flagged", () => {
    const r = read(
      sheet([
        ["Insats", "Budget 2024", "Utfall 2024", "Avvikelse"],
        ["Team A", -1000000, -900000, 100000],
        ["Team B", -500000, -520000, -20000],
        ["Summa insatser", -1500000, -1420000, 80000],
        ["Kansli", -300000, -310000, -10000],
        ["Totalt", -1800000, -1730000, 70000],
      ]),
    );
    const t = r.budgets[0];
    expect(t.sign).toBe(-1);
    expect(t.rows.map((x) => [x.budget, x.actual, x.difference])).toEqual([
      [1000000, 900000, 100000],
      [500000, 520000, -20000],
    ]);
    expect(budgetIssues(r)).toEqual([]);
  });

  test("a planted mistake in a negative-cost table is told in the table's own order and signs", () => {
    const r = read(
      sheet([
        ["Insats", "Budget", "Utfall", "Avvikelse"],
        ["Team A", -1000000, -900000, 90000],
        ["Team B", -500000, -520000, -20000],
      ]),
    );
    expect(r.issues.find((i) => i.code === "BUDGET-DIFF")).toMatchObject({
      cell: "D2",
      message:
        "Utfall -900 000 kr minus Budget -1 000 000 kr är 100 000 kr, tabellen säger 90 000 kr. Rätta differensen eller beloppen.",
    });
  });

  test("one budget/utfall column pair per year: one table per year", () => {
    const r = read(
      sheet([
        ["Insats", "Budget 2023", "Utfall 2023", "Budget 2024", "Utfall 2024"],
        ["Team A", 900, 850, 1000, 990],
        ["Team B", 400, 420, 500, 450],
        ["Totalt", 1300, 1270, 1500, 1440],
      ]),
    );
    expect(
      r.budgets.map((b) => [
        b.year,
        b.columns.budget,
        b.columns.actual,
        b.rows.map((x) => x.actual),
      ]),
    ).toEqual([
      [2023, 1, 2, [850, 420]],
      [2024, 3, 4, [990, 450]],
    ]);
    expect(budgetIssues(r)).toEqual([]);
  });

  test("kr or tkr, text or numbers, öre and '- kr'", () => {
    const r = read(
      sheet([
        ["Insats", "Budget", "Utfall", "Differens"],
        ["A", "1 044 493,50 kr", "1 049 413,25 kr", "- 4 919,75 kr"],
        ["B", "500 000 kr", "500 000 kr", "- kr"],
        ["TOTALT", "1 544 493,50 kr", "1 549 413,25 kr", "-4 919,75 kr"],
      ]),
    );
    expect(r.budgets[0].rows.map((x) => [x.budget, x.actual, x.difference])).toEqual([
      [1044493.5, 1049413.25, -4919.75],
      [500000, 500000, 0],
    ]);
    expect(budgetIssues(r)).toEqual([]);
  });

  test("the year from the title row, or else the sheet's name", () => {
    const titled = read(
      sheet([["Budget och utfall 2024"], [], ["Insats", "Budget", "Utfall"], ["A", 1, 1]]),
    );
    expect([titled.budgets[0].year, titled.budgets[0].yearSource]).toEqual([2024, "title"]);
    const named = read(
      sheet(
        [
          ["Insats", "Budget", "Utfall"],
          ["A", 1, 1],
        ],
        "Budget 2023",
      ),
    );
    expect([named.budgets[0].year, named.budgets[0].yearSource]).toEqual([2023, "sheet"]);
    const none = read(
      sheet([
        ["Insats", "Budget", "Utfall"],
        ["A", 1, 1],
      ]),
    );
    expect([none.budgets[0].year, none.budgets[0].yearSource]).toEqual([null, null]);
  });
});

describe("cross-checks no published report made", () => {
  const budget2016 = sheet([
    ["Budget mot utfall 2016"],
    ["Verksamhet", "Budgeterat Kostnader", "Utfall Kostnader"],
    ["Arbetslivsinriktad rehabilitering", 1210000, 1218037],
    ["Unga vuxna", 800000, 790000],
  ]);

  test.each([
    ["Insats", "Total kostnad", "Antal deltagare", "Kostnad/deltagare"],
    ["Verksamhet", "Kostnad (kr)", "Antal", "Kostnad per deltagare (kr)"],
    [null, "Utfall", "Deltagare", "Kr/deltagare"],
  ])(
    "a förbund's cost-per-participant table headed %s | %s | %s | %s is checked against its own division and the budget",
    (a, b, c, d) => {
      const r = read(
        budget2016,
        sheet(
          [
            ["Kostnad per deltagare 2016"],
            [a, b, c, d],
            ["Arbetslivsinriktad rehabilitering", 1218308, 50, 24366],
            ["Unga vuxna", 790000, 40, 20000],
          ],
          "Kostnad",
        ),
      );
      expect(r.costTables).toHaveLength(1);
      // 1 218 308 / 50 = 24 366 (right); 790 000 / 40 = 19 750, not 20 000; 1 218 308 ≠ the budget's 1 218 037.
      expect(budgetIssues(r).map((i) => [i.code, i.sheet, i.cell])).toEqual([
        ["BUDGET-ACTUAL-CONFLICT", "Ekonomi", "C3"],
        ["COST-TABLE-COST", "Kostnad", "B3"],
        ["COST-TABLE-DIVISION", "Kostnad", "D4"],
      ]);
      const cost = r.issues.find((i) => i.code === "COST-TABLE-COST")!;
      expect(cost.message).toContain("1 218 308 kr");
      expect(cost.message).toContain("1 218 037 kr");
    },
  );

  test("the same insats with different utfall in two budget tables of one year: a warning at both cells", () => {
    const r = read(
      sheet([
        ["Budget 2024"],
        ["Insats", "Budget", "Utfall"],
        ["Team A", 100, 90],
        ["Totalt", 100, 90],
        [],
        ["Insats", "Tilldelade medel", "Använda medel"],
        ["Team A", 100, 95],
        ["Totalt", 100, 95],
      ]),
    );
    expect(issuesOf(r.issues, "BUDGET-ACTUAL-CONFLICT")).toEqual([
      ["C3", "warning"],
      ["C7", "warning"],
    ]);
  });
});

test("the README's example table reads with no error: two insatser, kansli as overhead, the year and unit from the title", () => {
  const r = read(
    sheet([
      ["Budget och utfall 2024 (tkr)"],
      ["Individinriktade insatser", "Budget", "Utfall", "Differens"],
      ["Samordningsteam FNS", "1 528", "1 284", 244],
      ["Kurator", 300, 280, 20],
      ["Summa insatser", "1 828", "1 564", 264],
      ["Kansli", 400, 390, 10],
      ["TOTALT", "2 228", "1 954", 274],
    ]),
  );
  expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  expect(r.budgets[0]).toMatchObject({
    year: 2024,
    unit: "tkr",
    rows: [
      { insats: "Samordningsteam FNS", actual: 1284000 },
      { insats: "Kurator", actual: 280000 },
    ],
  });
});
