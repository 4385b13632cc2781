import type { BudgetChoice } from "./budgetChoice";
import { budgetRowFor } from "./budgetFigures";
import type { InsatsReport, PlannedParticipants } from "./model";
import { share } from "./round";

/**
 * Planerat mot faktiskt antal deltagare: every reported insats with the used budget's planned
 * count (null without a row or a readable count) against the period's participants; null when no
 * used budget table has the planned-participants column.
 */
export function plannedParticipants(
  choice: BudgetChoice,
  insatser: InsatsReport[],
): PlannedParticipants[] | null {
  if (!choice.tables.some((t) => t.columns.planned !== undefined)) return null;
  return insatser.map((f) => {
    const planned = budgetRowFor(choice, f.name)?.row.plannedParticipants ?? null;
    const actual = f.participants.total;
    return {
      insats: f.name,
      planned,
      actual,
      difference: planned === null ? null : actual - planned,
      share: planned === null ? null : share(actual, planned),
    };
  });
}
