import type { WorkbookGrid } from "../grid";
import { sheetOfReference } from "../layout/sheetNames";
import { normalizeKey } from "../parse/text";
import type { ParsedWorkbook } from "../readWorkbook";
import { CATEGORIES_SHEET, findCategoriesSheet } from "../taxonomy/kategorierSheet";
import { KATEGORIER_MARKER } from "./fromWorkbook";
import { inlineSources } from "./inlineSources";
import { registerTemplate, type RegisterTemplate } from "./registerTemplate";
import { templateText as T } from "./text.sv";

const MAX_SHEET_NAME = 31;

/** What happens to the Kategorier sheet: made, rewritten (the add-in's own) or kept (the user's). */
export type KategorierAction = "create" | "rewrite" | "keep";

export interface TemplatePlan {
  template: RegisterTemplate;
  kategorier: KategorierAction;
  /** The rows and columns the add-in's earlier Kategorier sheet filled (blanked where the new one is smaller). */
  previous: { rows: number; cols: number };
}

/** A name not taken (case-insensitively): "Deltagarregister", then "Deltagarregister (2)"… */
export function freeSheetName(wanted: string, taken: string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let name = wanted;
  for (let i = 2; used.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  return name;
}

/** A table name not taken by a table or a workbook name: "Deltagarregister", "Deltagarregister2"… */
export function freeTableName(wanted: string, taken: string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let name = wanted;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${wanted}${i}`;
  return name;
}

/**
 * The template inside an open workbook: a new register sheet under a free name (a sheet is never
 * replaced), and the Kategorier sheet made when missing, rewritten when it is the add-in's own
 * (marked), kept when it is the user's (the lists are then written in the validations).
 */
export function planTemplate(
  grid: WorkbookGrid,
  parsed: ParsedWorkbook,
  workbookNames: [string, string][],
  tableNames: string[],
  today?: string,
): TemplatePlan {
  const sheetNames = grid.sheets.map((s) => s.name);
  const existing = findCategoriesSheet(grid);
  const markedSheet = workbookNames.find(([n]) => n === KATEGORIER_MARKER)?.[1];
  const own =
    existing !== null &&
    markedSheet !== undefined &&
    normalizeKey(sheetOfReference(markedSheet) ?? "") === normalizeKey(existing.name);
  const kategorier: KategorierAction = existing === null ? "create" : own ? "rewrite" : "keep";
  const insatser = parsed.register.insatser;
  const template = registerTemplate({
    taxonomy: parsed.taxonomy,
    insatser,
    today,
    registerName: freeSheetName(T.registerSheet, sheetNames),
    tableName: freeTableName(T.registerTable, [...tableNames, ...workbookNames.map(([n]) => n)]),
    kategorierName: existing?.name ?? CATEGORIES_SHEET,
    sources: kategorier === "keep" ? inlineSources(parsed.taxonomy, insatser) : undefined,
  });
  const previous = {
    rows: existing?.rows.length ?? 0,
    cols: Math.max(0, ...(existing?.rows.map((r) => r.length) ?? [0])),
  };
  return { template, kategorier, previous };
}
