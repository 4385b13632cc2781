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
  // By insats, then id; a list only once an id repeats (most ids appear once).
  // Values: the index of the id's first row, or its rows once it repeats.
  const byInsats = new Map<string, Map<string, number | RegisterRow[]>>();
  const insatsKeys = new Map<string, string>();
  const repeated: { first: number; group: RegisterRow[] }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.id === null || row.insats === null) continue;
    let insatsKey = insatsKeys.get(row.insats);
    if (insatsKey === undefined) insatsKeys.set(row.insats, (insatsKey = normalizeKey(row.insats)));
    let ids = byInsats.get(insatsKey);
    if (!ids) byInsats.set(insatsKey, (ids = new Map()));
    const id = row.id.toLowerCase();
    const g = ids.get(id);
    if (g === undefined) ids.set(id, i);
    else if (Array.isArray(g)) g.push(row);
    else {
      const group = [rows[g], row];
      ids.set(id, group);
      repeated.push({ first: g, group });
    }
  }
  // In the order of each id's first row, as the issues were always listed.
  repeated.sort((a, b) => a.first - b.first);
  for (const { group } of repeated) {
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
