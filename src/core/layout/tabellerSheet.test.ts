import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import { HEADERS } from "../../../tests/helpers/registerGrid";
import type { CellValue, WorkbookGrid } from "../grid";
import { prepareReport } from "../report/buildReport";
import { layoutReport } from "./layoutReport";
import { desiredSheetNames, sheetMarker } from "./sheetNames";
import type { SheetSpec, SpecCell } from "./sheetSpec";
import { isPlannedParticipantsHeader } from "../budget/plannedHeader";
import { cohortByFormula } from "./tabeller/followUpBlock";

const year = { from: "2024-01-01", to: "2024-12-31" };

function tabeller(grid: WorkbookGrid, period = year, hideSmall = false) {
  const p = prepareReport(grid, { period, today: "2025-06-01" });
  const sheet = layoutReport(p, grid, { hideSmall }).sheets.find((s) => s.kind === "tabeller")!;
  return { p, m: p.model, sheet };
}

/** A table's data rows as cells, by the end of its name ("Kon_antal"). */
function table(s: SheetSpec, key: string): { header: string[]; rows: SpecCell[][] } {
  const t = s.tables.find((x) => x.name.endsWith(`_${key}`));
  if (!t) throw new Error(`no table ${key}: ${s.tables.map((x) => x.name).join(", ")}`);
  const at = (r: number, c: number) => s.cells.find((x) => x.row === r && x.col === c)!;
  const rows = Array.from({ length: t.rows }, (_, k) =>
    t.columns.map((_, c) => at(t.row + 1 + k, t.col + c)),
  );
  return { header: t.columns, rows };
}
const values = (cells: SpecCell[]) => cells.slice(1).map((c) => c.value);
const labels = (t: { rows: SpecCell[][] }) => t.rows.map((r) => r[0].value);

const P = (i: number, start: string, extra = {}) =>
  participant(i, { start: serial(start), ...extra });
const register = [
  P(1, "2022-03-01", { end: serial("2023-02-01"), exit: "Arbete", municipality: "Sala" }),
  P(2, "2023-05-01", { end: serial("2024-03-01"), exit: "Studier", municipality: "Heby" }),
  P(3, "2023-09-01", { insats: "Team Syd", gender: null }),
  P(4, "2024-02-01", { end: serial("2024-10-01"), exit: "Drop-out", municipality: "Heby" }),
  P(5, "2024-04-01", { insats: "Team Syd", referrer: "Arbetsförmedlingen" }),
  P(6, "2024-06-01", { gender: "Man", municipality: null }),
];

describe("the Tabeller sheet", () => {
  const { m, sheet } = tabeller(workbook(registerSheet(register)));

  test("is written by default beside the others, named for the period and marked as the add-in's", () => {
    const grid = workbook(registerSheet(register));
    const p = prepareReport(grid, { period: year, today: "2025-06-01" });
    expect(layoutReport(p, grid).sheets.map((s) => s.kind)).toEqual([
      "resultat",
      "budget",
      "kostnad",
      "tabeller",
      "kontroll",
    ]);
    expect(sheet.name).toBe("Tabeller 2024");
    expect(desiredSheetNames("240101–240630").tabeller).toBe("Tabeller 240101–240630");
    expect(sheetMarker("tabeller", "2024")).toBe("_FinsamRapport_tabeller_2024");
    // Nothing personal: no participant id reaches the sheet.
    expect(sheet.cells.some((c) => String(c.value).startsWith("D000"))).toBe(false);
  });

  test("jämförelse årsvis: every year from the first enrolment, per insats and total, totalt = kvar + nya", () => {
    for (const [k, f] of [...m.insatser, m.total].entries()) {
      const t = table(sheet, `Ar_${k + 1}`);
      expect(t.header).toEqual([expect.stringContaining(f.name), "2022", "2023", "2024"]);
      const [total, carried, fresh, exited, green] = t.rows.map(values);
      expect(total).toEqual(f.years.map((y) => y.participants.total));
      expect(exited).toEqual(f.years.map((y) => y.participants.exited));
      expect(green).toEqual(f.years.map((y) => y.greenExits));
      total.forEach((n, i) => expect(n).toBe((carried[i] as number) + (fresh[i] as number)));
    }
    // Each year's formulas read that year's own first and last day.
    const t = table(sheet, "Ar_1");
    const bounds = sheet.cells.find((c) => c.value === "Årets första dag")!.row;
    expect(t.rows[0][1].formula).toContain(`$B$${bounds + 1}`);
    expect(t.rows[0][3].formula).toContain(`$D$${bounds + 2}`);
    const first = sheet.cells.find((c) => c.row === bounds && c.col === 1)!;
    expect(first.value).toBe(serial("2022-01-01"));
  });

  test("kön: counts and shares per insats, headings in the reports' words, Summa the participants", () => {
    const counts = table(sheet, "Kon_antal");
    expect(labels(counts)).toEqual(["Kvinnor", "Män", "Annat", "Ej ifyllt eller okänt", "Summa"]);
    const sum = counts.rows[counts.rows.length - 1];
    expect(values(sum)).toEqual([...m.insatser, m.total].map((f) => f.participants.total));
    const women = values(counts.rows[0]);
    expect(women[women.length - 1]).toBe(m.total.breakdowns.gender[0].count);
    const shares = table(sheet, "Kon_andel");
    const total = m.total.participants.total;
    expect(shares.rows[0][3].value).toBe((women[2] as number) / total);
    expect(shares.rows[0][3].formula).toBe(
      `IF(C${sum[0].row + 1}=0,"–",C${counts.rows[0][0].row + 1}/C${sum[0].row + 1})`.replace(
        /C/g,
        "D",
      ),
    );
  });

  test("avslutsorsak per kön: the genders add up to each outcome, Summa avslutade to the exits", () => {
    const t = table(sheet, "Avslutsorsak_kon");
    expect(t.header.slice(1)).toEqual(["Kvinnor", "Män", "Annat", "Totalt"]);
    for (const r of t.rows) {
      const v = values(r) as number[];
      expect(v.slice(0, -1).reduce((s, x) => s + x, 0)).toBe(v[v.length - 1]);
    }
    expect(values(t.rows[t.rows.length - 1]).pop()).toBe(m.total.participants.exited);
    const work = t.rows.find((r) => r[0].value === "Arbete *")!;
    expect(work[work.length - 1].value).toBe(m.total.outcomes.find((o) => o.key === "work")!.count);
  });

  test("medelålder as formulas over the birth years, one decimal, as the engine counts it", () => {
    const t = table(sheet, "Medelalder");
    expect(values(t.rows[0])).toEqual([...m.insatser, m.total].map((f) => f.meanAge.all ?? "–"));
    expect(t.rows[0][1].formula).toMatch(/^IF\(.*ROUND\(\(YEAR\(\$D\$3\)\*/);
    expect(t.rows[0][1].numFmt).toBe("0.0");
  });

  test("medelålder of one or two people is hidden when publishing, as their count is", () => {
    const hidden = tabeller(workbook(registerSheet(register)), year, true);
    const t = table(hidden.sheet, "Medelalder");
    const columns = [...hidden.m.insatser, hidden.m.total];
    t.rows.forEach((row, r) =>
      row.slice(1).forEach((cell, i) => {
        const g = r === 0 ? columns[i].meanAge : columns[i].meanAge.byGender[r - 1];
        const mean = r === 0 ? columns[i].meanAge.all : columns[i].meanAge.byGender[r - 1].value;
        expect(cell.value).toBe(g.count > 0 && g.count < 3 ? ".." : (mean ?? "–"));
        if (cell.formula) expect(cell.formula).toMatch(/^IF\(AND\(.*<3\),"\.\."/);
      }),
    );
    // The small register has such groups: the rule is exercised, not vacuous.
    expect(t.rows.flat().some((c) => c.value === "..")).toBe(true);
  });

  test("hemkommun: the register's labels, no all-zero rows, Summa and share", () => {
    const t = table(sheet, "Hemkommun");
    // Sala's only participant left in 2023: not a row of 2024.
    expect(labels(t)).toEqual(["Heby", "Fagersta", "Ej ifyllt eller okänt", "Summa"]);
    const items = m.total.breakdowns.municipality;
    const heby = items.find((x) => x.label === "Heby")!;
    expect(t.rows[0][t.header.length - 2].value).toBe(heby.total);
    expect(t.rows[t.rows.length - 1][t.header.length - 1].value).toBe(1);
    expect(t.header[t.header.length - 1]).toBe("Andel");
  });

  test("remitterande part × hemkommun: the model's counts, Summa both ways", () => {
    const t = table(sheet, "Remittent_hemkommun");
    expect(t.header.slice(1)).toEqual(["Heby", "Fagersta", "Ej ifyllt eller okänt", "Summa"]);
    expect(labels(t)).toEqual(["Försäkringskassan", "Arbetsförmedlingen", "Summa"]);
    for (const r of t.rows.slice(0, -1)) {
      const v = values(r) as number[];
      expect(v.slice(0, -1).reduce((s, x) => s + x, 0)).toBe(v[v.length - 1]);
    }
    const sums = values(t.rows[t.rows.length - 1]) as number[];
    expect(sums[sums.length - 1]).toBe(m.total.participants.total);
    const fk = m.referrerByMunicipality.find((x) => x.referrer === "Försäkringskassan")!;
    expect(values(t.rows[0]).pop()).toBe(fk.total);
  });

  test("no follow-up table without the follow-up column", () => {
    expect(sheet.tables.some((x) => x.name.endsWith("_Uppfoljning"))).toBe(false);
  });
});

describe("uppföljning on Tabeller", () => {
  const headers = [...HEADERS, "Uppföljning 6 mån"];
  const F = (i: number, end: string, reason: string, answer: CellValue) => [
    ...participant(i, { start: serial("2022-01-01"), end: serial(end), exit: reason }),
    answer,
  ];
  const grid = workbook(
    registerSheet(
      [
        F(1, "2023-06-30", "Arbete", "Kvarstår"), // due 2023-12-30: not in 2024
        F(2, "2023-07-01", "Arbete", "Kvarstår"), // due 2024-01-01: in
        F(3, "2024-06-30", "Studier", "Kvarstår inte"), // due 2024-12-30: in
        F(4, "2024-07-01", "Studier", "Kvarstår"), // due 2025-01-01: not in
        F(5, "2024-01-15", "Drop-out", "Kvarstår"), // not green
      ],
      { headers },
    ),
  );

  test("cohort, besvarade, kvarstår and both shares, the definition in a note under the table", () => {
    const { m, sheet } = tabeller(grid);
    const t = table(sheet, "Uppfoljning");
    expect(t.header).toEqual([
      "Insats",
      "Kohort",
      "Besvarade",
      "Kvarstår",
      "Andel besvarade",
      "Andel som kvarstår",
    ]);
    const f = m.total.followUp!;
    expect(f).toMatchObject({ cohort: 2, answered: 2, kept: 1 });
    const total = t.rows[t.rows.length - 1];
    expect(values(total)).toEqual([f.cohort, f.answered, f.kept, f.answeredShare, f.keptShare]);
    expect(total[1].formula).toContain("EDATE($B$3,-6)");
    expect(total[1].formula).toContain("EOMONTH($D$3,-6)");
    const below = sheet.cells.find((c) => c.row === total[0].row + 1 && c.col === 0)!;
    expect(below.value).toMatch(/^Kohort = avslut med stegförflyttning/);
  });

  test("values with a note when the period does not run from a month's first to its last day", () => {
    const { sheet, m } = tabeller(grid, { from: "2024-01-01", to: "2024-12-15" });
    const total = table(sheet, "Uppfoljning").rows.slice(-1)[0];
    expect(total[1].formula).toBeUndefined();
    expect(total[1].value).toBe(m.total.followUp!.cohort);
    expect(sheet.cells.some((c) => String(c.value).startsWith("Uppföljningen är värden"))).toBe(
      true,
    );
  });

  test.each([
    ["2024-01-01", "2024-12-31", true],
    ["2024-01-01", "2024-06-30", true],
    ["2024-02-01", "2024-02-29", true],
    ["2023-02-01", "2023-02-28", true],
    ["2024-01-02", "2024-12-31", false],
    ["2024-01-01", "2024-02-28", false],
    ["2024-01-01", "2024-12-30", false],
  ])("the cohort by formula from %s to %s: %s", (from, to, expected) => {
    expect(cohortByFormula(serial(from), serial(to))).toBe(expected);
  });
});

describe("medelålder from an age column", () => {
  test("an age without a birth year is counted from the enrolment year: values with a note", () => {
    const headers = [...HEADERS, "Ålder"];
    const grid = workbook(
      registerSheet(
        [
          [...participant(1, { birthYear: 1980 }), null],
          [...participant(2, { birthYear: null, start: serial("2022-03-01") }), 40],
        ],
        { headers },
      ),
    );
    const { m, sheet } = tabeller(grid);
    const t = table(sheet, "Medelalder");
    // 2024 − 1980 = 44; 40 + (2024 − 2022) = 42.
    expect(m.total.meanAge.all).toBe(43);
    expect(t.rows[0].slice(1).map((c) => [c.value, c.formula])).toEqual(
      [...m.insatser, m.total].map((f) => [f.meanAge.all, undefined]),
    );
    expect(sheet.cells.some((c) => String(c.value).startsWith("Medelåldern är värden"))).toBe(true);
  });
});

describe("planerat mot faktiskt antal deltagare", () => {
  test.each([
    ["Planerat antal deltagare", true],
    ["Beräknat antal", true],
    ["Planerade deltagare 2024", true],
    ["Budgeterat antal deltagare", true],
    ["Budget", false],
    ["Antal deltagare", false],
    ["Utfall", false],
  ])("%s is the planned-participants column: %s", (header, expected) => {
    expect(isPlannedParticipantsHeader(header)).toBe(expected);
  });

  const budget = {
    name: "Budget",
    rows: [
      ["Budget 2024"],
      ["Insats", "Budget", "Utfall", "Planerat antal deltagare"],
      ["Samordningsteam Norra", 1000, 900, 2],
      ["Team Syd", 500, 600, "ej beslutat"],
      ["Totalt", 1500, 1500, null],
    ] as CellValue[][],
  };

  test("the plan from its budget cell, the actual count, difference and share; null without the column", () => {
    const { m, sheet } = tabeller(workbook(registerSheet(register), budget));
    expect(m.plannedParticipants).toEqual([
      { insats: "Samordningsteam Norra", planned: 2, actual: 3, difference: 1, share: 1.5 },
      { insats: "Team Syd", planned: null, actual: 2, difference: null, share: null },
    ]);
    const t = table(sheet, "Planerat");
    expect(t.rows[0].map((c) => c.value)).toEqual(["Samordningsteam Norra", 2, 3, 1, 1.5]);
    expect(t.rows[0][1].formula).toBe("'Budget'!$D$3");
    expect(t.rows[1].map((c) => c.value)).toEqual(["Team Syd", "–", 2, "–", "–"]);
    expect(t.rows[1][1].formula).toBeUndefined();
    // The Summa is over the insatser with a plan.
    expect(t.rows[2].map((c) => c.value)).toEqual([
      "Summa, insatser med planerat antal",
      2,
      3,
      1,
      1.5,
    ]);
    const without = tabeller(workbook(registerSheet(register)));
    expect(without.m.plannedParticipants).toBeNull();
    expect(without.sheet.tables.some((x) => x.name.endsWith("_Planerat"))).toBe(false);
  });
});
