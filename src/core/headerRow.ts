import type { SheetGrid } from "./grid";

/** Header rows are looked for among the first rows at least, and on down through instructions until data starts. */
export const HEADER_SEARCH_ROWS = 20;
/** However long the instructions above a header, the search ends here. */
const MAX_HEADER_SEARCH_ROWS = 1000;

/** A row that looks like data, not like a title or an instruction: three or more cells, one of them a number. */
function looksLikeData(cells: unknown[] | undefined): boolean {
  if (!cells) return false;
  let filled = 0;
  let numbers = 0;
  for (const v of cells) {
    if (v === null || v === undefined || (typeof v === "string" && !v.trim())) continue;
    filled++;
    if (typeof v === "number") numbers++;
  }
  return filled >= 3 && numbers >= 1;
}

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
 * The first row whose text cells, classified, satisfy `accept`: among the first 20 rows, and
 * below them as long as no row looks like data yet (a header under long instructions).
 * `classify` maps a header text to a key or null.
 */
export function findHeaderRow<K extends string>(
  sheet: SheetGrid,
  classify: (text: string) => K | null,
  accept: (columns: Partial<Record<K, number>>) => boolean,
): HeaderRow<K> | null {
  const last = Math.min(sheet.rows.length, MAX_HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const found = classifyRow(sheet, r, classify);
    if (found && accept(found.columns)) return found;
    if (r >= HEADER_SEARCH_ROWS && looksLikeData(sheet.rows[r])) return null;
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
