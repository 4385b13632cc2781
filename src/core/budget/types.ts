import type { CellValue } from "../grid";
import type { AmountUnit } from "../parse/amounts";

export type BudgetColumn = "insats" | "budget" | "actual" | "difference";

export interface BudgetRow {
  insats: string;
  /** 0-based row on the budget sheet. */
  row: number;
  /** Amounts in kronor (a tkr table's 1 528 is 1528000); null when blank or unreadable. */
  budget: number | null;
  actual: number | null;
  /** The table's own differens column, in kronor. */
  difference: number | null;
  /** The cells as typed, for issues that quote them. */
  cells: { budget: CellValue; actual: CellValue; difference: CellValue };
}

export interface BudgetTable {
  sheet: string;
  /** 0-based header row. */
  headerRow: number;
  columns: Partial<Record<BudgetColumn, number>>;
  headers: (string | null)[];
  unit: AmountUnit;
  /** Where the unit was read: the cells, the column headers, the title rows, or assumed kronor. */
  unitSource: "cells" | "header" | "title" | "assumed";
  rows: BudgetRow[];
  total: BudgetRow | null;
}
