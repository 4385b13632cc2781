import { tablePlace } from "../budget/tablePlace";
import type { BudgetRow, BudgetTable } from "../budget/types";
import { columnLetter } from "../grid";
import type { CellRef, IssueCollector } from "../issueCollector";
import { serialToYmd } from "../parse/dates";
import { normalizeKey } from "../parse/text";
import { periodLabel, type Period } from "./period";

/** Why the report has the budget figures it has (docs/report-json.md, `budgetStatus`). */
export type BudgetState = "year" | "unnamed" | "none" | "no-year" | "spans-years";

/** A budget row used by the report, with the table it comes from (for formulas over its cells). */
export interface UsedBudgetRow {
  row: BudgetRow;
  table: BudgetTable;
}

export interface BudgetChoice {
  state: BudgetState;
  /** The tables the report uses: every table (or column pair) of the period's year; empty when none applies. */
  tables: BudgetTable[];
  /** The year the tables belong to; null when they name none, or none is used. */
  year: number | null;
  /** Insats rows of the used tables, the first of each name. */
  rows: UsedBudgetRow[];
  /** Cost rows that are not insatser (Styrelse, Kansli), for reconciling with the table's own total. */
  otherRows: UsedBudgetRow[];
  /** False when the period is not a whole calendar year: a full year's utfall is not divided by it. */
  costPerParticipant: boolean;
  /** Why nothing (or a table naming no year) is used; null when the year's table is used. */
  message: string | null;
}

function headerCell(t: BudgetTable): CellRef {
  const c = t.columns.budget;
  return { sheet: t.sheet, row: t.headerRow, col: c, column: t.headers[c] ?? columnLetter(c) };
}

export const isWholeYear = (p: Period) => {
  const f = serialToYmd(p.from);
  const t = serialToYmd(p.to);
  return f.y === t.y && f.m === 1 && f.d === 1 && t.m === 12 && t.d === 31;
};

/**
 * The year rule (docs/domain.md): the report for a period uses the budget of the period's
 * year only — every table or column pair that names it; else tables naming no year, with a
 * warning; else nothing, and says why. Issues raised here belong to this period's report.
 */
export function chooseBudget(
  budgets: BudgetTable[],
  period: Period,
  fallbackSheet: string,
  issues: IssueCollector,
): BudgetChoice {
  const none = (state: BudgetState, message: string | null): BudgetChoice => ({
    state,
    tables: [],
    year: null,
    rows: [],
    otherRows: [],
    costPerParticipant: false,
    message,
  });
  if (budgets.length === 0) {
    const message = issues.msg.budgetNone();
    issues.add("BUDGET-NONE", { sheet: fallbackSheet, row: 0, col: 0, column: "A" }, null, message);
    return none("none", message);
  }
  const from = serialToYmd(period.from).y;
  const to = serialToYmd(period.to).y;
  const label = periodLabel(period);
  if (from !== to) {
    const message = issues.msg.budgetPeriodSpansYears(label);
    issues.add("BUDGET-PERIOD-SPANS-YEARS", headerCell(budgets[0]), null, message);
    return none("spans-years", message);
  }
  let tables = budgets.filter((t) => t.year === from);
  let state: BudgetState = "year";
  let message: string | null = null;
  if (tables.length === 0) {
    tables = budgets.filter((t) => t.year === null);
    if (tables.length === 0) {
      const found = budgets.map((t) => issues.msg.tableYear(tablePlace(t, issues.msg), t.year));
      message = issues.msg.budgetYearNone(label, [...new Set(found)].join(", "));
      issues.add("BUDGET-YEAR-NONE", headerCell(budgets[0]), null, message);
      return none("no-year", message);
    }
    state = "unnamed";
    const messages = tables.map((t) =>
      issues.msg.budgetYearUnnamed(tablePlace(t, issues.msg), from),
    );
    tables.forEach((t, i) => issues.add("BUDGET-YEAR-UNNAMED", headerCell(t), null, messages[i]));
    message = messages.join(" ");
  }
  const whole = isWholeYear(period);
  if (!whole) {
    const m = issues.msg.budgetPeriodNotYear(label, from);
    issues.add("BUDGET-PERIOD-NOT-YEAR", headerCell(tables[0]), null, m);
    message = message ? `${message} ${m}` : m;
  }
  const seen = new Set<string>();
  const rows: UsedBudgetRow[] = [];
  const otherRows: UsedBudgetRow[] = [];
  for (const table of tables)
    for (const row of table.lines) {
      if (row.kind !== "insats" && row.kind !== "other") continue;
      const key = normalizeKey(row.insats);
      if (seen.has(key)) continue;
      seen.add(key);
      (row.kind === "insats" ? rows : otherRows).push({ row, table });
    }
  return {
    state,
    tables,
    year: state === "year" ? from : null,
    rows,
    otherRows,
    costPerParticipant: whole,
    message,
  };
}
