import { columnLetter } from "../grid";

/** A sheet name as formulas quote it: 'Deltagare 2024' (quotes doubled inside). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A string literal in a formula: "Arbete" (quotes doubled inside). */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export function absRange(sheet: string, col: number, fromRow: number, toRow: number): string {
  const c = columnLetter(col);
  return `${quoteSheet(sheet)}!$${c}$${fromRow + 1}:$${c}$${toRow + 1}`;
}

export function absCell(row: number, col: number, sheet?: string): string {
  const ref = `$${columnLetter(col)}$${row + 1}`;
  return sheet ? `${quoteSheet(sheet)}!${ref}` : ref;
}

export function relCell(row: number, col: number, sheet?: string): string {
  const ref = `${columnLetter(col)}${row + 1}`;
  return sheet ? `${quoteSheet(sheet)}!${ref}` : ref;
}

/**
 * A COUNTIFS criterion that matches exactly this text: wildcards escaped with ~,
 * and a leading "=" so that labels starting with < or > are not read as operators.
 */
export function textCriterion(label: string): string {
  return str("=" + label.replace(/[~*?]/g, (ch) => "~" + ch));
}

/** A COUNTIFS criterion that matches every cell but this text (blank cells included). */
export function notTextCriterion(label: string): string {
  return str("<>" + label.replace(/[~*?]/g, (ch) => "~" + ch));
}

/** Criterion for cells that start with, end with or contain the text (wildcards around an escaped label). */
export function patternCriterion(before: string, label: string, after: string): string {
  return str("=" + before + label.replace(/[~*?]/g, (ch) => "~" + ch) + after);
}

/** Excel's limit is 8 192 characters; longer formulas are written as values. */
export const MAX_FORMULA_LENGTH = 8000;
