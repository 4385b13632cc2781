import ExcelJS from "exceljs";

import type { SheetGrid, WorkbookGrid } from "../../core/grid";
import { layoutReport, reportLabel, type LayoutOptions } from "../../core/layout/layoutReport";
import { planSheetNames, type SheetNamePlan } from "../../core/layout/sheetNames";
import { prepareReport, type PreparedReport, type ReportOptions } from "../../core/report/buildReport";
import { openXlsx, sheetsOf, workbookToGrid } from "./readXlsx";
import { applyReport, reportOnlyWorkbook } from "./writeReport";

export interface ReportSource {
  name: string;
  bytes: Uint8Array;
}

export interface CombinedSources {
  grid: WorkbookGrid;
  /** The first file's workbook with the other files' sheets copied in: what the report is written into. */
  workbook: ExcelJS.Workbook;
  sheetFiles: Record<string, string>;
}

const MAX_SHEET_NAME = 31;

const stem = (file: string) => file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");

function freeName(wanted: string, file: string, taken: Set<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  const tag = ` (${stem(file)})`;
  let name = wanted.slice(0, Math.max(1, MAX_SHEET_NAME - tag.length)) + tag.slice(0, MAX_SHEET_NAME - 1);
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted.slice(0, MAX_SHEET_NAME - 5)} (${i})`;
  return name;
}

/** Copies a sheet's cells (values and number formats) into another workbook. */
function copySheet(from: ExcelJS.Worksheet, to: ExcelJS.Workbook, name: string): void {
  const ws = to.addWorksheet(name);
  from.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const target = ws.getCell(r, c);
      target.value = cell.value;
      if (cell.numFmt) target.numFmt = cell.numFmt;
    });
  });
  from.columns?.forEach((col, i) => {
    if (col.width) ws.getColumn(i + 1).width = col.width;
  });
}

/** Several teams' files as one workbook: sheets keep their names where they can, else get the file's name added. */
export async function combineSources(sources: ReportSource[]): Promise<CombinedSources> {
  const sheets: SheetGrid[] = [];
  const sheetFiles: Record<string, string> = {};
  let workbook: ExcelJS.Workbook | null = null;
  const taken = new Set<string>();
  for (const src of sources) {
    const loaded = await openXlsx(src.bytes, src.name);
    const grid = workbookToGrid(loaded);
    if (!workbook) {
      workbook = loaded;
      for (const s of grid.sheets) {
        sheets.push(s);
        sheetFiles[s.name] = src.name;
        taken.add(s.name.toLowerCase());
      }
      continue;
    }
    const other = loaded;
    for (const s of grid.sheets) {
      const name = freeName(s.name, src.name, taken);
      taken.add(name.toLowerCase());
      sheets.push({ ...s, name });
      sheetFiles[name] = src.name;
      const ws = other.getWorksheet(s.name);
      if (ws) copySheet(ws, workbook, name);
    }
  }
  return { grid: { sheets }, workbook: workbook!, sheetFiles };
}

/** The report's file name beside its source: "register.xlsx" → "register-rapport-2024.xlsx". */
export function reportFileName(sourceName: string, label: string): string {
  return `${sourceName.replace(/\.xlsx$/i, "")}-rapport-${label}.xlsx`;
}

export interface BuiltReport {
  prepared: PreparedReport;
  /** The period as sheet and file names say it (reportLabel). */
  label: string;
  plan: SheetNamePlan;
  sheets: string[];
  fixes: number;
  valueInsatser: string[];
  /** The report workbook's bytes; null when conflicts stopped it. */
  bytes: Uint8Array | null;
  /** The report sheets alone as values, without the register (when asked for); null otherwise. */
  reportOnlyBytes: Uint8Array | null;
}

export interface BuildOptions extends ReportOptions, LayoutOptions {
  /** Write only the report-only workbook (the CLI's --endast-rapport). */
  reportOnly?: boolean;
  /** Write the report-only workbook as well (the web page offers both downloads). */
  withReportOnly?: boolean;
}

/** "register.xlsx" → "register-rapport-2024-endast-rapport.xlsx": the shareable report beside the full copy. */
export function reportOnlyFileName(sourceName: string, label: string): string {
  return reportFileName(sourceName, label).replace(/\.xlsx$/, "-endast-rapport.xlsx");
}

/** Builds the report workbook in memory from one or more source files (browser and Node alike). */
export async function buildReportWorkbook(sources: ReportSource[], options: BuildOptions): Promise<BuiltReport> {
  const combined = await combineSources(sources);
  const prepared = prepareReport(combined.grid, { ...options, sheetFiles: sources.length > 1 ? combined.sheetFiles : undefined });
  const label = reportLabel(prepared);
  // The report alone is a new workbook: nothing of the source's to keep clear of.
  const plan = planSheetNames(label, options.reportOnly ? [] : sheetsOf(combined.workbook));
  const none = { prepared, label, plan, sheets: [], fixes: 0, valueInsatser: [], bytes: null, reportOnlyBytes: null };
  if (prepared.conflicts.length) return none;
  const layout = layoutReport(prepared, combined.grid, { ...options, names: plan.names });
  const result = { ...none, sheets: layout.sheets.map((s) => s.name), fixes: layout.fixes.length, valueInsatser: layout.valueInsatser };
  const reportOnly = options.reportOnly || options.withReportOnly ? new Uint8Array(await reportOnlyWorkbook(layout.sheets, label).xlsx.writeBuffer()) : null;
  if (options.reportOnly) return { ...result, fixes: 0, bytes: reportOnly, reportOnlyBytes: reportOnly };
  applyReport(combined.workbook, layout.sheets, layout.fixes, plan.replace, label);
  const bytes = new Uint8Array(await combined.workbook.xlsx.writeBuffer());
  return { ...result, bytes, reportOnlyBytes: reportOnly };
}
