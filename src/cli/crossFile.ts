import type { WorkbookGrid } from "../core/grid";
import type { ReadOptions } from "../core/options";
import { readWorkbook } from "../core/readWorkbook";
import { resolveSources, type InsatsConflict } from "../core/report/sources";
import { combineNamedGrids } from "../hosts/file/combineGrids";

/*
 * What `report` checks between several files, for `validate`: the files read as one workbook, by
 * the same combineNamedGrids the report uses, each sheet knowing its file, and the core's
 * resolveSources: an insats in two files with different rows is a conflict.
 */

export interface NamedGrid {
  /** The file's name as messages show it. */
  name: string;
  grid: WorkbookGrid;
}

/** Insatser found in two of the files with different rows (the conflicts that stop `report`). */
export function crossFileConflicts(
  files: NamedGrid[],
  options: ReadOptions = {},
): InsatsConflict[] {
  if (files.length < 2) return [];
  const combined = combineNamedGrids(files);
  const parsed = readWorkbook(combined.grid, options);
  return resolveSources(parsed.register.rows, (s) => combined.sheetFiles[s] ?? s).conflicts;
}
