import { countFormula, showCount } from "../display";
import type { SheetBuilder } from "../sheetBuilder";
import type { CellStyle } from "../sheetSpec";

/** One figure: the engine's value, and the formula that recomputes it unless it must stay a value. */
export interface Figure {
  value: number | string | null;
  formula?: string;
  /** A format of its own, where one column of a row differs (a share beside counts). */
  numFmt?: string;
}

export interface FigureRow {
  label: string;
  numFmt: string;
  cells: Figure[];
  style?: CellStyle;
}

/** A count as a published sheet shows it: small counts hidden when asked, by value and by formula. */
export function countFigure(n: number, expr: string | null, hideSmall: boolean): Figure {
  const value = showCount(n, hideSmall);
  return expr === null ? { value } : { value, formula: countFormula(expr, hideSmall) };
}

/**
 * An Excel table at `row`: its header, then one sheet row per figure row. Returns the first data
 * row and the row after the table and a blank row.
 */
export function writeTable(
  b: SheetBuilder,
  key: string,
  row: number,
  header: string[],
  rows: FigureRow[],
): { first: number; next: number } {
  b.table(key, row, 0, header, rows.length);
  rows.forEach((r, k) => {
    b.put(row + 1 + k, 0, r.label, { style: r.style ?? "label" });
    r.cells.forEach((c, j) =>
      b.put(row + 1 + k, j + 1, c.value, {
        numFmt: c.numFmt ?? r.numFmt,
        formula: c.formula,
        style: r.style,
      }),
    );
  });
  return { first: row + 1, next: row + rows.length + 2 };
}
