import type { Issue } from "../../core/issue";
import type { AmountUnit } from "../../core/parse/amounts";
import { formatAmountSv } from "../../core/parse/amounts";
import { unitInText } from "../../core/budget/headers";
import { serialToIso } from "../../core/parse/dates";
import type { RuleCode } from "../../core/messages/rules";

/** Thousands separator as in the sheets' "# ##0", but one that never breaks a figure across lines. */
export const THIN = "\u202F";
/** Between a figure and its unit ("1 284 000 kr", "42 %"): no line break either. */
export const NBSP = "\u00A0";

/** "1 284 000": whole numbers grouped in threes (negative with "-", as Excel shows them). */
export function formatCount(n: number): string {
  const digits = Math.abs(Math.round(n)).toString();
  return (n < 0 && Math.round(n) !== 0 ? "-" : "") + digits.replace(/\B(?=(\d{3})+(?!\d))/g, THIN);
}

/** "1 284 000 kr", "241 tkr", "1 250,5 tkr": the core's Swedish amount with non-breaking spaces. */
export function formatAmount(value: number, unit: AmountUnit): string {
  return formatAmountSv(value, unit)
    .replace(/ (?=\d)/g, THIN)
    .replace(/ (?=t?kr$)/, NBSP);
}

/** "42 %" for 0.42 (as the sheets' "0 %"); "–" when there is no share. */
export function formatShare(share: number | null): string {
  return share === null || !Number.isFinite(share) ? "–" : `${Math.round(share * 100)}${NBSP}%`;
}

/** Rules whose cell is an amount in its table's unit. */
const AMOUNT_RULES = new Set<string>([
  "BUDGET-DIFF",
  "BUDGET-TOTAL",
  "BUDGET-SUBTOTAL",
  "BUDGET-ACTUAL-CONFLICT",
  "COST-TABLE-COST",
  "COST-TABLE-DIVISION",
] satisfies RuleCode[]);
/** Rules whose cell is a date: a number there is Excel's date serial. */
const DATE_RULES = new Set<string>([
  "REG-START-FUTURE",
  "REG-DATE-ORDER",
  "REG-DATE-IMPLAUSIBLE",
] satisfies RuleCode[]);

type UnitTable = { sheet: string; headerRow: number; unit: AmountUnit };

/**
 * The unit of an amount cell: its column header's own ("Utfall (tkr)"), else that of the nearest
 * budget table above it on its sheet, else kronor (what the checker assumes too).
 */
export function amountUnit(issue: Pick<Issue, "sheet" | "row" | "column">, tables: UnitTable[]) {
  const own = unitInText(issue.column);
  if (own) return own;
  const above = tables
    .filter((t) => t.sheet === issue.sheet && t.headerRow < issue.row)
    .sort((a, b) => b.headerRow - a.headerRow)[0];
  return above?.unit ?? "kr";
}

/** An issue's cell value as the pane shows it: amounts with their unit, dates as yyyy-mm-dd. */
export function formatIssueValue(
  issue: Pick<Issue, "code" | "sheet" | "row" | "column" | "value">,
  tables: UnitTable[],
): string {
  const v = issue.value;
  if (typeof v === "number" && Number.isFinite(v)) {
    if (AMOUNT_RULES.has(issue.code)) return formatAmount(v, amountUnit(issue, tables));
    if (DATE_RULES.has(issue.code) && v > 0) return serialToIso(v);
  }
  return v === null ? "" : String(v);
}
