/** A1 references, checked against Excel's grid (XFD1048576) without trusting their size. */
import { LIMITS } from "./limits";

/** Column index beyond Excel's last column, or row index beyond its last row. */
export const OUTSIDE = -2;
/** Not a reference at all. */
export const INVALID = -1;

/**
 * The 0-based column of an A1 reference ("B7" → 1), OUTSIDE beyond XFD, INVALID when the
 * reference is not letters followed by digits.
 */
export function refColumn(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    let c = ref.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32; // lower case
    if (c < 65 || c > 90) break;
    if (col <= LIMITS.maxColumn) col = col * 26 + (c - 64);
  }
  if (i === 0 || i === ref.length) return INVALID;
  return col > LIMITS.maxColumn ? OUTSIDE : col - 1;
}

/** The 0-based row of an A1 reference ("B7" → 6), OUTSIDE beyond row 1 048 576, INVALID when it is not one. */
export function refRow(ref: string): number {
  let i = 0;
  while (i < ref.length) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    i++;
  }
  return rowNumber(ref, i);
}

/** The 0-based row of a row number written in `text` from `from` ("7" → 6). */
export function rowNumber(text: string, from = 0): number {
  if (from >= text.length) return INVALID;
  let row = 0;
  for (let i = from; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return INVALID;
    if (row <= LIMITS.maxRow) row = row * 10 + d;
  }
  if (row === 0) return INVALID;
  return row > LIMITS.maxRow ? OUTSIDE : row - 1;
}

/** The row number as written, for messages (a huge one stays readable): "50000000". */
export function writtenRow(text: string): number {
  const digits = /\d+/.exec(text)?.[0] ?? "0";
  return digits.length > 15 ? Number.MAX_SAFE_INTEGER : Number(digits);
}
