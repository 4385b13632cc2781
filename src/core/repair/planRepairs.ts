import { a1, type WorkbookGrid } from "../grid";
import { cleanText } from "../parse/text";
import type { ParsedWorkbook } from "../readWorkbook";
import { columnRepairs, readableCells } from "./readableCells";
import type { Repair } from "./types";

/** Findings that need a person to decide: a cell with one of these is never repaired. */
const DECISIONS: ReadonlySet<string> = new Set([
  "REG-CATEGORY-UNKNOWN",
  "REG-ID-DUPLICATE",
  "REG-DATE-IMPOSSIBLE",
  "REG-DATE-UNREADABLE",
  "REG-DATE-IMPLAUSIBLE",
]);

/**
 * The repairs that make a spreadsheet read the register as the engine does, in workbook order:
 * the cells only the engine can read, and ids with stray spaces. Cells with a finding that needs
 * a human decision are left out.
 */
export function planRepairs(parsed: ParsedWorkbook, grid: WorkbookGrid): Repair[] {
  const decide = new Set(
    parsed.issues.filter((i) => DECISIONS.has(i.code)).map((i) => `${i.sheet}!${i.cell}`),
  );
  const out = [...readableCells(parsed, grid), ...idRepairs(parsed, grid)].filter(
    (r) => !decide.has(`${r.sheet}!${a1(r.row, r.col)}`),
  );
  const order = new Map(grid.sheets.map((s, i) => [s.name, i]));
  return out.sort(
    (a, b) =>
      (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.row - b.row || a.col - b.col,
  );
}

/** Ids are compared cleaned (duplicates, rows): the cell gets the id as the engine reads it. */
function idRepairs(parsed: ParsedWorkbook, grid: WorkbookGrid): Repair[] {
  return columnRepairs(parsed, grid, "id", (v) => {
    const t = typeof v === "string" ? cleanText(v) : "";
    return t !== "" && t !== v ? { rule: "trim", after: t } : null;
  });
}
