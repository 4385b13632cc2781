import ExcelJS from "exceljs";
import { existingSheets, type ExistingSheet } from "../../core/layout/sheetNames";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/grid";

export type ReadFailure = "not-xlsx" | "empty-file" | "unreadable" | "not-found";

/** A file that cannot be read as a workbook; the message is Swedish and says what to do. */
export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

const DAY_MS = 86400000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel serial (1900 system) of a JS date as ExcelJS gives it: the wall-clock time stored as UTC. */
export function dateToSerial(d: Date): number {
  const serial = (d.getTime() - EPOCH_MS) / DAY_MS;
  // Whole days stay whole despite float noise from the time part.
  const rounded = Math.round(serial * 86400) / 86400;
  return Math.abs(rounded - Math.round(rounded)) < 1e-9 ? Math.round(rounded) : rounded;
}

/** The JS date ExcelJS writes for an Excel serial (the inverse of dateToSerial). */
export function serialToDate(serial: number): Date {
  return new Date(EPOCH_MS + serial * DAY_MS);
}

/** One ExcelJS cell value as the core's CellValue: dates as serials, errors as their text, formulas as their cached result. */
export function cellToValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
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

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

export const readErrors = {
  empty: (file: string) => new WorkbookReadError("empty-file", `Filen ”${file}” är tom. Välj arbetsboken med deltagarregistret och försök igen.`),
  xls: (file: string) =>
    new WorkbookReadError("not-xlsx", `Filen ”${file}” är i det äldre Excel-formatet (.xls). Öppna den i Excel, välj Spara som → Excel-arbetsbok (.xlsx) och försök igen.`),
  notXlsx: (file: string) =>
    new WorkbookReadError("not-xlsx", `Filen ”${file}” är inte en Excel-arbetsbok (.xlsx). Spara registret som Excel-arbetsbok (.xlsx) i Excel och försök igen.`),
  unreadable: (file: string) =>
    new WorkbookReadError("unreadable", `Filen ”${file}” går inte att läsa som en Excel-arbetsbok; den kan vara skadad. Öppna den i Excel, spara den på nytt som .xlsx och försök igen.`),
  notFound: (file: string) => new WorkbookReadError("not-found", `Filen ”${file}” finns inte. Kontrollera sökvägen och filnamnet.`),
};

/** Opens an .xlsx file's bytes (browser or Node) as an ExcelJS workbook, with Swedish errors for anything else. */
export async function openXlsx(data: ArrayBuffer | Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw readErrors.empty(fileName);
  if (startsWith(bytes, OLE)) throw readErrors.xls(fileName);
  if (!startsWith(bytes, ZIP)) throw readErrors.notXlsx(fileName);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS wants an ArrayBuffer-like; hand it exactly the file's bytes.
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw readErrors.unreadable(fileName);
  }
  return wb;
}

/** The workbook's sheets and the add-in markers they carry. */
export function sheetsOf(wb: ExcelJS.Workbook): ExistingSheet[] {
  const names = (wb.definedNames.model as { name: string; ranges: string[] }[]).map((dn): [string, string] => [dn.name, dn.ranges[0] ?? ""]);
  return existingSheets(
    wb.worksheets.map((ws) => ws.name),
    names,
  );
}

/** Every sheet of a loaded workbook as the core's WorkbookGrid; the add-in's own report sheets marked as generated. */
export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  const generated = new Set(sheetsOf(wb).filter((s) => s.marker !== null).map((s) => s.name));
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const grid = sheetToGrid(ws);
    sheets.push(generated.has(ws.name) ? { ...grid, generated: true } : grid);
  });
  return { sheets };
}

/** Reads an .xlsx file's bytes (browser or Node) into a WorkbookGrid. */
export async function readXlsxBuffer(data: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookGrid> {
  return workbookToGrid(await openXlsx(data, fileName));
}
