import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import type { CellValue, WorkbookGrid } from "../grid";
import type { Issue } from "../issue";
import { ruleTitle } from "../messages/catalogue";
import { isInfoCode, ruleMeaning } from "../messages/meanings";
import { RULES, type RuleCode } from "../messages/rules";
import { prepareReport } from "../report/buildReport";
import { copyFixes } from "./copyFixes";
import { FIRST_CELLS } from "./kontroll/cellGroups";
import { COL, KONTROLL_WIDTHS } from "./kontroll/columns";
import { FIXES_LISTED, kontrollSheet } from "./kontrollSheet";
import type { SheetSpec, SpecCell } from "./sheetSpec";
import { layoutText as T } from "./text.sv";

const period = { from: "2024-01-01", to: "2024-12-31" };
const P = (i: number, extra = {}) => participant(i, { start: serial("2024-02-01"), ...extra });
const dmy = (iso: string) => iso.split("-").reverse().map(Number).join("/");

/** A budget table without unit and total row: two info rules. */
const budget = {
  name: "Budget",
  rows: [
    ["Insats", "Budget", "Utfall"],
    ["Samordningsteam Norra", 1000, 900],
  ] as CellValue[][],
};

function kontroll(grid: WorkbookGrid) {
  const p = prepareReport(grid, { period, today: "2025-06-01" });
  const fixes = copyFixes(p, grid);
  return { p, fixes, spec: kontrollSheet(p, fixes, "Kontroll 2024", "2024", "Kontroll_2024") };
}

/** The sheet as rows of values, by row number. */
function rows(spec: SheetSpec): Map<number, Map<number, SpecCell>> {
  const out = new Map<number, Map<number, SpecCell>>();
  for (const c of spec.cells) {
    if (!out.has(c.row)) out.set(c.row, new Map());
    out.get(c.row)!.set(c.col, c);
  }
  return out;
}

/** The data rows of a table, each as its cells by column. */
function tableRows(spec: SheetSpec, key: string): Map<number, SpecCell>[] {
  const t = spec.tables.find((x) => x.name.endsWith(`_${key}`))!;
  const all = rows(spec);
  return Array.from({ length: t.rows }, (_, i) => all.get(t.row + 1 + i)!);
}

const tableRow = (spec: SheetSpec, key: string) =>
  spec.tables.find((x) => x.name.endsWith(`_${key}`))?.row ?? -1;

describe("Kontroll: errors, then warnings, then one row per info rule", () => {
  // In workbook order an info (a text date) comes first, then a warning (age), then an error.
  const grid = workbook(
    registerSheet([
      P(1, { start: dmy("2024-03-05") }),
      P(2, { birthYear: 2015 }),
      P(3, { exit: "Arbete" }),
      P(4, { start: dmy("2024-04-06") }),
      P(5, { birthYear: 1940 }),
      P(6, { end: serial("2024-05-01") }),
    ]),
    budget,
  );
  const { p, spec } = kontroll(grid);
  const issues = p.model.issues;
  const bySeverity = (s: Issue["severity"]) => issues.filter((i) => i.severity === s);

  test("the workbook has all three kinds, info first in workbook order", () => {
    expect(issues[0].severity).toBe("info");
    for (const s of ["error", "warning", "info"] as const)
      expect(bySeverity(s).length).toBeGreaterThan(1);
  });

  test("every error and warning has its row, errors first, each in workbook order", () => {
    const problems = tableRows(spec, "Problem");
    const want = [...bySeverity("error"), ...bySeverity("warning")];
    expect(problems.map((r) => r.get(COL.severity)!.value)).toEqual(
      want.map((i) => T.severity[i.severity]),
    );
    expect(problems.map((r) => r.get(COL.cell)!.value)).toEqual(
      want.map((i) => `${i.sheet}!${i.cell}`),
    );
    expect(problems.map((r) => r.get(COL.cell)!.formula)).toEqual(
      want.map((i) => `HYPERLINK("#'${i.sheet}'!${i.cell}","${i.sheet}!${i.cell}")`),
    );
    expect(problems.map((r) => r.get(COL.message)!.value)).toEqual(want.map((i) => i.message));
    expect(problems.map((r) => r.get(COL.suggestion)!.value)).toEqual(
      want.map((i) => i.suggestion ?? ""),
    );
  });

  test("rules by their Swedish names, never their codes", () => {
    const problems = tableRows(spec, "Problem");
    const want = [...bySeverity("error"), ...bySeverity("warning")];
    expect(problems.map((r) => r.get(COL.rule)!.value)).toEqual(
      want.map((i) => ruleTitle(i.code as RuleCode)),
    );
    const codes = Object.keys(RULES);
    const texts = spec.cells.map((c) => String(c.value));
    expect(texts.filter((t) => codes.some((code) => t.includes(code)))).toEqual([]);
  });

  test("the info table comes after the problems: one row per rule with count, first cells and meaning", () => {
    expect(tableRow(spec, "Info")).toBeGreaterThan(
      tableRow(spec, "Problem") + bySeverity("error").length + bySeverity("warning").length,
    );
    const info = tableRows(spec, "Info");
    const codes = [...new Set(bySeverity("info").map((i) => i.code))];
    expect(info).toHaveLength(codes.length);
    info.forEach((r, n) => {
      const code = codes[n];
      const cells = bySeverity("info").filter((i) => i.code === code);
      expect(r.get(COL.rule)!.value).toBe(ruleTitle(code as RuleCode));
      expect(r.get(COL.count)!.value).toBe(cells.length);
      expect(r.get(COL.cell)!.value).toBe(`${cells[0].sheet}!${cells[0].cell}`);
      expect(r.get(COL.cell)!.formula).toMatch(/^HYPERLINK\(/);
      expect(isInfoCode(code)).toBe(true);
      if (isInfoCode(code)) expect(r.get(COL.meaning)!.value).toBe(ruleMeaning(code));
    });
  });

  test("messages, suggestions and meanings wrap; the widths fit A4 landscape", () => {
    const all = [...tableRows(spec, "Problem"), ...tableRows(spec, "Info")];
    for (const r of all)
      for (const col of [COL.rule, COL.message])
        expect({ row: r.get(col)!.row, col, wrap: r.get(col)!.wrap }).toMatchObject({ wrap: true });
    const width = spec.columnWidths.reduce((a, b) => a + b, 0);
    expect(spec.columnWidths).toEqual(KONTROLL_WIDTHS);
    expect(width).toBeGreaterThanOrEqual(130);
    expect(width).toBeLessThanOrEqual(160);
  });
});

describe("many cells of one info rule: counted, not listed", () => {
  const dates = ["2024-01-03", "2024-01-14", "2024-02-05", "2024-02-16", "2024-03-07"];
  const n = 23;
  const grid = workbook(
    registerSheet(
      Array.from({ length: n }, (_, i) =>
        P(i + 1, { start: dmy(dates[i % dates.length]), insats: "Samordningsteam Norra " }),
      ),
    ),
  );
  const { p, fixes, spec } = kontroll(grid);
  const info = p.model.issues.filter((i) => i.code === "REG-VALUE-NORMALIZED");

  test("one info row: the count, the first cell as a link, the next four as addresses, the columns", () => {
    expect(info.length).toBe(2 * n);
    const [row] = tableRows(spec, "Info");
    expect(row.get(COL.count)!.value).toBe(info.length);
    expect(row.get(COL.cell)!.value).toBe(`Deltagare!${info[0].cell}`);
    expect(row.get(COL.more)!.value).toBe(
      info
        .slice(1, FIRST_CELLS)
        .map((i) => i.cell)
        .join(", "),
    );
    const inColumn = (c: string) => info.filter((i) => i.column === c).length;
    expect(row.get(COL.column)!.value).toBe(
      `Insats (${inColumn("Insats")})\nInskrivningsdatum (${inColumn("Inskrivningsdatum")})`,
    );
  });

  test("the sheet stays short: no row per cell", () => {
    const last = Math.max(...spec.cells.map((c) => c.row));
    expect(info.length).toBeGreaterThan(40);
    expect(last).toBeLessThan(20);
  });

  test(`more than ${FIXES_LISTED} rewritten cells: one row per kind, counts adding up`, () => {
    expect(fixes.length).toBeGreaterThan(FIXES_LISTED);
    const kinds = tableRows(spec, "Omskrivna");
    expect(kinds.map((r) => r.get(COL.rule)!.value)).toEqual([
      T.fixKinds.value.title,
      T.fixKinds.date.title,
    ]);
    const counts = kinds.map((r) => r.get(COL.count)!.value as number);
    expect(counts).toEqual([
      fixes.filter((f) => f.kind === "value").length,
      fixes.filter((f) => f.kind === "date").length,
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(fixes.length);
  });
});

describe("few rewritten cells are listed one by one, as before", () => {
  test(`up to ${FIXES_LISTED}: each cell with its original and new value`, () => {
    const grid = workbook(registerSheet([P(1, { start: dmy("2024-03-05") }), P(2)]));
    const { fixes, spec } = kontroll(grid);
    expect(fixes).toHaveLength(1);
    const [row] = tableRows(spec, "Omskrivna");
    expect(row.get(COL.cell)!.value).toBe(`Deltagare!G2`);
    expect(row.get(COL.cell + 1)!.value).toBe("5/3/2024");
    expect(row.get(COL.cell + 2)!.value).toBe(serial("2024-03-05"));
  });

  test("no issues at all: one line says so, and no tables", () => {
    const clean = {
      name: "Budget",
      rows: [
        ["Budget och utfall 2024 (tkr)"],
        ["Insats", "Tilldelade medel", "Använda medel"],
        ["Samordningsteam Norra", 1000, 900],
        ["Totalt", 1000, 900],
      ] as CellValue[][],
    };
    const { p, spec } = kontroll(workbook(registerSheet([P(1), P(2)]), clean));
    expect(p.model.issues).toEqual([]);
    expect(spec.tables).toEqual([]);
    expect(spec.cells.map((c) => c.value)).toContain(T.noIssues);
  });
});
