import type { BudgetTable } from "../budget/types";
import { normalizeKey } from "../parse/text";
import type { BudgetReport, BudgetReportRow, CostRow, InsatsReport } from "./model";
import { roundExcel, share } from "./round";

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
const sum = (xs: (number | null)[]) => (xs.some((x) => x !== null) ? xs.reduce<number>((s, x) => s + (x ?? 0), 0) : null);

/** Budget mot utfall: the table's rows with deviation and used share computed, never taken from the table. */
export function budgetFigures(t: BudgetTable): BudgetReport {
  const rows: BudgetReportRow[] = t.rows.map((r) => ({
    insats: r.insats,
    budget: r.budget,
    actual: r.actual,
    deviation: diff(r.budget, r.actual),
    usedShare: r.budget === null || r.actual === null ? null : share(r.actual, r.budget),
  }));
  const budget = sum(rows.map((r) => r.budget));
  const actual = sum(rows.map((r) => r.actual));
  return {
    unit: t.unit,
    sheet: t.sheet,
    rows,
    total: { budget, actual, deviation: diff(budget, actual), usedShare: budget === null || actual === null ? null : share(actual, budget) },
  };
}

/** The budget row of an insats, matched on the normalised name. */
export function budgetRowFor(t: BudgetTable | undefined, insats: string) {
  return t?.rows.find((r) => normalizeKey(r.insats) === normalizeKey(insats)) ?? null;
}

const per = (cost: number | null, n: number) => (cost === null || n === 0 ? null : roundExcel(cost / n));

function costRow(insats: string, cost: number | null, f: Pick<InsatsReport, "participants" | "greenExits">): CostRow {
  return {
    insats,
    cost,
    perParticipant: per(cost, f.participants.total),
    perNew: per(cost, f.participants.new),
    perExited: per(cost, f.participants.exited),
    perGreenExit: per(cost, f.greenExits),
  };
}

/** Kostnad per deltagare: the insats's utfall over each denominator (domain.md). */
export function costFigures(t: BudgetTable | undefined, insatser: InsatsReport[]): { rows: CostRow[]; total: CostRow | null } {
  const rows = insatser.map((f) => costRow(f.name, budgetRowFor(t, f.name)?.actual ?? null, f));
  const withCost = insatser.filter((_, i) => rows[i].cost !== null);
  if (withCost.length === 0) return { rows, total: null };
  const add = (pick: (f: InsatsReport) => number) => withCost.reduce((s, f) => s + pick(f), 0);
  const total = costRow("Totalt", sum(rows.map((r) => r.cost)), {
    participants: { total: add((f) => f.participants.total), new: add((f) => f.participants.new), carriedOver: 0, exited: add((f) => f.participants.exited), ongoing: 0 },
    greenExits: add((f) => f.greenExits),
  });
  return { rows, total };
}
