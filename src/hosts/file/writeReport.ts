import ExcelJS from "exceljs";
import { columnLetter } from "../../core/grid";
import { PALETTE } from "../../core/layout/palette";
import type { CellStyle, SheetSpec, SpecCell } from "../../core/layout/sheetSpec";
import { sheetMarker } from "../../core/layout/sheetNames";

/** The core's palette in ExcelJS terms. */
const FONTS: Partial<Record<CellStyle, Partial<ExcelJS.Font>>> = Object.fromEntries(
  Object.entries(PALETTE).map(([k, f]) => [
    k,
    JSON.parse(
      JSON.stringify({
        bold: f.bold,
        italic: f.italic,
        size: f.size,
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
    if (c.style === "note" || c.style === "subtitle") cell.alignment = { wrapText: false };
    // Figures line up on the right, also "–", ".." and durations written as text.
    else if (spec.kind !== "kontroll" && c.col > 0 && c.style !== "header" && c.style !== "label")
      cell.alignment = { horizontal: "right" };
  }
  // Printed as a report: landscape, one page wide.
  ws.pageSetup = {
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: 9,
  };
  spec.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (spec.freeze.rows || spec.freeze.cols)
    ws.views = [{ state: "frozen", xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }];
  wb.definedNames.add(`'${spec.name.replace(/'/g, "''")}'!$A$1`, sheetMarker(spec.kind, label));
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
