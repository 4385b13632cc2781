import type { SheetGrid } from "../grid";
import { yearInText, yearsInText } from "./headers";
import type { BudgetTable } from "./types";

function yearOfRows(sheet: SheetGrid, from: number, to: number): number | null {
  const years = new Set<number>();
  for (let r = from; r < to; r++)
    for (const v of sheet.rows[r] ?? [])
      if (typeof v === "string") for (const y of yearsInText(v)) years.add(y);
  return years.size === 1 ? [...years][0] : null;
}

/**
 * The calendar year a table belongs to (docs/domain.md): named by its amount headers, else by
 * its own title rows, else by the sheet's title above the first table, else by the sheet's name.
 * Several years named in one place name none.
 */
export function tableYear(
  sheet: SheetGrid,
  headerYear: number | null,
  titleFrom: number,
  headerRow: number,
  firstHeaderRow: number,
): { year: number | null; source: BudgetTable["yearSource"] } {
  if (headerYear !== null) return { year: headerYear, source: "header" };
  const own = yearOfRows(sheet, titleFrom, headerRow);
  if (own !== null) return { year: own, source: "title" };
  if (titleFrom > 0) {
    const top = yearOfRows(sheet, 0, Math.min(firstHeaderRow, titleFrom));
    if (top !== null) return { year: top, source: "title" };
  }
  const named = yearInText(sheet.name);
  return named === null ? { year: null, source: null } : { year: named, source: "sheet" };
}
