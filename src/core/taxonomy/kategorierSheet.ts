import { cellAt, type SheetGrid, type WorkbookGrid } from "../grid";
import { findHeaderRow } from "../headerRow";
import type { IssueCollector } from "../issueCollector";
import { cleanText, normalizeKey } from "../parse/text";
import { fieldForHeader } from "../register/fields";
import { defaultKeyForLabel, defaultTaxonomy } from "./defaults";
import { CATEGORY_FIELDS, type Category, type CategoryField, type Taxonomy } from "./types";

export const CATEGORIES_SHEET = "Kategorier";

type Column = "field" | "label" | "synonyms" | "green";

const COLUMN_NAMES: Record<string, Column> = {
  falt: "field",
  kategori: "label",
  synonymer: "synonyms",
  synonym: "synonyms",
  stegforflyttning: "green",
};

function classify(text: string): Column | null {
  const norm = normalizeKey(text.replace(/\([^)]*\)/g, " "));
  return COLUMN_NAMES[norm] ?? null;
}

/** Fält values: a register header of a category field, or "Försörjning" for both income fields. */
function fieldsNamed(text: string): CategoryField[] {
  const norm = normalizeKey(text);
  if (norm === "forsorjning" || norm === "forsorjningskalla")
    return ["incomeBefore", "incomeAfter"];
  const key = fieldForHeader(text);
  return key && (CATEGORY_FIELDS as readonly string[]).includes(key) ? [key as CategoryField] : [];
}

const YES = new Set(["ja", "j", "yes", "x", "1", "sant", "true"]);
const NO = new Set(["nej", "n", "no", "0", "falskt", "false", ""]);

export function findCategoriesSheet(grid: WorkbookGrid): SheetGrid | null {
  return grid.sheets.find((s) => normalizeKey(s.name) === normalizeKey(CATEGORIES_SHEET)) ?? null;
}

/**
 * The taxonomy for this workbook: the defaults, with every field that the
 * `Kategorier` sheet lists replaced by the sheet's categories in row order.
 */
export function readTaxonomy(grid: WorkbookGrid, issues: IssueCollector): Taxonomy {
  const taxonomy = defaultTaxonomy();
  const sheet = findCategoriesSheet(grid);
  if (!sheet) return taxonomy;

  const header = findHeaderRow<Column>(
    sheet,
    classify,
    (c) => c.field !== undefined && c.label !== undefined,
  );
  if (!header) {
    if (sheet.rows.length > 0)
      issues.add(
        "KAT-COLUMNS-MISSING",
        { sheet: sheet.name, row: 0, col: 0, column: "A" },
        null,
        issues.msg.categoriesColumnsMissing(),
      );
    return taxonomy;
  }
  const col = header.columns as Record<Column, number | undefined>;
  const colName = (c: number) => header.headers[c] ?? "";
  const replaced = new Map<CategoryField, Category[]>();

  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const fieldText = cellText(sheet, r, col.field!);
    const label = cellText(sheet, r, col.label!);
    if (!fieldText || !label) continue;
    const fields = fieldsNamed(fieldText);
    // Insats rows list the workbook's insatser for the register's drop-down: not categories.
    if (fields.length === 0 && fieldForHeader(fieldText) === "insats") continue;
    if (fields.length === 0) {
      issues.add(
        "KAT-FIELD-UNKNOWN",
        { sheet: sheet.name, row: r, col: col.field!, column: colName(col.field!) },
        fieldText,
        issues.msg.categoriesFieldUnknown(fieldText),
      );
      continue;
    }
    const synonyms =
      col.synonyms === undefined
        ? []
        : cellText(sheet, r, col.synonyms)
            .split(";")
            .map((s) => cleanText(s))
            .filter(Boolean);
    let green = false;
    if (col.green !== undefined) {
      const g = normalizeKey(cellText(sheet, r, col.green));
      if (YES.has(g)) green = true;
      else if (!NO.has(g))
        issues.add(
          "KAT-GREEN-INVALID",
          { sheet: sheet.name, row: r, col: col.green, column: colName(col.green) },
          cellAt(sheet, r, col.green),
          issues.msg.categoriesGreenInvalid(cellText(sheet, r, col.green)),
        );
    }
    for (const field of fields) {
      const list = replaced.get(field) ?? [];
      if (!replaced.has(field)) replaced.set(field, list);
      const norm = normalizeKey(label);
      if (list.some((c) => normalizeKey(c.label) === norm)) continue;
      list.push({
        key: uniqueKey(list, defaultKeyForLabel(field, norm, normalizeKey) ?? keyFromLabel(label)),
        label,
        green: field === "exitReason" && green,
        synonyms,
      });
    }
  }
  for (const [field, categories] of replaced) {
    taxonomy[field] = { ...taxonomy[field], categories, source: "Kategorier" };
  }
  return taxonomy;
}

function cellText(sheet: SheetGrid, r: number, c: number): string {
  const v = cellAt(sheet, r, c);
  return v === null ? "" : cleanText(String(v));
}

/** "Redo för arbete" → "redoForArbete": a stable, readable key for a workbook's own label. */
export function keyFromLabel(label: string): string {
  const words = label
    .toLowerCase()
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .replace(/é/g, "e")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const key = words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join("");
  return key || "category";
}

export function uniqueKey(list: Category[], key: string): string {
  let k = key;
  for (let i = 2; list.some((c) => c.key === k); i++) k = `${key}${i}`;
  return k;
}
