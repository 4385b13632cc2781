/**
 * Reads a .csv register into the core's WorkbookGrid: one sheet named after the file. A plain
 * number and an ISO date become what a workbook's number and date cells give (as Excel reads a
 * CSV: a CSV cannot hold "a real date", so telling the user a text date works less well in
 * formulas would be noise); any other value stays text, which the engine parses as it does text
 * cells. An empty field is an empty cell. Pure and browser-safe.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from "../../../core/grid";
import { isoDateSerial } from "../xlsx/dates";
import { readErrors } from "../xlsx/errors";
import { LIMITS, limitErrors, onSheet, ReadBudget, type FilesRead } from "../xlsx/limits";

/** Separators detected, in the order preferred on a tie: Swedish Excel writes ";". */
const SEPARATORS = [";", ",", "\t"] as const;

/** The text of the file: UTF-8 (with or without BOM), else Windows-1252 as older Excel saves it. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The separator used most in the first record outside quotes (";" when none is). */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = SEPARATORS[0];
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

/**
 * RFC 4180 records: quoted fields may hold the separator, quotes ("" for one) and line breaks;
 * records end at CRLF, LF or CR. `onField`/`onRecord` let the caller bound the work as it goes.
 */
export function parseCsv(
  text: string,
  separator: string,
  onField: (value: string, col: number) => void,
  onRecord: (row: number) => void,
): void {
  let i = 0;
  let row = 0;
  let col = 0;
  const n = text.length;
  if (n === 0) return;
  while (i <= n) {
    let value: string;
    if (text[i] === '"') {
      let out = "";
      let start = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          // An unclosed quote runs to the end of the file, as Excel reads it.
          out += text.slice(start);
          i = n;
          break;
        }
        if (text[q + 1] === '"') {
          out += text.slice(start, q + 1);
          i = start = q + 2;
          continue;
        }
        out += text.slice(start, q);
        i = q + 1;
        break;
      }
      // Characters between the closing quote and the separator are kept, as Excel does.
      let end = i;
      while (end < n && text[end] !== separator && text[end] !== "\n" && text[end] !== "\r") end++;
      value = out + text.slice(i, end);
      i = end;
    } else {
      let end = i;
      while (end < n && text[end] !== separator && text[end] !== "\n" && text[end] !== "\r") end++;
      value = text.slice(i, end);
      i = end;
    }
    onField(value, col);
    if (i < n && text[i] === separator) {
      i++;
      col++;
      continue;
    }
    onRecord(row++);
    col = 0;
    if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else i++;
    // A line break at the very end closes the last record; it does not start an empty one.
    if (i >= n) break;
  }
}

/** A sheet name Excel accepts from a file name: no []:*?/\, at most 31 characters. */
export function sheetNameOf(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const name = stem
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31);
  return name.trim() || "Blad1";
}

/** A number without leading zeros (so ids like "0123" stay text), decimal comma or point. */
const NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:[.,]\d{1,15})?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A field's cell value: a number, a date serial (`isDate`), or the text itself. */
export function csvValue(field: string): { value: CellValue; isDate: boolean } {
  if (NUMBER.test(field)) return { value: Number(field.replace(",", ".")), isDate: false };
  const serial = ISO_DATE.test(field) ? isoDateSerial(field) : null;
  return serial === null ? { value: field, isDate: false } : { value: serial, isDate: true };
}

/** Called for each cell read as a date (0-based row and column), so a writer can format it as one. */
export type OnDate = (sheet: string, row: number, col: number) => void;

/** Reads a .csv file's bytes; Swedish WorkbookReadError beyond the reader's limits. */
export function readCsv(
  bytes: Uint8Array,
  fileName: string,
  before?: FilesRead,
  onDate?: OnDate,
): WorkbookGrid {
  if (bytes.length === 0) throw readErrors.empty(fileName);
  if (bytes.length > LIMITS.maxPartBytes)
    throw limitErrors.partSize(fileName, "texten", LIMITS.maxPartBytes);
  const text = decodeCsv(bytes);
  const name = sheetNameOf(fileName);
  const budget = new ReadBudget(fileName, before);
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  parseCsv(
    text,
    detectSeparator(text),
    (value, col) => {
      if (value === "") return;
      if (col >= LIMITS.maxColumn) throw limitErrors.column(fileName, onSheet(name));
      if (value.length > LIMITS.maxText) throw limitErrors.text(fileName, onSheet(name));
      // The empty cells before a value are held in the grid too: they count, so a few
      // separators cannot make millions of them.
      while (row.length < col) {
        budget.cell(name);
        row.push(null);
      }
      budget.cell(name);
      const cell = csvValue(value);
      if (cell.isDate) onDate?.(name, rows.length, col);
      row.push(cell.value);
    },
    (r) => {
      if (r >= LIMITS.maxRow) throw limitErrors.row(fileName, onSheet(name), r + 1);
      if (row.length) budget.filledRow(name);
      rows.push(row);
      row = [];
    },
  );
  // Trailing empty records are no rows, as an .xlsx ends at its last value.
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  budget.rows(rows.length, name);
  const sheet: SheetGrid = { name, rows };
  return { sheets: [sheet] };
}
