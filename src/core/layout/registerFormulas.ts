import type { FieldKey } from "../register/fields";
import type { RegisterSheet } from "../register/types";
import { absRange, str, textCriterion } from "./formulaText";

/** Rows below the last participant that formulas still cover, so that rows added later are counted. */
export const RANGE_MARGIN = 500;

/** One register sheet's part of an insats: COUNTIFS over its columns, with the insats as criterion where the sheet has an Insats column. */
export interface Term {
  sheet: RegisterSheet;
  /** The insats criterion; null when the whole sheet is one insats (no Insats column). */
  insats: string | null;
}

export type Condition = [field: FieldKey, criterion: string];
/** Conditions that must all hold; a figure is a sum over alternatives (COUNTIFS cannot say "or"). */
export type Alternative = Condition[];

const BLANK = str("");

function range(sheet: RegisterSheet, field: FieldKey, lastRow: number): string | null {
  const col = sheet.columns[field];
  return col === undefined ? null : absRange(sheet.name, col, sheet.headerRow + 1, lastRow);
}

function lastRowOf(sheet: RegisterSheet): number {
  return Math.max(sheet.lastRow, sheet.headerRow + 1) + RANGE_MARGIN;
}

/** A condition a blank cell meets: "blank", or "anything but this text" ("<>Ingen"). */
function holdsForBlank(criterion: string): boolean {
  return criterion === BLANK || (criterion.startsWith('"<>') && criterion !== str("<>"));
}

/**
 * The argument list of one COUNTIFS/SUMIFS for a term and an alternative, or null when the
 * alternative cannot hold on that sheet (it asks for a value in a column the sheet lacks).
 * A condition a blank cell meets holds on a missing column too, and is dropped.
 */
function criteria(term: Term, alt: Alternative): string[] | null {
  const last = lastRowOf(term.sheet);
  const args: string[] = [];
  if (term.insats !== null)
    args.push(range(term.sheet, "insats", last)!, textCriterion(term.insats));
  for (const [field, criterion] of alt) {
    const r = range(term.sheet, field, last);
    if (r === null) {
      if (holdsForBlank(criterion)) continue;
      return null;
    }
    args.push(r, criterion);
  }
  return args;
}

/** Σ over terms and alternatives of COUNTIFS; "0" when nothing can match. */
export function countExpr(terms: Term[], alts: Alternative[]): string {
  const parts: string[] = [];
  for (const term of terms)
    for (const alt of alts) {
      const args = criteria(term, alt);
      if (args) parts.push(`COUNTIFS(${args.join(",")})`);
    }
  return parts.length === 0 ? "0" : parts.join("+");
}

/** Σ over terms and alternatives of SUMIFS of a date column (for durations) or of birth years (mean age). */
export function sumExpr(
  field: "start" | "end" | "birthYear",
  terms: Term[],
  alts: Alternative[],
): string {
  const parts: string[] = [];
  for (const term of terms) {
    const sumRange = range(term.sheet, field, lastRowOf(term.sheet));
    if (sumRange === null) continue;
    for (const alt of alts) {
      const args = criteria(term, alt);
      if (args) parts.push(`SUMIFS(${sumRange},${args.join(",")})`);
    }
  }
  return parts.length === 0 ? "0" : parts.join("+");
}

/** Every combination of two sets of alternatives (an "and" of two "or"s). */
export function combine(a: Alternative[], b: Alternative[]): Alternative[] {
  return a.flatMap((x) => b.map((y) => [...x, ...y]));
}

/** The period conditions of docs/domain.md, over the cells that hold the period's first and last day. */
export type PeriodAlternatives = ReturnType<typeof periodAlternatives>;

export function periodAlternatives(fromCell: string, toCell: string) {
  const S = fromCell;
  const E = toCell;
  const c = (field: FieldKey, op: string, cell: string): Condition => [field, `${str(op)}&${cell}`];
  return {
    /** Enrolled at some time in the period. */
    participants: [
      [c("start", "<=", E), c("end", ">=", S)],
      [c("start", "<=", E), ["end", BLANK] as Condition],
    ] as Alternative[],
    new: [[c("start", ">=", S), c("start", "<=", E)]] as Alternative[],
    carriedOver: [
      [c("start", "<", S), c("end", ">=", S)],
      [c("start", "<", S), ["end", BLANK] as Condition],
    ] as Alternative[],
    exited: [[c("start", "<=", E), c("end", ">=", S), c("end", "<=", E)]] as Alternative[],
    ongoing: [
      [c("start", "<=", E), c("end", ">", E)],
      [c("start", "<=", E), ["end", BLANK] as Condition],
    ] as Alternative[],
  };
}
