import { a1, columnLetter } from "../../core/grid";
import type { SheetNamePlan } from "../../core/layout/sheetNames";
import { sheetMarker } from "../../core/layout/sheetNames";
import { PALETTE } from "../../core/layout/palette";
import type { CellStyle, SheetSpec, SpecCell } from "../../core/layout/sheetSpec";

/** Excel column width is in points; a character of the default font is about 7. */
const POINTS_PER_CHAR = 7;
/** Page margins: the spec has inches, Office.js takes points. */
const points = (inches: number) => Math.round(inches * 72 * 100) / 100;

export interface SheetBlock {
  rows: number;
  cols: number;
  /** One 2D array of formulas ("=COUNTIFS(…)") and constants for the whole sheet. */
  formulas: (string | number)[][];
  numberFormats: string[][];
}

/**
 * A sheet spec as the two arrays Excel takes in one write each. Text constants get a
 * leading apostrophe so that Excel never reads "-4 920 kr" as a number or "=x" as a formula.
 */
export function toBlock(spec: SheetSpec): SheetBlock {
  let rows = 1;
  let cols = 1;
  for (const c of spec.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  const formulas: (string | number)[][] = Array.from({ length: rows }, () =>
    new Array(cols).fill(""),
  );
  const numberFormats: string[][] = Array.from({ length: rows }, () =>
    new Array(cols).fill("General"),
  );
  for (const c of spec.cells) {
    formulas[c.row][c.col] = cellInput(c);
    if (c.numFmt) numberFormats[c.row][c.col] = c.numFmt;
  }
  return { rows, cols, formulas, numberFormats };
}

function cellInput(c: SpecCell): string | number {
  if (c.formula !== undefined) return "=" + c.formula;
  if (c.value === null || c.value === "") return "";
  return typeof c.value === "number" ? c.value : "'" + c.value;
}

/** The core's palette in Office.js terms. */
const STYLE_FONT: Partial<
  Record<
    CellStyle,
    { bold?: boolean; italic?: boolean; size?: number; color?: string; underline?: string }
  >
> = Object.fromEntries(
  Object.entries(PALETTE).map(([k, f]) => [
    k,
    JSON.parse(JSON.stringify({ ...f, underline: f.underline ? "Single" : undefined })),
  ]),
);

/**
 * Queues the whole report in one batch: calculation and screen updating paused, the
 * add-in's earlier sheets for the period removed, each new sheet written as one
 * formulas array and one number-format array, then tables, widths, panes, charts and
 * the marker. The caller syncs once.
 */
export function queueReport(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  plan: SheetNamePlan,
  label: string,
): void {
  const wb = context.workbook;
  wb.application.suspendApiCalculationUntilNextSync();
  wb.application.suspendScreenUpdatingUntilNextSync();
  for (const name of plan.replace) wb.worksheets.getItem(name).delete();
  for (const spec of specs) {
    // An old marker of the same name (its sheet just deleted) gives way to the new one.
    wb.names.getItemOrNullObject(sheetMarker(spec.kind, label)).delete();
  }
  for (const spec of specs) {
    const ws = wb.worksheets.add(spec.name);
    const block = toBlock(spec);
    const all = ws.getRangeByIndexes(0, 0, block.rows, block.cols);
    all.formulas = block.formulas;
    all.numberFormat = block.numberFormats;
    for (const c of spec.cells) {
      const font = c.style ? STYLE_FONT[c.style] : undefined;
      if (font) Object.assign(ws.getRangeByIndexes(c.row, c.col, 1, 1).format.font, font);
    }
    for (const run of alignmentRuns(spec)) {
      const format = ws.getRangeByIndexes(run.row, run.col, 1, run.cols).format;
      if (run.align) format.horizontalAlignment = "Right";
      if (run.indent) format.indentLevel = run.indent;
      if (run.wrap) format.wrapText = true;
    }
    for (const c of spec.cells)
      if (c.span && c.span > 1) ws.getRangeByIndexes(c.row, c.col, 1, c.span).merge(false);
    for (const [row, h] of Object.entries(spec.rowHeights))
      ws.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = h;
    for (const t of spec.tables) {
      const table = ws.tables.add(
        `${a1(t.row, t.col)}:${a1(t.row + t.rows, t.col + t.columns.length - 1)}`,
        true,
      );
      table.name = t.name;
      table.style = t.style;
      table.showFilterButton = false;
    }
    spec.columnWidths.forEach(
      (w, c) =>
        (ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth =
          w * POINTS_PER_CHAR),
    );
    if (spec.freeze.rows || spec.freeze.cols)
      ws.freezePanes.freezeAt(
        ws.getRangeByIndexes(0, 0, Math.max(1, spec.freeze.rows), Math.max(1, spec.freeze.cols)),
      );
    for (const ch of spec.charts) {
      const t = spec.tables.find((x) => x.name === ch.table);
      if (!t) continue;
      const source = ws.getRangeByIndexes(t.row, t.col, t.rows + 1, t.columns.length);
      const chart = ws.charts.add(
        ch.kind === "stackedBar" ? "BarStacked" : "BarClustered",
        source,
        "Rows",
      );
      chart.title.text = ch.title;
      chart.setPosition(a1(ch.row, ch.col));
    }
    const marker = wb.names.add(sheetMarker(spec.kind, label), ws.getRange("A1"));
    marker.visible = false;
  }
}

type Alignment = Pick<SpecCell, "align" | "wrap" | "indent">;
const sameAlignment = (a: Alignment, b: Alignment) =>
  a.align === b.align && a.wrap === b.wrap && a.indent === b.indent;

/** Cells with the same alignment side by side in a row: one format call each, not one per cell. */
export function alignmentRuns(
  spec: SheetSpec,
): ({ row: number; col: number; cols: number } & Alignment)[] {
  const cells = spec.cells
    .filter((c) => c.align || c.wrap || c.indent)
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: ({ row: number; col: number; cols: number } & Alignment)[] = [];
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.col + last.cols === c.col && sameAlignment(last, c))
      last.cols++;
    else
      runs.push({
        row: c.row,
        col: c.col,
        cols: 1,
        align: c.align,
        wrap: c.wrap,
        indent: c.indent,
      });
  }
  return runs;
}

/**
 * Queues each written sheet's print settings (PrintSpec, ExcelApi 1.9): A4 landscape, one page
 * wide (0 pages tall: as many as needed), margins, print area and title rows, the page breaks
 * and the footer. Its own batch, after the report is written: should an Excel refuse a
 * setting, the report stands and only its print setup is missing.
 */
export function queuePrintSetup(context: Excel.RequestContext, specs: SheetSpec[]): void {
  for (const spec of specs) {
    const ws = context.workbook.worksheets.getItem(spec.name);
    const p = spec.print;
    // Navigated to, not read from `ws`: no load is needed for a navigation property.
    const layout = context.workbook.worksheets.getItem(spec.name).pageLayout;
    layout.paperSize = "A4";
    layout.orientation = "Landscape";
    layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
    layout.leftMargin = points(p.margins.left);
    layout.rightMargin = points(p.margins.right);
    layout.topMargin = points(p.margins.top);
    layout.bottomMargin = points(p.margins.bottom);
    layout.headerMargin = points(p.margins.header);
    layout.footerMargin = points(p.margins.footer);
    layout.setPrintArea(ws.getRangeByIndexes(0, 0, p.area.rows, p.area.cols));
    if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
    // A break before the range's top-left cell.
    for (const r of p.breaksBefore) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(r, 0, 1, 1));
    layout.headersFooters.defaultForAllPages.leftFooter = p.footer.left;
    layout.headersFooters.defaultForAllPages.rightFooter = p.footer.right;
  }
}

export interface FigureDifference {
  sheet: string;
  cell: string;
  engine: string | number;
  excel: string | number;
}

/** After Excel has calculated: every formula's value must be the engine's figure. */
export function compareFigures(specs: SheetSpec[], values: unknown[][][]): FigureDifference[] {
  const out: FigureDifference[] = [];
  specs.forEach((spec, i) => {
    for (const c of spec.cells) {
      if (c.formula === undefined) continue;
      const got = values[i]?.[c.row]?.[c.col];
      const want = c.value ?? "";
      const same =
        typeof want === "number" && typeof got === "number"
          ? Math.abs(want - got) <= (Number.isInteger(want) ? 1e-9 : 5e-5)
          : String(want) === String(got ?? "");
      if (!same)
        out.push({
          sheet: spec.name,
          cell: a1(c.row, c.col),
          engine: want,
          excel: (got as string | number) ?? "",
        });
    }
  });
  return out;
}

/** Queues a read of each written sheet's values, for compareFigures after the next sync. */
export function queueReadBack(context: Excel.RequestContext, specs: SheetSpec[]): Excel.Range[] {
  return specs.map((spec) => {
    const block = toBlock(spec);
    const range = context.workbook.worksheets
      .getItem(spec.name)
      .getRangeByIndexes(0, 0, block.rows, block.cols);
    range.load("values");
    return range;
  });
}
