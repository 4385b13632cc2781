import type { SheetGrid } from "../grid";
import type { CellRef, IssueCollector } from "../issueCollector";
import type { AmountUnit } from "../parse/amounts";
import { unitInText, type AmountColumn } from "./headers";
import type { RawLine } from "./rawLine";
import type { BudgetTable } from "./types";

function unitOfRows(sheet: SheetGrid, from: number, to: number): AmountUnit | null {
  for (let r = from; r < to; r++)
    for (const v of sheet.rows[r] ?? []) {
      const u = typeof v === "string" ? unitInText(v) : null;
      if (u) return u;
    }
  return null;
}

/**
 * The unit a title names ("Budget och utfall 2024 (tkr)"): the table's own title rows (from
 * `from`), else the sheet's title above its first table.
 */
export function titleUnit(
  sheet: SheetGrid,
  from: number,
  headerRow: number,
  firstHeaderRow: number,
): AmountUnit | null {
  return (
    unitOfRows(sheet, from, headerRow) ??
    (from > 0 ? unitOfRows(sheet, 0, Math.min(from, firstHeaderRow)) : null)
  );
}

/**
 * A table's unit: from its amount headers, else its title rows, else the units typed in
 * its cells, else kronor (said so). Every unit written anywhere in the table must agree.
 */
export function decideUnit(
  sheet: SheetGrid,
  h: { row: number; headers: (string | null)[] },
  columns: readonly (readonly [AmountColumn, number])[],
  lines: RawLine[],
  titleFrom: number,
  firstHeaderRow: number,
  issues: IssueCollector,
  at: (r: number, c: number) => CellRef,
): {
  unit: AmountUnit;
  unitSource: BudgetTable["unitSource"];
  columnUnits: Partial<Record<AmountColumn, AmountUnit>>;
} {
  const columnUnits: Partial<Record<AmountColumn, AmountUnit>> = {};
  for (const [k, c] of columns) {
    const text = h.headers[c];
    const u = text ? unitInText(text) : null;
    if (u) columnUnits[k] = u;
  }
  const fromTitle = titleUnit(sheet, titleFrom, h.row, firstHeaderRow);
  const cellCounts: Record<AmountUnit, number> = { kr: 0, tkr: 0 };
  for (const line of lines)
    for (const [, c] of columns) {
      const p = line.amounts.get(c)?.parsed;
      if (p && p.ok && p.unit) cellCounts[p.unit]++;
    }
  const headerUnits = new Set(Object.values(columnUnits));

  let unit: AmountUnit;
  let unitSource: BudgetTable["unitSource"];
  if (headerUnits.size > 0) {
    unit = columnUnits.budget ?? columnUnits.actual ?? [...headerUnits][0];
    unitSource = "header";
  } else if (fromTitle) {
    unit = fromTitle;
    unitSource = "title";
  } else if (cellCounts.kr + cellCounts.tkr > 0) {
    unit = cellCounts.tkr > cellCounts.kr ? "tkr" : "kr";
    unitSource = "cells";
  } else {
    unit = "kr";
    unitSource = "assumed";
    const c = columns[0][1];
    issues.add("BUDGET-UNIT-ASSUMED", at(h.row, c), h.headers[c], issues.msg.unitAssumed());
  }

  for (const [k, c] of columns) {
    const u = columnUnits[k];
    if (u && u !== unit)
      issues.add("BUDGET-UNIT-MIXED", at(h.row, c), h.headers[c], issues.msg.unitMixed(u, unit));
  }
  for (const line of lines)
    for (const [k, c] of columns) {
      const a = line.amounts.get(c);
      const p = a?.parsed;
      const expected = columnUnits[k] ?? unit;
      // "- kr" is zero in any unit.
      if (a && p && p.ok && p.unit && p.unit !== expected && !(p.value === 0 && p.unit === "kr"))
        issues.add(
          "BUDGET-UNIT-MIXED",
          at(line.row, c),
          a.cell,
          issues.msg.unitMixed(p.unit, expected),
        );
    }
  return { unit, unitSource, columnUnits };
}
