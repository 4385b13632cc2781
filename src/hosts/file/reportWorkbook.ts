import ExcelJS from "exceljs";

import type { SheetGrid } from "../../core/grid";
import type { LayoutOptions } from "../../core/layout/layoutReport";
import { teamSheetFiles } from "../../core/import/teamSheets";
import { planReport } from "../../core/layout/planReport";
import type { ExistingSheet, SheetNamePlan } from "../../core/layout/sheetNames";
import type { SheetSpec } from "../../core/layout/sheetSpec";
import type { PreparedReport, ReportOptions } from "../../core/report/buildReport";
import { combineNamedGrids, filledRowsOf, type CombinedGrids } from "./combineGrids";
import { addSheetsToPackage } from "./package/addParts";
import { nativeCharts } from "./package/chartParts";
import { packageSheets } from "./package/existingSheets";
import { cellFormats } from "./package/sourceFormats";
import type { SensitivityLabel } from "./package/sensitivity";
import { readSourceGrid, sourceFormat, type SourceFormat } from "./readSource";
import { asWorkbookSource } from "./sourceWorkbook";
import { reportOnlyWorkbook, writeSheet } from "./writeReport";

export interface ReportSource {
  name: string;
  bytes: Uint8Array;
}

/**
 * Copies a sheet's values and number formats into the additions workbook (the grid holds what
 * the file holds, emoji and ISO dates too).
 */
function copySheet(
  from: SheetGrid,
  formats: Map<string, string> | undefined,
  to: ExcelJS.Workbook,
  name: string,
): void {
  const ws = to.addWorksheet(name);
  from.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      const numFmt = formats?.get(`${r},${c}`);
      if (numFmt) cell.numFmt = numFmt;
    }),
  );
}

/** Several teams' files as one grid, read by the streaming readers (see combineNamedGrids). */
export function combineGrids(sources: ReportSource[]): CombinedGrids {
  // Each file's rows count towards the limit while the next is read: refused before it is all in memory.
  const before = { files: [] as string[], filledRows: 0 };
  const files = sources.map((src) => {
    const grid = readSourceGrid(src.bytes, src.name, before);
    before.files.push(src.name);
    before.filledRows += filledRowsOf(grid);
    return { name: src.name, grid };
  });
  return combineNamedGrids(files);
}

/**
 * The report's file name beside its source: "register.xlsx" → "register-rapport-2024.xlsx"; a
 * macro-enabled workbook stays one ("register.xlsm" → "register-rapport-2024.xlsm").
 */
export function reportFileName(sourceName: string, label: string): string {
  const ext = /\.xlsm$/i.test(sourceName) ? ".xlsm" : ".xlsx";
  // A .csv or .ods register's report is a new .xlsx beside it.
  return `${sourceName.replace(/\.(xls[xm]|csv|ods)$/i, "")}-rapport-${label}${ext}`;
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
  /** The first file's sensitivity label, kept in the copy; null when it has none (or only the report is written). */
  sensitivityLabel: SensitivityLabel | null;
  /** What the first file was: a .csv or .ods register's copy is a new .xlsx with the register as values. */
  sourceFormat: SourceFormat;
}

export interface BuildOptions extends ReportOptions, LayoutOptions {
  /** Write only the report-only workbook (the CLI's --endast-rapport). */
  reportOnly?: boolean;
  /** Write the report-only workbook as well (the web page offers both downloads). */
  withReportOnly?: boolean;
}

/** "register.xlsx" → "register-rapport-2024-endast-rapport.xlsx": the shareable report beside the full copy. */
export function reportOnlyFileName(sourceName: string, label: string): string {
  // The report alone is a plain workbook: no macros travel with it.
  return reportFileName(sourceName, label).replace(/\.xls[xm]$/, "-endast-rapport.xlsx");
}

/**
 * The sheets added to the first file: the other files' sheets (values) and the report sheets,
 * written by ExcelJS into a workbook of their own, merged into the first file's package with
 * the report's charts.
 */
async function reportCopy(
  sources: ReportSource[],
  combined: CombinedGrids,
  specs: SheetSpec[],
  label: string,
  replace: string[],
): Promise<Uint8Array> {
  const additions = new ExcelJS.Workbook();
  combined.renamed.forEach((names, i) => {
    if (i === 0) return;
    const formats = cellFormats(sources[i].bytes, sources[i].name);
    for (const sheet of combined.files[i].sheets)
      copySheet(sheet, formats.get(sheet.name), additions, names.get(sheet.name) ?? sheet.name);
  });
  for (const spec of specs) writeSheet(additions, spec, label);
  const bytes = new Uint8Array(await additions.xlsx.writeBuffer());
  // The charts the add-in draws, as native chart parts next to their tables.
  const charts = Object.fromEntries(specs.map((spec) => [spec.name, nativeCharts(spec)]));
  return addSheetsToPackage(sources[0].bytes, sources[0].name, bytes, { replace, charts });
}

/** Builds the report workbook in memory from one or more source files (browser and Node alike). */
export async function buildReportWorkbook(
  sources: ReportSource[],
  options: BuildOptions,
): Promise<BuiltReport> {
  const format = sources.length ? sourceFormat(sources[0].bytes, sources[0].name) : "xlsx";
  // A .csv or .ods file becomes an .xlsx package of its values: the copy is built on it as on any workbook.
  sources = sources.map((src) => asWorkbookSource(src));
  const combined = combineGrids(sources);
  const first = packageSheets(sources[0].bytes, sources[0].name);
  // The report alone needs no copy of the source: its sheets are named in a new workbook.
  const existing: ExistingSheet[] = options.reportOnly
    ? []
    : [
        ...first.sheets,
        ...combined.renamed
          .slice(1)
          .flatMap((names) => [...names.values()].map((name) => ({ name, marker: null }))),
      ];
  // Several files, or one coordinator's workbook with teams' sheets imported by the add-in: each
  // team's sheet counts as its file, so an insats sent twice counts once, as inside Excel.
  const sheetFiles =
    sources.length > 1 ? combined.sheetFiles : teamSheetFiles(first.sheets, {}, sources[0].name);
  // The user's cells are never rewritten, as in Excel: figures over cells only the engine reads are values.
  const plan = planReport(combined.grid, combined.grid, existing, {
    ...options,
    sheetFiles,
    // The printed footer names the files read (their names: a source's name is never a path).
    sourceName: options.sourceName ?? sources.map((s) => s.name).join(", "),
    canRewriteSource: false,
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
    // Only the copy keeps the label: the report alone is a new workbook.
    sensitivityLabel: options.reportOnly ? null : first.label,
    sourceFormat: format,
  };
  if (!layout) return none;
  const result = {
    ...none,
    sheets: layout.sheets.map((s) => s.name),
    valueInsatser: layout.valueInsatser,
  };
  const reportOnly =
    options.reportOnly || options.withReportOnly
      ? new Uint8Array(await reportOnlyWorkbook(layout.sheets, label).xlsx.writeBuffer())
      : null;
  if (options.reportOnly) return { ...result, bytes: reportOnly, reportOnlyBytes: reportOnly };
  const bytes = await reportCopy(sources, combined, layout.sheets, label, names.replace);
  return { ...result, bytes, reportOnlyBytes: reportOnly };
}
