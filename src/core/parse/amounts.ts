import type { CellValue } from "../grid";
import { cleanText } from "./text";

export type AmountUnit = "kr" | "tkr";
export type ParsedAmount = { ok: true; value: number; unit: AmountUnit | null; normalized: boolean } | { ok: false };

const UNIT_SUFFIX = /\s*(tkr\.?|tusen kronor|kr\.?|kronor|sek|:-)$/i;
const DASHES = new Set(["-", "\u2013", "\u2014", "\u2212"]);
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+(?:[,.]\d+)?$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/;
const PLAIN = /^\d+(?:[,.]\d+)?$/;

/**
 * An amount as an ekonom types it: "1 044 493 kr", "- 4 920 kr", "- kr" (zero),
 * "(4 920)", "1 250 tkr", "4 920:-". The value is in the cell's own unit.
 * Null for a blank cell.
 */
export function parseAmount(v: CellValue): ParsedAmount | null {
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? { ok: true, value: v, unit: null, normalized: false } : { ok: false };
  if (typeof v !== "string") return { ok: false };
  let s = cleanText(v);
  if (s === "") return null;

  let unit: AmountUnit | null = null;
  const u = UNIT_SUFFIX.exec(s);
  if (u) {
    unit = u[1].toLowerCase().startsWith("t") ? "tkr" : "kr";
    s = s.slice(0, u.index).trim();
  }
  // Accounting zero: "- kr", "–".
  if (DASHES.has(s) || (s === "" && unit === null)) return s === "" ? { ok: false } : { ok: true, value: 0, unit, normalized: true };
  if (s === "") return { ok: false };

  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (DASHES.has(s[0])) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  let digits: string;
  if (DOT_GROUPED.test(s)) digits = s.replace(/\./g, "").replace(",", ".");
  else if (SPACE_GROUPED.test(s) || PLAIN.test(s)) digits = s.replace(/ /g, "").replace(",", ".");
  else return { ok: false };
  const value = Number(digits);
  if (!Number.isFinite(value)) return { ok: false };
  return { ok: true, value: negative ? -value : value, unit, normalized: true };
}

/** "1 044 493 kr", "-4 920 kr", "1 250,5 tkr": Swedish grouping with plain spaces. */
export function formatAmountSv(value: number, unit: AmountUnit): string {
  const rounded = Math.round(value * 100) / 100;
  const [int, dec] = Math.abs(rounded).toFixed(Number.isInteger(rounded) ? 0 : 2).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${rounded < 0 ? "-" : ""}${grouped}${dec ? "," + dec.replace(/0$/, "") : ""} ${unit}`;
}
