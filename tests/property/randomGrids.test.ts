import fc from "fast-check";
import { columnIndex, sheetWidth, type CellValue, type WorkbookGrid } from "../../src/core/grid";
import { RULES } from "../../src/core/messages/rules";
import { validateWorkbook } from "../../src/core/validateWorkbook";
import { HEADERS } from "../helpers/registerGrid";

// Values people really put in registers, plus noise, so random grids hit the interesting paths.
const interesting: CellValue[] = [
  ...HEADERS,
  "Insats",
  "Tilldelade medel",
  "Använda medel",
  "Differens",
  "Totalt",
  "Summa",
  "Budget (tkr)",
  "Namn",
  "Arbete",
  "arbete ",
  "Arbette",
  "Arbete; Studier",
  "Kvinna",
  "K",
  "Gymnasial",
  "Sjukpenning",
  "3",
  "7 år eller mer",
  "2024-03-05",
  "5/3/2024",
  "31/02/2025",
  "5 mars 2024",
  "#N/A",
  "#REF!",
  "811218-9876",
  "1 250 tkr",
  "- kr",
  "- 4 920 kr",
  45356,
  45500,
  1985,
  1850,
  0,
  -1,
  1.5,
  8112189876,
  true,
  false,
  null,
  "",
  "   ",
  "Team A",
  "team a",
];
const cell = fc.oneof(
  fc.constantFrom(...interesting),
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.constant(null),
);
const sheetArb = fc.record({
  name: fc.oneof(
    fc.constantFrom("Deltagare", "Budget", "Kategorier", "Blad1"),
    fc.string({ minLength: 1, maxLength: 12 }),
  ),
  rows: fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 30 }),
});
const gridArb = fc.array(sheetArb, { minLength: 1, maxLength: 3 }).map((sheets): WorkbookGrid => ({
  sheets: sheets.map((s, i) => ({ ...s, name: `${s.name}${i}` })),
}));

// A header row followed by random data: most issues come from registers that were found.
const registerGridArb = fc
  .array(fc.array(cell, { minLength: HEADERS.length, maxLength: HEADERS.length + 2 }), {
    maxLength: 40,
  })
  .map((rows): WorkbookGrid => ({ sheets: [{ name: "Deltagare", rows: [HEADERS, ...rows] }] }));

function checkIssuesPointAtRealCells(grid: WorkbookGrid): void {
  const r = validateWorkbook(grid, { today: "2025-06-01" });
  for (const issue of r.issues) {
    const sheet = grid.sheets.find((s) => s.name === issue.sheet);
    expect(sheet).toBeDefined();
    const m = /^([A-Z]+)([1-9][0-9]*)$/.exec(issue.cell);
    expect(m).not.toBeNull();
    expect(Number(m![2])).toBe(issue.row);
    expect(issue.row).toBeLessThanOrEqual(Math.max(1, sheet!.rows.length));
    // At most one column past the widest row: where a missing column would be added.
    expect(columnIndex(m![1])).toBeLessThanOrEqual(sheetWidth(sheet!));
    expect(RULES[issue.code as keyof typeof RULES]?.severity).toBe(issue.severity);
    expect(issue.message.length).toBeGreaterThan(10);
  }
}

describe("random workbooks", () => {
  test("validation never throws and every issue points at a real cell", () => {
    fc.assert(
      fc.property(gridArb, (grid) => checkIssuesPointAtRealCells(grid)),
      { numRuns: 300 },
    );
  });

  test("random data under a register header: never throws, every issue points at a real cell", () => {
    fc.assert(
      fc.property(registerGridArb, (grid) => checkIssuesPointAtRealCells(grid)),
      { numRuns: 300 },
    );
  });
});
