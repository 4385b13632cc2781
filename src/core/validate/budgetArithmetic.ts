import type { BudgetRow, BudgetTable } from "../budget/types";
import { columnLetter } from "../grid";
import type { IssueCollector } from "../issues";
import { sv } from "../messages/sv";
import { formatAmountSv } from "../parse/amounts";

/** Tables in tkr are rounded per cell, so ±1 tkr is rounding, not an error (domain.md). */
function tolerance(t: BudgetTable): number {
  return t.unit === "tkr" ? 1000 : 0.005;
}

/** An amount in the table's own unit, for messages the ekonom compares with the sheet. */
function shown(t: BudgetTable, kronor: number): string {
  return formatAmountSv(t.unit === "tkr" ? Math.round(kronor / 10) / 100 : kronor, t.unit);
}

/** Differens = budget − utfall on every row, and the total row = the sum of the rows, per column. */
export function checkBudgetArithmetic(t: BudgetTable, issues: IssueCollector): void {
  const colName = (c: number) => t.headers[c] ?? columnLetter(c);
  const at = (row: BudgetRow, c: number) => ({ sheet: t.sheet, row: row.row, col: c, column: colName(c) });
  const tol = tolerance(t);
  const diffCol = t.columns.difference;

  const rows = t.total ? [...t.rows, t.total] : t.rows;
  if (diffCol !== undefined)
    for (const row of rows) {
      if (row.budget === null || row.actual === null || row.difference === null) continue;
      const expected = row.budget - row.actual;
      if (Math.abs(row.difference - expected) <= tol) continue;
      const reversed = Math.abs(row.difference + expected) <= tol && expected !== 0;
      issues.add(
        "BUDGET-DIFF",
        at(row, diffCol),
        row.cells.difference,
        sv.budgetDiff(shown(t, row.difference), shown(t, expected), shown(t, row.budget), shown(t, row.actual), reversed),
      );
    }

  const total = t.total;
  if (!total) return;
  for (const k of ["budget", "actual", "difference"] as const) {
    const c = t.columns[k];
    const stated = total[k];
    if (c === undefined || stated === null) continue;
    const sum = t.rows.reduce((s, r) => s + (r[k] ?? 0), 0);
    if (Math.abs(stated - sum) > tol) issues.add("BUDGET-TOTAL", at(total, c), total.cells[k], sv.budgetTotal(colName(c), shown(t, stated), shown(t, sum)));
  }
}
