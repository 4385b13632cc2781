import type { CellValue } from "../grid";

const ERRORS = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);
const SHORTEST = 4; // "#N/A"
const LONGEST = 13; // "#GETTING_DATA"

/** A spreadsheet error value as hosts hand it over ("#N/A"), ignoring case and surrounding space. */
export function isErrorValue(v: CellValue): v is string {
  if (typeof v !== "string" || v.length < SHORTEST) return false;
  // Nearly every cell fails on its first character, before any allocation.
  const c0 = v.charCodeAt(0);
  if (c0 !== 35 && c0 > 32 && c0 < 128) return false;
  const cl = v.charCodeAt(v.length - 1);
  const t = c0 === 35 && cl > 32 && cl < 128 ? v : v.trim();
  if (t.charCodeAt(0) !== 35) return false;
  if (t.length < SHORTEST || t.length > LONGEST) return false;
  return ERRORS.has(t.toUpperCase());
}
