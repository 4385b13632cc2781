import { columnLetter, type WorkbookGrid } from "../../core/grid";
import { serialToYmd } from "../../core/parse/dates";
import type { ParsedWorkbook } from "../../core/readWorkbook";
import type { WorkbookOverview } from "./types";

/** Summarises what the core understood of a workbook, for the Start and Settings pages. */
export function overviewOf(parsed: ParsedWorkbook, fileNames: string[], grid: WorkbookGrid): WorkbookOverview {
  const reg = parsed.register;
  return {
    fileNames,
    registerSheets: reg.sheets.map((s) => {
      const cells = grid.sheets.find((g) => g.name === s.name)?.rows[s.headerRow] ?? [];
      const columns = cells.map((v, c) => ({ letter: columnLetter(c), header: v === null ? "" : String(v) })).filter((c) => c.header.trim() !== "");
      const mapping: WorkbookOverview["registerSheets"][number]["mapping"] = {};
      for (const [k, c] of Object.entries(s.columns)) mapping[k as keyof typeof mapping] = columnLetter(c as number);
      return { name: s.name, headerRow: s.headerRow + 1, rows: s.rowCount, columns, mapping };
    }),
    rows: reg.rows.length,
    insatser: reg.teams,
    budget: parsed.budgets[0] ? { sheet: parsed.budgets[0].sheet, unit: parsed.budgets[0].unit } : null,
    categories: Object.values(parsed.taxonomy).map((t) => ({
      field: t.field,
      source: t.source,
      categories: t.categories.map((c) => ({ label: c.label, green: c.green, synonyms: c.synonyms })),
    })),
    defaultYear: serialToYmd(parsed.today).y - 1,
    savedPeriod: null,
  };
}

