import type { CellValue } from "../../core/grid";
import type { Issue } from "../../core/issue";
import type { SheetKind } from "../../core/layout/sheetSpec";
import type { SheetMapping } from "../../core/options";
import type { FieldKey } from "../../core/register/fields";
import type { ReportModel } from "../../core/report/model";

/** What the task pane shows of a workbook before anything is checked. */
export interface WorkbookOverview {
  fileNames: string[];
  registerSheets: RegisterSheetOverview[];
  rows: number;
  insatser: string[];
  budget: { sheet: string; unit: "kr" | "tkr" } | null;
  categories: CategoryFieldOverview[];
  /** The last full calendar year before today: the default period. */
  defaultYear: number;
}

export interface RegisterSheetOverview {
  name: string;
  headerRow: number;
  rows: number;
  /** The columns of the header row, for the mapping dropdowns. */
  columns: { letter: string; header: string }[];
  /** The column letter each field was mapped to (guessed or chosen). */
  mapping: Partial<Record<FieldKey, string>>;
}

export interface CategoryFieldOverview {
  field: string;
  source: "default" | "Kategorier";
  categories: { label: string; green: boolean; synonyms: string[] }[];
}

export interface CheckResult {
  issues: Issue[];
  counts: { error: number; warning: number; info: number };
}

export interface ReportRequest {
  period: { from: string; to: string };
  insatser: string[];
  sheets: SheetKind[];
  hideSmall: boolean;
}

export interface ReportResult {
  model: ReportModel;
  sheets: string[];
  renamed: [string, string][];
  fixes: number;
  /** The report workbook (web page): the original plus the report sheets. */
  fileName: string | null;
  bytes: Uint8Array | null;
  conflicts: { insats: string; files: [string, string] }[];
}

export interface RowPreview {
  sheet: string;
  headers: string[];
  /** 1-based spreadsheet row numbers and their cells, the issue's row in the middle. */
  rows: { row: number; cells: CellValue[] }[];
  focusRow: number;
  focusCol: number;
}

/** A step of long work, as an i18n key, and how far it has come (0–1). */
export type Progress = (step: ProgressStep, fraction: number) => void;
export type ProgressStep = "reading" | "checking" | "counting" | "writing";

export type Mapping = Record<string, SheetMapping>;

/** The engine behind the task pane; the web page runs it in a worker, the add-in against Excel. */
export interface EngineApi {
  open(files: { name: string; bytes: Uint8Array }[], onProgress?: Progress): Promise<WorkbookOverview>;
  remap(mapping: Mapping): Promise<WorkbookOverview>;
  check(): Promise<CheckResult>;
  report(request: ReportRequest, onProgress?: Progress): Promise<ReportResult>;
  preview(sheet: string, row: number, col: number): Promise<RowPreview>;
}
