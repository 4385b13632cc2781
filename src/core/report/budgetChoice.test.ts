import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import type { CellValue, SheetGrid } from "../grid";
import { buildReport, ReportOptionsError } from "./buildReport";

const P = (
  i: number,
  insats: string,
  start: string,
  end: string | null = null,
  exit: string | null = null,
) => participant(i, { insats, start: serial(start), end: end === null ? null : serial(end), exit });
const register = registerSheet([
  P(1, "Team A", "2023-03-01", "2024-05-01", "Arbete"),
  P(2, "Team A", "2024-02-01"),
  P(3, "Team A", "2024-08-01", "2024-11-01", "Studier"),
  P(4, "Team B", "2024-01-15"),
  P(5, "Team A", "2025-02-01"),
]);
const sheet = (rows: CellValue[][], name = "Ekonomi"): SheetGrid => ({ name, rows });
const titled2024 = sheet([
  ["Budget och utfall 2024"],
  ["Insats", "Budget", "Utfall"],
  ["Team A", 1200000, 1100000],
  ["Team B", 600000, 650000],
  ["Totalt", 1800000, 1750000],
]);
const report = (from: string, to: string, ...sheets: SheetGrid[]) =>
  buildReport(workbook(register, ...sheets), { today: "2026-01-10", period: { from, to } });
const year = (y: number, ...sheets: SheetGrid[]) => report(`${y}-01-01`, `${y}-12-31`, ...sheets);
const codes = (r: ReturnType<typeof year>) =>
  r.issues
    .filter(
      (i) =>
        i.code.startsWith("BUDGET-YEAR") ||
        i.code.startsWith("BUDGET-PERIOD") ||
        i.code === "BUDGET-NONE",
    )
    .map((i) => [i.code, i.sheet, i.cell]);

describe("the right year, or nothing", () => {
  test("the period's year: the table titled with it is used, with cost per participant", () => {
    const r = year(2024, titled2024);
    expect(r.budget).toMatchObject({
      year: 2024,
      sheet: "Ekonomi",
      tables: [{ sheet: "Ekonomi", headerRow: 2, year: 2024, unit: "kr", negativeCosts: false }],
    });
    expect(r.budgetStatus).toEqual({ state: "year", message: null, costPerParticipant: true });
    // Team A in 2024: participants 1, 2, 3.
    expect(r.cost[0]).toMatchObject({ insats: "Team A", cost: 1100000, perParticipant: 366667 });
    expect(codes(r)).toEqual([]);
  });

  test.each([2030, 2025, 2023])(
    "a budget titled 2024 is not used for %s: no budget or cost figures, and why",
    (y) => {
      const r = year(y, titled2024);
      expect(r.budget).toBeNull();
      expect(r.cost.every((c) => c.cost === null && c.perParticipant === null)).toBe(true);
      expect(r.budgetStatus.state).toBe("no-year");
      expect(r.budgetStatus.message).toBe(
        `Ingen budgettabell gäller ${y}: tabellen på bladet ”Ekonomi” (rubrikrad 2) gäller 2024. Budget mot utfall och kostnad per deltagare visas inte för ${y}. ` +
          "Lägg till budgeten för året (med året i rubriken eller titeln), eller välj en period som budgeten gäller.",
      );
      expect(codes(r)).toEqual([["BUDGET-YEAR-NONE", "Ekonomi", "B2"]]);
    },
  );

  test("a half year: the year's budget mot utfall, but no cost per participant from a full year's utfall", () => {
    const r = report("2024-01-01", "2024-06-30", titled2024);
    expect(r.budget!.rows[0]).toMatchObject({ insats: "Team A", actual: 1100000 });
    expect(r.cost[0]).toMatchObject({
      insats: "Team A",
      cost: 1100000,
      perParticipant: null,
      perNew: null,
      perExited: null,
      perGreenExit: null,
    });
    expect(r.costTotal).toMatchObject({ cost: 1750000, perParticipant: null });
    expect(r.budgetStatus).toMatchObject({ state: "year", costPerParticipant: false });
    expect(r.budgetStatus.message).toContain("inte ett helt kalenderår");
    expect(codes(r)).toEqual([["BUDGET-PERIOD-NOT-YEAR", "Ekonomi", "B2"]]);
  });

  test("a period across two years uses no budget", () => {
    const r = report("2023-07-01", "2024-06-30", titled2024);
    expect(r.budget).toBeNull();
    expect(r.budgetStatus.state).toBe("spans-years");
    expect(codes(r)).toEqual([["BUDGET-PERIOD-SPANS-YEARS", "Ekonomi", "B2"]]);
  });

  test("one column pair per year: the 2024 report has the 2024 figures", () => {
    const pairs = sheet([
      ["Insats", "Budget 2023", "Utfall 2023", "Budget 2024", "Utfall 2024"],
      ["Team A", 900000, 850000, 1200000, 1100000],
      ["Team B", 400000, 420000, 600000, 650000],
    ]);
    expect(year(2024, pairs).budget!.rows.map((r) => r.actual)).toEqual([1100000, 650000]);
    expect(year(2023, pairs).budget!.rows.map((r) => r.actual)).toEqual([850000, 420000]);
    expect(year(2023, pairs).budget!.year).toBe(2023);
  });

  test("a table naming no year is used with a warning that says which table and how to name the year", () => {
    const plain = sheet([
      ["Insats", "Budget", "Utfall"],
      ["Team A", 1200000, 1100000],
    ]);
    const r = year(2024, plain);
    expect(r.budget).toMatchObject({ year: null, rows: [{ insats: "Team A" }] });
    expect(r.budgetStatus.state).toBe("unnamed");
    expect(codes(r)).toEqual([["BUDGET-YEAR-UNNAMED", "Ekonomi", "B1"]]);
    expect(r.budgetStatus.message).toBe(
      "Budgettabellen på bladet ”Ekonomi” (rubrikrad 1) anger inget år; den används för 2024. " +
        "Skriv året i en rubrik (”Utfall 2024”), i en titel ovanför tabellen (”Budget och utfall 2024”) eller i bladets namn, så att rätt års budget alltid används.",
    );
  });

  test("the year's table wins over a table naming no year; tables of one year are used together", () => {
    const other = sheet(
      [
        ["Strukturövergripande 2024"],
        ["Uppdrag", "Budget", "Utfall"],
        ["Kompetensutveckling", 100000, 90000],
      ],
      "Struktur",
    );
    const plain = sheet(
      [
        ["Insats", "Budget", "Utfall"],
        ["Team A", 1, 1],
      ],
      "Gammal",
    );
    const r = year(2024, plain, titled2024, other);
    expect(r.budget!.tables.map((t) => t.sheet)).toEqual(["Ekonomi", "Struktur"]);
    expect(r.budget!.rows.map((x) => x.insats)).toEqual([
      "Team A",
      "Team B",
      "Kompetensutveckling",
    ]);
    expect(codes(r)).toEqual([]);
  });

  test("no budget table: said, with what a budget table needs", () => {
    const r = year(2024);
    expect(r.budget).toBeNull();
    expect(r.budgetStatus.state).toBe("none");
    expect(r.budgetStatus.message).toContain(
      "Budget (eller Tilldelade medel) och Utfall (eller Använda medel)",
    );
    expect(codes(r)).toEqual([["BUDGET-NONE", "Deltagare", "A1"]]);
    expect(r.issues.find((i) => i.code === "BUDGET-NONE")!.severity).toBe("warning");
  });

  test("the user's choice of budget sheet; a sheet without a table is refused", () => {
    const other = sheet(
      [["Budget 2024"], ["Insats", "Budget", "Utfall"], ["Team A", 5, 5]],
      "Annan",
    );
    const opts = { today: "2026-01-10", period: { from: "2024-01-01", to: "2024-12-31" } };
    expect(
      buildReport(workbook(register, titled2024, other), {
        ...opts,
        budgetSheet: "Annan",
      }).budget!.rows.map((r) => r.actual),
    ).toEqual([5]);
    expect(() =>
      buildReport(workbook(register, titled2024), { ...opts, budgetSheet: "Deltagare" }),
    ).toThrow(
      new ReportOptionsError(
        "Bladet ”Deltagare” har ingen budgettabell som Finsam-rapport kan läsa. Budgettabeller finns på ”Ekonomi”.",
      ),
    );
  });
});

describe("reconciliation and nothing silent", () => {
  test("Kostnad lists every budget row, also those without participants, so its costs add up to the budget's utfall", () => {
    const withKurator = sheet([
      ["Budget och utfall 2024"],
      ["Insats", "Budget", "Utfall"],
      ["Team A", 1200000, 1100000],
      ["Kurator", 300000, 280000],
      ["Team B", 600000, 0],
      ["Kansli", 200000, 190000],
      ["Totalt", 2300000, 1570000],
    ]);
    const r = year(2024, withKurator);
    expect(r.cost.map((c) => [c.insats, c.cost, c.perParticipant])).toEqual([
      ["Team A", 1100000, 366667],
      // 0 kr with participants cannot be a cost per participant.
      ["Team B", 0, null],
      ["Kurator", 280000, null],
    ]);
    expect(r.cost.reduce((s, c) => s + c.cost!, 0)).toBe(r.budget!.total.actual);
    expect(r.budget!.otherRows).toEqual([
      { insats: "Kansli", budget: 200000, actual: 190000, deviation: 10000, usedShare: 0.95 },
    ]);
  });

  test("the cost table's antal deltagare is checked against the register for the period", () => {
    const costs = sheet(
      [
        ["Kostnad per deltagare 2024"],
        ["Insats", "Total kostnad", "Antal deltagare", "Kostnad/deltagare"],
        ["Team A", 1100000, 4, 275000],
        ["Team B", 650000, 1, 650000],
      ],
      "Kostnad",
    );
    const r = year(2024, titled2024, costs);
    expect(
      r.issues.filter((i) => i.code.startsWith("COST-")).map((i) => [i.code, i.cell, i.message]),
    ).toEqual([
      [
        "COST-TABLE-COUNT",
        "C3",
        "Antal deltagare för ”Team A” är 4 men registret har 3 deltagare under 2024. Kontrollera antalet eller registret.",
      ],
    ]);
    // The cost table names 2024: not compared with the 2025 register figures.
    expect(
      year(2025, titled2024, costs).issues.filter((i) => i.code === "COST-TABLE-COUNT"),
    ).toEqual([]);
  });
});
