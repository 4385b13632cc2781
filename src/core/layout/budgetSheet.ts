import type { PreparedReport } from "../report/buildReport";
import type { UsedBudgetRow } from "../report/budgetChoice";
import type { BudgetReportRow } from "../report/model";
import { budgetCellFormula, inUnit, type UnfixedCells } from "./budgetSource";
import { NOT_COMPUTABLE, orDash } from "./display";
import { relCell } from "./formulaText";
import { SheetBuilder } from "./sheetBuilder";
import { FORMATS, type CellStyle, type SheetSpec } from "./sheetSpec";
import { layoutText as T } from "./text.sv";

/**
 * Budget mot utfall: formulas over the used tables' cells (costs positive, in the report's
 * unit), deviation and used share computed here. Without a budget for the period the sheet
 * says why instead.
 */
export function budgetSheet(
  p: PreparedReport,
  name: string,
  heading: string,
  tablePrefix: string,
  unfixed: UnfixedCells = new Set(),
): SheetSpec {
  const b = new SheetBuilder("budget", name, tablePrefix);
  const report = p.model.budget;
  const choice = p.budget;
  b.put(0, 0, T.budgetTitle(heading), { style: "title" });
  if (!report) {
    b.put(1, 0, p.model.budgetStatus.message ?? T.noBudget, { style: "warn" });
    return b.build({ rows: 2, cols: 0 });
  }
  const unit = report.unit;
  const fmt = unit === "tkr" ? FORMATS.tkr : FORMATS.kr;
  b.put(1, 0, T.budgetSource(choice.tables, unit, choice.year), { style: "subtitle" });
  if (p.model.budgetStatus.message) b.put(2, 0, p.model.budgetStatus.message, { style: "warn" });
  const head = 4;
  b.table("Budget", head, 0, T.budgetColumns, report.rows.length + 1);

  /** One row of figures: the table's cells by formula, deviation and used share over them. */
  const figures = (
    row: number,
    r: BudgetReportRow,
    source: UsedBudgetRow | null,
    style?: CellStyle,
    sums?: [number, number],
  ) => {
    const B = relCell(row, 1);
    const C = relCell(row, 2);
    const sum = (c: number) =>
      sums ? `SUM(${relCell(sums[0], c)}:${relCell(sums[1], c)})` : undefined;
    b.put(row, 0, r.insats, { style: style ?? "label" });
    b.put(row, 1, orDash(inUnit(r.budget, unit)), {
      numFmt: fmt,
      style,
      formula:
        r.budget === null
          ? undefined
          : source
            ? budgetCellFormula(source, "budget", unit, unfixed)
            : sum(1),
    });
    b.put(row, 2, orDash(inUnit(r.actual, unit)), {
      numFmt: fmt,
      style,
      formula:
        r.actual === null
          ? undefined
          : source
            ? budgetCellFormula(source, "actual", unit, unfixed)
            : sum(2),
    });
    const both = r.budget !== null && r.actual !== null;
    b.put(row, 3, orDash(inUnit(r.deviation, unit)), {
      numFmt: fmt,
      style,
      formula: both ? `${B}-${C}` : undefined,
    });
    b.put(row, 4, orDash(r.usedShare), {
      numFmt: FORMATS.share,
      style,
      formula: both ? `IF(${B}=0,"${NOT_COMPUTABLE}",${C}/${B})` : undefined,
    });
    const over = both && r.actual! > r.budget!;
    b.put(row, 5, over ? T.overBudget : "", {
      style: over ? "warn" : style,
      formula: both ? `IF(${C}>${B},"${T.overBudget}","")` : undefined,
    });
  };

  report.rows.forEach((r, i) => figures(head + 1 + i, r, choice.rows[i]));
  const totalRow = head + 1 + report.rows.length;
  figures(
    totalRow,
    { insats: T.total, ...report.total },
    null,
    "total",
    report.rows.length ? [head + 1, totalRow - 1] : undefined,
  );

  let row = totalRow + 2;
  if (report.otherRows.length) {
    // Styrelse, kansli: in the table's own total, not insatser; shown so the sheet reconciles with it.
    b.put(row++, 0, T.otherRowsHeading, { style: "subtitle" });
    b.table("Ovriga", row++, 0, T.budgetColumns, report.otherRows.length);
    report.otherRows.forEach((r, i) => figures(row + i, r, choice.otherRows[i]));
    row += report.otherRows.length + 1;
  }
  b.put(row, 0, T.notComputableNote, { style: "note" });
  return b.build({ rows: head + 1, cols: 1 });
}
