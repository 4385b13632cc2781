import type { RegisterRow } from "../register/types";
import type { ExcludedRow, ExclusionReason } from "./model";

/**
 * Why a row cannot be counted in any figure, or null when it can: a row needs
 * an insats and a readable enrolment date, and an exit (if any) that is
 * readable and not before the enrolment.
 */
export function exclusionReason(row: RegisterRow): ExclusionReason | null {
  if (row.insats === null) return "no-insats";
  if (row.start === null) return "no-start";
  if (row.hasEnd && row.end === null) return "unreadable-end";
  if (row.end !== null && row.end < row.start) return "exit-before-start";
  return null;
}

export function splitCountable(rows: RegisterRow[]): {
  counted: RegisterRow[];
  excluded: (ExcludedRow & { source: RegisterRow })[];
} {
  const counted: RegisterRow[] = [];
  const excluded: (ExcludedRow & { source: RegisterRow })[] = [];
  for (const row of rows) {
    const reason = exclusionReason(row);
    if (reason) excluded.push({ sheet: row.sheet, row: row.row + 1, reason, source: row });
    else counted.push(row);
  }
  return { counted, excluded };
}
