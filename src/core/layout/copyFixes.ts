import type { WorkbookGrid } from "../grid";
import { readableCells } from "../repair/readableCells";
import type { RepairRule } from "../repair/types";
import type { PreparedReport } from "../report/buildReport";
import type { CopyFix, FixKind } from "./sheetSpec";

const KIND: Record<RepairRule, FixKind> = {
  date: "date",
  number: "number",
  category: "value",
  trim: "value",
  blank: "blank",
  amount: "amount",
};

/**
 * Cells of the written copy that must read as the checker read them, so that formulas count
 * what the engine counted (the one definition is readableCells, which the repair also uses).
 * Only the budget tables the report uses count here. The user's original is never touched.
 */
export function copyFixes(p: PreparedReport, grid: WorkbookGrid): CopyFix[] {
  return readableCells(p.parsed, grid, p.budget.tables).map((r) => {
    const fix: CopyFix = {
      sheet: r.sheet,
      row: r.row,
      col: r.col,
      value: r.after,
      original: r.before,
      kind: KIND[r.rule],
    };
    if (r.numFmt) fix.numFmt = r.numFmt;
    return fix;
  });
}

/** Reads a cell as the copy will hold it. */
export function copyReader(grid: WorkbookGrid, fixes: CopyFix[]) {
  const fixed = new Map(fixes.map((f) => [`${f.sheet}\u0000${f.row}\u0000${f.col}`, f.value]));
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  return (sheet: string, row: number, col: number) => {
    const k = `${sheet}\u0000${row}\u0000${col}`;
    if (fixed.has(k)) return fixed.get(k)!;
    return sheets.get(sheet)?.rows[row]?.[col] ?? null;
  };
}
