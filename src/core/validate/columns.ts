import { a1, columnLetter } from "../grid";
import type { HeaderRow } from "../headerRow";
import type { IssueCollector } from "../issueCollector";
import { FIELD_HEADERS, type FieldKey } from "../register/fields";
import type { RegisterSheet } from "../register/types";

/** Columns the background tables need; their absence is worth knowing, not an error. */
const BACKGROUND: FieldKey[] = [
  "gender",
  "municipality",
  "referrer",
  "incomeBefore",
  "incomeAfter",
  "education",
  "yearsOnBenefits",
];

/**
 * Report columns missing from a register sheet. Each issue points at the first
 * free cell of the header row, where the column would be added.
 */
export function checkColumns(
  sheet: RegisterSheet,
  header: HeaderRow<FieldKey>,
  hasDefaultInsats: boolean,
  issues: IssueCollector,
): void {
  const c = sheet.columns;
  const free = lastHeaderColumn(sheet.headers) + 1;
  const at = { sheet: sheet.name, row: sheet.headerRow, col: free, column: columnLetter(free) };
  if (c.insats === undefined && !hasDefaultInsats)
    issues.add("REG-COLUMN-MISSING", at, null, issues.msg.insatsColumnMissing(sheet.name));
  if (c.end === undefined)
    issues.add(
      "REG-COLUMN-MISSING",
      at,
      null,
      issues.msg.columnMissing(FIELD_HEADERS.end.canonical, issues.msg.endMissingConsequence),
    );
  if (c.exitReason === undefined)
    issues.add(
      "REG-COLUMN-MISSING",
      at,
      null,
      issues.msg.columnMissing(
        FIELD_HEADERS.exitReason.canonical,
        issues.msg.reasonMissingConsequence,
      ),
    );
  const missing = BACKGROUND.filter((k) => c[k] === undefined).map(
    (k) => FIELD_HEADERS[k].canonical,
  );
  if (c.birthYear === undefined && c.age === undefined)
    missing.splice(1, 0, FIELD_HEADERS.birthYear.canonical);
  if (missing.length)
    issues.add("REG-COLUMNS-OPTIONAL", at, null, issues.msg.optionalColumnsMissing(missing));

  for (const [key, col] of header.duplicates) {
    const first = c[key]!;
    const h = sheet.headers[col] ?? columnLetter(col);
    issues.add(
      "REG-COLUMN-DUPLICATE",
      { sheet: sheet.name, row: sheet.headerRow, col, column: h },
      h,
      issues.msg.columnDuplicate(h, a1(sheet.headerRow, first)),
    );
  }
}

function lastHeaderColumn(headers: (string | null)[]): number {
  for (let i = headers.length - 1; i >= 0; i--) if (headers[i]) return i;
  return -1;
}
