import type { WorkbookGrid } from "../grid";
import type { Repair } from "./types";

/** The grid as a spreadsheet holds it after the repairs (the input is not changed). */
export function applyRepairs(grid: WorkbookGrid, repairs: readonly Repair[]): WorkbookGrid {
  const bySheet = new Map<string, Repair[]>();
  for (const r of repairs) bySheet.set(r.sheet, [...(bySheet.get(r.sheet) ?? []), r]);
  return {
    sheets: grid.sheets.map((s) => {
      const mine = bySheet.get(s.name);
      if (!mine) return s;
      const rows = s.rows.map((row) => (row ? [...row] : row));
      for (const r of mine) {
        const row = (rows[r.row] ??= []);
        row[r.col] = r.after;
      }
      return { ...s, rows };
    }),
  };
}
