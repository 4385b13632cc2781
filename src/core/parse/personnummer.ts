import type { CellValue } from "../grid";

const SHAPE = /^(\d{6}|\d{8})[-+]?(\d{4})$/;

function luhnOk(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = tenDigits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Checks a 10- or 12-digit string (no separators) for a plausible date and a valid check digit. */
function validDigits(digits: string): boolean {
  if (digits.length === 12) {
    const century = digits.slice(0, 2);
    if (century !== "18" && century !== "19" && century !== "20") return false;
    digits = digits.slice(2);
  }
  const month = +digits.slice(2, 4);
  const day = +digits.slice(4, 6);
  // Samordningsnummer add 60 to the day.
  const dayOk = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
  return month >= 1 && month <= 12 && dayOk && luhnOk(digits);
}

/** A Swedish personnummer or samordningsnummer, 10 or 12 digits, with or without dash. */
export function looksLikePersonnummer(v: CellValue): boolean {
  let s: string;
  if (typeof v === "number") {
    if (!Number.isInteger(v) || v < 1e9 || v >= 1e12) return false;
    s = String(v);
  } else if (typeof v === "string") {
    if (v.length < 10 || v.length > 17) return false;
    s = v.trim();
    if (s.length < 10 || s.length > 13) return false;
  } else return false;
  const m = SHAPE.exec(s);
  return m !== null && validDigits(m[1] + m[2]);
}

const EMBEDDED = /(?<![\d-])(\d{6}|\d{8})[-+]?(\d{4})(?![\d-])/g;

/** Whether a longer text ("Pnr 19811218-9876, ring tisdag") holds a personnummer somewhere. */
export function containsPersonnummer(text: string): boolean {
  if (text.length < 10) return false;
  EMBEDDED.lastIndex = 0;
  for (let m = EMBEDDED.exec(text); m; m = EMBEDDED.exec(text)) if (validDigits(m[1] + m[2])) return true;
  return false;
}
