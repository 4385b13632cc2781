import type { CellValue } from "../../core/grid";
import type { Repair } from "../../core/repair/types";

/** A repaired cell as it was: restored exactly by undo (its formula or value, and its number format). */
export interface UndoCell {
  sheet: string;
  row: number;
  col: number;
  /** Range.formulas of the cell before the repair: the value, or "=…" for a formula. */
  before: CellValue;
  /** The number format before, and whether the repair changed it. */
  numberFormat: string;
  formatChanged: boolean;
  /** What the repair wrote: undo leaves a cell the user changed since alone. */
  written: CellValue;
}

interface Cell {
  sheet: string;
  row: number;
  col: number;
  /** What Range.formulas is to receive. */
  input: string | number;
  numberFormat: string | null;
}

/**
 * What Range.formulas must receive for a constant to be stored as it is: text always with a
 * leading apostrophe (a prefix, not part of the value), so that Excel never reads it as a
 * number, a date ("5 mars 2024"), a truth value or a formula; an empty cell is "".
 */
export function formulaInput(v: CellValue): string | number {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return v;
  return `'${v}`;
}

/** A constant cell holds what the check read (Range.formulas gives "" for empty, "=…" for a formula). */
function holds(formula: unknown, value: CellValue): boolean {
  if (typeof formula === "string" && formula.startsWith("=")) return false;
  const v = formula === "" ? null : formula;
  // A text cell written with its apostrophe may give it back.
  return v === value || (typeof value === "string" && v === `'${value}`);
}

/**
 * Writes cells in runs of consecutive rows per column (one range per run, the formats with the
 * same run when every cell of it gets one): the batch holds runs, not cells.
 */
function queueRuns(context: Excel.RequestContext, cells: Cell[]): void {
  const sorted = [...cells].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row,
  );
  let run: Cell[] = [];
  const flush = () => {
    if (!run.length) return;
    const first = run[0];
    const range = context.workbook.worksheets
      .getItem(first.sheet)
      .getRangeByIndexes(first.row, first.col, run.length, 1);
    range.formulas = run.map((c) => [c.input]);
    if (first.numberFormat !== null) range.numberFormat = run.map((c) => [c.numberFormat!]);
    run = [];
  };
  for (const c of sorted) {
    const last = run[run.length - 1];
    const joins =
      last &&
      last.sheet === c.sheet &&
      last.col === c.col &&
      last.row + 1 === c.row &&
      (last.numberFormat === null) === (c.numberFormat === null);
    if (!joins) flush();
    run.push(c);
  }
  flush();
}

/** Per sheet and column, one range over the rows given: what the cells hold now, one sync. */
async function readCells(
  context: Excel.RequestContext,
  cells: readonly { sheet: string; row: number; col: number }[],
): Promise<(sheet: string, row: number, col: number) => { formula: unknown; format: string }> {
  const spans = new Map<string, { sheet: string; col: number; from: number; to: number }>();
  for (const c of cells) {
    const k = `${c.sheet}\u0000${c.col}`;
    const s = spans.get(k);
    if (!s) spans.set(k, { sheet: c.sheet, col: c.col, from: c.row, to: c.row });
    else {
      s.from = Math.min(s.from, c.row);
      s.to = Math.max(s.to, c.row);
    }
  }
  const ranges = [...spans.entries()].map(([k, s]) => {
    const range = context.workbook.worksheets
      .getItem(s.sheet)
      .getRangeByIndexes(s.from, s.col, s.to - s.from + 1, 1);
    range.load("formulas,numberFormat");
    return [k, { span: s, range }] as const;
  });
  await context.sync();
  const byKey = new Map(ranges);
  return (sheet, row, col) => {
    const { span, range } = byKey.get(`${sheet}\u0000${col}`)!;
    return {
      formula: range.formulas[row - span.from][0],
      format: String(range.numberFormat[row - span.from][0]),
    };
  };
}

/**
 * Writes the repairs in one batch: the cells read once (a cell the user changed since the
 * check, or one holding a formula, is left alone), then every value and date format written in
 * runs. Two syncs, whatever the number of rows. Returns what undo needs.
 */
export async function applyRepairs(
  context: Excel.RequestContext,
  repairs: readonly Repair[],
): Promise<UndoCell[]> {
  if (!repairs.length) return [];
  const now = await readCells(context, repairs);
  const undo: UndoCell[] = [];
  const cells: Cell[] = [];
  for (const r of repairs) {
    const { formula, format } = now(r.sheet, r.row, r.col);
    if (!holds(formula, r.before)) continue;
    const numberFormat = r.numFmt && r.numFmt !== format ? r.numFmt : null;
    cells.push({
      sheet: r.sheet,
      row: r.row,
      col: r.col,
      input: formulaInput(r.after),
      numberFormat,
    });
    undo.push({
      sheet: r.sheet,
      row: r.row,
      col: r.col,
      before: formula === "" ? null : (formula as CellValue),
      numberFormat: format,
      formatChanged: numberFormat !== null,
      written: r.after,
    });
  }
  queueRuns(context, cells);
  await context.sync();
  return undo;
}

/**
 * Puts every repaired cell back as it was — its value (or formula) and number format — unless
 * the user has changed it since. Two syncs. Returns how many cells were restored.
 */
export async function undoRepairs(
  context: Excel.RequestContext,
  undo: readonly UndoCell[],
): Promise<number> {
  if (!undo.length) return 0;
  const now = await readCells(context, undo);
  const cells: Cell[] = [];
  for (const u of undo) {
    if (!holds(now(u.sheet, u.row, u.col).formula, u.written)) continue;
    const input =
      typeof u.before === "string" && u.before.startsWith("=") ? u.before : formulaInput(u.before);
    cells.push({
      sheet: u.sheet,
      row: u.row,
      col: u.col,
      input,
      numberFormat: u.formatChanged ? u.numberFormat : null,
    });
  }
  queueRuns(context, cells);
  await context.sync();
  return cells.length;
}
