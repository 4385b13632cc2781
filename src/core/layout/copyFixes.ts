import type { BudgetTable } from "../budget/types";
import { isBlank, type WorkbookGrid } from "../grid";
import type { PreparedReport } from "../report/buildReport";
import { inUnit } from "./budgetSource";
import { FORMATS, type CopyFix } from "./sheetSpec";

/**
 * Cells of the written copy that must read as the checker read them, so that
 * formulas count what the engine counted: text dates as dates, synonyms as
 * labels, stray spaces trimmed, amounts as numbers in the table's unit, and
 * blank-looking exit dates truly empty. The user's original is never touched.
 */
export function copyFixes(p: PreparedReport, grid: WorkbookGrid): CopyFix[] {
  const fixes: CopyFix[] = p.parsed.register.fixes.map((f) => {
    const fix: CopyFix = {
      sheet: f.sheet,
      row: f.row,
      col: f.col,
      value: f.value,
      original: f.original,
      kind:
        f.field === "start" || f.field === "end"
          ? "date"
          : typeof f.value === "number"
            ? "number"
            : "value",
    };
    if ((f.field === "start" || f.field === "end") && typeof f.original !== "number")
      fix.numFmt = FORMATS.date;
    return fix;
  });
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  for (const rs of p.parsed.register.sheets) {
    const endCol = rs.columns.end;
    const sheet = sheets.get(rs.name);
    if (endCol === undefined || !sheet) continue;
    for (let r = rs.headerRow + 1; r < sheet.rows.length; r++) {
      const v = sheet.rows[r]?.[endCol];
      if (typeof v === "string" && v !== "" && isBlank(v))
        fixes.push({
          sheet: rs.name,
          row: r,
          col: endCol,
          value: null,
          original: v,
          kind: "blank",
        });
    }
  }
  for (const t of p.budget.tables) fixes.push(...budgetFixes(t));
  return fixes;
}

function budgetFixes(t: BudgetTable): CopyFix[] {
  const out: CopyFix[] = [];
  const rows = t.total ? [...t.lines, t.total] : t.lines;
  for (const r of rows)
    for (const k of ["budget", "actual", "difference"] as const) {
      const col = t.columns[k];
      const kr = r[k];
      const raw = r.cells[k];
      if (col === undefined || kr === null) continue;
      // Back in the table's own unit and sign: the copy reads as the table was typed.
      const signed = k === "difference" || kr === 0 ? kr : t.sign * kr;
      const value = inUnit(signed, t.unit)!;
      if (raw !== value)
        out.push({ sheet: t.sheet, row: r.row, col, value, original: raw, kind: "amount" });
    }
  return out;
}

/** Reads a cell as the copy will hold it. */
export function copyReader(grid: WorkbookGrid, fixes: CopyFix[]) {
  const fixed = new Map(fixes.map((f) => [`${f.sheet}\u0000${f.row}\u0000${f.col}`, f.value]));
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  return (sheet: string, row: number, col: number) => {
    const k = `${sheet}\u0000${row}\u0000${col}`;
    if (fixed.has(k)) return fixed.get(k)!;
    return sheets.get(sheet)?.rows[row]?.[col] ?? null;
  };
}
