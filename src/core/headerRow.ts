import type { SheetGrid } from "./grid";

/** Header rows are looked for among the first rows only: titles and notes sit above them. */
export const HEADER_SEARCH_ROWS = 20;

export interface HeaderRow<K extends string> {
  /** 0-based row of the header. */
  row: number;
  /** The column (0-based) of each key found; the first column wins when two name the same key. */
  columns: Partial<Record<K, number>>;
  /** Later columns naming a key already taken: [key, col]. */
  duplicates: [K, number][];
  /** Header text per column. */
  headers: (string | null)[];
}

/**
 * The first row among the first 20 whose text cells, classified, satisfy `accept`.
 * `classify` maps a header text to a key or null.
 */
export function findHeaderRow<K extends string>(
  sheet: SheetGrid,
  classify: (text: string) => K | null,
  accept: (columns: Partial<Record<K, number>>) => boolean,
): HeaderRow<K> | null {
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const found = classifyRow(sheet, r, classify);
    if (found && accept(found.columns)) return found;
  }
  return null;
}

export function classifyRow<K extends string>(
  sheet: SheetGrid,
  r: number,
  classify: (text: string) => K | null,
): HeaderRow<K> | null {
  const cells = sheet.rows[r];
  if (!cells) return null;
  const columns: Partial<Record<K, number>> = {};
  const duplicates: [K, number][] = [];
  const headers: (string | null)[] = [];
  let any = false;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    const text = typeof v === "string" ? v.trim() : null;
    headers.push(text || null);
    if (!text) continue;
    const key = classify(text);
    if (!key) continue;
    any = true;
    if (columns[key] === undefined) columns[key] = c;
    else duplicates.push([key, c]);
  }
  return any ? { row: r, columns, duplicates, headers } : null;
}
