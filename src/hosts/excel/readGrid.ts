import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/grid";
import { existingSheets, isReportMarker, type ExistingSheet } from "../../core/layout/sheetNames";

/** Excel on the web rejects requests over 5 MB; each batch of reads stays under this. */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;
/** Planning estimate of one cell's share of a response (a register row is ~12 bytes a cell as JSON). */
export const BYTES_PER_CELL = 14;

interface UsedArea {
  name: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Row blocks of every sheet, grouped into batches that each stay under MAX_BATCH_BYTES. */
export function planBatches(
  areas: UsedArea[],
  maxBytes = MAX_BATCH_BYTES,
): { sheet: number; firstRow: number; rows: number }[][] {
  const batches: { sheet: number; firstRow: number; rows: number }[][] = [];
  let current: { sheet: number; firstRow: number; rows: number }[] = [];
  let bytes = 0;
  areas.forEach((a, sheet) => {
    const rowBytes = Math.max(1, a.columnCount) * BYTES_PER_CELL;
    let row = 0;
    while (row < a.rowCount) {
      const room = Math.floor((maxBytes - bytes) / rowBytes);
      if (room < 1) {
        batches.push(current);
        current = [];
        bytes = 0;
        continue;
      }
      const rows = Math.min(room, a.rowCount - row);
      current.push({ sheet, firstRow: row, rows });
      bytes += rows * rowBytes;
      row += rows;
    }
  });
  if (current.length) batches.push(current);
  return batches;
}

export interface ReadWorkbook {
  grid: WorkbookGrid;
  /** Sheets and the add-in markers they carry (for replacing only the add-in's own sheets). */
  existing: ExistingSheet[];
  /** The workbook's file name, for the printed footer. */
  workbookName: string;
}

/** Sheets looked at per round trip: one sync covers any ordinary workbook. */
export const SHEETS_PER_SYNC = 40;

/**
 * Reads every sheet's used range as a WorkbookGrid: one sync for the sheets, their
 * used ranges and the workbook's names (walking the sheets with getNextOrNullObject,
 * so that no sync is needed to learn them first), then one per batch of row blocks
 * (values only; Excel gives dates as serials and errors as "#N/A"). Two syncs for a
 * register up to about 20 000 rows; none per sheet or row.
 */
export async function readWorkbookGrid(context: Excel.RequestContext): Promise<ReadWorkbook> {
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  // Read in the first sync with the sheets: the printed footer names the file.
  context.workbook.load("name");
  const found: { ws: Excel.Worksheet; used: Excel.Range }[] = [];
  let next: Excel.Worksheet = context.workbook.worksheets.getFirst();
  for (;;) {
    const round: { ws: Excel.Worksheet; used: Excel.Range }[] = [];
    for (let i = 0; i < SHEETS_PER_SYNC; i++) {
      const ws: Excel.Worksheet = i === 0 ? next : round[i - 1].ws.getNextOrNullObject();
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      round.push({ ws, used });
    }
    // One round trip per SHEETS_PER_SYNC sheets: the sheets are a linked list Office.js can only walk this way.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const real = round.filter((x) => !x.ws.isNullObject);
    found.push(...real);
    if (real.length < SHEETS_PER_SYNC) break;
    next = real[real.length - 1].ws.getNextOrNullObject();
  }

  const areas: UsedArea[] = found.map(({ ws, used }) =>
    used.isNullObject
      ? { name: ws.name, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }
      : {
          name: ws.name,
          rowIndex: used.rowIndex,
          columnIndex: used.columnIndex,
          rowCount: used.rowCount,
          columnCount: used.columnCount,
        },
  );
  const grids: SheetGrid[] = areas.map((a) => ({ name: a.name, rows: [] }));
  for (const batch of planBatches(areas)) {
    const loaded = batch.map((block) => {
      const a = areas[block.sheet];
      const range = found[block.sheet].ws.getRangeByIndexes(
        a.rowIndex + block.firstRow,
        a.columnIndex,
        block.rows,
        a.columnCount,
      );
      range.load("values");
      return { block, range };
    });
    // One round trip per batch of row blocks under the 5 MB response limit (planBatches), not per row or cell.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { block, range } of loaded) {
      const a = areas[block.sheet];
      const rows = grids[block.sheet].rows;
      range.values.forEach((values: unknown[], i: number) => {
        // Grid rows and columns start at A1, wherever the used range starts.
        const cells: CellValue[] = new Array(a.columnIndex).fill(null);
        for (const v of values) cells.push(v === "" || v === undefined ? null : (v as CellValue));
        while (cells.length && cells[cells.length - 1] === null) cells.pop();
        rows[a.rowIndex + block.firstRow + i] = cells;
      });
    }
  }
  for (const g of grids) for (let r = 0; r < g.rows.length; r++) g.rows[r] ??= [];

  const existing = existingSheets(
    areas.map((a) => a.name),
    names.items.map((n) => [n.name, n.formula]),
  );
  // The add-in's own report sheets are output, never source: the core skips them.
  existing.forEach((e, i) => {
    if (isReportMarker(e.marker)) grids[i].generated = true;
  });
  return { grid: { sheets: grids }, existing, workbookName: context.workbook.name };
}
