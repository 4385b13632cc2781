import type { WorkbookGrid } from "../grid";
import { normalizeKey } from "../parse/text";
import { FIELD_HEADERS } from "../register/fields";
import { CATEGORIES_SHEET } from "../taxonomy/kategorierSheet";
import {
  CATEGORY_FIELDS,
  type CategoryField,
  type FieldTaxonomy,
  type Taxonomy,
} from "../taxonomy/types";
import { templateText as T } from "./text.sv";
import type { ListField, ListSources } from "./validation";

/** Rows kept for the user's insatser when the workbook names none yet. */
export const EMPTY_INSATS_ROWS = 10;
/** Rows above the Kategorier table: title and note. */
const HEADER_ROW = 2;

export interface KategorierSheet {
  name: string;
  /** Title, note, header row and one row per category, grouped by field. */
  rows: (string | null)[][];
  /** 0-based header row (the Fält | Kategori | Synonymer | Stegförflyttning row). */
  headerRow: number;
  columnWidths: number[];
  /** Each list field's range in the Kategori column, for the drop-downs. */
  sources: ListSources;
}

/** A sheet reference as a formula writes it: quoted when the name needs it. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const sameList = (a: FieldTaxonomy, b: FieldTaxonomy) =>
  JSON.stringify(a.categories.map((c) => [c.label, c.synonyms])) ===
  JSON.stringify(b.categories.map((c) => [c.label, c.synonyms]));

/**
 * The Kategorier sheet for a taxonomy, in the form the reader takes (readTaxonomy: one row per
 * category, Fält | Kategori | Synonymer | Stegförflyttning). Each field's rows are kept together
 * so that its labels are one range of the Kategori column: the drop-downs' source. The income
 * fields share one group ("Försörjning") when their lists are the same.
 */
export function kategorierSheet(
  taxonomy: Taxonomy,
  insatser: string[],
  name: string = CATEGORIES_SHEET,
): KategorierSheet {
  const rows: (string | null)[][] = [
    [T.kategorierTitle],
    [T.kategorierNote],
    [...T.kategorierHeaders],
  ];
  const sources: ListSources = {};
  const group = (fields: ListField[], fieldText: string, items: (string | null)[][]) => {
    if (items.length === 0) return;
    const first = rows.length;
    for (const item of items) rows.push([fieldText, ...item]);
    const range = `${sheetRef(name)}!$B$${first + 1}:$B$${rows.length}`;
    for (const f of fields) sources[f] = range;
  };
  const categories = (field: CategoryField) =>
    taxonomy[field].categories.map((c) => [
      c.label,
      c.synonyms.join("; ") || null,
      field === "exitReason" ? (c.green ? T.yes : T.no) : null,
    ]);

  const insatsRows = insatser.length
    ? insatser.map((i) => [i, null, null])
    : Array.from({ length: EMPTY_INSATS_ROWS }, () => [null, null, null]);
  group(["insats"], FIELD_HEADERS.insats.canonical, insatsRows);
  const incomeTogether = sameList(taxonomy.incomeBefore, taxonomy.incomeAfter);
  for (const field of CATEGORY_FIELDS) {
    if (incomeTogether && field === "incomeAfter") continue;
    if (incomeTogether && field === "incomeBefore") {
      group(["incomeBefore", "incomeAfter"], T.incomeBoth, categories(field));
      continue;
    }
    const listField = field === "yearsOnBenefits" ? [] : [field as ListField];
    group(listField, FIELD_HEADERS[field].canonical, categories(field));
  }
  return { name, rows, headerRow: HEADER_ROW, columnWidths: [30, 36, 50, 16], sources };
}

/** The workbook as read with `k` as its Kategorier sheet (in place of one by that name, or added). */
export function withKategorier(grid: WorkbookGrid, k: KategorierSheet): WorkbookGrid {
  const sheet = { name: k.name, rows: k.rows };
  const at = grid.sheets.findIndex((s) => normalizeKey(s.name) === normalizeKey(k.name));
  return {
    sheets: at < 0 ? [...grid.sheets, sheet] : grid.sheets.map((s, i) => (i === at ? sheet : s)),
  };
}
