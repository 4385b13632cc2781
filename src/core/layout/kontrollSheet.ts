import { a1, columnLetter, type CellValue } from "../grid";
import { countBySeverity, type Issue } from "../issue";
import { personalKey } from "../issueCollector";
import { ruleTitle } from "../messages/catalogue";
import { isInfoCode, ruleMeaning } from "../messages/meanings";
import { RULES, type RuleCode } from "../messages/rules";
import { maskText, maskValue } from "../privacy/mask";
import type { PreparedReport } from "../report/buildReport";
import { groupCells } from "./kontroll/cellGroups";
import { COL, KONTROLL_WIDTHS } from "./kontroll/columns";
import { link } from "./kontroll/links";
import { groupRows, problemRows } from "./kontroll/sections";
import { SheetBuilder } from "./sheetBuilder";
import type { CopyFix, FixKind, SheetSpec } from "./sheetSpec";
import { layoutText as T } from "./text.sv";

/** Up to this many rewritten cells are listed one by one; more are told one row per kind. */
export const FIXES_LISTED = 10;

const shown = (v: CellValue) => (v === null ? "" : typeof v === "boolean" ? String(v) : v);
const title = (code: string) => (code in RULES ? ruleTitle(code as RuleCode) : code);

/**
 * What a person reads before using the figures: errors, then warnings, one row each with a
 * link to the cell; then one row per info rule (count, first cells, what it means); then the
 * rows left out and the cells rewritten in the copy. Every cell's detail stays in the JSON and the pane.
 */
export function kontrollSheet(
  p: PreparedReport,
  fixes: CopyFix[],
  name: string,
  heading: string,
  tablePrefix: string,
): SheetSpec {
  const b = new SheetBuilder("kontroll", name, tablePrefix);
  const issues = p.model.issues;
  const c = countBySeverity(issues);
  b.put(0, 0, T.kontrollTitle(heading), { style: "title" });
  b.put(1, 0, issues.length ? T.kontrollSummary(c.error, c.warning, c.info) : T.noIssues, {
    style: "subtitle",
  });
  let row = 3;
  if (c.error + c.warning) {
    b.put(row++, 0, T.problemsHeading, { style: "subtitle" });
    row = problemRows(b, row, issues, title) + 1;
  }
  const info = issues.filter((i) => i.severity === "info");
  if (info.length) {
    b.put(row++, 0, T.infoHeading, { style: "subtitle" });
    const groups = groupCells(info, (i) => i.code, placed);
    row =
      groupRows(b, row, { key: "Info", columns: T.infoColumns }, groups, (code) => ({
        title: title(code),
        meaning: isInfoCode(code) ? ruleMeaning(code) : "",
      })) + 1;
  }
  if (p.excluded.length) {
    b.put(row++, 0, T.excludedHeading, { style: "subtitle" });
    b.table("Utanfor", row++, COL.cell, T.excludedColumns, p.excluded.length);
    for (const e of p.excluded) {
      const l = link(e.sheet, `A${e.row}`);
      b.put(row, COL.cell, l.value, { formula: l.formula, style: "link", wrap: true });
      b.put(row++, COL.cell + 1, T.exclusionReason[e.reason], { wrap: true });
    }
    row++;
  }
  if (fixes.length) {
    b.put(row++, 0, T.fixesHeading, { style: "subtitle" });
    if (fixes.length > FIXES_LISTED) {
      const column = fixColumnName(p);
      const groups = groupCells(
        fixes,
        (f) => f.kind ?? "value",
        (f) => ({ sheet: f.sheet, cell: a1(f.row, f.col), column: column(f) }),
      );
      groupRows(
        b,
        row,
        { key: "Omskrivna", columns: T.fixKindColumns },
        groups,
        (k: FixKind) => T.fixKinds[k],
      );
    } else fixRows(b, row, p, fixes);
  }
  return b.build({ rows: 2, cols: 0 }, [...KONTROLL_WIDTHS]);
}

const placed = (i: Issue) => ({ sheet: i.sheet, cell: i.cell, column: i.column });

/** Each rewritten cell: its link, what it held (masked) and what the copy holds. */
function fixRows(b: SheetBuilder, row: number, p: PreparedReport, fixes: CopyFix[]): void {
  b.table("Omskrivna", row++, COL.cell, T.fixesColumns, fixes.length);
  for (const f of fixes) {
    const l = link(f.sheet, a1(f.row, f.col));
    const personal = p.parsed.personalColumns.has(personalKey(f.sheet, f.col));
    b.put(row, COL.cell, l.value, { formula: l.formula, style: "link", wrap: true });
    b.put(row, COL.cell + 1, shown(maskValue(f.original, personal)), { wrap: true });
    b.put(row++, COL.cell + 2, f.value ?? "", f.numFmt ? { numFmt: f.numFmt } : {});
  }
}

/** A rewritten cell's column as the user named it: the register's or budget table's header, else its letter. */
function fixColumnName(p: PreparedReport): (f: CopyFix) => string {
  const headers = new Map<string, (string | null)[]>();
  for (const t of p.budget.tables) headers.set(t.sheet, t.headers);
  for (const s of p.parsed.register.sheets) headers.set(s.name, s.headers);
  return (f) => {
    const h = headers.get(f.sheet)?.[f.col];
    return h ? maskText(h, null, null) : columnLetter(f.col);
  };
}
