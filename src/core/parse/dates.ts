import type { CellValue } from "../grid";
import { cleanText } from "./text";

/** Serial 61 is 1900-03-01 in Excel's 1900 system; earlier serials are distorted by its fake 1900-02-29. */
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2958465; // 9999-12-31
const DAY_MS = 86400000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

export type ParsedDate = { ok: true; serial: number; normalized: boolean } | { ok: false; reason: "unreadable" | "impossible" };

/** Excel serial of a calendar date, or null when the date does not exist (2025-02-31) or is out of range. */
export function ymdToSerial(y: number, m: number, d: number): number | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  const serial = Math.round((ms - EPOCH_MS) / DAY_MS);
  return serial < FIRST_SERIAL ? null : serial;
}

export function serialToYmd(serial: number): { y: number; m: number; d: number } {
  const t = new Date(EPOCH_MS + Math.floor(serial) * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function serialToIso(serial: number): string {
  const { y, m, d } = serialToYmd(serial);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

const ISO_STRICT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict YYYY-MM-DD → serial, null otherwise. */
export function isoToSerial(iso: string): number | null {
  const m = ISO_STRICT.exec(iso);
  return m ? ymdToSerial(+m[1], +m[2], +m[3]) : null;
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augusti: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const MONTH_NAME = /^(\d{1,2})(?::[ae])?\.?\s+([a-zåäö]+)\.?,?\s+(\d{4})$/;
const SERIAL_TEXT = /^\d{5}$/;

function fromParts(y: number, m: number, d: number): ParsedDate {
  const serial = ymdToSerial(y, m, d);
  return serial === null ? { ok: false, reason: "impossible" } : { ok: true, serial, normalized: true };
}

/**
 * A date as people type it: an Excel serial, or text in ISO, Swedish day-first
 * or month-name form. Impossible dates are reported as such, never rolled over.
 * Null for a blank cell.
 */
export function parseDate(v: CellValue): ParsedDate | null {
  if (v === null) return null;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, reason: "unreadable" };
    const serial = Math.floor(v);
    if (serial < 1 || serial > LAST_SERIAL) return { ok: false, reason: "impossible" };
    return { ok: true, serial, normalized: false };
  }
  if (typeof v !== "string") return { ok: false, reason: "unreadable" };
  const s = cleanText(v);
  if (s === "") return null;
  if (s.length > 40) return { ok: false, reason: "unreadable" };

  let m = YEAR_FIRST.exec(s) ?? COMPACT.exec(s);
  if (m) return fromParts(+m[1], +m[2], +m[3]);
  if ((m = DAY_FIRST.exec(s))) {
    const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    return fromParts(y, +m[2], +m[1]);
  }
  if ((m = MONTH_NAME.exec(s.toLowerCase()))) {
    const month = MONTHS[m[2]];
    return month ? fromParts(+m[3], month, +m[1]) : { ok: false, reason: "unreadable" };
  }
  if (SERIAL_TEXT.test(s)) {
    const serial = +s;
    return serial >= FIRST_SERIAL && serial <= LAST_SERIAL ? { ok: true, serial, normalized: true } : { ok: false, reason: "impossible" };
  }
  return { ok: false, reason: "unreadable" };
}
