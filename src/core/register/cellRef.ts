import { columnLetter } from "../grid";
import type { CellRef } from "../issueCollector";
import type { FieldKey } from "./fields";
import type { RegisterRow, RegisterSheet } from "./types";

/** Finds the cell of a field on a register row, for rules that check whole rows. */
export class RegisterCells {
  private readonly sheets: Map<string, RegisterSheet>;

  constructor(sheets: RegisterSheet[]) {
    this.sheets = new Map(sheets.map((s) => [s.name, s]));
  }

  sheet(name: string): RegisterSheet {
    return this.sheets.get(name)!;
  }

  /** The field's cell on the row; the first column of the row when the field is not mapped. */
  ref(row: RegisterRow, field: FieldKey): CellRef {
    const s = this.sheet(row.sheet);
    const col = s.columns[field] ?? 0;
    return { sheet: row.sheet, row: row.row, col, column: s.headers[col] ?? columnLetter(col) };
  }

  has(row: RegisterRow, field: FieldKey): boolean {
    return this.sheet(row.sheet).columns[field] !== undefined;
  }
}
