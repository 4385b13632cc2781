import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import type { LayoutOptions } from "../../core/layout/layoutReport";
import { prepareReport, type PreparedReport, type ReportOptions } from "../../core/report/buildReport";
import { readErrors } from "./readXlsx";
import { buildReportWorkbook, combineSources, type BuiltReport, type ReportSource } from "./reportWorkbook";

export async function readSource(path: string): Promise<ReportSource> {
  try {
    return { name: basename(path), bytes: await readFile(path) };
  } catch {
    throw readErrors.notFound(basename(path));
  }
}

/** Reads the files, builds the report and writes it to `out`; the inputs are only read. */
export async function writeReportFile(inputs: string[], out: string, options: ReportOptions & LayoutOptions): Promise<BuiltReport> {
  const sources = await Promise.all(inputs.map(readSource));
  const built = await buildReportWorkbook(sources, options);
  if (built.bytes) await writeFile(out, built.bytes);
  return built;
}

/** The report as data only (for --json): no workbook is built or written. */
export async function reportFromFiles(inputs: string[], options: ReportOptions): Promise<PreparedReport> {
  const sources = await Promise.all(inputs.map(readSource));
  const combined = await combineSources(sources);
  return prepareReport(combined.grid, { ...options, sheetFiles: sources.length > 1 ? combined.sheetFiles : undefined });
}
