/** The library: the pure core, usable from any host. */
export type { CellValue, SheetGrid, WorkbookGrid } from "./core/grid";
export type { Issue, Severity } from "./core/issue";
export { countBySeverity } from "./core/issue";
export type { ReadOptions, SheetMapping } from "./core/options";
export { RULES, type RuleCode } from "./core/messages/rules";
export { readWorkbook, type ParsedWorkbook } from "./core/readWorkbook";
export {
  validateWorkbook,
  type ValidationResult,
  type RegisterSummary,
  type BudgetSummary,
} from "./core/validateWorkbook";
export {
  buildReport,
  prepareReport,
  type PreparedReport,
  type ReportOptions,
} from "./core/report/buildReport";
export type { ReportModel, InsatsReport, BudgetReport, CostRow } from "./core/report/model";
export { layoutReport, type LayoutOptions, type ReportLayout } from "./core/layout/layoutReport";
export type { SheetSpec, SpecCell, SpecTable, ChartSpec, CopyFix } from "./core/layout/sheetSpec";
