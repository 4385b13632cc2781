import { cellAt, type SheetGrid } from "../grid";
import { parseAmount } from "../parse/amounts";
import { classifyCostHeader, type CostColumn } from "./costHeaders";
import { classifyBudgetHeader, type AmountColumn } from "./headers";
import { isPlannedParticipantsHeader } from "./plannedHeader";

/** One budget/utfall column pair (with its differens, when the table has one) and the year its headers name. */
export interface ColumnPair {
  year: number | null;
  budget: number;
  actual: number;
  difference?: number;
}

export interface BudgetHeaderRow {
  type: "budget";
  /** 0-based row. */
  row: number;
  /** The label column: headed Insats, Uppdrag … or the text column left of the amounts. */
  label: number;
  headers: (string | null)[];
  /** One pair, or one per year (Budget 2023 | Utfall 2023 | Budget 2024 | Utfall 2024). */
  pairs: ColumnPair[];
  /** The planned-participants column (Planerat antal deltagare), when the table has one. */
  planned?: number;
}

export interface CostHeaderRow {
  type: "cost";
  row: number;
  label: number;
  headers: (string | null)[];
  columns: Record<CostColumn, number>;
}

export type TableHeader = BudgetHeaderRow | CostHeaderRow;

/** How many rows under a header are looked at to find an unheaded label column. */
const LABEL_LOOKAHEAD = 20;

function headerTexts(sheet: SheetGrid, r: number): (string | null)[] {
  return (sheet.rows[r] ?? []).map((v) => (typeof v === "string" && v.trim() ? v.trim() : null));
}

/**
 * The label column of a table whose amounts start at `firstAmount`: the named one, else the
 * nearest column to the left that holds text (not amounts) in the rows below the header.
 */
function labelColumn(
  sheet: SheetGrid,
  r: number,
  named: number | undefined,
  firstAmount: number,
): number | null {
  if (named !== undefined) return named;
  for (let c = firstAmount - 1; c >= 0; c--)
    for (let k = r + 1; k <= r + LABEL_LOOKAHEAD && k < sheet.rows.length; k++) {
      const v = cellAt(sheet, k, c);
      if (typeof v !== "string" || !v.trim()) continue;
      const a = parseAmount(v);
      if (!a || !a.ok) return c;
    }
  return null;
}

function budgetHeaderAt(
  sheet: SheetGrid,
  r: number,
  headers: (string | null)[],
): BudgetHeaderRow | null {
  let label: number | undefined;
  let planned: number | undefined;
  const amounts: { kind: AmountColumn; year: number | null; col: number }[] = [];
  headers.forEach((text, col) => {
    if (text && isPlannedParticipantsHeader(text)) {
      planned ??= col;
      return;
    }
    const h = text ? classifyBudgetHeader(text) : null;
    if (!h) return;
    if (h.kind === "label") label ??= col;
    else amounts.push({ kind: h.kind, year: h.year, col });
  });
  const first = (kind: AmountColumn, year?: number | null) =>
    amounts.find((a) => a.kind === kind && (year === undefined || a.year === year))?.col;
  if (first("budget") === undefined || first("actual") === undefined) return null;
  const years = [
    ...new Set(
      amounts.filter((a) => a.kind !== "difference" && a.year !== null).map((a) => a.year!),
    ),
  ];
  let pairs: ColumnPair[];
  if (years.length <= 1) {
    const diff = first("difference");
    pairs = [
      {
        year: years[0] ?? null,
        budget: first("budget")!,
        actual: first("actual")!,
        ...(diff === undefined ? {} : { difference: diff }),
      },
    ];
  } else {
    pairs = [];
    for (const y of years) {
      const budget = first("budget", y);
      const actual = first("actual", y);
      // A differens without a year belongs to the pair it directly follows ("Budget 2024 | Utfall 2024 | Differens").
      const diff =
        first("difference", y) ??
        (budget !== undefined && actual !== undefined
          ? amounts.find(
              (a) =>
                a.kind === "difference" &&
                a.year === null &&
                a.col === Math.max(budget, actual) + 1,
            )?.col
          : undefined);
      if (budget !== undefined && actual !== undefined)
        pairs.push({
          year: y,
          budget,
          actual,
          ...(diff === undefined ? {} : { difference: diff }),
        });
    }
    if (pairs.length === 0) return null;
  }
  const firstAmount = Math.min(...amounts.map((a) => a.col));
  const col = labelColumn(sheet, r, label, firstAmount);
  if (col === null) return null;
  return {
    type: "budget",
    row: r,
    label: col,
    headers,
    pairs,
    ...(planned === undefined ? {} : { planned }),
  };
}

function costHeaderAt(
  sheet: SheetGrid,
  r: number,
  headers: (string | null)[],
): CostHeaderRow | null {
  const cols: Partial<Record<CostColumn | "label", number>> = {};
  headers.forEach((text, col) => {
    const k = text ? classifyCostHeader(text) : null;
    if (k && cols[k] === undefined) cols[k] = col;
  });
  if (cols.cost === undefined || cols.count === undefined || cols.perParticipant === undefined)
    return null;
  const label = labelColumn(
    sheet,
    r,
    cols.label,
    Math.min(cols.cost, cols.count, cols.perParticipant),
  );
  if (label === null) return null;
  return {
    type: "cost",
    row: r,
    label,
    headers,
    columns: { cost: cols.cost, count: cols.count, perParticipant: cols.perParticipant },
  };
}

/** Every table header on a sheet, top to bottom: several tables may sit one under the other. */
export function findTableHeaders(sheet: SheetGrid): TableHeader[] {
  const out: TableHeader[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    // Most rows hold numbers or nothing: a header needs at least two text cells.
    if (!row || row.filter((v) => typeof v === "string").length < 2) continue;
    const headers = headerTexts(sheet, r);
    const h = budgetHeaderAt(sheet, r, headers) ?? costHeaderAt(sheet, r, headers);
    if (h) out.push(h);
  }
  return out;
}
