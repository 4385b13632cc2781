import type { CellValue } from "../grid";
import { cleanText, firstVisibleChar } from "./text";

export type ParsedNumber = { ok: true; value: number; normalized: boolean } | { ok: false };

const NOT_OK: ParsedNumber = Object.freeze({ ok: false });

const SPACES = / /g;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Value of an unsigned number written the Swedish way, NaN for anything else:
 * digits, optionally grouped by single spaces in threes ("1 985", "1 044 493"),
 * then an optional decimal comma or point ("12,5", "12.5"). Expects cleanText'ed
 * input. A hand-written scanner: this runs for every number and amount cell.
 */
export function unsignedSv(s: string): number {
  const n = s.length;
  let value = 0; // exact while it has at most 15 digits
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
  }
  if (i === 0) return NaN;
  let digits = i;
  if (i < n && s.charCodeAt(i) === 32) {
    if (i > 3) return NaN;
    while (i < n && s.charCodeAt(i) === 32) {
      if (i + 3 >= n) return NaN;
      const d1 = s.charCodeAt(i + 1) - 48;
      const d2 = s.charCodeAt(i + 2) - 48;
      const d3 = s.charCodeAt(i + 3) - 48;
      if (!(d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9 && d3 >= 0 && d3 <= 9)) return NaN;
      if (i + 4 < n && isDigit(s.charCodeAt(i + 4))) return NaN;
      value = value * 1000 + d1 * 100 + d2 * 10 + d3;
      digits += 3;
      i += 4;
    }
  }
  if (i === n) return digits <= 15 ? value : Number(s.replace(SPACES, ""));
  const sep = s.charCodeAt(i);
  if (sep !== 44 && sep !== 46) return NaN;
  const fracStart = ++i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  if (i !== n || i === fracStart) return NaN;
  // Decimals go through Number() for correct rounding.
  return Number(s.slice(0, fracStart - 1).replace(SPACES, "") + "." + s.slice(fracStart));
}

/** A minus sign: hyphen-minus or U+2212. */
function isMinus(c: number): boolean {
  return c === 45 || c === 0x2212;
}

/**
 * A number as typed: numbers as they are; text with space-grouped thousands,
 * a decimal comma and a leading minus (also U+2212). Null for a blank cell.
 */
export function parseNumber(v: CellValue): ParsedNumber | null {
  if (v === null) return null;
  if (typeof v === "number")
    return Number.isFinite(v) ? { ok: true, value: v, normalized: false } : NOT_OK;
  if (typeof v !== "string") return NOT_OK;
  const c0 = firstVisibleChar(v);
  if (c0 < 0) return null;
  if (!isDigit(c0) && !isMinus(c0)) return NOT_OK;
  let s = cleanText(v);
  const negative = isMinus(s.charCodeAt(0));
  if (negative) s = s.charCodeAt(1) === 32 ? s.slice(2) : s.slice(1);
  const value = unsignedSv(s);
  if (!Number.isFinite(value)) return NOT_OK;
  // "-0" is plain 0.
  return { ok: true, value: negative && value !== 0 ? -value : value, normalized: true };
}

/** Like parseNumber, but a number with decimals is not ok. */
export function parseWholeNumber(v: CellValue): ParsedNumber | null {
  const n = parseNumber(v);
  if (n !== null && n.ok && !Number.isInteger(n.value)) return NOT_OK;
  return n;
}
