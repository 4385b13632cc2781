import type { SpecCell } from "../sheetSpec";

/** Points per line of the default 11 pt font, and the most lines a row is given. */
const LINE = 15;
const MAX_LINES = 12;

/** How many lines text takes when wrapped at word boundaries in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  // Widths count the digit "0"; text averages a little narrower (Calibri, Carlito), less the cell's padding.
  const room = Math.max(1, Math.floor(width * 1.1) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const len = word.length;
      if (used === 0) used = len;
      else if (used + 1 + len <= room) used += 1 + len;
      else {
        lines++;
        used = len;
      }
      // A word longer than the column breaks across lines.
      while (used > room) {
        lines++;
        used -= room;
      }
    }
  }
  return lines;
}

/**
 * Heights for rows whose wrapped text needs more than one line. Hosts do not size rows
 * by their text when a file is opened (LibreOffice, printing), so the sheet says how tall.
 */
export function rowHeights(cells: SpecCell[], widths: number[]): Record<number, number> {
  const lines = new Map<number, number>();
  for (const c of cells) {
    if (!c.wrap || c.value === null || c.value === "") continue;
    const n = wrappedLines(String(c.value), widths[c.col] ?? 10);
    lines.set(c.row, Math.max(lines.get(c.row) ?? 1, n));
  }
  const out: Record<number, number> = {};
  for (const [row, n] of lines) if (n > 1) out[row] = Math.min(n, MAX_LINES) * LINE;
  return out;
}
