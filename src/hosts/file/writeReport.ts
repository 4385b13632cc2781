import ExcelJS from "exceljs";
import { columnLetter } from "../../core/grid";
import { rowPointsOf } from "../../core/layout/columnWidths";
import { PALETTE } from "../../core/layout/palette";
import type { CellStyle, SheetSpec, SpecCell } from "../../core/layout/sheetSpec";
import { sheetMarker } from "../../core/layout/sheetNames";

/**
 * The core's palette in ExcelJS terms. Each font names the workbook's font and size: a font
 * without them is drawn in the application's fallback (a serif in LibreOffice), wider than
 * the widths and page breaks were planned for.
 */
const FONTS: Partial<Record<CellStyle, Partial<ExcelJS.Font>>> = Object.fromEntries(
  Object.entries(PALETTE).map(([k, f]) => [
    k,
    JSON.parse(
      JSON.stringify({
        name: "Calibri",
        family: 2,
        bold: f.bold,
        italic: f.italic,
        size: f.size ?? 11,
        underline: f.underline,
        color: f.color ? { argb: "FF" + f.color.slice(1) } : undefined,
      }),
    ),
  ]),
);

/** A cell as written: its formula with the engine's value cached, or in a values-only report the value alone. */
function cellValue(c: SpecCell, valuesOnly: boolean): ExcelJS.CellValue {
  if (c.formula !== undefined && !valuesOnly)
    return { formula: c.formula, result: c.value ?? undefined } as ExcelJS.CellFormulaValue;
  return c.value;
}

/** Writes one report sheet into an ExcelJS workbook (the report-only workbook and the copy's additions). */
export function writeSheet(
  wb: ExcelJS.Workbook,
  spec: SheetSpec,
  label: string,
  valuesOnly = false,
): void {
  const value = (c: SpecCell) => cellValue(c, valuesOnly);
  const ws = wb.addWorksheet(spec.name);
  const byPos = new Map<string, SpecCell>();
  for (const c of spec.cells) byPos.set(`${c.row},${c.col}`, c);

  // Tables first: ExcelJS writes a table's cells itself, from its rows.
  const inTable = new Set<string>();
  for (const t of spec.tables) {
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = 0; r < t.rows; r++)
      rows.push(
        t.columns.map((_, i) => {
          const pos = `${t.row + 1 + r},${t.col + i}`;
          inTable.add(pos);
          const c = byPos.get(pos);
          return c ? value(c) : null;
        }),
      );
    t.columns.forEach((_, i) => inTable.add(`${t.row},${t.col + i}`));
    ws.addTable({
      name: t.name,
      ref: `${columnLetter(t.col)}${t.row + 1}`,
      headerRow: true,
      style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: t.columns.map((name) => ({ name, filterButton: false })),
      rows,
    });
  }
  for (const c of spec.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (!inTable.has(`${c.row},${c.col}`)) cell.value = value(c);
    if (c.numFmt) cell.numFmt = c.numFmt;
    const font = c.style ? FONTS[c.style] : undefined;
    if (font) cell.font = font;
    if (c.align || c.wrap || c.indent)
      cell.alignment = {
        ...(c.align ? { horizontal: c.align } : {}),
        ...(c.indent ? { horizontal: "left" as const, indent: c.indent } : {}),
        ...(c.wrap ? { wrapText: true, vertical: "bottom" as const } : {}),
      };
    if (c.span && c.span > 1) ws.mergeCells(c.row + 1, c.col + 1, c.row + 1, c.col + c.span);
  }
  spec.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // Every row's height as the page breaks were planned with: applications that fit rows to
  // their own fonts (LibreOffice) would otherwise fill pages differently from Excel.
  rowPointsOf(spec.cells, spec.rowHeights, spec.print.area.rows).forEach(
    (h, r) => (ws.getRow(r + 1).height = h),
  );
  if (spec.freeze.rows || spec.freeze.cols)
    ws.views = [{ state: "frozen", xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }];
  writePrintSetup(ws, spec);
  wb.definedNames.add(`'${spec.name.replace(/'/g, "''")}'!$A$1`, sheetMarker(spec.kind, label));
}

/** The sheet's print settings (see PrintSpec): page, fit, print area and titles, breaks, footer. */
function writePrintSetup(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const p = spec.print;
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    margins: p.margins,
    // ExcelJS puts "$" before each end ("A$1" → "$A$1"): the rows are made absolute here.
    printArea: `A$1:${columnLetter(p.area.cols - 1)}$${p.area.rows}`,
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows.first + 1}:${p.titleRows.last + 1}` } : {}),
  };
  // ExcelJS breaks after a row: the break before 0-based row r follows 1-based row r.
  for (const r of p.breaksBefore) ws.getRow(r).addPageBreak();
  ws.headerFooter = { oddFooter: `&L${p.footer.left}&R${p.footer.right}` };
}

/**
 * The report alone, for sharing and publication: the report sheets as values in a new
 * workbook, without the register (which holds personal data) or any other sheet of the source.
 */
export function reportOnlyWorkbook(specs: SheetSpec[], label: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const spec of specs) writeSheet(wb, spec, label, true);
  return wb;
}
