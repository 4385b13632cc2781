import { FIELD_HEADERS, FIELD_KEYS, type FieldKey } from "../register/fields";
import type { RegisterSheet } from "../register/types";
import { FORMATS } from "../layout/sheetSpec";
import { CATEGORY_FIELDS, type CategoryField, type Taxonomy } from "../taxonomy/types";
import { fieldValidations } from "./fieldValidations";
import { kategorierSheet, type KategorierSheet } from "./kategorierLayout";
import { templateText as T } from "./text.sv";
import type { ListSources, ValidationSpec } from "./validation";

/** Rows of the template that get the validations (the table grows into them). */
export const TEMPLATE_ROWS = 1000;
/** Rows below an existing register's last row that get drop-downs too, for new participants. */
export const ROOM_BELOW = 500;

export interface RegisterTemplateSheet {
  name: string;
  /** Row 1: the canonical headers, one per register field (docs/domain.md). */
  headers: string[];
  table: { name: string; style: string };
  /** Data rows covered by the validations and formats (below the header). */
  rows: number;
  columnWidths: number[];
  freezeRows: number;
  /** Columns formatted as dates. */
  dateColumns: number[];
  dateFormat: string;
  validations: ValidationSpec[];
}

export interface RegisterTemplate {
  register: RegisterTemplateSheet;
  kategorier: KategorierSheet;
  /** Fields whose lists came from the workbook's own Kategorier sheet, and its insatser. */
  ownFields: CategoryField[];
  insatser: string[];
}

const WIDTHS: Partial<Record<FieldKey, number>> = {
  id: 14,
  insats: 24,
  referrer: 24,
  exitReason: 30,
  incomeBefore: 30,
  incomeAfter: 30,
  education: 28,
  yearsOnBenefits: 18,
};

const yearOf = (today?: string) => (today ? Number(today.slice(0, 4)) : new Date().getFullYear());

export interface TemplateOptions {
  taxonomy: Taxonomy;
  /** The workbook's insatser; none: the Kategorier sheet keeps empty rows to fill in. */
  insatser: string[];
  /** ISO date: its year is the last birth year accepted (default: this year). */
  today?: string;
  registerName?: string;
  /** The Excel table's name (unique in the workbook). */
  tableName?: string;
  kategorierName?: string;
  /** Where the lists come from instead of the new Kategorier sheet (a workbook's own is kept). */
  sources?: ListSources;
}

/** A new register: the canonical headers as a table, frozen, with drop-downs fed by the Kategorier sheet. */
export function registerTemplate(o: TemplateOptions): RegisterTemplate {
  const kategorier = kategorierSheet(o.taxonomy, o.insatser, o.kategorierName);
  const columns = Object.fromEntries(FIELD_KEYS.map((k, i) => [k, i])) as Record<FieldKey, number>;
  const headers = FIELD_KEYS.map((k) => FIELD_HEADERS[k].canonical);
  return {
    register: {
      name: o.registerName ?? T.registerSheet,
      headers,
      table: { name: o.tableName ?? T.registerTable, style: "TableStyleMedium2" },
      rows: TEMPLATE_ROWS,
      columnWidths: FIELD_KEYS.map((k, i) => WIDTHS[k] ?? Math.max(12, headers[i].length + 4)),
      freezeRows: 1,
      dateColumns: [columns.start, columns.end],
      dateFormat: FORMATS.date,
      validations: fieldValidations({
        columns,
        firstRow: 1,
        lastRow: TEMPLATE_ROWS,
        sources: o.sources ?? kategorier.sources,
        year: yearOf(o.today),
      }),
    },
    kategorier,
    ownFields: CATEGORY_FIELDS.filter((f) => o.taxonomy[f].source === "Kategorier"),
    insatser: o.insatser,
  };
}

/**
 * The same validations for an existing register's mapped columns, over its data rows and
 * ROOM_BELOW rows under them; nothing else about the sheet changes.
 */
export function registerDropDowns(
  sheet: RegisterSheet,
  sources: ListSources,
  today?: string,
): ValidationSpec[] {
  return fieldValidations({
    columns: sheet.columns,
    firstRow: sheet.headerRow + 1,
    lastRow: Math.max(sheet.lastRow, sheet.headerRow) + ROOM_BELOW,
    sources,
    year: yearOf(today),
  });
}
