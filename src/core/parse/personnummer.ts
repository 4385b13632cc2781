import type { CellValue } from "../grid";

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Digit at position i of s (a char code already known to be 0–9). */
function digit(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/**
 * Whether the 10 digits YYMMDDNNNC starting at `from` have a plausible month and day
 * (samordningsnummer add 60 to the day) and pass the Luhn check.
 */
function validTen(s: string, from: number): boolean {
  const month = digit(s, from + 2) * 10 + digit(s, from + 3);
  const day = digit(s, from + 4) * 10 + digit(s, from + 5);
  if (month < 1 || month > 12) return false;
  if (!((day >= 1 && day <= 31) || (day >= 61 && day <= 91))) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = digit(s, from + i);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Year, month and day of YYMMDD (samordningsnummer: day + 60) at `from` are a plausible date. */
function plausibleDate(s: string, from: number): boolean {
  const month = digit(s, from + 2) * 10 + digit(s, from + 3);
  const day = digit(s, from + 4) * 10 + digit(s, from + 5);
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

/** A 10- or 12-digit string without separator. */
function validDigits(digits: string): boolean {
  if (digits.length === 10) return validTen(digits, 0);
  const century = digit(digits, 0) * 10 + digit(digits, 1);
  return (century === 18 || century === 19 || century === 20) && validTen(digits, 2);
}

/** The date part (6 or 8 digits) names a plausible birth date. */
function plausibleDatePart(date: string): boolean {
  if (date.length === 6) return plausibleDate(date, 0);
  const century = digit(date, 0) * 10 + digit(date, 1);
  return (century === 18 || century === 19 || century === 20) && plausibleDate(date, 2);
}

/**
 * How a value is a personnummer (or samordningsnummer, or reserve T-number):
 * - "valid": it passes the check digit, or is a T-number (whose check cannot be computed);
 * - "check-digit": a plausible birth date and four more characters, but the check digit is
 *   wrong — a mistyped personnummer still identifies someone;
 * - null: not one.
 * Forms: YYMMDD and YYYYMMDD, then "-", "+", a space or a dash (en dash, as word processors
 * write it) or nothing, then four digits or a letter and three digits; 10- and 12-digit
 * numbers, and 9-digit numbers of people born 2000–2009 stored as numbers (the leading
 * zero lost) when their check digit is right.
 */
export function personnummerForm(v: CellValue): "valid" | "check-digit" | null {
  if (typeof v === "number") {
    if (!Number.isInteger(v) || v < 1e8) return null;
    if (v < 1e9) return validDigits("0" + String(v)) ? "valid" : null;
    if (v < 1e10 || (v >= 1e11 && v < 1e12)) {
      const s = String(v);
      if (validDigits(s)) return "valid";
      return null;
    }
    return null;
  }
  if (typeof v !== "string" || v.length < 10) return null;
  // Most cells fail here, before any allocation.
  const c0 = v.charCodeAt(0);
  if (!isDigit(c0) && c0 > 32 && c0 < 128) return null;
  const m = WHOLE.exec(v.trim());
  return m ? formOf(m[1], m[2]) : null;
}

/** A Swedish personnummer with a valid check digit (or a T-number), in any of the forms above. */
export function looksLikePersonnummer(v: CellValue): boolean {
  return personnummerForm(v) === "valid";
}

// Separators people and word processors put before the last four: - + space, en/em dash, minus sign.
const WHOLE = /^(\d{6}|\d{8})[-+ \u2010\u2011\u2013\u2014\u2212]?([A-Za-z]\d{3}|\d{4})$/;
const EMBEDDED =
  /(?<![\dA-Za-z-])(\d{6}|\d{8})[-+ \u2010\u2011\u2013\u2014\u2212]?([A-Za-z]\d{3}|\d{4})(?![\dA-Za-z])/g;

function formOf(date: string, last: string): "valid" | "check-digit" | null {
  if (!plausibleDatePart(date)) return null;
  if (!isDigit(last.charCodeAt(0))) return "valid"; // T-number: the letter stands where a digit would
  return validDigits(date + last) ? "valid" : "check-digit";
}

/** The strongest personnummer form inside a longer text ("Pnr 19811218-9876, ring tisdag"). */
export function personnummerFormIn(text: string): "valid" | "check-digit" | null {
  if (text.length < 10) return null;
  let best: "valid" | "check-digit" | null = null;
  EMBEDDED.lastIndex = 0;
  for (let m = EMBEDDED.exec(text); m; m = EMBEDDED.exec(text)) {
    const f = formOf(m[1], m[2]);
    if (f === "valid") return f;
    best ??= f;
  }
  return best;
}

/** Whether a longer text holds a valid personnummer somewhere. */
export function containsPersonnummer(text: string): boolean {
  return personnummerFormIn(text) === "valid";
}

/** The text with every personnummer-like part (any check digit) replaced by `mask`. */
export function replacePersonnummer(text: string, mask: string): string {
  if (text.length < 10) return text;
  EMBEDDED.lastIndex = 0;
  return text.replace(EMBEDDED, (whole, date: string, last: string) =>
    formOf(date, last) ? mask : whole,
  );
}

/** A personnummer of any form and check digit, as the whole value or inside its text. */
export function holdsPersonnummer(v: CellValue): boolean {
  return personnummerForm(v) !== null || (typeof v === "string" && personnummerFormIn(v) !== null);
}
