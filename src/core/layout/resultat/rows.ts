import type { InsatsReport } from "../../report/model";
import { countFormula, HIDDEN, orDash, shareFormula, showCount } from "../display";
import { relCell } from "../formulaText";
import { countExpr, type Alternative, type Term } from "../registerFormulas";
import type { SheetBuilder } from "../sheetBuilder";
import { FORMATS, type CellStyle } from "../sheetSpec";

/** One column of figures on Resultat: an insats, or the total. */
export interface Column {
  name: string;
  col: number;
  f: InsatsReport;
  terms: Term[];
  /** Formulas would count differently from the engine (rows only the engine can leave out): values instead. */
  values: boolean;
  /** Exits with two reasons: green figures as values (COUNTIFS cannot count "at least one green reason"). */
  greenValues: boolean;
}

export type Cell = { value: number | string; formula?: string };

/** Writes Resultat's blocks row by row: a table per block, one column per insats and the total. */
export class ResultatRows {
  /** The next row to write. */
  row: number;

  constructor(
    readonly b: SheetBuilder,
    readonly columns: Column[],
    readonly hideSmall: boolean,
    firstRow: number,
  ) {
    this.row = firstRow;
  }

  /** A block's table: its title over the first column, then the insatser and the total. */
  section(key: string, title: string, rows: number): void {
    this.b.table(key, this.row, 0, [title, ...this.columns.map((c) => c.name)], rows);
    this.row++;
  }

  /** A row of figures: each column's value, and its formula unless that column is written as values. */
  figureRow(
    label: string,
    numFmt: string,
    cell: (c: Column) => Cell,
    green = false,
    style?: CellStyle,
  ): number {
    this.b.put(this.row, 0, label, { style: style ?? "label" });
    for (const c of this.columns) {
      const { value, formula } = cell(c);
      const asValue = c.values || (green && c.greenValues);
      this.b.put(this.row, c.col, value, { numFmt, style, formula: asValue ? undefined : formula });
    }
    return this.row++;
  }

  /**
   * A block's Summa under its table: the sum of the rows `first`..`last` (which must equal the
   * block's base figure, so LibreOffice's recalculation checks the block adds up), or, when small
   * counts are hidden and ".." would drop out of a SUM, the base's own count.
   */
  sumRow(
    label: string,
    first: number,
    last: number,
    value: (f: InsatsReport) => number,
    base: Alternative[],
    green = false,
  ): number {
    return this.figureRow(
      label,
      FORMATS.count,
      (c) => ({
        value: showCount(value(c.f), this.hideSmall),
        formula:
          this.hideSmall || last < first
            ? countFormula(countExpr(c.terms, base), this.hideSmall)
            : `SUM(${relCell(first, c.col)}:${relCell(last, c.col)})`,
      }),
      green,
      "total",
    );
  }

  /** A count, hidden when small if asked. */
  count(label: string, pick: (f: InsatsReport) => number, a: Alternative[]): number {
    return this.figureRow(label, FORMATS.count, (c) => ({
      value: showCount(pick(c.f), this.hideSmall),
      formula: countFormula(countExpr(c.terms, a), this.hideSmall),
    }));
  }

  /** A share of two rows above, ".." when either count is hidden. */
  share(
    label: string,
    pick: (f: InsatsReport) => number | null,
    countRow: number,
    ofRow: number,
    hiddenIf: (f: InsatsReport) => number[],
  ): number {
    return this.figureRow(label, FORMATS.share, (c) => ({
      value: hiddenIf(c.f).some((n) => showCount(n, this.hideSmall) === HIDDEN)
        ? HIDDEN
        : orDash(pick(c.f)),
      formula: shareFormula(relCell(countRow, c.col), relCell(ofRow, c.col), this.hideSmall),
    }));
  }

  /** A blank row between blocks. */
  gap(): void {
    this.row++;
  }
}
