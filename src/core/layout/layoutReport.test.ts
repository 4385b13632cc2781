import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import type { CellValue, WorkbookGrid } from "../grid";
import { prepareReport } from "../report/buildReport";
import { durationFormula, durationText } from "./display";
import { patternCriterion, quoteSheet, textCriterion } from "./formulaText";
import { layoutReport } from "./layoutReport";
import {
  desiredSheetNames,
  existingSheets,
  planSheetNames,
  sheetMarker,
  sheetOfReference,
} from "./sheetNames";
import { FORMATS, type SheetSpec } from "./sheetSpec";

const period = { from: "2024-01-01", to: "2024-12-31" };
const P = (i: number, start: string, extra = {}) =>
  participant(i, { start: serial(start), ...extra });
const budget = {
  name: "Budget",
  rows: [
    ["Insats", "Budget (tkr)", "Utfall (tkr)"],
    ["Samordningsteam Norra", "1 000 tkr", 900],
    ["Team Syd", 500, 600],
  ] as CellValue[][],
};

function layout(grid: WorkbookGrid, hideSmall = false) {
  const p = prepareReport(grid, { period, today: "2025-06-01" });
  return { p, l: layoutReport(p, grid, { hideSmall }) };
}

const cellAt = (s: SheetSpec, label: string, col: number) => {
  const row = s.cells.find((c) => c.col === 0 && c.value === label)!.row;
  return s.cells.find((c) => c.row === row && c.col === col)!;
};

describe("layout of the report sheets", () => {
  const grid = workbook(
    registerSheet([
      P(1, "2024-02-01"),
      P(2, "2023-02-01", { end: serial("2024-03-01"), exit: "Arbete" }),
      P(3, "2024-03-01", { insats: "Team Syd", end: serial("2024-09-01"), exit: "Drop-out" }),
      P(4, "2024-03-01", { insats: "Team Syd" }),
      P(5, "2024-04-01", { insats: "Team Syd" }),
    ]),
    budget,
  );
  const { p, l } = layout(grid);
  const [resultat, budgetSpec, cost, , kontroll] = l.sheets;

  test("five sheets named for the period", () => {
    expect(l.sheets.map((s) => s.name)).toEqual([
      "Resultat 2024",
      "Budget mot utfall 2024",
      "Kostnad per deltagare 2024",
      "Tabeller 2024",
      "Kontroll 2024",
    ]);
  });

  test("figures are formulas whose cached values are the ReportModel's", () => {
    const m = p.model;
    const total = (col: number) => cellAt(resultat, "Totalt antal deltagare", col);
    expect(total(1).value).toBe(m.insatser[0].participants.total);
    expect(total(2).value).toBe(m.insatser[1].participants.total);
    expect(total(3).value).toBe(m.total.participants.total);
    expect(total(1).formula).toMatch(
      /^COUNTIFS\('Deltagare'!\$B\$2:\$B\$\d+,"=Samordningsteam Norra",'Deltagare'!\$G\$2:\$G\$\d+,"<="&\$D\$3/,
    );
    expect(cellAt(resultat, "Andel med stegförflyttning", 1)).toMatchObject({
      value: m.insatser[0].greenShare,
      numFmt: "0 %",
    });
  });

  test("the period's days are cells the formulas read", () => {
    expect(resultat.cells.find((c) => c.row === 2 && c.col === 1)).toMatchObject({
      value: serial("2024-01-01"),
      numFmt: "yyyy-mm-dd",
    });
    expect(resultat.cells.find((c) => c.row === 2 && c.col === 3)).toMatchObject({
      value: serial("2024-12-31"),
    });
  });

  test("budget amounts in the table's unit read the budget cells; the text amount is rewritten in the copy only", () => {
    expect(budgetSpec.cells.find((c) => c.row === 5 && c.col === 1)).toMatchObject({
      value: 1000,
      formula: "'Budget'!$B$2",
      numFmt: '#,##0 "tkr"',
    });
    expect(budgetSpec.cells.find((c) => c.row === 6 && c.col === 5)).toMatchObject({
      value: "Över budget",
      style: "warn",
    });
    expect(l.fixes).toContainEqual({
      sheet: "Budget",
      row: 1,
      col: 1,
      value: 1000,
      original: "1 000 tkr",
      kind: "amount",
    });
  });

  test("cost per participant divides the utfall, shown in the table's tkr, in kronor by a Resultat cell beside it", () => {
    const c = cost.cells.find((x) => x.row === 5 && x.col === 1)!;
    expect(p.model.budget!.unit).toBe("tkr");
    expect(c).toMatchObject({
      value: p.model.cost[0].cost! / 1000,
      formula: "'Budget'!$C$2",
      numFmt: FORMATS.tkr,
    });
    expect(cost.cells.find((x) => x.row === 4 && x.col === 1)!.value).toBe("Utfall (tkr)");
    expect(cost.cells.find((x) => x.row === 5 && x.col === 2)!.formula).toBe(
      "'Resultat 2024'!$B$8",
    );
    const per = cost.cells.find((x) => x.row === 5 && x.col === 3)!;
    expect(per.value).toBe(p.model.cost[0].perParticipant);
    expect(per.numFmt).toBe(FORMATS.kr);
    expect(per.formula).toContain("ROUND(B6*1000/C6,0)");
  });

  test("Kontroll links each issue to its cell, errors and warnings first", () => {
    const first = p.model.issues.find((i) => i.severity !== "info")!;
    const link = kontroll.cells.find((c) => c.formula?.startsWith("HYPERLINK"));
    expect(link?.formula).toBe(
      `HYPERLINK("#'${first.sheet}'!${first.cell}","${first.sheet}!${first.cell}")`,
    );
    expect(link?.value).toBe(`${first.sheet}!${first.cell}`);
  });

  test("small counts are hidden as '..' for publication, totals still count them", () => {
    const hidden = layout(grid, true).l.sheets[0];
    expect(cellAt(hidden, "Totalt antal deltagare", 1).value).toBe("..");
    expect(cellAt(hidden, "Totalt antal deltagare", 1).formula).toMatch(/^IF\(AND\(/);
    expect(cellAt(hidden, "Totalt antal deltagare", 3).value).toBe(5);
  });

  test("an insats with a row only the engine can leave out is written as values, with a note", () => {
    const g = workbook(
      registerSheet([
        P(1, "2024-02-01"),
        participant(2, { start: serial("2024-05-01"), end: serial("2024-04-01"), exit: "Arbete" }),
      ]),
    );
    const r = layout(g).l.sheets[0];
    const c = cellAt(r, "Totalt antal deltagare", 1);
    expect(c.value).toBe(1);
    expect(c.formula).toBeUndefined();
    expect(
      r.cells.some(
        (x) => typeof x.value === "string" && x.value.startsWith("Värden, inte formler"),
      ),
    ).toBe(true);
  });
});

describe("years on public support on Resultat", () => {
  const rows = [
    P(1, "2024-02-01", { years: 0 }), // Under 1 år
    P(2, "2024-02-01", { years: "Ingen" }), // Ingen by its label
    P(3, "2024-02-01", { years: 5, before: "Ingen offentlig försörjning" }), // Ingen by income
    P(4, "2024-02-01", { years: 5 }), // 4–6 år
  ];

  test("Ingen by its label or Försörjning före; the number buckets leave those rows out", () => {
    const { l } = layout(workbook(registerSheet(rows)));
    const ingen = cellAt(l.sheets[0], "Ingen", 1);
    const under1 = cellAt(l.sheets[0], "Under 1 år", 1);
    const y4to6 = cellAt(l.sheets[0], "4–6 år", 1);
    expect([ingen.value, under1.value, y4to6.value]).toEqual([2, 1, 1]);
    expect(ingen.formula).toContain('"=Ingen offentlig försörjning"');
    expect(ingen.formula).toContain('"<>Ingen"');
    expect(under1.formula).toContain('">=0"');
    expect(under1.formula).toContain('"<>Ingen offentlig försörjning"');
    expect(y4to6.formula).toContain('"<>Ingen offentlig försörjning"');
  });

  test("without a Försörjning före column the number buckets still count", () => {
    const headers = registerSheet([]).rows[0] as string[];
    const keep = headers.map((h, i) => i).filter((i) => headers[i] !== "Försörjning före");
    const sheet = registerSheet(
      rows.map((r) => keep.map((i) => r[i])),
      { headers: keep.map((i) => headers[i]) },
    );
    const { l } = layout(workbook(sheet));
    const under1 = cellAt(l.sheets[0], "Under 1 år", 1);
    expect(under1.value).toBe(1);
    expect(under1.formula).toMatch(/^COUNTIFS/);
    expect(under1.formula).not.toContain("Ingen offentlig försörjning");
    expect(cellAt(l.sheets[0], "Ingen", 1).formula).not.toContain("Ingen offentlig försörjning");
  });
});

describe("formula text", () => {
  test("sheet names and criteria are quoted and escaped", () => {
    expect(quoteSheet("Team's register")).toBe("'Team''s register'");
    expect(textCriterion('Övrigt (flytt, "m.m.")')).toBe('"=Övrigt (flytt, ""m.m."")"');
    expect(textCriterion("Vård*?")).toBe('"=Vård~*~?"');
    expect(patternCriterion("*; ", "Arbete", "; *")).toBe('"=*; Arbete; *"');
  });

  test("durations read as years and months, and the formula says the same", () => {
    expect(durationText(487)).toBe("1 år och 4 månader");
    expect(durationText(365)).toBe("1 år");
    expect(durationText(31)).toBe("1 månad");
    expect(durationText(10)).toBe("under 1 månad");
    expect(durationFormula("B20")).toContain('" år"');
  });
});

describe("sheet names", () => {
  test("long period labels use the short names within 31 characters", () => {
    const n = desiredSheetNames("240101–240630");
    expect(Object.values(n).every((x) => x.length <= 31)).toBe(true);
    expect(n.kostnad).toBe("Kostnad 240101–240630");
  });

  test("a user's sheet is never replaced: the new one gets a free name; the add-in's own are replaced", () => {
    const plan = planSheetNames("2024", [
      { name: "Resultat 2024", marker: null },
      { name: "Kontroll 2024", marker: sheetMarker("kontroll", "2024") },
      { name: "Resultat 2023", marker: sheetMarker("resultat", "2023") },
    ]);
    expect(plan.names.resultat).toBe("Resultat 2024 (2)");
    expect(plan.renamed).toEqual([["Resultat 2024", "Resultat 2024 (2)"]]);
    expect(plan.replace).toEqual(["Kontroll 2024"]);
    expect(plan.names.kontroll).toBe("Kontroll 2024");
  });
});

describe("titles", () => {
  const grid = workbook(registerSheet([P(1, "2024-02-01")]), budget);
  const title = (l: { sheets: SheetSpec[] }) =>
    l.sheets.map((s) => [s.name, s.cells.find((c) => c.row === 0 && c.col === 0)!.value]);

  test("a half year's sheets have short names but their titles name the whole period", () => {
    const p = prepareReport(grid, {
      period: { from: "2024-01-01", to: "2024-06-30" },
      today: "2025-06-01",
    });
    expect(title(layoutReport(p, grid))).toEqual([
      [
        "Resultat 240101–240630",
        "Resultat 2024-01-01–2024-06-30 – deltagare och utfall per insats",
      ],
      ["Budget mot utfall 240101–240630", "Budget mot utfall 2024-01-01–2024-06-30"],
      ["Kostnad 240101–240630", "Kostnad per deltagare 2024-01-01–2024-06-30"],
      [
        "Tabeller 240101–240630",
        "Tabeller 2024-01-01–2024-06-30 – jämförelse årsvis, kön, ålder, hemkommun och uppföljning",
      ],
      [
        "Kontroll 240101–240630",
        "Kontroll 2024-01-01–2024-06-30 – registrets och budgetens kvalitet",
      ],
    ]);
  });

  test("a sheet renamed beside a user's own keeps the period's title", () => {
    const p = prepareReport(grid, { period, today: "2025-06-01" });
    const names = planSheetNames("2024", [{ name: "Budget mot utfall 2024", marker: null }]).names;
    expect(title(layoutReport(p, grid, { names, sheets: ["budget"] }))).toEqual([
      ["Budget mot utfall 2024 (2)", "Budget mot utfall 2024"],
    ]);
  });
});

describe("markers in the workbook's names", () => {
  test("a name's reference gives its sheet, quoted or not, with or without =", () => {
    expect(sheetOfReference("='Resultat 2024'!$A$1")).toBe("Resultat 2024");
    expect(sheetOfReference("'Anna''s blad'!$A$1")).toBe("Anna's blad");
    expect(sheetOfReference("Budget!$A$1:$C$4")).toBe("Budget");
    expect(sheetOfReference("=42")).toBeNull();
  });

  test("only names with the add-in's prefix mark a sheet", () => {
    const marker = sheetMarker("resultat", "2024");
    expect(
      existingSheets(
        ["Deltagare", "Resultat 2024"],
        [
          [marker, "='Resultat 2024'!$A$1"],
          ["MinEgenNamn", "=Deltagare!$A$1"],
        ],
      ),
    ).toEqual([
      { name: "Deltagare", marker: null },
      { name: "Resultat 2024", marker },
    ]);
  });
});

describe("insatser written as values inside Excel", () => {
  const grid = workbook(
    registerSheet([P(1, "2024-02-01"), P(2, "2024-03-01", { insats: "Team Syd" })]),
  );
  // A text date only the engine reads: formulas over the user's own cells would miss it.
  grid.sheets[0].rows[2][6] = "5/3/2024";
  const p = prepareReport(grid, { period, today: "2025-06-01" });

  test("in a copy the cell is rewritten and every figure stays a formula", () => {
    const l = layoutReport(p, grid, { canRewriteSource: true });
    expect(l.valueInsatser).toEqual([]);
    expect(cellAt(l.sheets[0], "Totalt antal deltagare", 2).formula).toMatch(/^COUNTIFS/);
  });

  test("in the user's own workbook that insats (and the total) become values, and the layout names it", () => {
    const l = layoutReport(p, grid, { canRewriteSource: false });
    expect(l.valueInsatser).toEqual(["Team Syd"]);
    expect(l.fixes).toEqual([]);
    expect(cellAt(l.sheets[0], "Totalt antal deltagare", 1).formula).toMatch(/^COUNTIFS/);
    expect(cellAt(l.sheets[0], "Totalt antal deltagare", 2)).toMatchObject({ value: 1 });
    expect(cellAt(l.sheets[0], "Totalt antal deltagare", 2).formula).toBeUndefined();
    expect(cellAt(l.sheets[0], "Totalt antal deltagare", 3).formula).toBeUndefined();
  });

  test("no Resultat or cost sheet, nothing to tell", () => {
    expect(
      layoutReport(p, grid, { canRewriteSource: false, sheets: ["budget", "kontroll"] })
        .valueInsatser,
    ).toEqual([]);
  });
});

describe("insatser named like the report's own words", () => {
  test("Totalt, Deltagare and Kön as insatser: unique table columns, and costs divided by their own column", () => {
    const grid = workbook(
      registerSheet([
        P(1, "2024-02-01", { insats: "Totalt" }),
        P(2, "2024-02-01", { insats: "Deltagare" }),
        P(3, "2024-03-01", { insats: "Kön" }),
        P(4, "2024-03-01", { insats: "Totalt" }),
      ]),
      // In a budget table a row labelled Totalt is its total: the insats Totalt has no budget row there.
      {
        name: "Budget",
        rows: [
          ["Budget 2024"],
          ["Insats", "Budget", "Utfall"],
          ["Deltagare", 100, 80],
          ["Kön", 100, 70],
          ["Totalt", 200, 150],
        ],
      },
    );
    const { p, l } = layout(grid);
    for (const s of l.sheets)
      for (const t of s.tables)
        expect(new Set(t.columns.map((c) => c.toLowerCase())).size).toBe(t.columns.length);
    const resultat = l.sheets[0];
    const gender = resultat.tables.find((t) => t.columns[0] === "Kön")!;
    expect(gender.columns).toEqual(["Kön", "Totalt", "Deltagare", "Kön (2)", "Totalt (2)"]);
    const cost = l.sheets.find((s) => s.kind === "kostnad")!;
    // The insats Totalt has 2 participants, in column B of Resultat; the grand total (4) is in column E.
    const row = cost.cells.find((c) => c.col === 0 && c.value === "Totalt" && c.row > 4)!.row;
    expect(cost.cells.find((c) => c.row === row && c.col === 2)).toMatchObject({
      value: 2,
      formula: "'Resultat 2024'!$B$8",
    });
    expect(p.model.cost.map((c) => [c.insats, c.cost, c.perParticipant])).toEqual([
      ["Totalt", null, null],
      ["Deltagare", 80, 80],
      ["Kön", 70, 70],
    ]);
  });
});
