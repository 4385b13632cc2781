import type { FieldKey } from "../register/fields";

/**
 * A data validation, independent of any host (the hosts write it as ExcelJS `dataValidations`
 * or Office.js `range.dataValidation`). Formulas are en-US text without the leading "=".
 */
export type ValidationRule =
  /** `source`: a range ("Kategorier!$B$5:$B$7") or a quoted list ("\"Kvinna,Man\""). */
  | { kind: "list"; source: string }
  | { kind: "whole"; min: number; max: number }
  /** ISO dates, inclusive. */
  | { kind: "date"; min: string; max: string }
  /** A formula true for a valid value, written for the range's first cell (relative references). */
  | { kind: "custom"; formula: string };

export interface ValidationSpec {
  field: FieldKey;
  /** 0-based column and inclusive rows of the cells it covers. */
  col: number;
  firstRow: number;
  lastRow: number;
  rule: ValidationRule;
  prompt: { title: string; text: string };
  /** "stop" refuses the value; "warning" lets the user keep it (open lists, two exit reasons). */
  error: { title: string; text: string; style: "stop" | "warning" };
}

/** Fields that get a drop-down: insats and the category fields a register is counted by. */
export const LIST_FIELDS = [
  "gender",
  "insats",
  "referrer",
  "exitReason",
  "incomeBefore",
  "incomeAfter",
  "education",
  "followUp",
] as const satisfies readonly FieldKey[];
export type ListField = (typeof LIST_FIELDS)[number];

/** Where each list field's drop-down takes its values from (see listSources). */
export type ListSources = Partial<Record<ListField, string>>;
