import type { IssueCollector } from "../issueCollector";
import { serialToIso } from "../parse/dates";
import type { RegisterCells } from "../register/cellRef";
import type { RegisterRow } from "../register/types";

/** An exit needs both its date and its reason, and cannot come before the enrolment. */
export function checkExits(
  rows: RegisterRow[],
  cells: RegisterCells,
  issues: IssueCollector,
): void {
  for (const row of rows) {
    const hasEndColumn = cells.has(row, "end");
    const hasReasonColumn = cells.has(row, "exitReason");
    if (row.hasExitReason && !row.hasEnd && hasEndColumn)
      issues.add("REG-EXIT-NO-DATE", cells.ref(row, "end"), null, issues.msg.exitNoDate());
    if (row.hasEnd && !row.hasExitReason && hasReasonColumn)
      issues.add(
        "REG-EXIT-NO-REASON",
        cells.ref(row, "exitReason"),
        null,
        issues.msg.exitNoReason(),
      );
    if (row.start !== null && row.end !== null && row.end < row.start) {
      const at = cells.ref(row, "end");
      issues.add(
        "REG-DATE-ORDER",
        at,
        row.end,
        issues.msg.dateOrder(serialToIso(row.end), serialToIso(row.start)),
      );
    }
  }
}
