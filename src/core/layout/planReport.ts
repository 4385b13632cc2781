import type { WorkbookGrid } from "../grid";
import type { ParsedWorkbook } from "../readWorkbook";
import { prepareReport, type PreparedReport, type ReportOptions } from "../report/buildReport";
import { layoutReport, reportLabel, type LayoutOptions, type ReportLayout } from "./layoutReport";
import { planSheetNames, type ExistingSheet, type SheetNamePlan } from "./sheetNames";

/** Everything a host needs to write a report: it only reads the workbook before and writes this after. */
export interface ReportPlan {
  prepared: PreparedReport;
  /** The period as sheet and file names say it. */
  label: string;
  /** Which sheets get which names, which earlier report sheets are replaced, which user sheets are kept. */
  names: SheetNamePlan;
  /** The sheets to write; null when insatser conflict between files and nothing may be written. */
  layout: ReportLayout | null;
}

/**
 * The report steps every host follows (docs/architecture.md): count the period, name the sheets
 * beside the workbook's existing ones, lay them out. `source` is the grid or its parsed form.
 */
export function planReport(
  source: WorkbookGrid | ParsedWorkbook,
  grid: WorkbookGrid,
  existing: ExistingSheet[],
  options: ReportOptions & LayoutOptions,
): ReportPlan {
  const prepared = prepareReport(source, options);
  const label = reportLabel(prepared);
  const names = planSheetNames(label, existing);
  if (prepared.conflicts.length) return { prepared, label, names, layout: null };
  return {
    prepared,
    label,
    names,
    layout: layoutReport(prepared, grid, { ...options, names: names.names }),
  };
}
