import type { CellValue } from "../grid";

/**
 * What a repair does, one rule per kind: a text date becomes a date, a number typed as text a
 * number, a closed-list value its category's label, stray spaces go (ids, insatser and open-list
 * values keep their spelling), a space-only cell becomes empty, a budget amount typed as text a
 * number in the table's unit.
 */
export type RepairRule = "date" | "number" | "category" | "trim" | "blank" | "amount";

export const REPAIR_RULES: readonly RepairRule[] = [
  "date",
  "number",
  "category",
  "trim",
  "blank",
  "amount",
];

/** One cell of the user's workbook and the value that makes a spreadsheet read it as the engine does. */
export interface Repair {
  sheet: string;
  /** 0-based row and column. */
  row: number;
  col: number;
  rule: RepairRule;
  before: CellValue;
  /** null: the cell is emptied. */
  after: string | number | null;
  /** A number format the cell needs (a text date becomes a date cell). */
  numFmt?: string;
}
