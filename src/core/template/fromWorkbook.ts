import type { WorkbookGrid } from "../grid";
import { readWorkbook } from "../readWorkbook";
import { registerTemplate, type RegisterTemplate } from "./registerTemplate";

/**
 * The template for a workbook: its own categories (its Kategorier sheet, else the defaults)
 * and its insatser; without a workbook the defaults and an Insats list to fill in.
 */
export function templateForWorkbook(grid: WorkbookGrid | null, today?: string): RegisterTemplate {
  if (!grid)
    return registerTemplate({
      taxonomy: readWorkbook({ sheets: [] }, { today }).taxonomy,
      insatser: [],
      today,
    });
  const parsed = readWorkbook(grid, { today });
  return registerTemplate({ taxonomy: parsed.taxonomy, insatser: parsed.register.insatser, today });
}

/**
 * The workbook name that marks a Kategorier sheet as the add-in's own (it may rewrite it; a
 * user's own is never touched). Not the report sheets' prefix (_FinsamRapport_): a sheet with
 * that marker is output and never read as a source.
 */
export const KATEGORIER_MARKER = "_FinsamMall_kategorier";
