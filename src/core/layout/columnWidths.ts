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
/** How many characters a column may grow so that its header fits on one line. */
const WIDEN_FOR_HEADER = 4;
/** Excel's default row height for Calibri 11, in points. */
export const DEFAULT_ROW_POINTS = 15;
/** A row's height per point of its largest font (15 pt for 11 pt). */
const ROW_PER_FONT_POINT = 15 / 11;

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
 * figures right-aligned, table headers wrapped and right-aligned over figure columns, each
 * column as wide as its longest figure or label or its header's longest word (at most
 * MAX_WIDTH: longer text wraps), rows as tall as their wrapped text.
 */
export function measureSheet(cells: SpecCell[], tables: SpecTable[]): Measured {
  const headerAt = new Set<string>();
  const bodyOf = new Map<string, string>();
  for (const t of tables)
    t.columns.forEach((_, i) => {
      headerAt.add(`${t.row},${t.col + i}`);
      for (let r = 1; r <= t.rows; r++)
        bodyOf.set(`${t.row + r},${t.col + i}`, `${t.row},${t.col + i}`);
    });
  // A header is right-aligned over a column whose filled cells are all figures.
  const figures = new Map<string, { all: boolean; any: boolean }>();
  for (const c of cells) {
    const head = bodyOf.get(`${c.row},${c.col}`);
    if (!head || c.value === null || c.value === "") continue;
    const f = figures.get(head) ?? { all: true, any: false };
    const fig = isFigure(c);
    figures.set(head, { all: f.all && fig, any: f.any || fig });
  }

  const out = cells.map((c): SpecCell => {
    const key = `${c.row},${c.col}`;
    const cell: SpecCell = { ...c };
    if (headerAt.has(key)) {
      cell.wrap = true;
      const f = figures.get(key);
      if (c.col > 0 && f?.all && f.any) cell.align = "right";
    } else if (isFigure(c)) cell.align = "right";
    // Long text in a table wraps; outside one it runs on across the empty cells to its right.
    else if (bodyOf.has(key) && typeof c.value === "string" && c.value.length + PADDING > MAX_WIDTH)
      cell.wrap = true;
    return cell;
  });

  const widths: number[] = [];
  for (const c of out) {
    const key = `${c.row},${c.col}`;
    const inTable = headerAt.has(key) || bodyOf.has(key);
    if (FREE_TEXT.has(c.style) || (!inTable && c.style === "warn")) continue;
    const text = shownText(c.value, c.numFmt);
    const longest = headerAt.has(key)
      ? Math.max(0, ...text.split(/\s+/).map((w) => w.length))
      : text.length;
    const w = Math.min(MAX_WIDTH, Math.ceil(longest * (bold(c.style) ? BOLD : 1)) + PADDING);
    widths[c.col] = Math.max(widths[c.col] ?? MIN_WIDTH, w);
  }
  // A header a little wider than its column widens it instead of wrapping: one line reads better.
  for (const c of out) {
    if (!headerAt.has(`${c.row},${c.col}`)) continue;
    const full = Math.ceil(shownText(c.value).length * BOLD) + PADDING;
    if (full <= widths[c.col] + WIDEN_FOR_HEADER) widths[c.col] = Math.max(widths[c.col], full);
  }
  const columnWidths = Array.from({ length: widths.length }, (_, i) => widths[i] ?? MIN_WIDTH);

  const rowHeights: Record<number, number> = {};
  for (const c of out) {
    if (!c.wrap) continue;
    const lines = wrappedLines(shownText(c.value, c.numFmt), columnWidths[c.col], bold(c.style));
    const font = PALETTE[c.style ?? "label"]?.size ?? 11;
    const h = Math.max(DEFAULT_ROW_POINTS, lines * font * ROW_PER_FONT_POINT);
    if (lines > 1) rowHeights[c.row] = Math.max(rowHeights[c.row] ?? 0, h);
  }
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
