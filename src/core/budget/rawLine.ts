import type { CellValue } from "../grid";
import type { AmountUnit, ParsedAmount } from "../parse/amounts";
import type { BudgetRow } from "./types";

/** Kronor from an amount in `unit`, kept to whole öre so that sums compare exactly. */
export function toKronor(value: number, unit: AmountUnit): number {
  return unit === "tkr" ? Math.round(value * 100000) / 100 : Math.round(value * 100) / 100;
}

export interface ReadAmount {
  cell: CellValue;
  parsed: ParsedAmount | null;
}

/** A row of the table as read, before its amounts are put in a unit and a sign convention. */
export interface RawLine {
  row: number;
  label: string;
  kind: BudgetRow["kind"];
  amounts: Map<number, ReadAmount>;
  /** The planned number of participants, when the table has the column and the cell a whole number. */
  planned?: number | null;
}
