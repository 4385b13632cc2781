import type { CellValue } from "../grid";
import { unsignedSv } from "./numbers";
import { cleanText, firstVisibleChar } from "./text";

export type AmountUnit = "kr" | "tkr";
export type ParsedAmount =
  { ok: true; value: number; unit: AmountUnit | null; normalized: boolean } | { ok: false };

const NOT_OK: ParsedAmount = Object.freeze({ ok: false });

/** Unit words at the end of the cell, lower case; longer ones first ("tkr" before "kr"). */
const SUFFIXES = ["tusen kronor", "tkr.", "tkr", "kronor", "kr.", "kr", "sek", ":-"];
const SUFFIX_UNITS: AmountUnit[] = ["tkr", "tkr", "tkr", "kr", "kr", "kr", "kr", "kr"];

/** Thousands separated by dots in at least two groups ("1.044.493"), optional decimal comma. */
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/;
const DOTS = /\./g;

/** Hyphen, en dash, em dash and U+2212: a sign, or on its own the accounting zero. */
function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** s ends with the lower-case suffix, ignoring ASCII case. */
function endsWithIgnoreCase(s: string, suffix: string): boolean {
  const off = s.length - suffix.length;
  if (off < 0) return false;
  for (let i = 0; i < suffix.length; i++) {
    const c = s.charCodeAt(off + i);
    const want = suffix.charCodeAt(i);
    if (c !== want && !(want >= 97 && want <= 122 && c === want - 32)) return false;
  }
  return true;
}

function isParenthesized(s: string): boolean {
  return s.length >= 2 && s.charCodeAt(0) === 40 && s.charCodeAt(s.length - 1) === 41;
}

/**
 * An amount as an ekonom types it: "1 044 493 kr", "- 4 920 kr", "- kr" (zero),
 * "(4 920)", "1 250 tkr", "4 920:-", "1.044.493". The value is in the cell's own
 * unit; unit is null when the cell names none. Null for a blank cell.
 */
export function parseAmount(v: CellValue): ParsedAmount | null {
  if (v === null) return null;
  if (typeof v === "number")
    return Number.isFinite(v) ? { ok: true, value: v, unit: null, normalized: false } : NOT_OK;
  if (typeof v !== "string") return NOT_OK;
  // Every amount starts with a digit, a dash or "(": most text cells stop here, before cleaning.
  const c0 = firstVisibleChar(v);
  if (c0 < 0) return null;
  if (!(isDigit(c0) || isDash(c0) || c0 === 40)) return NOT_OK;
  let s = cleanText(v);
  if (s.length > 60) return NOT_OK;

  let unit: AmountUnit | null = null;
  let negative = false;
  // Accounting negatives may enclose the unit or not: "(4 920 kr)", "(4 920) kr".
  if (isParenthesized(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.length > 0 && !isDigit(s.charCodeAt(s.length - 1))) {
    for (let k = 0; k < SUFFIXES.length; k++) {
      if (endsWithIgnoreCase(s, SUFFIXES[k])) {
        unit = SUFFIX_UNITS[k];
        s = s.slice(0, s.length - SUFFIXES[k].length).trimEnd();
        break;
      }
    }
  }
  if (!negative && isParenthesized(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.length === 0) return NOT_OK;
  if (isDash(s.charCodeAt(0))) {
    // A sign inside accounting parentheses is ambiguous: not an amount.
    if (negative) return NOT_OK;
    if (s.length === 1) return { ok: true, value: 0, unit, normalized: true };
    negative = true;
    s = s.charCodeAt(1) === 32 ? s.slice(2) : s.slice(1);
  }
  let value = unsignedSv(s);
  // "1.044.493" is the shortest dot-grouped amount.
  if (Number.isNaN(value) && s.length >= 9 && DOT_GROUPED.test(s))
    value = Number(s.replace(DOTS, "").replace(",", "."));
  if (!Number.isFinite(value)) return NOT_OK;
  return { ok: true, value: negative && value !== 0 ? -value : value, unit, normalized: true };
}

function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += " " + digits.slice(i, i + 3);
  return out;
}

/**
 * "1 044 493 kr", "-4 920 kr", "1 250,5 tkr": Swedish grouping with plain spaces
 * (messages must stay plain text), at most two decimals.
 */
export function formatAmountSv(value: number, unit: AmountUnit): string {
  // Integers skip the cent rounding, which would lose precision near 2^53.
  const rounded = Number.isInteger(value) ? value : Math.round(value * 100) / 100;
  // toFixed switches to exponent notation from 1e21 on.
  if (!Number.isFinite(rounded) || Math.abs(rounded) >= 1e21) return `${value} ${unit}`;
  const abs = Math.abs(rounded);
  const [int, dec] = abs.toFixed(Number.isInteger(abs) ? 0 : 2).split(".");
  const decimals = dec === undefined ? "" : "," + (dec.endsWith("0") ? dec.slice(0, 1) : dec);
  return `${rounded < 0 ? "-" : ""}${groupThousands(int)}${decimals} ${unit}`;
}
