import type { BudgetRow, BudgetTable, CostTable } from "../budget/types";
import { columnLetter } from "../grid";
import type { CellRef, IssueCollector } from "../issueCollector";
import { normalizeKey } from "../parse/text";
import { tablePlace } from "../budget/tablePlace";
import { shownAmount } from "./budgetArithmetic";

const tolerance = (...units: ("kr" | "tkr")[]) => (units.includes("tkr") ? 1000 : 0.005);

function actualCell(t: BudgetTable, r: BudgetRow): CellRef {
  const c = t.columns.actual;
  return { sheet: t.sheet, row: r.row, col: c, column: t.headers[c] ?? columnLetter(c) };
}

function costCell(
  t: CostTable,
  row: number,
  k: "insats" | "cost" | "count" | "perParticipant",
): CellRef {
  const c = t.columns[k];
  return { sheet: t.sheet, row, col: c, column: t.headers[c] ?? columnLetter(c) };
}

/** A cost-table amount as the table writes it (its unit; no sign convention). */
const shownCost = (t: CostTable, kr: number) => shownAmount({ unit: t.unit, sign: 1 }, kr);

/** The same insats with different utfall in two budget tables of one year: a warning at both cells. */
export function checkActualConflicts(budgets: BudgetTable[], issues: IssueCollector): void {
  const byYear = new Map<string, { t: BudgetTable; r: BudgetRow }[]>();
  for (const t of budgets)
    for (const r of t.rows) {
      if (r.actual === null) continue;
      const key = `${t.year}\u0000${normalizeKey(r.insats)}`;
      const list = byYear.get(key) ?? [];
      list.push({ t, r });
      byYear.set(key, list);
    }
  for (const list of byYear.values())
    for (let i = 1; i < list.length; i++) {
      const a = list[0];
      const b = list[i];
      if (Math.abs(a.r.actual! - b.r.actual!) <= tolerance(a.t.unit, b.t.unit)) continue;
      const place = (x: typeof a) =>
        issues.msg.tableCell(
          tablePlace(x.t, issues.msg),
          `${columnLetter(x.t.columns.actual)}${x.r.row + 1}`,
        );
      // A warning at both cells, each naming the other.
      for (const [x, y] of [
        [a, b],
        [b, a],
      ])
        issues.add(
          "BUDGET-ACTUAL-CONFLICT",
          actualCell(x.t, x.r),
          x.r.cells.actual,
          issues.msg.budgetActualConflict(
            x.r.insats,
            shownAmount(x.t, x.r.actual!, "actual"),
            shownAmount(y.t, y.r.actual!, "actual"),
            place(y),
          ),
        );
    }
}

/** The budget tables a cost table is compared with: those of its year (or, naming none, those naming none). */
function budgetsFor(t: CostTable, budgets: BudgetTable[]): BudgetTable[] {
  const same = budgets.filter((b) => b.year === t.year);
  if (same.length || t.year !== null) return same;
  const years = new Set(budgets.map((b) => b.year));
  return years.size === 1 ? budgets : [];
}

/**
 * A förbund's cost-per-participant table: kostnad/deltagare = total ÷ antal (±1 kr), and
 * total kostnad = the budget's utfall for the insats (a warning at both cells when not).
 */
export function checkCostTables(
  costTables: CostTable[],
  budgets: BudgetTable[],
  issues: IssueCollector,
): void {
  for (const t of costTables) {
    const compared = budgetsFor(t, budgets);
    for (const r of t.rows) {
      if (r.cost !== null && r.count !== null && r.count > 0 && r.perParticipant !== null) {
        const expected = r.cost / r.count;
        const tol = t.unit === "tkr" ? 1000 : 1;
        if (Math.abs(expected - r.perParticipant) > tol)
          issues.add(
            "COST-TABLE-DIVISION",
            costCell(t, r.row, "perParticipant"),
            r.cells.perParticipant,
            issues.msg.costTableDivision(
              shownCost(t, r.perParticipant),
              shownCost(t, r.cost),
              r.count,
              shownCost(t, Math.round(expected)),
            ),
          );
      }
      if (r.cost === null || compared.length === 0) continue;
      let match: { b: BudgetTable; row: BudgetRow } | null = null;
      for (const b of compared) {
        const row = b.rows.find((x) => normalizeKey(x.insats) === normalizeKey(r.insats));
        if (row) {
          match = { b, row };
          break;
        }
      }
      if (!match) {
        issues.add(
          "COST-TABLE-NO-BUDGET",
          costCell(t, r.row, "insats"),
          r.insats,
          issues.msg.costTableNoBudget(r.insats),
        );
        continue;
      }
      const { b, row } = match;
      if (row.actual === null || Math.abs(row.actual - r.cost) <= tolerance(t.unit, b.unit))
        continue;
      const budgetPlace = issues.msg.sheetCell(
        b.sheet,
        `${columnLetter(b.columns.actual)}${row.row + 1}`,
      );
      issues.add(
        "COST-TABLE-COST",
        costCell(t, r.row, "cost"),
        r.cells.cost,
        issues.msg.costTableCost(
          r.insats,
          shownCost(t, r.cost),
          shownAmount(b, row.actual, "actual"),
          budgetPlace,
        ),
      );
      const costPlace = issues.msg.costTableCell(
        t.sheet,
        `${columnLetter(t.columns.cost)}${r.row + 1}`,
      );
      issues.add(
        "BUDGET-ACTUAL-CONFLICT",
        actualCell(b, row),
        row.cells.actual,
        issues.msg.budgetActualConflict(
          row.insats,
          shownAmount(b, row.actual, "actual"),
          shownCost(t, r.cost),
          costPlace,
        ),
      );
    }
  }
}

/** Report time: the cost table's antal deltagare = the register's participants in the period. */
export function checkCostTableCounts(
  costTables: CostTable[],
  year: number | null,
  periodText: string,
  participants: (insats: string) => number | null,
  issues: IssueCollector,
): void {
  for (const t of costTables) {
    if (year === null || (t.year !== null && t.year !== year)) continue;
    for (const r of t.rows) {
      if (r.count === null) continue;
      const counted = participants(r.insats);
      if (counted === null || counted === r.count) continue;
      issues.add(
        "COST-TABLE-COUNT",
        costCell(t, r.row, "count"),
        r.cells.count,
        issues.msg.costTableCount(r.insats, r.count, counted, periodText),
      );
    }
  }
}
