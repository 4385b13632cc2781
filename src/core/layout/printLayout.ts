import { rowPointsOf } from "./columnWidths";
import type { PrintMargins, PrintSpec, SheetSpec } from "./sheetSpec";
import { layoutText as T } from "./text.sv";

/** A4 landscape in points. */
export const A4_LANDSCAPE = { width: 842, height: 595 } as const;
/** Excel's default ("Normal") margins, in inches. */
export const DEFAULT_MARGINS: PrintMargins = {
  left: 0.7,
  right: 0.7,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};
const POINTS_PER_INCH = 72;
/** Row heights are estimates (fonts, rounding of the scale): a page is filled to this share only. */
const PAGE_FILL = 0.97;
/** Excel keeps header and footer text to 255 characters; the file name gets a part of it. */
const MAX_SOURCE_NAME = 100;

/** The body of a page, inside the margins, in points. */
export function printableSize(m: PrintMargins = DEFAULT_MARGINS): {
  width: number;
  height: number;
} {
  return {
    width: A4_LANDSCAPE.width - (m.left + m.right) * POINTS_PER_INCH,
    height: A4_LANDSCAPE.height - (m.top + m.bottom) * POINTS_PER_INCH,
  };
}

/** A column's width in points: Excel counts digits of 7 px (Calibri 11) plus 5 px padding, at 96 px an inch. */
export function columnPoints(chars: number): number {
  return (Math.round(chars * 7) + 5) * 0.75;
}

/** The zoom Excel picks to fit these columns one page wide: whole percents, never above 100. */
export function fitToWidthScale(widths: number[], m: PrintMargins = DEFAULT_MARGINS): number {
  const total = widths.reduce((s, w) => s + columnPoints(w), 0);
  if (total <= 0) return 1;
  return Math.min(100, Math.floor((100 * printableSize(m).width) / total)) / 100;
}

/**
 * Rows a block spans: a table with its heading row (a subtitle just above it) and the row just
 * below it when that row is written (its Summa, or a note on the table), unless another table
 * starts there.
 */
export function tableBlocks(spec: Pick<SheetSpec, "cells" | "tables">): {
  first: number;
  last: number;
}[] {
  const headingRows = new Set(spec.cells.filter((c) => c.style === "subtitle").map((c) => c.row));
  const written = new Set(spec.cells.map((c) => c.row));
  const tableRows = new Set(spec.tables.map((t) => t.row));
  const firstOf = (t: SheetSpec["tables"][number]) =>
    headingRows.has(t.row - 1) ? t.row - 1 : t.row;
  const starts = new Set(spec.tables.map(firstOf));
  return spec.tables
    .map((t) => {
      const below = t.row + t.rows + 1;
      const kept = written.has(below) && !tableRows.has(below) && !starts.has(below);
      return { first: firstOf(t), last: kept ? below : t.row + t.rows };
    })
    .sort((a, b) => a.first - b.first);
}

/**
 * The rows on top of every printed page: the title rows above the first table (those frozen
 * on screen, blank rows below them left out); with a single table, its header too.
 */
export function titleRowsOf(
  spec: Pick<SheetSpec, "cells" | "tables" | "freeze">,
): PrintSpec["titleRows"] {
  const blocks = tableBlocks(spec);
  const firstBlock = blocks.length ? blocks[0].first : Infinity;
  let last = Math.min(spec.freeze.rows, firstBlock) - 1;
  if (spec.tables.length === 1 && spec.freeze.rows > spec.tables[0].row) last = spec.tables[0].row;
  const filled = new Set(
    spec.cells.filter((c) => c.value !== null && c.value !== "").map((c) => c.row),
  );
  while (last >= 0 && !filled.has(last)) last--;
  return last >= 0 ? { first: 0, last } : null;
}

/**
 * Rows before which each page breaks, so that no table that fits on a page is split: the rows
 * are laid down page by page (the title rows on each), and a block that would run past the
 * page end starts the next page. Every break is manual, also where the page is simply full.
 */
export function pageBreaks(
  spec: Pick<SheetSpec, "cells" | "tables" | "rowHeights">,
  scale: number,
  titleRows: PrintSpec["titleRows"],
  rows: number,
  m: PrintMargins = DEFAULT_MARGINS,
): number[] {
  const heights = rowPointsOf(spec.cells, spec.rowHeights, rows);
  const sum = (from: number, to: number) => heights.slice(from, to + 1).reduce((s, h) => s + h, 0);
  const titles = titleRows ? sum(titleRows.first, titleRows.last) : 0;
  const room = (printableSize(m).height * PAGE_FILL) / scale - titles;
  const blockEnd = new Map(tableBlocks(spec).map((b) => [b.first, b.last]));
  const breaks: number[] = [];
  let used = 0;
  for (let r = titleRows ? titleRows.last + 1 : 0; r < rows; r++) {
    const end = blockEnd.get(r);
    if (end !== undefined && used > 0) {
      const block = sum(r, Math.min(end, rows - 1));
      if (used + block > room && block <= room) {
        breaks.push(r);
        used = 0;
      }
    }
    // A full page: the break is written too, so that an application that fits more rows on a
    // page (another font, another scale) still breaks here, before the next block, not inside it.
    if (used > 0 && used + heights[r] > room) {
      breaks.push(r);
      used = 0;
    }
    used += heights[r];
  }
  return breaks;
}

/** "&" is a code in Excel's header and footer text: a literal one is written "&&". */
export function escapeHeaderFooter(text: string): string {
  return text.replace(/&/g, "&&");
}

/** The footer: the source file (its name, never a path) and the period left, the page number right. */
export function printFooter(sourceName: string | undefined, period: string): PrintSpec["footer"] {
  const base = sourceName?.split(/[\\/]/).pop()?.slice(0, MAX_SOURCE_NAME);
  const p = escapeHeaderFooter(period);
  return {
    left: base ? T.footerSource(escapeHeaderFooter(base), p) : T.footerPeriod(p),
    right: T.footerPage,
  };
}

/** The print settings of a sheet, from its cells, tables, widths and heights. */
export function printLayout(
  spec: Omit<SheetSpec, "print">,
  footer: PrintSpec["footer"] = { left: "", right: T.footerPage },
): PrintSpec {
  let rows = 1;
  let cols = 1;
  for (const c of spec.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  const margins = DEFAULT_MARGINS;
  // A column without a set width has Excel's default, 8.43 characters.
  const widths = Array.from({ length: cols }, (_, i) => spec.columnWidths[i] ?? 8.43);
  const scale = fitToWidthScale(widths, margins);
  const titleRows = titleRowsOf(spec);
  return {
    paperSize: "A4",
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    margins,
    titleRows,
    area: { rows, cols },
    breaksBefore: pageBreaks(spec, scale, titleRows, rows, margins),
    footer,
    scale,
  };
}
