import type { BudgetTable } from "../budget/types";
import type { BudgetReport } from "../report/model";
import { NOT_COMPUTABLE, orDash } from "./display";
import { absCell, relCell } from "./formulaText";
import { SheetBuilder } from "./sheetBuilder";
import { FORMATS, type SheetSpec } from "./sheetSpec";
import { layoutText as T } from "./text.sv";

/** A kronor amount in the table's own unit, as the sheet shows it. */
export function inUnit(kr: number | null, unit: "kr" | "tkr"): number | null {
  return kr === null ? null : unit === "tkr" ? kr / 1000 : kr;
}

/** Budget mot utfall: formulas over the budget table's cells (the copy holds them as plain numbers). */
export function budgetSheet(table: BudgetTable, report: BudgetReport, name: string, heading: string, tablePrefix: string, unfixedCells: Set<string> = new Set()): SheetSpec {
  const b = new SheetBuilder("budget", name, tablePrefix);
  const unit = report.unit;
  const fmt = unit === "tkr" ? FORMATS.tkr : FORMATS.kr;
  b.put(0, 0, T.budgetTitle(heading), { style: "title" });
  b.put(1, 0, T.budgetSource(table.sheet, unit), { style: "subtitle" });
  const head = 3;
  b.table("Budget", head, 0, T.budgetColumns, report.rows.length + 1);
  const src = (r: number, k: "budget" | "actual") => absCell(r, table.columns[k]!, table.sheet);
  // A cell typed as text ("1 250 tkr") that cannot be rewritten is copied as its value.
  const readable = (r: number, k: "budget" | "actual") => !unfixedCells.has(`${table.sheet}\u0000${r}\u0000${table.columns[k]}`);

  report.rows.forEach((r, i) => {
    const row = head + 1 + i;
    const srcRow = table.rows[i].row;
    const B = relCell(row, 1);
    const C = relCell(row, 2);
    b.put(row, 0, r.insats, { style: "label" });
    b.put(row, 1, orDash(inUnit(r.budget, unit)), { numFmt: fmt, formula: r.budget === null || !readable(srcRow, "budget") ? undefined : src(srcRow, "budget") });
    b.put(row, 2, orDash(inUnit(r.actual, unit)), { numFmt: fmt, formula: r.actual === null || !readable(srcRow, "actual") ? undefined : src(srcRow, "actual") });
    const both = r.budget !== null && r.actual !== null;
    b.put(row, 3, orDash(inUnit(r.deviation, unit)), { numFmt: fmt, formula: both ? `${B}-${C}` : undefined });
    b.put(row, 4, orDash(r.usedShare), { numFmt: FORMATS.share, formula: both ? `IF(${B}=0,"${NOT_COMPUTABLE}",${C}/${B})` : undefined });
    const over = both && r.actual! > r.budget!;
    b.put(row, 5, over ? T.overBudget : "", { style: over ? "warn" : undefined, formula: both ? `IF(${C}>${B},"${T.overBudget}","")` : undefined });
  });

  const totalRow = head + 1 + report.rows.length;
  const first = head + 1;
  const last = totalRow - 1;
  const sum = (c: number) => (report.rows.length ? `SUM(${relCell(first, c)}:${relCell(last, c)})` : undefined);
  const t = report.total;
  const both = t.budget !== null && t.actual !== null;
  b.put(totalRow, 0, T.total, { style: "total" });
  b.put(totalRow, 1, orDash(inUnit(t.budget, unit)), { numFmt: fmt, style: "total", formula: t.budget === null ? undefined : sum(1) });
  b.put(totalRow, 2, orDash(inUnit(t.actual, unit)), { numFmt: fmt, style: "total", formula: t.actual === null ? undefined : sum(2) });
  b.put(totalRow, 3, orDash(inUnit(t.deviation, unit)), { numFmt: fmt, style: "total", formula: both ? `${relCell(totalRow, 1)}-${relCell(totalRow, 2)}` : undefined });
  b.put(totalRow, 4, orDash(t.usedShare), {
    numFmt: FORMATS.share,
    style: "total",
    formula: both ? `IF(${relCell(totalRow, 1)}=0,"${NOT_COMPUTABLE}",${relCell(totalRow, 2)}/${relCell(totalRow, 1)})` : undefined,
  });
  const over = both && t.actual! > t.budget!;
  b.put(totalRow, 5, over ? T.overBudget : "", { style: "total", formula: both ? `IF(${relCell(totalRow, 2)}>${relCell(totalRow, 1)},"${T.overBudget}","")` : undefined });
  b.put(totalRow + 2, 0, T.notComputableNote, { style: "note" });
  return b.build({ rows: head + 1, cols: 1 });
}
