import type { Lang } from "./messages/catalogue";
import type { FieldKey } from "./register/fields";

/** A user's correction of the guessed column mapping for one sheet (from the task pane's dropdowns). */
export interface SheetMapping {
  /** 1-based header row, when the guess picked the wrong one. */
  headerRow?: number;
  /** Column letter per field; null unmaps a column the guess mapped. */
  columns?: Partial<Record<FieldKey, string | null>>;
}

export interface ReadOptions {
  /** ISO date used for "in the future" checks; defaults to the current date. */
  today?: string;
  /** Insats for registers without an Insats column (set in the add-in's settings). */
  defaultInsats?: string;
  mapping?: Record<string, SheetMapping>;
  /** The language of issue messages (and other text for the user); Swedish by default. Report sheets stay Swedish. */
  lang?: Lang;
}
