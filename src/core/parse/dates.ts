import type { CellValue } from "../grid";
import { cleanText, firstVisibleChar } from "./text";

/**
 * Excel's 1900 date system. From serial 61 (1900-03-01) on, a serial is the number
 * of days since 1899-12-30. Below that Excel counts a fake 1900-02-29 (serial 60),
 * so earlier calendar dates are treated as impossible.
 */
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2958465; // 9999-12-31
/** Days from 1970-01-01 back to 1899-12-30, Excel's day 0. */
const EPOCH_OFFSET = 25569;

export type ParsedDate =
  | { ok: true; serial: number; normalized: boolean }
  | { ok: false; reason: "unreadable" | "impossible" };

const UNREADABLE: ParsedDate = Object.freeze({ ok: false, reason: "unreadable" });
const IMPOSSIBLE: ParsedDate = Object.freeze({ ok: false, reason: "impossible" });

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Plain arithmetic instead of Date objects (proleptic Gregorian, H. Hinnant's algorithms).
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Excel serial of a calendar date; null when the date does not exist (2025-02-31) or lies outside 1900-03-01..9999-12-31. */
export function ymdToSerial(y: number, m: number, d: number): number | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  if (y === 1900 && m < 3) return null;
  return daysFromCivil(y, m, d) + EPOCH_OFFSET;
}

/**
 * Calendar date of a serial (a time fraction is dropped). Serials below 61 are
 * shown the way Excel shows them: 1 = 1900-01-01 and 60 = its fake 1900-02-29.
 */
export function serialToYmd(serial: number): { y: number; m: number; d: number } {
  const s = Math.floor(serial);
  if (s >= FIRST_SERIAL) return civilFromDays(s - EPOCH_OFFSET);
  if (s === 60) return { y: 1900, m: 2, d: 29 };
  return civilFromDays(s - EPOCH_OFFSET + 1);
}

function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/** "2024-03-05". */
export function serialToIso(serial: number): string {
  const { y, m, d } = serialToYmd(serial);
  const ys = y >= 0 && y < 1000 ? String(y).padStart(4, "0") : String(y);
  return `${ys}-${pad2(m)}-${pad2(d)}`;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Value of s[from..to) when it is all ASCII digits, else -1. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** Strict YYYY-MM-DD → serial; null for any other shape or an impossible date. */
export function isoToSerial(iso: string): number | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const y = digitsAt(iso, 0, 4);
  const m = digitsAt(iso, 5, 7);
  const d = digitsAt(iso, 8, 10);
  return y < 0 || m < 0 || d < 0 ? null : ymdToSerial(y, m, d);
}

/** Swedish month names, January first, as dates are written out ("5 mars 2024"). */
export const MONTH_NAMES = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
] as const;

const MONTHS = new Map<string, number>([
  ["januari", 1],
  ["jan", 1],
  ["februari", 2],
  ["feb", 2],
  ["mars", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["maj", 5],
  ["juni", 6],
  ["jun", 6],
  ["juli", 7],
  ["jul", 7],
  ["augusti", 8],
  ["aug", 8],
  ["september", 9],
  ["sept", 9],
  ["sep", 9],
  ["oktober", 10],
  ["okt", 10],
  ["november", 11],
  ["nov", 11],
  ["december", 12],
  ["dec", 12],
]);

// cleanText has already folded white space to single plain spaces.
const TIME = "(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?";
/** 2024-03-05, 2024-3-5, 2024/03/05, 2024.03.05, with an optional time; one separator throughout. */
const YEAR_FIRST = new RegExp(`^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${TIME}$`);
/** 5/3/2024, 05.03.2024, 5-3-2024; two-digit years only with / or . (see parseDate). */
const DAY_FIRST = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})${TIME}$`);
/** 5 mars 2024, 05 sept. 2024, 1:a maj 2024, 5:e mars 2024 (matched on lower case). */
const MONTH_NAME = /^(\d{1,2})(?::[ae])?\.? ([a-z]+)\.?,? (\d{4})$/;

function fromParts(y: number, m: number, d: number): ParsedDate {
  const serial = ymdToSerial(y, m, d);
  return serial === null ? IMPOSSIBLE : { ok: true, serial, normalized: true };
}

/** Date parts plus an optional matched time (groups 5–7): a time like 25:00 makes the whole value impossible. */
function withTime(y: number, m: number, d: number, match: RegExpExecArray): ParsedDate {
  if (
    match[5] !== undefined &&
    (+match[5] > 23 || +match[6] > 59 || (match[7] !== undefined && +match[7] > 59))
  )
    return IMPOSSIBLE;
  return fromParts(y, m, d);
}

function fromSerial(serial: number, normalized: boolean): ParsedDate {
  return serial >= 1 && serial <= LAST_SERIAL ? { ok: true, serial, normalized } : IMPOSSIBLE;
}

/**
 * A date as people type it: an Excel serial (number, or five digits as text), or text
 * in ISO, compact (20240305), Swedish day-first or Swedish month-name form.
 * Impossible dates (2025-02-31) are reported as such, never rolled over.
 * Null for a blank cell.
 */
export function parseDate(v: CellValue): ParsedDate | null {
  if (v === null) return null;
  if (typeof v === "number") {
    if (Number.isNaN(v)) return UNREADABLE;
    return fromSerial(Math.floor(v), false);
  }
  if (typeof v !== "string") return UNREADABLE;
  // Every accepted form starts with a digit and is short: reject the rest before cleaning.
  const c0 = firstVisibleChar(v);
  if (c0 < 0) return null;
  if (!isDigit(c0)) return UNREADABLE;
  const s = cleanText(v);
  const n = s.length;
  if (n < 5 || n > 40) return UNREADABLE;

  if (n === 5 || n === 8) {
    const all = digitsAt(s, 0, n);
    if (all >= 0)
      return n === 5
        ? fromSerial(all, true)
        : fromParts(Math.floor(all / 10000), Math.floor(all / 100) % 100, all % 100);
  }

  // The first characters tell which one pattern can match.
  let m: RegExpExecArray | null;
  if (digitsAt(s, 0, 4) >= 0) {
    m = YEAR_FIRST.exec(s);
    return m ? withTime(+m[1], +m[3], +m[4], m) : UNREADABLE;
  }
  const sep = isDigit(s.charCodeAt(1)) ? s.charCodeAt(2) : s.charCodeAt(1);
  if ((sep === 45 || sep === 46 || sep === 47) && (m = DAY_FIRST.exec(s))) {
    // Two-digit years always mean 20yy; "24-03-05" is left unread because in Sweden it
    // is as likely to be year-month-day as day-month-year.
    if (m[4].length === 2)
      return m[2] === "-" ? UNREADABLE : withTime(2000 + +m[4], +m[3], +m[1], m);
    return withTime(+m[4], +m[3], +m[1], m);
  }
  if ((sep === 32 || sep === 46 || sep === 58) && (m = MONTH_NAME.exec(s.toLowerCase()))) {
    const month = MONTHS.get(m[2]);
    return month === undefined ? UNREADABLE : fromParts(+m[3], month, +m[1]);
  }
  return UNREADABLE;
}
