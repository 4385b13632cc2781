import { HIDDEN, NOT_COMPUTABLE } from "./display";
import { PALETTE } from "./palette";
import { FORMATS, type CellStyle, type SpecCell, type SpecTable } from "./sheetSpec";

/** Column widths in Excel's characters (digits of the default font). */
export const MIN_WIDTH = 8;
export const MAX_WIDTH = 50;
/** Room beside the text, so that figures do not touch the next column's. */
const PADDING = 2;
/** Bold text (headers, totals) is about a tenth wider than regular. */
const BOLD = 1.1;
/** Room an indent of 1 takes, in characters. */
const INDENT_CHARS = 2;
/** How many characters a column may grow so that its header fits on one line. */
const WIDEN_FOR_HEADER = 4;
/** Excel's default row height for Calibri 11, in points. */
export const DEFAULT_ROW_POINTS = 15;
/** A row's height per point of its largest font (15 pt for 11 pt). */
const ROW_PER_FONT_POINT = 15 / 11;
/** Excel keeps row heights to whole pixels: 0.75 pt at 96 px an inch. */
const PIXEL_POINTS = 0.75;

/** Free text over the sheet (titles, notes): it runs across empty cells and never sets a width. */
const FREE_TEXT = new Set<CellStyle | undefined>(["title", "subtitle", "note"]);
/** Text that stays left even in a figure column. */
const TEXT_STYLES = new Set<CellStyle | undefined>([
  "title",
  "subtitle",
  "note",
  "label",
  "header",
]);

const bold = (style: CellStyle | undefined) => PALETTE[style ?? "label"]?.bold === true;

/** The text a cell shows, as long as Excel shows it: numbers in the report's formats. */
export function shownText(value: SpecCell["value"], numFmt?: string): string {
  if (typeof value !== "number") return value === null ? "" : value;
  const grouped = () => {
    const digits = Math.abs(Math.round(value)).toString();
    return (value < 0 ? "-" : "") + digits.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  };
  if (numFmt === FORMATS.share) return `${Math.round(value * 100)} %`;
  if (numFmt === FORMATS.kr) return `${grouped()} kr`;
  if (numFmt === FORMATS.tkr) return `${grouped()} tkr`;
  if (numFmt === FORMATS.date) return FORMATS.date;
  if (numFmt === FORMATS.count) return String(Math.round(value));
  return String(Number(value.toPrecision(10)));
}

/** Lines a text takes in a column `width` characters wide, wrapped at spaces as Excel does. */
export function wrappedLines(text: string, width: number, isBold = false): number {
  const room = Math.max(1, width - 1);
  const scale = isBold ? BOLD : 1;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = word.length * scale;
      if (used > 0 && used + scale + w <= room) used += scale + w;
      else {
        if (used > 0) lines++;
        used = w;
      }
      // A word longer than the line is broken inside it.
      while (used > room) {
        lines++;
        used -= room;
      }
    }
  }
  return Math.max(1, lines);
}

/** Whether a cell shows a figure: a number, a formatted value, or the placeholders "–" and "..". */
function isFigure(c: SpecCell): boolean {
  if (c.col === 0 || TEXT_STYLES.has(c.style)) return false;
  return (
    typeof c.value === "number" ||
    c.numFmt !== undefined ||
    c.value === NOT_COMPUTABLE ||
    c.value === HIDDEN
  );
}

export interface Measured {
  cells: SpecCell[];
  columnWidths: number[];
  rowHeights: Record<number, number>;
}

/**
 * Alignment, wrapping, column widths and row heights of a sheet, from its cells alone:
 * figures right-aligned, table headers wrapped and right-aligned over figure columns (text
 * columns indented, apart from the figures before them), each column as wide as its longest
 * figure or label or its header's longest word (at most MAX_WIDTH: longer text wraps), free
 * text longer than its column spread over the printed columns and wrapped, rows as tall as
 * their wrapped text.
 */
export function measureSheet(
  cells: SpecCell[],
  tables: SpecTable[],
  /** Widths the sheet sets itself (Kontroll's columns for A4): wrapping and heights follow them. */
  fixedWidths?: number[],
): Measured {
  const headerAt = new Set<string>();
  const bodyOf = new Map<string, string>();
  for (const t of tables)
    t.columns.forEach((_, i) => {
      headerAt.add(`${t.row},${t.col + i}`);
      for (let r = 1; r <= t.rows; r++)
        bodyOf.set(`${t.row + r},${t.col + i}`, `${t.row},${t.col + i}`);
    });
  const inTable = (c: SpecCell) =>
    headerAt.has(`${c.row},${c.col}`) || bodyOf.has(`${c.row},${c.col}`);
  const isFree = (c: SpecCell) => FREE_TEXT.has(c.style) || (!inTable(c) && c.style === "warn");
  // A header is right-aligned over a column whose filled cells are all figures.
  const figures = new Map<string, { all: boolean; any: boolean }>();
  for (const c of cells) {
    const head = bodyOf.get(`${c.row},${c.col}`);
    if (!head || c.value === null || c.value === "") continue;
    const f = figures.get(head) ?? { all: true, any: false };
    const fig = isFigure(c);
    figures.set(head, { all: f.all && fig, any: f.any || fig });
  }
  const figureColumn = (head: string | undefined) => {
    const f = head === undefined ? undefined : figures.get(head);
    return f !== undefined && f.all && f.any;
  };

  const out = cells.map((c): SpecCell => {
    const key = `${c.row},${c.col}`;
    const cell: SpecCell = { ...c };
    const head = headerAt.has(key) ? key : bodyOf.get(key);
    if (headerAt.has(key)) cell.wrap = true;
    if (headerAt.has(key) ? c.col > 0 && figureColumn(key) : isFigure(c)) cell.align = "right";
    else if (head !== undefined && c.col > 0 && !figureColumn(head)) cell.indent = 1;
    // Long text in a table wraps; outside one it runs on across the empty cells to its right.
    if (bodyOf.has(key) && typeof c.value === "string" && c.value.length + PADDING > MAX_WIDTH)
      cell.wrap = true;
    return cell;
  });

  const widths: number[] = [];
  for (const c of out) {
    if (isFree(c)) continue;
    const text = shownText(c.value, c.numFmt);
    const longest = headerAt.has(`${c.row},${c.col}`)
      ? Math.max(0, ...text.split(/\s+/).map((w) => w.length))
      : text.length;
    const w = Math.min(
      MAX_WIDTH,
      Math.ceil(longest * (bold(c.style) ? BOLD : 1)) + PADDING + (c.indent ? INDENT_CHARS : 0),
    );
    widths[c.col] = Math.max(widths[c.col] ?? MIN_WIDTH, w);
  }
  // A header a little wider than its column widens it instead of wrapping: one line reads better.
  for (const c of out) {
    if (!headerAt.has(`${c.row},${c.col}`)) continue;
    const full =
      Math.ceil(shownText(c.value).length * BOLD) + PADDING + (c.indent ? INDENT_CHARS : 0);
    if (full <= widths[c.col] + WIDEN_FOR_HEADER) widths[c.col] = Math.max(widths[c.col], full);
  }
  const cols = Math.max(fixedWidths?.length ?? 0, widths.length, ...out.map((c) => c.col + 1));
  const columnWidths = Array.from(
    { length: cols },
    (_, i) => fixedWidths?.[i] ?? widths[i] ?? MIN_WIDTH,
  );

  // Free text alone on its row and wider than its column: spread over the printed columns, so
  // that none of it is cut at the print area's edge, and wrapped within them.
  const perRow = new Map<number, number>();
  for (const c of out) perRow.set(c.row, (perRow.get(c.row) ?? 0) + 1);
  const fontOf = (c: SpecCell) => PALETTE[c.style ?? "label"]?.size ?? 11;
  const rowHeights: Record<number, number> = {};
  const needs = (row: number, lines: number, font: number) => {
    const h = Math.max(DEFAULT_ROW_POINTS, lines * font * ROW_PER_FONT_POINT);
    if (lines > 1) rowHeights[row] = Math.max(rowHeights[row] ?? 0, h);
  };
  for (const c of out) {
    if (!isFree(c) || c.col !== 0 || cols < 2 || perRow.get(c.row) !== 1) continue;
    const text = shownText(c.value);
    // Text of a larger font takes more of a column made of 11 pt digits.
    const scale = fontOf(c) / 11;
    if (wrappedLines(text, columnWidths[0] / scale, bold(c.style)) === 1) continue;
    const total = columnWidths.reduce((a, b) => a + b, 0);
    c.span = cols;
    c.wrap = true;
    needs(c.row, wrappedLines(text, total / scale, bold(c.style)), fontOf(c));
  }
  for (const c of out)
    if (c.wrap && !c.span)
      needs(
        c.row,
        wrappedLines(shownText(c.value, c.numFmt), columnWidths[c.col], bold(c.style)),
        fontOf(c),
      );
  // Rows of small text only (notes) are lower than the default: set, as Excel would not fit them.
  const largest = new Map<number, number>();
  for (const c of out) largest.set(c.row, Math.max(largest.get(c.row) ?? 0, fontOf(c)));
  for (const [row, size] of largest)
    if (size < 11 && rowHeights[row] === undefined)
      rowHeights[row] = Math.ceil((size * ROW_PER_FONT_POINT) / PIXEL_POINTS) * PIXEL_POINTS;
  return { cells: out, columnWidths, rowHeights };
}

/** Every row's height in points, up to `rows`: its set height, or the one its largest font needs. */
export function rowPointsOf(
  cells: SpecCell[],
  rowHeights: Record<number, number>,
  rows: number,
): number[] {
  const font = new Array<number>(rows).fill(11);
  for (const c of cells)
    if (c.row < rows) font[c.row] = Math.max(font[c.row], PALETTE[c.style ?? "label"]?.size ?? 11);
  return font.map(
    (size, r) => rowHeights[r] ?? Math.max(DEFAULT_ROW_POINTS, size * ROW_PER_FONT_POINT),
  );
}
