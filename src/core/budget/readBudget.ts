import { cellAt, columnLetter, type CellValue, type SheetGrid } from "../grid";
import type { CellRef, IssueCollector } from "../issueCollector";
import { parseAmount } from "../parse/amounts";
import { isErrorValue } from "../parse/errors";
import { parseWholeNumber } from "../parse/numbers";
import { holdsPersonnummer } from "../parse/personnummer";
import { cleanText, normalizeKey } from "../parse/text";
import { readCostTable } from "./costTable";
import { AMOUNT_COLUMNS, type AmountColumn } from "./headers";
import { toKronor, type RawLine, type ReadAmount } from "./rawLine";
import { budgetRowKind, subtotalOfOverhead } from "./rowLabels";
import { findTableHeaders, type BudgetHeaderRow } from "./tableHeaders";
import type { BudgetRow, BudgetTable, CostTable } from "./types";
import { decideUnit } from "./unit";
import { tableYear } from "./year";

/** Every budget table and cost-per-participant table on a sheet, each read down to its own total. */
export function readBudgetSheet(
  sheet: SheetGrid,
  issues: IssueCollector,
): { budgets: BudgetTable[]; costTables: CostTable[] } {
  const headers = findTableHeaders(sheet);
  const budgets: BudgetTable[] = [];
  const costTables: CostTable[] = [];
  // Title rows of a table are those between the previous table's last row and its header.
  let titleFrom = 0;
  headers.forEach((h, i) => {
    const stop = headers[i + 1]?.row ?? sheet.rows.length;
    if (h.type === "cost") {
      const t = readCostTable(sheet, h, stop, titleFrom, headers[0].row, issues);
      costTables.push(t);
      titleFrom = t.lastRow + 1;
    } else {
      const tables = readBudgetTables(sheet, h, stop, titleFrom, headers[0].row, issues);
      budgets.push(...tables);
      titleFrom = tables[0].lastRow + 1;
    }
  });
  return { budgets, costTables };
}

/** The columns a table reads amounts from: every column of every pair. */
function amountColumns(h: BudgetHeaderRow): number[] {
  const cols = new Set<number>();
  for (const p of h.pairs) for (const k of AMOUNT_COLUMNS) if (p[k] !== undefined) cols.add(p[k]!);
  return [...cols].sort((a, b) => a - b);
}

/** Reads the rows under a budget header (up to its total or the next table) once, then one table per year pair. */
function readBudgetTables(
  sheet: SheetGrid,
  h: BudgetHeaderRow,
  stop: number,
  titleFrom: number,
  firstHeaderRow: number,
  issues: IssueCollector,
): BudgetTable[] {
  const colName = (c: number) => h.headers[c] ?? columnLetter(c);
  const at = (r: number, c: number): CellRef => ({
    sheet: sheet.name,
    row: r,
    col: c,
    column: colName(c),
  });
  const cols = amountColumns(h);
  const lines: RawLine[] = [];
  const seen = new Map<string, number>();
  let lastRow = h.row;
  for (let r = h.row + 1; r < stop; r++) {
    const labelCell = cellAt(sheet, r, h.label);
    const label = labelCell === null ? "" : cleanText(String(labelCell));
    const amounts = new Map<number, ReadAmount>();
    for (const c of cols) {
      const cell = cellAt(sheet, r, c);
      if (cell === null || (typeof cell === "string" && cell.trim() === "")) continue;
      if (typeof cell === "string" && isErrorValue(cell)) {
        issues.add("CELL-ERROR-VALUE", at(r, c), cell, issues.msg.errorValue(cell.trim()));
        amounts.set(c, { cell, parsed: null });
        continue;
      }
      const parsed = parseAmount(cell);
      if (parsed && !parsed.ok)
        issues.add("BUDGET-AMOUNT-INVALID", at(r, c), cell, issues.msg.amountInvalid(colName(c)));
      amounts.set(c, { cell, parsed });
    }
    if (label && isErrorValue(label)) {
      issues.add("CELL-ERROR-VALUE", at(r, h.label), label, issues.msg.errorValue(label));
      continue;
    }
    if (!label) {
      if (amounts.size)
        issues.add("BUDGET-ROW-NO-INSATS", at(r, h.label), null, issues.msg.budgetRowNoInsats());
      continue;
    }
    // A label holding a personnummer (flagged by the privacy rule) must never become a row of a report.
    if (holdsPersonnummer(label)) continue;
    lastRow = r;
    const kind = budgetRowKind(label);
    if (kind === "insats" || kind === "other") {
      const key = normalizeKey(label);
      const first = seen.get(key);
      if (first !== undefined) {
        issues.add(
          "BUDGET-DUPLICATE-ROW",
          at(r, h.label),
          label,
          issues.msg.budgetDuplicateRow(label, first + 1),
        );
        continue;
      }
      seen.set(key, r);
    }
    const line: RawLine = { row: r, label, kind, amounts };
    if (h.planned !== undefined) line.planned = plannedCount(cellAt(sheet, r, h.planned));
    lines.push(line);
    if (kind === "total") break; // what follows the total row is notes, or the next table
  }
  markOverheadGroups(lines);

  return h.pairs.map((pair) => {
    const pairCols = AMOUNT_COLUMNS.filter((k) => pair[k] !== undefined).map(
      (k) => [k, pair[k]!] as const,
    );
    const { unit, unitSource, columnUnits } = decideUnit(
      sheet,
      h,
      pairCols,
      lines,
      titleFrom,
      firstHeaderRow,
      issues,
      at,
    );
    const sign = costSign(lines, pair.budget, pair.actual);
    const convert = (line: RawLine): BudgetRow => {
      const amount = (k: AmountColumn): number | null => {
        const c = pair[k];
        const a = c === undefined ? undefined : line.amounts.get(c);
        if (!a || !a.parsed || !a.parsed.ok) return null;
        const kr = toKronor(a.parsed.value, a.parsed.unit ?? columnUnits[k] ?? unit);
        // Costs are positive from here on; a signed table's differens already reads as budget − utfall.
        if (kr === 0) return 0; // also -0 from a negative-cost table
        return k === "difference" ? kr : sign * kr;
      };
      const cell = (k: AmountColumn) =>
        pair[k] === undefined ? null : (line.amounts.get(pair[k]!)?.cell ?? null);
      return {
        insats: line.label,
        kind: line.kind,
        row: line.row,
        budget: amount("budget"),
        actual: amount("actual"),
        difference: amount("difference"),
        cells: { budget: cell("budget"), actual: cell("actual"), difference: cell("difference") },
        ...(line.planned === undefined ? {} : { plannedParticipants: line.planned }),
      };
    };
    const all = lines.map(convert);
    const total = all.find((l) => l.kind === "total") ?? null;
    const year = tableYear(sheet, pair.year, titleFrom, h.row, firstHeaderRow);
    const table: BudgetTable = {
      sheet: sheet.name,
      headerRow: h.row,
      lastRow,
      columns: {
        insats: h.label,
        budget: pair.budget,
        actual: pair.actual,
        ...(pair.difference === undefined ? {} : { difference: pair.difference }),
        ...(h.planned === undefined ? {} : { planned: h.planned }),
      },
      headers: h.headers,
      unit,
      unitSource,
      sign,
      year: year.year,
      yearSource: year.source,
      rows: all.filter((l) => l.kind === "insats"),
      lines: all.filter((l) => l.kind !== "total"),
      total,
    };
    if (!total && table.rows.length > 1) {
      const last = table.lines[table.lines.length - 1];
      issues.add(
        "BUDGET-TOTAL-MISSING",
        at(last.row, h.label),
        null,
        issues.msg.budgetTotalMissing(),
      );
    }
    return table;
  });
}

/** A planned number of participants: a whole number ≥ 0, typed as a number or as text ("12"). */
function plannedCount(v: CellValue): number | null {
  const n = parseWholeNumber(v);
  return n && n.ok && n.value >= 0 ? n.value : null;
}

/** The rows summed by "Summa kansli och styrelse" are overhead even when their labels do not say so. */
function markOverheadGroups(lines: RawLine[]): void {
  let groupStart = 0;
  lines.forEach((line, i) => {
    if (line.kind !== "subtotal") return;
    if (subtotalOfOverhead(line.label))
      for (let j = groupStart; j < i; j++) if (lines[j].kind === "insats") lines[j].kind = "other";
    groupStart = i + 1;
  });
}

/**
 * -1 when the table writes costs as negative numbers: most of its readable budget and
 * utfall amounts on cost rows are below zero. Decided per table from its own rows.
 */
function costSign(lines: RawLine[], budgetCol: number, actualCol: number): 1 | -1 {
  let negative = 0;
  let positive = 0;
  for (const l of lines) {
    if (l.kind !== "insats" && l.kind !== "other") continue;
    for (const c of [budgetCol, actualCol]) {
      const p = l.amounts.get(c)?.parsed;
      if (!p || !p.ok || p.value === 0) continue;
      if (p.value < 0) negative++;
      else positive++;
    }
  }
  return negative > positive ? -1 : 1;
}
