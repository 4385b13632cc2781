import type { IssueCollector } from "../issueCollector";
import { normalizeKey } from "../parse/text";
import type { RegisterCells } from "../register/cellRef";
import type { RegisterRow } from "../register/types";

/**
 * The same participant twice in one insats with overlapping periods. A
 * re-enrolment after an exit is a new, legitimate row.
 */
export function checkDuplicateIds(
  rows: RegisterRow[],
  cells: RegisterCells,
  issues: IssueCollector,
): void {
  const groups = new Map<string, RegisterRow[]>();
  for (const row of rows) {
    if (row.id === null || row.insats === null) continue;
    const key = normalizeKey(row.insats) + "\u0000" + row.id.toLowerCase();
    const g = groups.get(key);
    if (g) g.push(row);
    else groups.set(key, [row]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Unknown start dates sort first and overlap everything: the row is a duplicate either way.
    const sorted = [...group].sort(
      (a, b) => (a.start ?? -Infinity) - (b.start ?? -Infinity) || a.row - b.row,
    );
    let open = sorted[0];
    for (let i = 1; i < sorted.length; i++) {
      const row = sorted[i];
      const openEnd = open.end ?? Infinity;
      if (row.start === null || open.start === null || row.start <= openEnd) {
        issues.add(
          "REG-ID-DUPLICATE",
          cells.ref(row, "id"),
          row.id,
          issues.msg.idDuplicate(row.id!, row.insats!, open.row + 1) + sheetNote(open, row, issues),
        );
        if ((row.end ?? Infinity) > openEnd) open = row;
      } else open = row;
    }
  }
}

function sheetNote(first: RegisterRow, dup: RegisterRow, issues: IssueCollector): string {
  return first.sheet === dup.sheet ? "" : issues.msg.idDuplicateOtherSheet(first.sheet);
}
