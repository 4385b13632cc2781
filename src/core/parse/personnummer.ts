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

/** A 10- or 12-digit string without separator. */
function validDigits(digits: string): boolean {
  if (digits.length === 10) return validTen(digits, 0);
  const century = digit(digits, 0) * 10 + digit(digits, 1);
  return (century === 18 || century === 19 || century === 20) && validTen(digits, 2);
}

/**
 * A Swedish personnummer or samordningsnummer: YYMMDDNNNC or YYYYMMDDNNNC, optionally
 * with "-" or "+" before the last four digits, as text or as a number.
 */
export function looksLikePersonnummer(v: CellValue): boolean {
  if (typeof v === "number") {
    // A number keeps 10 or 12 digits only when it does not start with 0.
    if (!Number.isInteger(v) || !((v >= 1e9 && v < 1e10) || (v >= 1e11 && v < 1e12))) return false;
    return validDigits(String(v));
  }
  if (typeof v !== "string" || v.length < 10) return false;
  // Most cells fail here, before any allocation.
  const c0 = v.charCodeAt(0);
  const cl = v.charCodeAt(v.length - 1);
  if ((!isDigit(c0) && c0 > 32 && c0 < 128) || (!isDigit(cl) && cl > 32 && cl < 128)) return false;
  const s = isDigit(c0) && isDigit(cl) ? v : v.trim();
  const n = s.length;
  if (n < 10 || n > 13) return false;
  const sep = s.charCodeAt(n - 5);
  const hasSep = sep === 45 || sep === 43; // - or +
  if (hasSep ? n !== 11 && n !== 13 : n !== 10 && n !== 12) return false;
  for (let i = 0; i < n; i++) if (!isDigit(s.charCodeAt(i)) && !(hasSep && i === n - 5)) return false;
  return validDigits(hasSep ? s.slice(0, n - 5) + s.slice(n - 4) : s);
}

const EMBEDDED = /(?<![\d-])(\d{6}|\d{8})[-+]?(\d{4})(?![\d-])/g;

/** Whether a longer text ("Pnr 19811218-9876, ring tisdag") holds a personnummer somewhere. */
export function containsPersonnummer(text: string): boolean {
  if (text.length < 10) return false;
  EMBEDDED.lastIndex = 0;
  for (let m = EMBEDDED.exec(text); m; m = EMBEDDED.exec(text)) if (validDigits(m[1] + m[2])) return true;
  return false;
}
