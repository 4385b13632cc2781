import type { CellValue } from "../core/grid";
import type { Issue } from "../core/issue";
import type { SheetKind } from "../core/layout/sheetSpec";
import type { SheetMapping } from "../core/options";
import type { AmountUnit } from "../core/parse/amounts";
import type { FieldKey } from "../core/register/fields";
import type { RepairGroup } from "../core/repair/preview";
import type { ReportModel } from "../core/report/model";
import type { CategoryEdits, UnknownValue } from "../core/template/editCategories";

/** What the task pane shows of a workbook before anything is checked. */
export interface WorkbookOverview {
  fileNames: string[];
  registerSheets: RegisterSheetOverview[];
  rows: number;
  insatser: string[];
  /** The first budget table (kept for callers that read one); see budgetTables. */
  budget: { sheet: string; unit: AmountUnit } | null;
  /** Every budget table found, in workbook order: one per budget/utfall column pair. */
  budgetTables: BudgetTableOverview[];
  /** The sheet whose budget tables the report uses (the user's choice); null = automatic, by the period's year. */
  budgetSheet: string | null;
  categories: CategoryFieldOverview[];
  /** The last full calendar year before today: the default period. */
  defaultYear: number;
  /** The period last reported on for this workbook (inside Excel, kept in its settings); null when none. */
  savedPeriod: { from: string; to: string } | null;
  /** Inside Excel: the teams' registers copied into the workbook (Hämta teamens register). */
  teamSheets?: TeamSheetInfo[];
}

/** A team's register copied into the open workbook: where it came from (file name and dates only). */
export interface TeamSheetInfo {
  sheet: string;
  file: string;
  /** The file's last change (ISO date), when the browser gave it. */
  fileDate: string | null;
  /** The day it was copied in (ISO date). */
  imported: string;
  rows: number;
}

/** A team's file as the pane hands it over. */
export interface TeamFileInput {
  name: string;
  bytes: Uint8Array;
  /** The file's last change (ISO date), when known. */
  fileDate?: string | null;
}

export interface ImportResult {
  overview: WorkbookOverview;
  /** The sheets written by this import. */
  imported: TeamSheetInfo[];
  /** Files not copied: no register in them, or not readable (the reader's message says why). */
  skipped: { file: string; reason: "no-register" | "unreadable"; message?: string }[];
  /** Insatser found in two files with different rows (as the CLI reports them): the summary waits until resolved. */
  conflicts: { insats: string; files: [string, string] }[];
  /** Round trips to Excel that wrote the teams' sheets (reading the workbook before and after adds its own). */
  syncs: number;
}

export interface BudgetTableOverview {
  sheet: string;
  /** 1-based header row. */
  headerRow: number;
  /** The calendar year the table names; null when it names none. */
  year: number | null;
  unit: AmountUnit;
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
  /** Issue 13: the repairs the register can have, per rule (values masked); absent where none can be made. */
  repairs?: RepairPreview;
}

/** The repair of the register (issue 13), previewed per rule: count, first cells before → after. */
export interface RepairPreview {
  total: number;
  groups: RepairGroup[];
}

/** A repair made: the web page's repaired copy, or inside Excel the workbook read again. */
export interface RepairResult {
  repaired: number;
  /** The web page: the repaired copy to download (the original is never changed). */
  fileName: string | null;
  bytes: Uint8Array | null;
  /** Inside Excel: the workbook read again after the repair. */
  overview: WorkbookOverview | null;
}

export interface ReportRequest {
  period: { from: string; to: string };
  insatser: string[];
  sheets: SheetKind[];
  hideSmall: boolean;
  /**
   * Use only the budget tables on this sheet; null = automatic (the period's year).
   * Left out, the engine uses the choice last made with chooseBudget.
   */
  budgetSheet?: string | null;
}

export interface ReportResult {
  model: ReportModel;
  sheets: string[];
  renamed: [string, string][];
  fixes: number;
  /** Insatser whose Resultat figures were written as values, not formulas. */
  valueInsatser: string[];
  /** The report workbook (web page): the original plus the report sheets. */
  fileName: string | null;
  bytes: Uint8Array | null;
  /** The web page: the report sheets alone as values, without the register, for sharing. */
  reportOnlyFileName: string | null;
  reportOnlyBytes: Uint8Array | null;
  conflicts: { insats: string; files: [string, string] }[];
  /** Figures Excel calculated differently from the engine (inside Excel, read back after writing). */
  differences: { sheet: string; cell: string; engine: string | number; excel: string | number }[];
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

/** The register template as a file to download (the web page). */
export interface TemplateFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The template written into the open workbook (inside Excel). */
export interface TemplateSheets {
  register: string;
  kategorier: string;
  /** False when the workbook's own Kategorier sheet was kept (its lists are then in the validations). */
  kategorierWritten: boolean;
}

/** Drop-downs added to (or removed from) the register's mapped columns (inside Excel). */
export interface DropDowns {
  sheets: string[];
  /** Validations added or removed, one per column and sheet. */
  columns: number;
}

/** Categories saved from Inställningar. */
export interface CategoriesSaved {
  overview: WorkbookOverview;
  /** Inside Excel: the Kategorier sheet written; null in the web page (the session and the template download use the edits). */
  sheet: string | null;
  /** Inside Excel: the workbook's Kategorier sheet is the user's own, and the add-in never rewrites it. */
  refused: boolean;
  /** Register values the edited lists no longer know (masked as issues are). */
  unknown: UnknownValue[];
}

export type { CategoryEdits, UnknownValue };

/** The engine behind the task pane; the web page runs it in a worker, the add-in against Excel. */
export interface EngineApi {
  /** The web page: the files the user chose. */
  open(
    files: { name: string; bytes: Uint8Array }[],
    onProgress?: Progress,
  ): Promise<WorkbookOverview>;
  /** Inside Excel: (re)read the open workbook. */
  refresh?(onProgress?: Progress): Promise<WorkbookOverview>;
  remap(mapping: Mapping): Promise<WorkbookOverview>;
  /**
   * The budget tables to report on: a sheet's, or null for automatic (by the period's year).
   * Kept for the session; inside Excel also in the workbook's settings.
   */
  chooseBudget(sheet: string | null): Promise<WorkbookOverview>;
  check(): Promise<CheckResult>;
  report(request: ReportRequest, onProgress?: Progress): Promise<ReportResult>;
  /** Shows an issue's cell: a preview grid in the web page; inside Excel the cell is selected (null). */
  preview(sheet: string, row: number, col: number): Promise<RowPreview | null>;
  /** Inside Excel: marks the error cells in the sheets; returns how many. */
  highlight?(issues: Issue[]): Promise<number>;
  clearHighlights?(): Promise<void>;
  /** Inside Excel: copies the teams' registers into the open workbook as the add-in's own sheets. */
  importTeams?(files: TeamFileInput[], onProgress?: Progress): Promise<ImportResult>;
  // The register template and drop-downs (issue 13).
  /** The web page: a new register workbook, its lists from the open files' categories and insatser. */
  templateFile?(): Promise<TemplateFile>;
  /** Inside Excel: a template sheet and, unless the workbook has its own, a Kategorier sheet. */
  addTemplate?(): Promise<TemplateSheets>;
  /** Inside Excel: drop-downs and date/year checks on the register's mapped columns. */
  addDropDowns?(): Promise<DropDowns>;
  /** Inside Excel: removes the add-in's own validations from the register's columns, no others. */
  removeDropDowns?(): Promise<DropDowns>;
  /** The categories edited in Inställningar: the Kategorier sheet (Excel) or this session (web page). */
  saveCategories?(edits: CategoryEdits): Promise<CategoriesSaved>;
  // Issue 13, repairing the register:
  /** The web page: the repaired copy; inside Excel: writes the repairs (after the user confirmed). */
  repair?(): Promise<RepairResult>;
  /** Inside Excel: every repaired cell's previous value and number format back; the workbook read again. */
  undoRepair?(): Promise<WorkbookOverview>;
}
