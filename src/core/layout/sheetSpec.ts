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
  /** Figures and the headers over them line up on the right; left (the host's default) otherwise. */
  align?: "right";
  /** Text wraps within the column (headers, long text); its row is made tall enough in rowHeights. */
  wrap?: boolean;
  /** Text in a column after figures is indented one step, so that it does not run into them. */
  indent?: 1;
  /** Columns the cell is merged across (free text spread over the printed width); 1 when absent. */
  span?: number;
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
  /** Row heights in points where they differ from the default: wrapped headers and text, notes. */
  rowHeights: Record<number, number>;
  charts: ChartSpec[];
  print: PrintSpec;
}

/** Page margins in inches, as Excel's page setup takes them. */
export interface PrintMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/**
 * How a sheet prints: A4 landscape, one page wide and as many tall as needed, the title rows
 * on every page, and a manual break before each table that would otherwise be split.
 */
export interface PrintSpec {
  paperSize: "A4";
  orientation: "landscape";
  /** Fit to one page wide; 0 pages tall = as many as needed. */
  fitToWidth: 1;
  fitToHeight: 0;
  margins: PrintMargins;
  /** Rows repeated at the top of every page (0-based, inclusive); null for none. */
  titleRows: { first: number; last: number } | null;
  /** The printed cells from A1: the tables and text, never the charts beside them. */
  area: { rows: number; cols: number };
  /** Rows (0-based) that start a new page. */
  breaksBefore: number[];
  /** Footer sections in Excel's header/footer codes ("&P", "&N"; a literal & is "&&"). */
  footer: { left: string; right: string };
  /** The estimated print scale (fit to width), e.g. 0.95: text prints at 11 pt times this. */
  scale: number;
}

/** What a rewrite does: Kontroll summarises long lists of rewritten cells by kind. */
export type FixKind = "date" | "number" | "value" | "blank" | "amount";

/** A cell of the user's workbook to rewrite in the written copy (never in the original). */
export interface CopyFix {
  sheet: string;
  row: number;
  col: number;
  value: string | number | null;
  original: string | number | boolean | null;
  /** A format the rewritten cell needs: a date typed as text becomes a date cell. */
  numFmt?: string;
  kind?: FixKind;
}

export const FORMATS = {
  count: "0",
  share: "0 %",
  days: "0",
  date: "yyyy-mm-dd",
  kr: '#,##0 "kr"',
  tkr: '#,##0 "tkr"',
} as const;
