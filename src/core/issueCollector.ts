import { a1, type CellValue } from "./grid";
import type { Issue } from "./issue";
import { messagesFor } from "./messages/catalogue";
import { RULES, type RuleCode } from "./messages/rules";
import type { Messages } from "./messages/sv";
import { maskText, maskValue } from "./privacy/mask";

/** Where an issue points: a 0-based row/column on a sheet, and the column's name. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
  column: string;
  /** The cell is the column's header: its text is the user's header, not a person's value. */
  isHeader?: boolean;
}

/** A register column that holds people's names or ids: values that look like names are masked there. */
export const personalKey = (sheet: string, col: number) => `${sheet}\u0000${col}`;

/**
 * Collects issues; severity comes from the rule, so a rule cannot be raised at two levels.
 * Every issue passes the one masking rule here, the only way issues are made: its value,
 * message, suggestion and column name never carry a personnummer or a name.
 * It carries the chosen language's message catalogue (`msg`): rules write their messages from it.
 */
export class IssueCollector {
  readonly issues: Issue[] = [];
  /** personalKey(sheet, col) of register columns with names or ids, known once headers are found. */
  readonly personalColumns = new Set<string>();

  constructor(readonly msg: Messages = messagesFor()) {}

  add(
    code: RuleCode,
    at: CellRef,
    value: CellValue,
    message: string,
    suggestion: string | null = null,
  ): void {
    const masked = maskValue(
      value,
      !at.isHeader && this.personalColumns.has(personalKey(at.sheet, at.col)),
    );
    this.issues.push({
      code,
      severity: RULES[code].severity,
      sheet: at.sheet,
      cell: a1(at.row, at.col),
      row: at.row + 1,
      column: maskText(at.column, null, null),
      value: masked,
      message: maskText(message, value, masked),
      suggestion: suggestion === null ? null : maskText(suggestion, value, masked),
    });
  }
}
