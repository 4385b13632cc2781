/** Register fields whose values are categories (docs/domain.md, "Default categories"). */
export type CategoryField =
  | "gender"
  | "referrer"
  | "exitReason"
  | "incomeBefore"
  | "incomeAfter"
  | "education"
  | "yearsOnBenefits"
  | "followUp";

export const CATEGORY_FIELDS: readonly CategoryField[] = [
  "gender",
  "referrer",
  "exitReason",
  "incomeBefore",
  "incomeAfter",
  "education",
  "yearsOnBenefits",
  "followUp",
];

export interface Category {
  /** Stable English key (docs/report-json.md), e.g. "work". */
  key: string;
  /** The workbook's own Swedish label, e.g. "Arbete". */
  label: string;
  /** Counts as a step towards self-support (stegförflyttning); exit reasons only. */
  green: boolean;
  synonyms: string[];
}

export interface FieldTaxonomy {
  field: CategoryField;
  /** Open lists accept values outside the list as categories of their own (referrer). */
  open: boolean;
  /** Report order. */
  categories: Category[];
  source: "default" | "Kategorier";
}

export type Taxonomy = Record<CategoryField, FieldTaxonomy>;
