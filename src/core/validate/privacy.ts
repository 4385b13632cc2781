import { columnLetter, type WorkbookGrid } from "../grid";
import type { IssueCollector } from "../issues";
import { sv } from "../messages/sv";
import { containsPersonnummer, looksLikePersonnummer } from "../parse/personnummer";
import { looksLikeNameHeader } from "../register/fields";
import type { RegisterSheet } from "../register/types";

/** What an issue shows instead of the personnummer itself: issues end up in logs and sheets. */
export const MASKED_PERSONNUMMER = "ÅÅMMDD-XXXX";

/** A personnummer anywhere in the workbook, in any column. */
export function checkPersonnummer(grid: WorkbookGrid, headersBySheet: Map<string, (string | null)[]>, issues: IssueCollector): void {
  for (const sheet of grid.sheets) {
    const headers = headersBySheet.get(sheet.name);
    for (let r = 0; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r];
      if (!cells) continue;
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c];
        if (v === null || typeof v === "boolean") continue;
        if (looksLikePersonnummer(v) || (typeof v === "string" && v.length > 13 && containsPersonnummer(v)))
          issues.add("PRIVACY-PERSONNUMMER", { sheet: sheet.name, row: r, col: c, column: headers?.[c] ?? columnLetter(c) }, MASKED_PERSONNUMMER, sv.personnummer());
      }
    }
  }
}

/** A register column whose header says it holds names. */
export function checkNameColumns(sheets: RegisterSheet[], issues: IssueCollector): void {
  for (const s of sheets) {
    const mapped = new Set(Object.values(s.columns));
    s.headers.forEach((h, c) => {
      if (h && !mapped.has(c) && looksLikeNameHeader(h)) issues.add("PRIVACY-NAME-COLUMN", { sheet: s.name, row: s.headerRow, col: c, column: h }, h, sv.nameColumn(h));
    });
  }
}
