import { a1, type CellValue } from "./grid";
import type { Issue } from "./issue";
import { RULES, type RuleCode } from "./messages/rules";

/** Where an issue points: a 0-based row/column on a sheet, and the column's name. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
  column: string;
}

/** Collects issues; severity comes from the rule, so a rule cannot be raised at two levels. */
export class IssueCollector {
  readonly issues: Issue[] = [];

  add(code: RuleCode, at: CellRef, value: CellValue, message: string, suggestion: string | null = null): void {
    this.issues.push({
      code,
      severity: RULES[code].severity,
      sheet: at.sheet,
      cell: a1(at.row, at.col),
      row: at.row + 1,
      column: at.column,
      value,
      message,
      suggestion,
    });
  }
}
