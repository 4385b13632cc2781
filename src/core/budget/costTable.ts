import { cellAt, columnLetter, type CellValue, type SheetGrid } from "../grid";
import type { IssueCollector } from "../issueCollector";
import { parseAmount, type AmountUnit } from "../parse/amounts";
import { isErrorValue } from "../parse/errors";
import { holdsPersonnummer } from "../parse/personnummer";
import { cleanText } from "../parse/text";
import { unitInText, yearInText } from "./headers";
import { toKronor } from "./rawLine";
import { isTotalLabel } from "./rowLabels";
import type { CostHeaderRow } from "./tableHeaders";
import type { CostTable, CostTableRow } from "./types";
import { titleUnit } from "./unit";
import { tableYear } from "./year";

/** Reads a förbund's own cost-per-participant table, down to its total or the next table. */
export function readCostTable(
  sheet: SheetGrid,
  h: CostHeaderRow,
  stop: number,
  titleFrom: number,
  firstHeaderRow: number,
  issues: IssueCollector,
): CostTable {
  const cols = h.columns;
  const colName = (c: number) => h.headers[c] ?? columnLetter(c);
  const headerUnit =
    unitInText(h.headers[cols.cost] ?? "") ?? unitInText(h.headers[cols.perParticipant] ?? "");
  const unit: AmountUnit = headerUnit ?? titleUnit(sheet, titleFrom, h.row, firstHeaderRow) ?? "kr";
  const rows: CostTableRow[] = [];
  let lastRow = h.row;
  for (let r = h.row + 1; r < stop; r++) {
    const labelCell = cellAt(sheet, r, h.label);
    const label = labelCell === null ? "" : cleanText(String(labelCell));
    if (!label || isErrorValue(label) || holdsPersonnummer(label)) continue;
    lastRow = r;
    if (isTotalLabel(label)) break;
    const read = (c: number, isAmount: boolean): number | null => {
      const v: CellValue = cellAt(sheet, r, c);
      if (v === null || (typeof v === "string" && !v.trim())) return null;
      if (isErrorValue(v)) {
        issues.add(
          "CELL-ERROR-VALUE",
          { sheet: sheet.name, row: r, col: c, column: colName(c) },
          v,
          issues.msg.errorValue(v.trim()),
        );
        return null;
      }
      const p = parseAmount(v);
      if (!p || !p.ok) {
        issues.add(
          "BUDGET-AMOUNT-INVALID",
          { sheet: sheet.name, row: r, col: c, column: colName(c) },
          v,
          issues.msg.amountInvalid(colName(c)),
        );
        return null;
      }
      return isAmount ? toKronor(Math.abs(p.value), p.unit ?? unit) : Math.abs(p.value);
    };
    rows.push({
      insats: label,
      row: r,
      cost: read(cols.cost, true),
      count: read(cols.count, false),
      perParticipant: read(cols.perParticipant, true),
      cells: {
        cost: cellAt(sheet, r, cols.cost),
        count: cellAt(sheet, r, cols.count),
        perParticipant: cellAt(sheet, r, cols.perParticipant),
      },
    });
  }
  const headerYear =
    yearInText(h.headers[cols.cost] ?? "") ?? yearInText(h.headers[cols.perParticipant] ?? "");
  const year = tableYear(sheet, headerYear, titleFrom, h.row, firstHeaderRow).year;
  return {
    sheet: sheet.name,
    headerRow: h.row,
    columns: { insats: h.label, ...cols },
    headers: h.headers,
    unit,
    year,
    rows,
    lastRow,
  };
}
