import type { FieldKey } from "../../register/fields";
import type { Category } from "../../taxonomy/types";
import { patternCriterion, textCriterion } from "../formulaText";
import type { Alternative } from "../registerFormulas";

/** A category of a one-value column: the cell is its label (the copy holds labels, not synonyms). */
export const labelAlternatives = (field: FieldKey, label: string): Alternative[] => [
  [[field, textCriterion(label)]],
];

/** An exit reason: the label alone, or one of two reasons in a cell ("Arbete; Studier"). */
export function reasonAlternatives(c: Category, multiReasons: boolean): Alternative[] {
  if (!multiReasons) return labelAlternatives("exitReason", c.label);
  return [
    textCriterion(c.label),
    patternCriterion("", c.label, "; *"),
    patternCriterion("*; ", c.label, ""),
    patternCriterion("*; ", c.label, "; *"),
  ].map((criterion) => [["exitReason", criterion]]);
}

/**
 * Exits with a green reason as COUNTIFS alternatives, or null when some exit has two green
 * reasons: a sum over the green categories would count it twice ("at least one" is no COUNTIFS).
 */
export function greenAlternatives(
  reasons: Category[],
  rows: { exitReasons: Category[] }[],
  multiReasons: boolean,
): Alternative[] | null {
  if (rows.some((r) => r.exitReasons.filter((c) => c.green).length > 1)) return null;
  return reasons.filter((c) => c.green).flatMap((c) => reasonAlternatives(c, multiReasons));
}
