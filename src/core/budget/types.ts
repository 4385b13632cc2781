import type { CellValue } from "../grid";
import type { AmountUnit } from "../parse/amounts";
import type { AmountColumn } from "./headers";
import type { BudgetRowKind } from "./rowLabels";

export interface BudgetRow {
  /** The row's label as the table writes it (the insats's name on insats rows). */
  insats: string;
  kind: BudgetRowKind;
  /** 0-based row on the budget sheet. */
  row: number;
  /**
   * Amounts in kronor (a tkr table's 1 528 is 1528000) with costs positive: a table that
   * writes costs as negative numbers has them negated here, and its differens (utfall −
   * budget in its own signs) then reads as budget − utfall like any other table's.
   * Null when blank or unreadable.
   */
  budget: number | null;
  actual: number | null;
  /** The table's own differens column, in kronor. */
  difference: number | null;
  /** The cells as typed, for issues that quote them. */
  cells: Record<AmountColumn, CellValue>;
  /** Planerat antal deltagare: present when the table has the column; null when blank or not a whole number. */
  plannedParticipants?: number | null;
}

/** One budget table: a header row, its label column and one budget/utfall column pair. */
export interface BudgetTable {
  sheet: string;
  /** 0-based header row. */
  headerRow: number;
  /** 0-based row of the last row read (the total row when there is one). */
  lastRow: number;
  columns: {
    insats: number;
    budget: number;
    actual: number;
    difference?: number;
    /** The planned-participants column, when the table has one. */
    planned?: number;
  };
  headers: (string | null)[];
  unit: AmountUnit;
  /** Where the unit was read: the cells, the column headers, the title rows, or assumed kronor. */
  unitSource: "cells" | "header" | "title" | "assumed";
  /** 1 when costs are positive; -1 when the table writes costs as negative numbers (utfall − budget convention). */
  sign: 1 | -1;
  /** The calendar year the table is for, and where that was read; null when it names none. */
  year: number | null;
  yearSource: "header" | "title" | "sheet" | null;
  /** Insats rows, in table order. */
  rows: BudgetRow[];
  /** Every row between the header and the total, in table order (insatser, other costs, subtotals, income). */
  lines: BudgetRow[];
  total: BudgetRow | null;
}

/** A förbund's own cost-per-participant table: Insats | Total kostnad | Antal deltagare | Kostnad/deltagare. */
export interface CostTable {
  sheet: string;
  headerRow: number;
  columns: { insats: number; cost: number; count: number; perParticipant: number };
  headers: (string | null)[];
  unit: AmountUnit;
  year: number | null;
  rows: CostTableRow[];
  /** 0-based row of the last row read. */
  lastRow: number;
}

export interface CostTableRow {
  insats: string;
  row: number;
  /** Kronor. */
  cost: number | null;
  count: number | null;
  /** Kronor. */
  perParticipant: number | null;
  cells: { cost: CellValue; count: CellValue; perParticipant: CellValue };
}
