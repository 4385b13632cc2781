import type { CellValue } from "../grid";

const ERRORS = new Set([
  "#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!",
  "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
]);

/** A spreadsheet error value as hosts hand it over ("#N/A"). */
export function isErrorValue(v: CellValue): boolean {
  if (typeof v !== "string") return false;
  const t = v.trim();
  return t.charCodeAt(0) === 35 && t.length <= 14 && ERRORS.has(t.toUpperCase());
}
