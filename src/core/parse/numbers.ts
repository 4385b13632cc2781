import type { CellValue } from "../grid";
import { cleanText } from "./text";

export type ParsedNumber = { ok: true; value: number; normalized: boolean } | { ok: false };

/** Digits with space-grouped thousands and an optional decimal comma or point: "1 985", "-12,5". */
const NUMBER_TEXT = /^[-\u2212]?\s?(\d{1,3}(?: \d{3})+|\d+)(?:[,.](\d+))?$/;

/** A number as typed: numbers as they are, text with spaces, decimal comma or a Unicode minus. Null for blank. */
export function parseNumber(v: CellValue): ParsedNumber | null {
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? { ok: true, value: v, normalized: false } : { ok: false };
  if (typeof v !== "string") return { ok: false };
  const s = cleanText(v);
  if (s === "") return null;
  const m = NUMBER_TEXT.exec(s);
  if (!m) return { ok: false };
  const negative = s[0] === "-" || s[0] === "\u2212";
  const value = Number(m[1].replace(/ /g, "") + (m[2] ? "." + m[2] : ""));
  return { ok: true, value: negative ? -value : value, normalized: true };
}

/** Like parseNumber, but a number with decimals is not ok. */
export function parseWholeNumber(v: CellValue): ParsedNumber | null {
  const n = parseNumber(v);
  if (n && n.ok && !Number.isInteger(n.value)) return { ok: false };
  return n;
}
