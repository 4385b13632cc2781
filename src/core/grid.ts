/**
 * The workbook as plain data, the only thing hosts hand to the core.
 * `rows[0]` is spreadsheet row 1 and `rows[r][0]` column A.
 * Dates arrive as Excel serial numbers (or as text, when typed as text);
 * error cells arrive as their error text ("#N/A").
 */
export type CellValue = string | number | boolean | null;

export interface SheetGrid {
  name: string;
  rows: CellValue[][];
  /** A report sheet Finsam-rapport made (the host found its marker): output, never read as a source. */
  generated?: boolean;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

/** Cell value at 0-based row/column, null outside the grid or for ragged rows. */
export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/** 0-based column index → letters ("A", "Z", "AA"). */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column letters → 0-based index, or -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row/column → A1 address. */
export function a1(row: number, col: number): string {
  return columnLetter(col) + String(row + 1);
}

/** A1 address → 0-based row/column ("F14" → 13, 5), the inverse of a1; null when it is not one. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^([A-Za-z]{1,3})([1-9][0-9]{0,6})$/.exec(ref);
  if (!m) return null;
  const col = columnIndex(m[1]);
  return col < 0 ? null : { row: Number(m[2]) - 1, col };
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** Number of columns in the widest row of the sheet. */
export function sheetWidth(sheet: SheetGrid): number {
  let w = 0;
  for (const r of sheet.rows) if (r && r.length > w) w = r.length;
  return w;
}
