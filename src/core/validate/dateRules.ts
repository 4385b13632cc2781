import type { IssueCollector } from "../issueCollector";
import { serialToIso } from "../parse/dates";
import type { RegisterCells } from "../register/cellRef";
import type { RegisterRow } from "../register/types";

/** Enrolments dated after today are usually a mistyped year. */
export function checkFutureStarts(
  rows: RegisterRow[],
  today: number,
  cells: RegisterCells,
  issues: IssueCollector,
): void {
  for (const row of rows)
    if (row.start !== null && row.start > today)
      issues.add(
        "REG-START-FUTURE",
        cells.ref(row, "start"),
        row.start,
        issues.msg.startFuture(serialToIso(row.start)),
      );
}
