import ExcelJS from "exceljs";

import type { LayoutOptions } from "../../core/layout/layoutReport";
import { planReport } from "../../core/layout/planReport";
import type { SheetNamePlan } from "../../core/layout/sheetNames";
import type { PreparedReport, ReportOptions } from "../../core/report/buildReport";
import { loadExcelJs, sheetsOf } from "./readXlsx";
import { combineNamedGrids, type CombinedGrids } from "./combineGrids";
import { readWorkbookGrid } from "./xlsx";
import { alignCopyWithGrid, applyReport, reportOnlyWorkbook } from "./writeReport";

export interface ReportSource {
  name: string;
  bytes: Uint8Array;
}

export interface CombinedSources extends CombinedGrids {
  /** The first file's workbook with the other files' sheets copied in: what the report is written into. */
  workbook: ExcelJS.Workbook;
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

/** Several teams' files as one grid, read by the streaming reader (see combineNamedGrids). */
export function combineGrids(sources: ReportSource[]): CombinedGrids {
  return combineNamedGrids(
    sources.map((src) => ({ name: src.name, grid: readWorkbookGrid(src.bytes, src.name) })),
  );
}

/** The combined grid, and the first file's ExcelJS workbook with the other files' sheets copied in, to write the report into. */
export async function combineSources(sources: ReportSource[]): Promise<CombinedSources> {
  const grids = combineGrids(sources);
  let workbook: ExcelJS.Workbook | null = null;
  for (const [i, src] of sources.entries()) {
    const loaded = await loadExcelJs(src.bytes, src.name);
    // ExcelJS misreads some cells (emoji, ISO dates): the copy must hold what the file holds.
    alignCopyWithGrid(loaded, grids.files[i]);
    if (i === 0) {
      workbook = loaded;
      continue;
    }
    for (const [original, name] of grids.renamed[i]) {
      const ws = loaded.getWorksheet(original);
      if (ws) copySheet(ws, workbook!, name);
    }
  }
  return { ...grids, workbook: workbook! };
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
export async function buildReportWorkbook(
  sources: ReportSource[],
  options: BuildOptions,
): Promise<BuiltReport> {
  // The report alone needs no copy of the source: read the grids only, and name sheets in a new workbook.
  const combined = options.reportOnly ? combineGrids(sources) : await combineSources(sources);
  const workbook: ExcelJS.Workbook | null =
    "workbook" in combined ? (combined as CombinedSources).workbook : null;
  const sheetFiles = sources.length > 1 ? combined.sheetFiles : undefined;
  const plan = planReport(combined.grid, combined.grid, workbook ? sheetsOf(workbook) : [], {
    ...options,
    sheetFiles,
    // The printed footer names the files read (their names: a source's name is never a path).
    sourceName: options.sourceName ?? sources.map((s) => s.name).join(", "),
  });
  const { prepared, label, names, layout } = plan;
  const none = {
    prepared,
    label,
    plan: names,
    sheets: [],
    fixes: 0,
    valueInsatser: [],
    bytes: null,
    reportOnlyBytes: null,
  };
  if (!layout) return none;
  const result = {
    ...none,
    sheets: layout.sheets.map((s) => s.name),
    fixes: layout.fixes.length,
    valueInsatser: layout.valueInsatser,
  };
  const reportOnly =
    options.reportOnly || options.withReportOnly
      ? new Uint8Array(await reportOnlyWorkbook(layout.sheets, label).xlsx.writeBuffer())
      : null;
  if (!workbook) return { ...result, fixes: 0, bytes: reportOnly, reportOnlyBytes: reportOnly };
  applyReport(workbook, layout.sheets, layout.fixes, names.replace, label);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { ...result, bytes, reportOnlyBytes: reportOnly };
}
