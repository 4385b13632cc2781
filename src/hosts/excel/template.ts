import { a1, columnLetter } from "../../core/grid";
import { KATEGORIER_MARKER } from "../../core/template/fromWorkbook";
import type { TemplatePlan } from "../../core/template/planTemplate";
import { queueValidation } from "./dropDowns";

/** Excel column width is in points; a character of the default font is about 7. */
const POINTS_PER_CHAR = 7;

/** Text as typed input: a leading apostrophe so that Excel never reads a label as a number or formula. */
const asText = (v: string | null) => (v === null || v === "" ? "" : `'${v}`);

/**
 * Queues the template in one batch: the register sheet (headers as a table, frozen, dates
 * formatted, validations) and the Kategorier sheet when the plan makes or rewrites it, with
 * its hidden marker. The caller syncs once.
 */
export function queueTemplate(context: Excel.RequestContext, plan: TemplatePlan): void {
  queueKategorier(context, plan);
  const ws = context.workbook.worksheets.add(plan.template.register.name);
  queueRegisterSheet(ws, plan);
}

/** Queues the Kategorier sheet: made with its marker, rewritten (the add-in's own), or left alone (the user's). */
export function queueKategorier(context: Excel.RequestContext, plan: TemplatePlan): void {
  const wb = context.workbook;
  const k = plan.template.kategorier;
  if (plan.kategorier !== "keep") {
    const ks =
      plan.kategorier === "create" ? wb.worksheets.add(k.name) : wb.worksheets.getItem(k.name);
    // The earlier sheet's cells beyond the new rows are blanked, so no stale category stays.
    const rows = Math.max(k.rows.length, plan.previous.rows);
    const cols = Math.max(k.columnWidths.length, plan.previous.cols);
    const block = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => asText(k.rows[r]?.[c] ?? null)),
    );
    ks.getRangeByIndexes(0, 0, rows, cols).formulas = block;
    ks.getRange("A1").format.font.bold = true;
    ks.getRangeByIndexes(k.headerRow, 0, 1, k.columnWidths.length).format.font.bold = true;
    k.columnWidths.forEach(
      (w, c) =>
        (ks.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth =
          w * POINTS_PER_CHAR),
    );
    if (plan.kategorier === "create") {
      const marker = wb.names.add(KATEGORIER_MARKER, ks.getRange("A1"));
      marker.visible = false;
    }
  }
}

function queueRegisterSheet(ws: Excel.Worksheet, plan: TemplatePlan): void {
  const reg = plan.template.register;
  const last = reg.headers.length - 1;
  ws.getRangeByIndexes(0, 0, 1, reg.headers.length).formulas = [reg.headers.map(asText)];
  const table = ws.tables.add(`A1:${a1(1, last)}`, true);
  table.name = reg.table.name;
  table.style = reg.table.style;
  reg.columnWidths.forEach(
    (w, c) =>
      (ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth =
        w * POINTS_PER_CHAR),
  );
  for (const c of reg.dateColumns)
    ws.getRangeByIndexes(1, c, reg.rows, 1).numberFormat = Array.from({ length: reg.rows }, () => [
      reg.dateFormat,
    ]);
  ws.freezePanes.freezeRows(reg.freezeRows);
  for (const v of reg.validations) queueValidation(ws, v);
  ws.activate();
}
