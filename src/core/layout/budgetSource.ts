import type { AmountUnit } from "../parse/amounts";
import type { UsedBudgetRow } from "../report/budgetChoice";
import { absCell } from "./formulaText";

/** A kronor amount in a unit, as a sheet shows it. */
export function inUnit(kr: number | null, unit: AmountUnit): number | null {
  return kr === null ? null : unit === "tkr" ? kr / 1000 : kr;
}

/** Cells of the source that the written copy cannot read as the engine did (sheet, row, column). */
export type UnfixedCells = Set<string>;
export const cellKey = (sheet: string, row: number, col: number) =>
  `${sheet}\u0000${row}\u0000${col}`;

/**
 * A formula that reads a budget amount from its table in `unit` with costs positive:
 * `-'Ekonomi'!$C$5*1000` for a tkr table of negative costs shown in kronor. Undefined when
 * the cell is blank, unreadable, or only the engine can read it (then the sheet holds the value).
 */
export function budgetCellFormula(
  u: UsedBudgetRow,
  k: "budget" | "actual",
  unit: AmountUnit,
  unfixed: UnfixedCells,
): string | undefined {
  const t = u.table;
  const col = t.columns[k];
  if (u.row[k] === null || unfixed.has(cellKey(t.sheet, u.row.row, col))) return undefined;
  const factor = t.unit === unit ? "" : t.unit === "tkr" ? "*1000" : "/1000";
  return `${t.sign === -1 ? "-" : ""}${absCell(u.row.row, col, t.sheet)}${factor}`;
}
