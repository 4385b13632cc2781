/**
 * What a generated sheet looks like, independent of any host (docs/architecture.md).
 * Rows and columns are 0-based. A formula cell carries the engine's value as
 * its cached result, so the file opens right before any recalculation.
 */
export type CellStyle =
  "title" | "subtitle" | "note" | "header" | "label" | "total" | "warn" | "link";

export interface SpecCell {
  row: number;
  col: number;
  /** A constant, or the cached result of `formula`. */
  value: string | number | null;
  /** en-US formula text without the leading "=". */
  formula?: string;
  numFmt?: string;
  style?: CellStyle;
}

export interface SpecTable {
  name: string;
  /** Header row and first column (0-based); the table spans `rows` data rows below the header. */
  row: number;
  col: number;
  columns: string[];
  rows: number;
  style: string;
}

export interface ChartSpec {
  kind: "stackedBar" | "clusteredBar";
  title: string;
  /** The table whose data the chart shows (series are its rows, categories its columns). */
  table: string;
  /** Where to place it: the top-left cell. */
  row: number;
  col: number;
}

export type SheetKind = "resultat" | "budget" | "kostnad" | "tabeller" | "kontroll";

export interface SheetSpec {
  kind: SheetKind;
  name: string;
  cells: SpecCell[];
  tables: SpecTable[];
  /** Character widths per column. */
  columnWidths: number[];
  /** Rows and columns frozen at the top and left. */
  freeze: { rows: number; cols: number };
  charts: ChartSpec[];
}

/** A cell of the user's workbook to rewrite in the written copy (never in the original). */
export interface CopyFix {
  sheet: string;
  row: number;
  col: number;
  value: string | number | null;
  original: string | number | boolean | null;
  /** A format the rewritten cell needs: a date typed as text becomes a date cell. */
  numFmt?: string;
}

export const FORMATS = {
  count: "0",
  share: "0 %",
  days: "0",
  date: "yyyy-mm-dd",
  kr: '#,##0 "kr"',
  tkr: '#,##0 "tkr"',
} as const;
