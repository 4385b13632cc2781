import { columnLetter, type WorkbookGrid } from "../core/grid";
import { serialToYmd } from "../core/parse/dates";
import type { ParsedWorkbook } from "../core/readWorkbook";
import type { WorkbookOverview } from "./types";

/** The user's budget sheet if the workbook still has budget tables on it; else null (automatic). */
export function budgetSheetOf(parsed: ParsedWorkbook | null, chosen: string | null): string | null {
  return chosen !== null && parsed?.budgets.some((t) => t.sheet === chosen) ? chosen : null;
}

/**
 * Summarises what the core understood of a workbook, for the Start and Settings pages.
 * `budgetSheet` is the user's choice of budget sheet; one without budget tables reads as automatic.
 */
export function overviewOf(
  parsed: ParsedWorkbook,
  fileNames: string[],
  grid: WorkbookGrid,
  budgetSheet: string | null = null,
): WorkbookOverview {
  const reg = parsed.register;
  return {
    fileNames,
    registerSheets: reg.sheets.map((s) => {
      const cells = grid.sheets.find((g) => g.name === s.name)?.rows[s.headerRow] ?? [];
      const columns = cells
        .map((v, c) => ({ letter: columnLetter(c), header: v === null ? "" : String(v) }))
        .filter((c) => c.header.trim() !== "");
      const mapping: WorkbookOverview["registerSheets"][number]["mapping"] = {};
      for (const [k, c] of Object.entries(s.columns))
        mapping[k as keyof typeof mapping] = columnLetter(c as number);
      return { name: s.name, headerRow: s.headerRow + 1, rows: s.rowCount, columns, mapping };
    }),
    rows: reg.rows.length,
    insatser: reg.insatser,
    budget: parsed.budgets[0]
      ? { sheet: parsed.budgets[0].sheet, unit: parsed.budgets[0].unit }
      : null,
    budgetTables: parsed.budgets.map((t) => ({
      sheet: t.sheet,
      headerRow: t.headerRow + 1,
      year: t.year,
      unit: t.unit,
    })),
    budgetSheet: budgetSheetOf(parsed, budgetSheet),
    categories: Object.values(parsed.taxonomy).map((t) => ({
      field: t.field,
      source: t.source,
      categories: t.categories.map((c) => ({
        label: c.label,
        green: c.green,
        synonyms: c.synonyms,
      })),
    })),
    defaultYear: serialToYmd(parsed.today).y - 1,
    savedPeriod: null,
  };
}
