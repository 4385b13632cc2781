import type { Strings } from "../i18n/sv";

type Table = { sheet: string; year: number | null };

/** A table's years as the pane writes them: ascending, a table naming none last. */
function yearsText(t: Strings, years: (number | null)[]): string {
  const named = [...new Set(years.filter((y): y is number => y !== null))]
    .sort((a, b) => a - b)
    .map(String);
  return [...named, ...(years.includes(null) ? [t.budget.noYear] : [])].join(", ");
}

/** The sheets that have budget tables, in workbook order, each with the years its tables name. */
export function budgetSheetOptions(
  t: Strings,
  tables: Table[],
): { sheet: string; label: string }[] {
  const bySheet = new Map<string, (number | null)[]>();
  for (const table of tables)
    bySheet.set(table.sheet, [...(bySheet.get(table.sheet) ?? []), table.year]);
  return [...bySheet].map(([sheet, years]) => ({
    sheet,
    label: t.budget.option(sheet, yearsText(t, years)),
  }));
}

/** Each distinct sheet, year and unit once, in table order: "blad ”Budget”, 2024, tkr; blad ”Ekonomi”, inget år, kr". */
export function budgetTablesText(t: Strings, tables: (Table & { unit: string })[]): string {
  return [
    ...new Set(
      tables.map((table) =>
        t.found.budgetTable(table.sheet, yearsText(t, [table.year]), table.unit),
      ),
    ),
  ].join("; ");
}
