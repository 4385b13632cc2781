import type { SheetGrid, WorkbookGrid } from "../../core/grid";
import { LIMITS, limitErrors } from "./xlsx/limits";

export interface CombinedGrids {
  grid: WorkbookGrid;
  sheetFiles: Record<string, string>;
  /** Per file: each of its sheets' own name → its name in the combined workbook. */
  renamed: Map<string, string>[];
  /** Per file: its grid under its own sheet names. */
  files: WorkbookGrid[];
}

const MAX_SHEET_NAME = 31;

const stem = (file: string) => file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");

function freeName(wanted: string, file: string, taken: Set<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  const tag = ` (${stem(file)})`;
  let name =
    wanted.slice(0, Math.max(1, MAX_SHEET_NAME - tag.length)) + tag.slice(0, MAX_SHEET_NAME - 1);
  for (let i = 2; taken.has(name.toLowerCase()); i++)
    name = `${wanted.slice(0, MAX_SHEET_NAME - 5)} (${i})`;
  return name;
}

/**
 * Several teams' files as one workbook, as `validate` and `report` both see it: the first file's
 * sheets keep their names (the report is written into its workbook); a later file's sheet gets the
 * file's name added when its name is taken. Each sheet remembers its file.
 */
export function combineNamedGrids(files: { name: string; grid: WorkbookGrid }[]): CombinedGrids {
  // Each file was within the limit alone; together they are one register in memory.
  const filled = files.reduce((n, f) => n + filledRowsOf(f.grid), 0);
  if (filled > LIMITS.maxFilledRows)
    throw limitErrors.filledRows(
      files.map((f) => f.name),
      null,
    );
  const sheets: SheetGrid[] = [];
  const sheetFiles: Record<string, string> = {};
  const renamed: Map<string, string>[] = [];
  const taken = new Set<string>();
  files.forEach((file, i) => {
    const names = new Map<string, string>();
    for (const s of file.grid.sheets) {
      const name = i === 0 ? s.name : freeName(s.name, file.name, taken);
      taken.add(name.toLowerCase());
      names.set(s.name, name);
      sheets.push(name === s.name ? s : { ...s, name });
      sheetFiles[name] = file.name;
    }
    renamed.push(names);
  });
  return { grid: { sheets }, sheetFiles, renamed, files: files.map((f) => f.grid) };
}

/** Rows with values in all of a grid's sheets (the reader keeps a row without values as []). */
export function filledRowsOf(grid: WorkbookGrid): number {
  let n = 0;
  for (const sheet of grid.sheets) for (const row of sheet.rows) if (row.length) n++;
  return n;
}
