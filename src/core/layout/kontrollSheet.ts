import { a1, type CellValue } from "../grid";
import { countBySeverity } from "../issue";
import { personalKey } from "../issueCollector";
import { maskValue } from "../privacy/mask";
import type { PreparedReport } from "../report/buildReport";
import { quoteSheet, str } from "./formulaText";
import { SheetBuilder } from "./sheetBuilder";
import type { CopyFix, SheetSpec } from "./sheetSpec";
import { layoutText as T } from "./text.sv";

/** A link that takes the user to a cell: HYPERLINK("#'Deltagare'!F14","Deltagare!F14"). */
function link(sheet: string, cell: string): { value: string; formula: string } {
  const text = `${sheet}!${cell}`;
  return {
    value: text,
    formula: `HYPERLINK(${str(`#${quoteSheet(sheet)}!${cell}`)},${str(text)})`,
  };
}

const shown = (v: CellValue) => (v === null ? "" : typeof v === "boolean" ? String(v) : v);

/** The validation issues, rows left out and cells rewritten in the copy, each linking to its cell. */
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
  if (issues.length) {
    b.table("Problem", row++, 0, T.kontrollColumns, issues.length);
    for (const i of issues) {
      const l = link(i.sheet, i.cell);
      b.put(row, 0, T.severity[i.severity], { style: i.severity === "error" ? "warn" : undefined });
      b.put(row, 1, l.value, { formula: l.formula, style: "link" });
      b.put(row, 2, i.code);
      b.put(row, 3, i.column);
      b.put(row, 4, shown(i.value));
      b.put(row, 5, i.message);
      b.put(row++, 6, i.suggestion ?? "");
    }
    row++;
  }
  if (p.excluded.length) {
    b.put(row++, 0, T.excludedHeading, { style: "subtitle" });
    b.table("Utanfor", row++, 0, T.excludedColumns, p.excluded.length);
    for (const e of p.excluded) {
      const l = link(e.sheet, `A${e.row}`);
      b.put(row, 0, l.value, { formula: l.formula, style: "link" });
      b.put(row++, 1, T.exclusionReason[e.reason]);
    }
    row++;
  }
  if (fixes.length) {
    b.put(row++, 0, T.fixesHeading, { style: "subtitle" });
    b.table("Omskrivna", row++, 0, T.fixesColumns, fixes.length);
    for (const f of fixes) {
      const l = link(f.sheet, a1(f.row, f.col));
      b.put(row, 0, l.value, { formula: l.formula, style: "link" });
      b.put(
        row,
        1,
        shown(maskValue(f.original, p.parsed.personalColumns.has(personalKey(f.sheet, f.col)))),
      );
      b.put(row++, 2, f.value ?? "", f.numFmt ? { numFmt: f.numFmt } : {});
    }
  }
  return b.build({ rows: 4, cols: 0 });
}
