import { a1, type CellValue } from "../grid";
import { personalKey } from "../issueCollector";
import { maskValue } from "../privacy/mask";
import { REPAIR_RULES, type Repair, type RepairRule } from "./types";

/** How many cells each rule shows in the preview. */
export const PREVIEW_CELLS = 5;

export interface RepairExample {
  sheet: string;
  /** A1 address. */
  cell: string;
  before: CellValue;
  after: CellValue;
}

/** One rule of the preview: how many cells it repairs and the first of them, masked. */
export interface RepairGroup {
  rule: RepairRule;
  count: number;
  examples: RepairExample[];
}

/**
 * The repairs per rule, in rule order; values in personal columns (names, ids) pass the one
 * masking rule, since the preview is shown and may end up in screenshots.
 */
export function previewRepairs(
  repairs: readonly Repair[],
  personalColumns: ReadonlySet<string>,
  first = PREVIEW_CELLS,
): RepairGroup[] {
  const groups: RepairGroup[] = [];
  for (const rule of REPAIR_RULES) {
    const mine = repairs.filter((r) => r.rule === rule);
    if (!mine.length) continue;
    groups.push({
      rule,
      count: mine.length,
      examples: mine.slice(0, first).map((r) => {
        const personal = personalColumns.has(personalKey(r.sheet, r.col));
        return {
          sheet: r.sheet,
          cell: a1(r.row, r.col),
          before: maskValue(r.before, personal),
          after: maskValue(r.after, personal),
        };
      }),
    });
  }
  return groups;
}
