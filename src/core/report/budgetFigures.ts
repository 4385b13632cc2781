import { normalizeKey } from "../parse/text";
import type { BudgetChoice, UsedBudgetRow } from "./budgetChoice";
import type { BudgetReport, BudgetReportRow, CostRow, InsatsReport } from "./model";
import { roundExcel, share } from "./round";

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
const sum = (xs: (number | null)[]) =>
  xs.some((x) => x !== null) ? xs.reduce<number>((s, x) => s + (x ?? 0), 0) : null;

function reportRow({ row: r }: UsedBudgetRow): BudgetReportRow {
  return {
    insats: r.insats,
    budget: r.budget,
    actual: r.actual,
    deviation: diff(r.budget, r.actual),
    usedShare: r.budget === null || r.actual === null ? null : share(r.actual, r.budget),
  };
}

/** Budget mot utfall: the used tables' insats rows with deviation and used share computed, never taken from the table. */
export function budgetFigures(choice: BudgetChoice): BudgetReport | null {
  if (choice.tables.length === 0) return null;
  const units = new Set(choice.tables.map((t) => t.unit));
  const rows = choice.rows.map(reportRow);
  const budget = sum(rows.map((r) => r.budget));
  const actual = sum(rows.map((r) => r.actual));
  return {
    unit: units.size === 1 ? [...units][0] : "kr",
    sheet: choice.tables[0].sheet,
    year: choice.year,
    tables: choice.tables.map((t) => ({
      sheet: t.sheet,
      headerRow: t.headerRow + 1,
      year: t.year,
      unit: t.unit,
      negativeCosts: t.sign === -1,
    })),
    rows,
    total: {
      budget,
      actual,
      deviation: diff(budget, actual),
      usedShare: budget === null || actual === null ? null : share(actual, budget),
    },
    otherRows: choice.otherRows.map(reportRow),
  };
}

/** The budget row of an insats, matched on the normalised name. */
export function budgetRowFor(choice: BudgetChoice, insats: string): UsedBudgetRow | null {
  const key = normalizeKey(insats);
  return choice.rows.find((r) => normalizeKey(r.row.insats) === key) ?? null;
}

/** Budget insats rows that name no insats of the register (a kurator, a structural insats). */
export function budgetOnlyRows(choice: BudgetChoice, insatser: string[]): UsedBudgetRow[] {
  const names = new Set(insatser.map(normalizeKey));
  return choice.rows.filter((r) => !names.has(normalizeKey(r.row.insats)));
}

type Denominators = Pick<InsatsReport, "participants" | "greenExits">;

/** A cost of 0 kr or none at all, or a full year's utfall over part of a year: not computed. */
const per = (cost: number | null, n: number, allowed: boolean) =>
  !allowed || cost === null || cost === 0 || n === 0 ? null : roundExcel(cost / n);

function costRow(insats: string, cost: number | null, f: Denominators, allowed: boolean): CostRow {
  return {
    insats,
    cost,
    perParticipant: per(cost, f.participants.total, allowed),
    perNew: per(cost, f.participants.new, allowed),
    perExited: per(cost, f.participants.exited, allowed),
    perGreenExit: per(cost, f.greenExits, allowed),
  };
}

const NOBODY: Denominators = {
  participants: { total: 0, new: 0, carriedOver: 0, exited: 0, ongoing: 0 },
  greenExits: 0,
};

/**
 * Kostnad per deltagare (docs/domain.md): each register insats's utfall over each denominator,
 * then every budget insats row without participants with its utfall, so that the costs add up to
 * the budget's total utfall. The total is over the insatser that have both a cost and participants.
 */
export function costFigures(
  choice: BudgetChoice,
  insatser: InsatsReport[],
): { rows: CostRow[]; total: CostRow | null } {
  const allowed = choice.costPerParticipant;
  const rows = insatser.map((f) =>
    costRow(f.name, budgetRowFor(choice, f.name)?.row.actual ?? null, f, allowed),
  );
  const extra = budgetOnlyRows(
    choice,
    insatser.map((f) => f.name),
  ).map((r) => costRow(r.row.insats, r.row.actual, NOBODY, allowed));
  const withCost = insatser.filter((_, i) => rows[i].cost !== null);
  if (withCost.length === 0) return { rows: [...rows, ...extra], total: null };
  const add = (pick: (f: InsatsReport) => number) => withCost.reduce((s, f) => s + pick(f), 0);
  const total = costRow(
    "Totalt",
    sum(rows.map((r) => r.cost)),
    {
      participants: {
        total: add((f) => f.participants.total),
        new: add((f) => f.participants.new),
        carriedOver: 0,
        exited: add((f) => f.participants.exited),
        ongoing: 0,
      },
      greenExits: add((f) => f.greenExits),
    },
    allowed,
  );
  return { rows: [...rows, ...extra], total };
}
