import type { BudgetTable } from "../budget/types";
import { isBlank, type CellValue, type WorkbookGrid } from "../grid";
import { inUnit } from "../layout/budgetSource";
import { FORMATS } from "../layout/sheetSpec";
import type { ParsedWorkbook } from "../readWorkbook";
import type { FieldKey } from "../register/fields";
import type { CellFix } from "../register/types";
import type { Repair, RepairRule } from "./types";

/**
 * The one definition of "cells only the engine can read": every cell whose value the engine
 * understood only after normalising it, with the value a spreadsheet needs to read it the same
 * way. The layout decides values vs formulas from it; the repair list is built from it.
 */
export function readableCells(
  parsed: ParsedWorkbook,
  grid: WorkbookGrid,
  budgets: BudgetTable[] = parsed.budgets,
): Repair[] {
  const out: Repair[] = parsed.register.fixes.map(registerRepair);
  // A space-only exit date reads as blank to the engine but as text (a value) to COUNTIFS.
  out.push(
    ...columnRepairs(parsed, grid, "end", (v) =>
      typeof v === "string" && v !== "" && isBlank(v) ? { rule: "blank", after: null } : null,
    ),
  );
  for (const t of budgets) out.push(...budgetRepairs(t));
  return out;
}

/** Repairs of one register field's cells: `repair` says what a cell's value becomes, or null. */
export function columnRepairs(
  parsed: ParsedWorkbook,
  grid: WorkbookGrid,
  field: FieldKey,
  repair: (v: CellValue) => Pick<Repair, "rule" | "after"> | null,
): Repair[] {
  const out: Repair[] = [];
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  for (const rs of parsed.register.sheets) {
    const col = rs.columns[field];
    const sheet = sheets.get(rs.name);
    if (col === undefined || !sheet) continue;
    for (let row = rs.headerRow + 1; row < sheet.rows.length; row++) {
      const before = sheet.rows[row]?.[col] ?? null;
      const r = repair(before);
      if (r) out.push({ sheet: rs.name, row, col, before, ...r });
    }
  }
  return out;
}

const CLOSED_LISTS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  "gender",
  "exitReason",
  "incomeBefore",
  "incomeAfter",
  "education",
  "followUp",
  "yearsOnBenefits",
]);

function ruleOf(f: CellFix): RepairRule {
  if (f.field === "start" || f.field === "end") return "date";
  if (typeof f.value === "number") return "number";
  return CLOSED_LISTS.has(f.field) ? "category" : "trim";
}

function registerRepair(f: CellFix): Repair {
  const rule = ruleOf(f);
  const r: Repair = {
    sheet: f.sheet,
    row: f.row,
    col: f.col,
    rule,
    before: f.original,
    after: f.value,
  };
  // A date typed as text gets a date format; a serial with a time keeps the cell's own.
  if (rule === "date" && typeof f.original !== "number") r.numFmt = FORMATS.date;
  return r;
}

function budgetRepairs(t: BudgetTable): Repair[] {
  const out: Repair[] = [];
  const rows = t.total ? [...t.lines, t.total] : t.lines;
  for (const r of rows)
    for (const k of ["budget", "actual", "difference"] as const) {
      const col = t.columns[k];
      const kr = r[k];
      const raw = r.cells[k];
      if (col === undefined || kr === null) continue;
      // Back in the table's own unit and sign: the cell reads as the table was typed.
      const signed = k === "difference" || kr === 0 ? kr : t.sign * kr;
      const value = inUnit(signed, t.unit)!;
      if (raw !== value)
        out.push({ sheet: t.sheet, row: r.row, col, rule: "amount", before: raw, after: value });
    }
  return out;
}
