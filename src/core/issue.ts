import { parseA1, type CellValue } from "./grid";

export type Severity = "error" | "warning" | "info";

/** One problem found in the workbook, pointing at a real cell (docs/report-json.md). */
export interface Issue {
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address, e.g. "F14". */
  cell: string;
  /** 1-based spreadsheet row. */
  row: number;
  /** The column's header text where there is one, otherwise its letter. */
  column: string;
  value: CellValue;
  /** Swedish: what is wrong and what to do. */
  message: string;
  suggestion: string | null;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Issues in workbook order: by sheet (as given), then row, then column letters. */
export function sortIssues(issues: Issue[], sheetOrder: string[]): Issue[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i] as const));
  const colKey = (cell: string) => parseA1(cell)?.col ?? -1;
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        (sheetIndex.get(a.issue.sheet) ?? 1e9) - (sheetIndex.get(b.issue.sheet) ?? 1e9) ||
        a.issue.row - b.issue.row ||
        colKey(a.issue.cell) - colKey(b.issue.cell) ||
        ORDER[a.issue.severity] - ORDER[b.issue.severity] ||
        a.i - b.i,
    )
    .map((x) => x.issue);
}

export function countBySeverity(issues: Issue[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) c[i.severity]++;
  return c;
}

/** Issues grouped by rule (in the order rules first appear), errors first, then warnings, then info. */
export function groupByRule(issues: Iterable<Issue>): [string, Issue[]][] {
  const groups = new Map<string, Issue[]>();
  for (const i of issues) {
    const group = groups.get(i.code);
    if (group) group.push(i);
    else groups.set(i.code, [i]);
  }
  return [...groups.entries()].sort(([, a], [, b]) => ORDER[a[0].severity] - ORDER[b[0].severity]);
}
