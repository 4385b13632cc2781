import type { SheetSpec, SpecCell } from "../../src/core/layout/sheetSpec";

export interface BlockRow {
  label: string;
  style: string | undefined;
  /** The figures, one per insats and the total, left to right. */
  cells: SpecCell[];
}

/** A Resultat block's rows under its table header, through the Summa row just under the table. */
export function block(sheet: SheetSpec, title: string): BlockRow[] {
  const t = sheet.tables.find((x) =>
    sheet.cells.some((c) => c.row === x.row && c.col === x.col && c.value === title),
  );
  if (!t) throw new Error(`no block ${title}`);
  const rows: BlockRow[] = [];
  for (let r = t.row + 1; r <= t.row + t.rows + 1; r++) {
    const label = sheet.cells.find((c) => c.row === r && c.col === 0)!;
    rows.push({
      label: String(label.value),
      style: label.style,
      cells: sheet.cells.filter((c) => c.row === r && c.col > 0).sort((a, b) => a.col - b.col),
    });
  }
  return rows;
}
