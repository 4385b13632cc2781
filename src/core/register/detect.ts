import { columnIndex, type SheetGrid } from "../grid";
import { classifyRow, findHeaderRow, type HeaderRow } from "../headerRow";
import type { SheetMapping } from "../options";
import { fieldForHeader, type FieldKey } from "./fields";

const isRegisterHeader = (c: Partial<Record<FieldKey, number>>) =>
  c.id !== undefined && c.start !== undefined;

/**
 * The register header of a sheet: the first row above the data (see findHeaderRow) that maps at
 * least the participant id and the enrolment date, with the user's mapping
 * corrections applied. Null when the sheet is not a register.
 */
export function detectRegisterHeader(
  sheet: SheetGrid,
  mapping?: SheetMapping,
): HeaderRow<FieldKey> | null {
  let header: HeaderRow<FieldKey> | null;
  if (mapping?.headerRow !== undefined) {
    header = classifyRow(sheet, mapping.headerRow - 1, fieldForHeader) ?? {
      row: mapping.headerRow - 1,
      columns: {},
      duplicates: [],
      headers: (sheet.rows[mapping.headerRow - 1] ?? []).map((v) =>
        typeof v === "string" && v.trim() ? v.trim() : null,
      ),
    };
  } else if (mapping?.columns) {
    // With explicit columns the header row is the first one that maps anything.
    header = findHeaderRow(sheet, fieldForHeader, (c) =>
      isRegisterHeader(applyColumns(c, mapping)),
    );
  } else {
    header = findHeaderRow(sheet, fieldForHeader, isRegisterHeader);
  }
  if (!header) return null;
  const columns = mapping?.columns ? applyColumns(header.columns, mapping) : header.columns;
  if (!isRegisterHeader(columns)) return null;
  const taken = new Set(Object.values(columns));
  return { ...header, columns, duplicates: header.duplicates.filter(([, c]) => !taken.has(c)) };
}

function applyColumns(
  found: Partial<Record<FieldKey, number>>,
  mapping: SheetMapping,
): Partial<Record<FieldKey, number>> {
  const columns = { ...found };
  for (const [key, letter] of Object.entries(mapping.columns ?? {}) as [
    FieldKey,
    string | null | undefined,
  ][]) {
    if (letter === undefined) continue;
    const c = letter === null ? -1 : columnIndex(letter);
    if (c < 0) delete columns[key];
    else {
      // A column holds one field: the user's choice takes it from any other.
      for (const k of Object.keys(columns) as FieldKey[]) if (columns[k] === c) delete columns[k];
      columns[key] = c;
    }
  }
  return columns;
}
