import { columnLetter, type SheetGrid, type WorkbookGrid } from "../grid";
import type { HeaderRow } from "../headerRow";
import type { IssueCollector } from "../issueCollector";
import { personnummerForm, personnummerFormIn } from "../parse/personnummer";
import { cleanText } from "../parse/text";
import { looksLikeFullName, MASKED_PERSONNUMMER } from "../privacy/mask";
import {
  looksLikeNameHeader,
  looksLikePersonnummerHeader,
  type FieldKey,
} from "../register/fields";

export { MASKED_PERSONNUMMER };

/** The strongest personnummer form in a cell: the whole cell, or inside a longer text. */
function formIn(v: string | number): "valid" | "check-digit" | null {
  const whole = personnummerForm(v);
  return whole || typeof v !== "string" || v.length <= 13 ? whole : personnummerFormIn(v);
}

/** A personnummer anywhere in the workbook, in any column; a wrong check digit is a warning (it still identifies someone). */
export function checkPersonnummer(
  grid: WorkbookGrid,
  headersBySheet: Map<string, (string | null)[]>,
  issues: IssueCollector,
): void {
  for (const sheet of grid.sheets) {
    if (sheet.generated) continue;
    const headers = headersBySheet.get(sheet.name);
    for (let r = 0; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r];
      if (!cells) continue;
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c];
        if (v === null || typeof v === "boolean") continue;
        const form = formIn(v);
        if (!form) continue;
        const at = { sheet: sheet.name, row: r, col: c, column: headers?.[c] ?? columnLetter(c) };
        if (form === "valid") issues.add("PRIVACY-PERSONNUMMER", at, v, issues.msg.personnummer());
        else issues.add("PRIVACY-PERSONNUMMER-LIKE", at, v, issues.msg.personnummerLike());
      }
    }
  }
}

/** Why a register column is treated as personal: its values are masked in every issue. */
export interface PersonalColumn {
  sheet: string;
  col: number;
  header: string;
  reason: "id" | "name-header" | "name-values" | "personnummer-header";
}

const MIN_VALUES = 3;
/** Distinct texts remembered per column: a column of ids (all different) gains nothing from more. */
const MAX_MEMO = 10_000;

/** Most of the column's values look like people's full names, and most are different (unlike insatser or kommuner). */
function mostlyNames(sheet: SheetGrid, headerRow: number, col: number): boolean {
  let values = 0;
  let names = 0;
  const distinct = new Set<string>();
  // Register columns repeat a few values: each distinct text is tested once (100 000-row files).
  const seen = new Map<string, string | null>();
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const v = sheet.rows[r]?.[col];
    if (v === null || v === undefined || (typeof v === "string" && !v.trim())) continue;
    values++;
    if (typeof v !== "string") continue;
    let name = seen.get(v);
    if (name === undefined) {
      name = looksLikeFullName(v) ? cleanText(v) : null;
      if (seen.size < MAX_MEMO) seen.set(v, name);
    }
    if (name !== null) {
      names++;
      distinct.add(name);
    }
  }
  return values >= MIN_VALUES && names >= 0.6 * values && distinct.size >= 0.5 * names;
}

/**
 * The register columns that hold people's names or ids: the id column, columns headed as names
 * or as personnummer, and any column whose values are mostly names, whatever its header.
 */
export function findPersonalColumns(
  inputs: { sheet: SheetGrid; header: HeaderRow<FieldKey> }[],
): PersonalColumn[] {
  const out: PersonalColumn[] = [];
  for (const { sheet, header } of inputs)
    header.headers.forEach((h, col) => {
      const text = h ?? columnLetter(col);
      if (h && looksLikePersonnummerHeader(h))
        out.push({ sheet: sheet.name, col, header: text, reason: "personnummer-header" });
      else if (h && looksLikeNameHeader(h))
        out.push({ sheet: sheet.name, col, header: text, reason: "name-header" });
      else if (
        header.columns.start !== col &&
        header.columns.end !== col &&
        mostlyNames(sheet, header.row, col)
      )
        out.push({ sheet: sheet.name, col, header: text, reason: "name-values" });
      else if (header.columns.id === col)
        out.push({ sheet: sheet.name, col, header: text, reason: "id" });
    });
  return out;
}

/** Columns of names (by header or by values) and columns headed as personnummer are flagged at their header. */
export function checkPersonalColumns(
  columns: PersonalColumn[],
  headerRows: Map<string, number>,
  issues: IssueCollector,
): void {
  for (const p of columns) {
    const at = {
      sheet: p.sheet,
      row: headerRows.get(p.sheet) ?? 0,
      col: p.col,
      column: p.header,
      isHeader: true,
    };
    if (p.reason === "personnummer-header")
      issues.add(
        "PRIVACY-PERSONNUMMER-COLUMN",
        at,
        p.header,
        issues.msg.personnummerColumn(p.header),
      );
    else if (p.reason !== "id")
      issues.add("PRIVACY-NAME-COLUMN", at, p.header, issues.msg.nameColumn(p.header));
  }
}
