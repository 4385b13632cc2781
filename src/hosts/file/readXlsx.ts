import ExcelJS from "exceljs";
import { existingSheets, isReportMarker, type ExistingSheet } from "../../core/layout/sheetNames";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/grid";
import { dateToSerial, readWorkbookGrid } from "./xlsx";

export { readErrors, WorkbookReadError, type ReadFailure } from "./xlsx/errors";
export { dateToSerial, serialToDate } from "./xlsx/dates";
export { readWorkbookGrid } from "./xlsx";

/** One ExcelJS cell value as the core's CellValue: dates as serials, errors as their text, formulas as their cached result. */
export function cellToValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined ? null : cellToValue(result as ExcelJS.CellValue);
    }
    if ("text" in value && "hyperlink" in value) {
      const text = (value as ExcelJS.CellHyperlinkValue).text;
      return typeof text === "string" ? text : cellToValue(text as ExcelJS.CellValue);
    }
  }
  return String(value);
}

function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged range's value lives in its top-left cell only.
      if (cell.isMerged && cell.master !== cell) return;
      const v = cellToValue(cell.value);
      if (v === null) return;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = v;
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  return { name: ws.name, rows };
}

/** The workbook's sheets and the add-in markers they carry. */
export function sheetsOf(wb: ExcelJS.Workbook): ExistingSheet[] {
  const names = (wb.definedNames.model as { name: string; ranges: string[] }[]).map(
    (dn): [string, string] => [dn.name, dn.ranges[0] ?? ""],
  );
  return existingSheets(
    wb.worksheets.map((ws) => ws.name),
    names,
  );
}

/**
 * Every sheet of a loaded ExcelJS workbook as the core's WorkbookGrid; the add-in's own report
 * sheets marked as generated. The reader before the streaming one: kept as the reference the
 * streaming reader is tested against (readXlsx.test.ts, xlsx/differential.test.ts).
 */
export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  const generated = new Set(
    sheetsOf(wb)
      .filter((s) => isReportMarker(s.marker))
      .map((s) => s.name),
  );
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const grid = sheetToGrid(ws);
    sheets.push(generated.has(ws.name) ? { ...grid, generated: true } : grid);
  });
  return { sheets };
}

/**
 * Reads an .xlsx file's bytes (browser or Node) into a WorkbookGrid with the streaming reader
 * (./xlsx); Swedish WorkbookReadError for anything that is not a readable workbook within its limits.
 */
export async function readXlsxBuffer(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
): Promise<WorkbookGrid> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return readWorkbookGrid(bytes, fileName);
}
