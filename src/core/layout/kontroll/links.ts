import { quoteSheet, str } from "../formulaText";
import type { PlacedCell } from "./cellGroups";

/** A link that takes the user to a cell: HYPERLINK("#'Deltagare'!F14","Deltagare!F14"). */
export function link(sheet: string, cell: string): { value: string; formula: string } {
  const text = `${sheet}!${cell}`;
  return {
    value: text,
    formula: `HYPERLINK(${str(`#${quoteSheet(sheet)}!${cell}`)},${str(text)})`,
  };
}

/**
 * The cells after the first as text ("G6, G7, Budget!D4"): a cell holds one link only.
 * The sheet is named where it differs from the first cell's.
 */
export function moreAddresses(cells: PlacedCell[]): string {
  const sheet = cells[0]?.sheet;
  return cells
    .slice(1)
    .map((c) => (c.sheet === sheet ? c.cell : `${c.sheet}!${c.cell}`))
    .join(", ");
}
