import { columnLetter, type CellValue, type WorkbookGrid } from "../../src/core/grid";
import { layoutReport, reportLabel } from "../../src/core/layout/layoutReport";
import { planSheetNames } from "../../src/core/layout/sheetNames";
import { prepareReport } from "../../src/core/report/buildReport";

export interface AgreeingOptions {
  period: { from: string; to: string };
  /** As the engine takes it; by default the current date, as in the task pane. */
  today?: string;
  /** The workbook's sheets before generating (by default the grid's, none made by the add-in). */
  existing?: { name: string; marker: string | null }[];
  /** The budget sheet the report uses (the pane's choice); automatic by default. */
  budgetSheet?: string;
}

/**
 * What a correct Excel calculates for the report's formulas, by "Sheet!A1": the engine's
 * figures, which the LibreOffice suite proves the formulas equal.
 */
export function agreeingFigures(grid: WorkbookGrid, o: AgreeingOptions): Record<string, CellValue> {
  const prepared = prepareReport(grid, {
    period: o.period,
    today: o.today,
    budgetSheet: o.budgetSheet,
  });
  const plan = planSheetNames(
    reportLabel(prepared),
    o.existing ?? grid.sheets.map((s) => ({ name: s.name, marker: null })),
  );
  const layout = layoutReport(prepared, grid, { names: plan.names, canRewriteSource: false });
  const figures: Record<string, CellValue> = {};
  for (const s of layout.sheets)
    for (const c of s.cells)
      if (c.formula) figures[`${s.name}!${columnLetter(c.col)}${c.row + 1}`] = c.value;
  return figures;
}
