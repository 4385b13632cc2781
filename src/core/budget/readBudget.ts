import { cellAt, columnLetter, type CellValue, type SheetGrid } from "../grid";
import type { HeaderRow } from "../headerRow";
import type { IssueCollector } from "../issues";
import { sv } from "../messages/sv";
import { parseAmount, type AmountUnit, type ParsedAmount } from "../parse/amounts";
import { isErrorValue } from "../parse/errors";
import { cleanText, normalizeKey } from "../parse/text";
import { unitInText } from "./detect";
import type { BudgetColumn, BudgetRow, BudgetTable } from "./types";

const AMOUNT_COLUMNS = ["budget", "actual", "difference"] as const;
type AmountColumn = (typeof AMOUNT_COLUMNS)[number];

export function isTotalLabel(text: string): boolean {
  const n = normalizeKey(text);
  return n.startsWith("totalt") || n.startsWith("summa") || n === "total" || n === "totalsumma";
}

/** Kronor from an amount in `unit`, kept to whole öre so that sums compare exactly. */
export function toKronor(value: number, unit: AmountUnit): number {
  return unit === "tkr" ? Math.round(value * 100000) / 100 : Math.round(value * 100) / 100;
}

interface RawRow {
  row: number;
  insats: string | null;
  amounts: Record<AmountColumn, { cell: CellValue; parsed: ParsedAmount | null } | null>;
}

/**
 * Reads a budget table: one row per insats down to the total row, amounts in
 * kronor whatever unit the table is written in. Reading problems (unreadable
 * amounts, units, rows without insats) become issues; arithmetic is checked in
 * validate/budgetArithmetic.
 */
export function readBudget(sheet: SheetGrid, header: HeaderRow<BudgetColumn>, issues: IssueCollector): BudgetTable {
  const cols = header.columns;
  const colName = (c: number) => header.headers[c] ?? columnLetter(c);
  const at = (r: number, c: number) => ({ sheet: sheet.name, row: r, col: c, column: colName(c) });

  const raws: RawRow[] = [];
  let totalRaw: RawRow | null = null;
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const insatsCell = cellAt(sheet, r, cols.insats!);
    const insats = insatsCell === null ? "" : cleanText(String(insatsCell));
    const amounts = {} as RawRow["amounts"];
    let anyAmount = false;
    for (const k of AMOUNT_COLUMNS) {
      const c = cols[k];
      const cell = c === undefined ? null : cellAt(sheet, r, c);
      if (c === undefined || cell === null || (typeof cell === "string" && cell.trim() === "")) {
        amounts[k] = null;
        continue;
      }
      anyAmount = true;
      if (typeof cell === "string" && isErrorValue(cell)) {
        issues.add("CELL-ERROR-VALUE", at(r, c), cell, sv.errorValue(cell.trim()));
        amounts[k] = { cell, parsed: null };
        continue;
      }
      const parsed = parseAmount(cell);
      if (parsed && !parsed.ok) issues.add("BUDGET-AMOUNT-INVALID", at(r, c), cell, sv.amountInvalid(colName(c)));
      amounts[k] = { cell, parsed };
    }
    if (insats && isErrorValue(insats)) {
      issues.add("CELL-ERROR-VALUE", at(r, cols.insats!), insats, sv.errorValue(insats));
      continue;
    }
    if (!insats) {
      if (anyAmount) issues.add("BUDGET-ROW-NO-INSATS", at(r, cols.insats!), null, sv.budgetRowNoInsats());
      continue;
    }
    const raw = { row: r, insats, amounts };
    if (isTotalLabel(insats)) {
      totalRaw = raw;
      break; // what follows the total row is notes
    }
    raws.push(raw);
  }

  const { unit, unitSource, columnUnits } = decideUnit(sheet, header, [...raws, ...(totalRaw ? [totalRaw] : [])], issues, at);
  const convert = (raw: RawRow): BudgetRow => {
    const amount = (k: AmountColumn): number | null => {
      const a = raw.amounts[k];
      if (!a || !a.parsed || !a.parsed.ok) return null;
      return toKronor(a.parsed.value, a.parsed.unit ?? columnUnits[k] ?? unit);
    };
    const cell = (k: AmountColumn) => raw.amounts[k]?.cell ?? null;
    return {
      insats: raw.insats!,
      row: raw.row,
      budget: amount("budget"),
      actual: amount("actual"),
      difference: amount("difference"),
      cells: { budget: cell("budget"), actual: cell("actual"), difference: cell("difference") },
    };
  };

  const rows: BudgetRow[] = [];
  const seen = new Map<string, number>();
  for (const raw of raws) {
    const key = normalizeKey(raw.insats!);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.add("BUDGET-DUPLICATE-ROW", at(raw.row, cols.insats!), raw.insats, sv.budgetDuplicateRow(raw.insats!, first + 1));
      continue;
    }
    seen.set(key, raw.row);
    rows.push(convert(raw));
  }
  const total = totalRaw ? convert(totalRaw) : null;
  if (!total && rows.length > 1) {
    const lastRow = rows[rows.length - 1].row;
    issues.add("BUDGET-TOTAL-MISSING", at(lastRow, cols.insats!), null, sv.budgetTotalMissing());
  }
  return { sheet: sheet.name, headerRow: header.row, columns: cols, headers: header.headers, unit, unitSource, rows, total };
}

function decideUnit(
  sheet: SheetGrid,
  header: HeaderRow<BudgetColumn>,
  raws: RawRow[],
  issues: IssueCollector,
  at: (r: number, c: number) => { sheet: string; row: number; col: number; column: string },
): { unit: AmountUnit; unitSource: BudgetTable["unitSource"]; columnUnits: Partial<Record<AmountColumn, AmountUnit>> } {
  const columnUnits: Partial<Record<AmountColumn, AmountUnit>> = {};
  for (const k of AMOUNT_COLUMNS) {
    const c = header.columns[k];
    const text = c === undefined ? null : header.headers[c];
    const u = text ? unitInText(text) : null;
    if (u) columnUnits[k] = u;
  }
  let titleUnit: AmountUnit | null = null;
  for (let r = 0; r < header.row && !titleUnit; r++)
    for (const v of sheet.rows[r] ?? []) if (typeof v === "string" && (titleUnit = unitInText(v))) break;

  const cellCounts: Record<AmountUnit, number> = { kr: 0, tkr: 0 };
  for (const raw of raws)
    for (const k of AMOUNT_COLUMNS) {
      const p = raw.amounts[k]?.parsed;
      if (p && p.ok && p.unit) cellCounts[p.unit]++;
    }
  const headerUnits = new Set(Object.values(columnUnits));

  let unit: AmountUnit;
  let unitSource: BudgetTable["unitSource"];
  if (headerUnits.size > 0) {
    unit = columnUnits.budget ?? columnUnits.actual ?? [...headerUnits][0];
    unitSource = "header";
  } else if (titleUnit) {
    unit = titleUnit;
    unitSource = "title";
  } else if (cellCounts.kr + cellCounts.tkr > 0) {
    unit = cellCounts.tkr > cellCounts.kr ? "tkr" : "kr";
    unitSource = "cells";
  } else {
    unit = "kr";
    unitSource = "assumed";
    const c = header.columns.budget!;
    issues.add("BUDGET-UNIT-ASSUMED", at(header.row, c), header.headers[c], sv.unitAssumed());
  }

  // Every unit written anywhere in the table must be the table's unit.
  for (const k of AMOUNT_COLUMNS) {
    const u = columnUnits[k];
    const c = header.columns[k];
    if (u && u !== unit && c !== undefined) issues.add("BUDGET-UNIT-MIXED", at(header.row, c), header.headers[c], sv.unitMixed(u, unit));
  }
  for (const raw of raws)
    for (const k of AMOUNT_COLUMNS) {
      const a = raw.amounts[k];
      const p = a?.parsed;
      const expected = columnUnits[k] ?? unit;
      if (a && p && p.ok && p.unit && p.unit !== expected && !(p.value === 0 && p.unit === "kr"))
        issues.add("BUDGET-UNIT-MIXED", at(raw.row, header.columns[k]!), a.cell, sv.unitMixed(p.unit, expected));
    }
  return { unit, unitSource, columnUnits };
}
