import type { BudgetTable } from "../budget/types";
import { columnLetter } from "../grid";
import type { IssueCollector } from "../issueCollector";
import { normalizeKey } from "../parse/text";
import type { RegisterCells } from "../register/cellRef";
import type { RegisterRow } from "../register/types";

/** The budget and the register must name the same insatser (after normalisation). */
export function checkBudgetCoverage(
  tables: BudgetTable[],
  rows: RegisterRow[],
  insatser: string[],
  cells: RegisterCells,
  issues: IssueCollector,
): void {
  if (tables.length === 0 || rows.length === 0) return;
  const insatsKeys = new Set(insatser.map(normalizeKey));
  const budgeted = new Set<string>();
  const flagged = new Set<string>();
  for (const t of tables)
    for (const row of t.rows) {
      budgeted.add(normalizeKey(row.insats));
      // Tables with one column pair per year share their label cells: one warning per cell.
      const cell = `${t.sheet}\u0000${row.row}`;
      if (flagged.has(cell)) continue;
      flagged.add(cell);
      if (!insatsKeys.has(normalizeKey(row.insats))) {
        const c = t.columns.insats!;
        issues.add(
          "BUDGET-NO-PARTICIPANTS",
          { sheet: t.sheet, row: row.row, col: c, column: t.headers[c] ?? columnLetter(c) },
          row.insats,
          issues.msg.budgetNoParticipants(row.insats),
        );
      }
    }
  for (const insats of insatser) {
    if (budgeted.has(normalizeKey(insats))) continue;
    const first = rows.find((r) => r.insats === insats)!;
    issues.add(
      "BUDGET-ROW-MISSING",
      cells.ref(first, "insats"),
      insats,
      issues.msg.budgetRowMissing(insats, tables[0].sheet),
    );
  }
}
