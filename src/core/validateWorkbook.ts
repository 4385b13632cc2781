import type { BudgetTable } from "./budget/types";
import { columnLetter, type WorkbookGrid } from "./grid";
import type { Issue } from "./issue";
import type { ReadOptions } from "./options";
import { FIELD_HEADERS, type FieldKey } from "./register/fields";
import { readWorkbook } from "./readWorkbook";

export interface RegisterSummary {
  /** Register sheets with their header row (1-based). */
  sheets: { name: string; headerRow: number; rows: number }[];
  /** Participant rows read, over all register sheets. */
  rows: number;
  insatser: string[];
  /** Where each field was found: the header text and the sheet (the first sheet that has it). */
  columns: Partial<Record<FieldKey, { header: string; sheet: string; column: string }>>;
}

export interface BudgetSummary {
  sheet: string;
  /** 1-based. */
  headerRow: number;
  /** The calendar year the table belongs to; null when it names none. */
  year: number | null;
  unit: BudgetTable["unit"];
  unitSource: BudgetTable["unitSource"];
  rows: {
    insats: string;
    budget: number | null;
    actual: number | null;
    difference: number | null;
  }[];
  total: { budget: number | null; actual: number | null; difference: number | null } | null;
}

export interface ValidationResult {
  schemaVersion: 1;
  issues: Issue[];
  register: RegisterSummary;
  /** The first budget table (kept for compatibility); every table is in `budgets`. */
  budget: BudgetSummary | null;
  budgets: BudgetSummary[];
}

/** Validates a workbook: every issue, and a summary of what was understood. */
export function validateWorkbook(
  workbook: WorkbookGrid,
  options: ReadOptions = {},
): ValidationResult {
  const parsed = readWorkbook(workbook, options);
  const { register } = parsed;
  const columns: RegisterSummary["columns"] = {};
  for (const s of register.sheets)
    for (const [key, col] of Object.entries(s.columns) as [FieldKey, number][]) {
      if (columns[key]) continue;
      columns[key] = {
        header: s.headers[col] ?? FIELD_HEADERS[key].canonical,
        sheet: s.name,
        column: columnLetter(col),
      };
    }
  const budgets = parsed.budgets.map((b): BudgetSummary => ({
    sheet: b.sheet,
    headerRow: b.headerRow + 1,
    year: b.year,
    unit: b.unit,
    unitSource: b.unitSource,
    rows: b.rows.map(({ insats, budget, actual, difference }) => ({
      insats,
      budget,
      actual,
      difference,
    })),
    total: b.total
      ? { budget: b.total.budget, actual: b.total.actual, difference: b.total.difference }
      : null,
  }));
  return {
    schemaVersion: 1,
    issues: parsed.issues,
    register: {
      sheets: register.sheets.map((s) => ({
        name: s.name,
        headerRow: s.headerRow + 1,
        rows: s.rowCount,
      })),
      rows: register.rows.length,
      insatser: register.insatser,
      columns,
    },
    budget: budgets[0] ?? null,
    budgets,
  };
}
