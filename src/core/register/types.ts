import type { CellValue } from "../grid";
import type { Category, CategoryField } from "../taxonomy/types";
import type { FieldKey } from "./fields";

export interface RegisterSheet {
  name: string;
  /** 0-based header row. */
  headerRow: number;
  /** 0-based column of each mapped field. */
  columns: Partial<Record<FieldKey, number>>;
  /** Header text per column of the header row. */
  headers: (string | null)[];
  /** Spreadsheet rows read as participants. */
  rowCount: number;
  /** 0-based index of the last row read (for formulas over the data range). */
  lastRow: number;
}

/** One enrolment: a participant in one insats (docs/domain.md). */
export interface RegisterRow {
  sheet: string;
  /** 0-based row on its sheet. */
  row: number;
  id: string | null;
  /** The insats's display name (its first spelling in the register). */
  insats: string | null;
  /** Excel serials; null when missing or unreadable. */
  start: number | null;
  end: number | null;
  /** Whether the end date cell held anything at all, readable or not. */
  hasEnd: boolean;
  hasExitReason: boolean;
  birthYear: number | null;
  age: number | null;
  municipality: string | null;
  gender: Category | null;
  referrer: Category | null;
  incomeBefore: Category | null;
  incomeAfter: Category | null;
  education: Category | null;
  yearsOnBenefits: Category | null;
  exitReasons: Category[];
  /** Uppföljning 6 mån: Kvarstår, Kvarstår inte, Ej svar; null when blank or without the column. */
  followUp: Category | null;
}

/**
 * A cell whose value was understood only after normalising it; `value` is what
 * it means in canonical form (a date serial, a number, a category label, a team's
 * display name). A written copy of the register can carry these so that formulas
 * read what the checker read.
 */
export interface CellFix {
  sheet: string;
  row: number;
  col: number;
  field: FieldKey;
  original: CellValue;
  value: string | number;
}

export interface Register {
  sheets: RegisterSheet[];
  rows: RegisterRow[];
  /** Insatser in order of first appearance. */
  insatser: string[];
  fixes: CellFix[];
  /** Values of open category lists (referrer) not in the taxonomy, by field. */
  extraCategories: Partial<Record<CategoryField, Category[]>>;
  /**
   * Every value of the open lists as the register writes it (its most frequent spelling), in
   * order of first appearance; grouped ignoring case and spaces (docs/domain.md).
   */
  openLists: { referrer: Category[]; municipality: Category[] };
}
