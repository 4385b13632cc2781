import type { BudgetRow, BudgetTable } from "../budget/types";
import { columnLetter } from "../grid";
import type { IssueCollector } from "../issueCollector";
import { formatAmountSv } from "../parse/amounts";

type Amount = "budget" | "actual" | "difference";

/** Tables in tkr are rounded per cell, so ±1 tkr is rounding, not an error (docs/domain.md). */
function tolerance(t: BudgetTable): number {
  return t.unit === "tkr" ? 1000 : 0.005;
}

/** An amount as the table itself writes it: in its unit and, for budget and utfall, its sign. */
export function shownAmount(
  t: Pick<BudgetTable, "unit" | "sign">,
  kronor: number,
  k: Amount = "difference",
): string {
  const signed = k === "difference" ? kronor : t.sign * kronor;
  return formatAmountSv(t.unit === "tkr" ? Math.round(signed / 10) / 100 : signed, t.unit);
}

/**
 * Differens = budget − utfall on every row (in a table of negative costs: utfall − budget,
 * the same figure), each subtotal = the rows since the previous subtotal, and the total = every
 * cost row; messages quote the table's own headers and figures.
 */
export function checkBudgetArithmetic(t: BudgetTable, issues: IssueCollector): void {
  const colName = (c: number) => t.headers[c] ?? columnLetter(c);
  const at = (row: BudgetRow, c: number) => ({
    sheet: t.sheet,
    row: row.row,
    col: c,
    column: colName(c),
  });
  const tol = tolerance(t);
  const diffCol = t.columns.difference;
  const show = (kr: number, k: Amount) => shownAmount(t, kr, k);

  const rows = t.total ? [...t.lines, t.total] : t.lines;
  if (diffCol !== undefined)
    for (const row of rows) {
      if (
        row.kind === "outside" ||
        row.budget === null ||
        row.actual === null ||
        row.difference === null
      )
        continue;
      const expected = row.budget - row.actual;
      if (Math.abs(row.difference - expected) <= tol) continue;
      const reversed = Math.abs(row.difference + expected) <= tol && expected !== 0;
      // Negative costs: the table's differens is utfall − budget; say it in that order.
      const [first, second] =
        t.sign === 1 ? (["budget", "actual"] as const) : (["actual", "budget"] as const);
      issues.add(
        "BUDGET-DIFF",
        at(row, diffCol),
        row.cells.difference,
        issues.msg.budgetDiff(
          { header: colName(t.columns[first]), amount: show(row[first]!, first) },
          { header: colName(t.columns[second]), amount: show(row[second]!, second) },
          show(expected, "difference"),
          show(row.difference, "difference"),
          reversed,
        ),
      );
    }

  // Sums: each subtotal over the cost rows since the previous one (or, right after another
  // subtotal, over every cost row so far); the total over every cost row.
  let groupStart = 0;
  const costRows = (from: number, to: number) =>
    t.lines.slice(from, to).filter((l) => l.kind === "insats" || l.kind === "other");
  t.lines.forEach((line, i) => {
    if (line.kind !== "subtotal") return;
    let group = costRows(groupStart, i);
    if (group.length === 0) group = costRows(0, i);
    checkSum(t, line, group, issues, tol, false);
    groupStart = i + 1;
  });
  if (t.total) checkSum(t, t.total, costRows(0, t.lines.length), issues, tol, true);
}

function checkSum(
  t: BudgetTable,
  line: BudgetRow,
  group: BudgetRow[],
  issues: IssueCollector,
  tol: number,
  isTotal: boolean,
): void {
  if (group.length === 0) return;
  for (const k of ["budget", "actual", "difference"] as const) {
    const c = t.columns[k];
    const stated = line[k];
    if (c === undefined || stated === null) continue;
    const sum = group.reduce((s, r) => s + (r[k] ?? 0), 0);
    if (Math.abs(stated - sum) <= tol) continue;
    const header = t.headers[c] ?? columnLetter(c);
    const rowsText = { from: group[0].row + 1, to: group[group.length - 1].row + 1 };
    issues.add(
      isTotal ? "BUDGET-TOTAL" : "BUDGET-SUBTOTAL",
      { sheet: t.sheet, row: line.row, col: c, column: header },
      line.cells[k],
      issues.msg.budgetSum(
        line.insats,
        header,
        shownAmount(t, stated, k),
        shownAmount(t, sum, k),
        rowsText.from,
        rowsText.to,
      ),
    );
  }
}
