import ExcelJS from "exceljs";
import { a1 } from "../../../core/grid";
import { isoToSerial } from "../../../core/parse/dates";
import { KATEGORIER_MARKER } from "../../../core/template/fromWorkbook";
import type { RegisterTemplate } from "../../../core/template/registerTemplate";
import type { ValidationSpec } from "../../../core/template/validation";
import { serialToDate } from "../xlsx/dates";

/** ExcelJS has sheet-level data validations, missing from its typings. */
interface SheetValidations {
  add(address: string, v: ExcelJS.DataValidation): void;
  find(address: string): ExcelJS.DataValidation | undefined;
}
export const validationsOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: SheetValidations }).dataValidations;

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** A validation in ExcelJS terms; a date rule's bounds as Dates (ExcelJS writes them as serials). */
export function excelJsValidation(v: ValidationSpec): ExcelJS.DataValidation {
  const messages = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.text,
    showErrorMessage: true,
    errorStyle: v.error.style,
    errorTitle: v.error.title,
    error: v.error.text,
  };
  const r = v.rule;
  switch (r.kind) {
    case "list":
      return { type: "list", formulae: [r.source], ...messages };
    case "whole":
      return { type: "whole", operator: "between", formulae: [r.min, r.max], ...messages };
    case "date":
      return {
        type: "date",
        operator: "between",
        formulae: [serialToDate(isoToSerial(r.min)!), serialToDate(isoToSerial(r.max)!)],
        ...messages,
      };
    case "custom":
      return { type: "custom", formulae: [r.formula], ...messages };
  }
}

export const validationRange = (v: ValidationSpec) =>
  `${a1(v.firstRow, v.col)}:${a1(v.lastRow, v.col)}`;

/** The template as a new workbook: the register sheet (a table, frozen, validated) and Kategorier. */
export async function templateWorkbookBytes(t: RegisterTemplate): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Finsam-rapport";
  const reg = t.register;
  const ws = wb.addWorksheet(reg.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: reg.freezeRows }],
  });
  ws.addTable({
    name: reg.table.name,
    ref: "A1",
    headerRow: true,
    style: {
      theme: reg.table.style as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: reg.headers.map((name) => ({ name, filterButton: true })),
    rows: [reg.headers.map(() => null)],
  });
  reg.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  for (const c of reg.dateColumns) ws.getColumn(c + 1).numFmt = reg.dateFormat;
  for (const v of reg.validations) validationsOf(ws).add(validationRange(v), excelJsValidation(v));

  const k = t.kategorier;
  const ks = wb.addWorksheet(k.name, { views: [{ state: "frozen", ySplit: k.headerRow + 1 }] });
  k.rows.forEach((row, r) => row.forEach((v, c) => (ks.getCell(r + 1, c + 1).value = v)));
  ks.getCell(1, 1).font = { name: "Calibri", size: 14, bold: true };
  ks.getRow(k.headerRow + 1).font = { name: "Calibri", size: 11, bold: true };
  ks.getCell(2, 1).alignment = { wrapText: true, vertical: "top" };
  ks.mergeCells(2, 1, 2, k.columnWidths.length);
  ks.getRow(2).height = 60;
  k.columnWidths.forEach((w, c) => (ks.getColumn(c + 1).width = w));

  wb.definedNames.add(`${quoted(k.name)}!$A$1`, KATEGORIER_MARKER);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The template's file name: "register.xlsx" gives "register-mall.xlsx"; no workbook: "deltagarregister-mall.xlsx". */
export function templateFileName(sourceName?: string): string {
  const stem = sourceName ? sourceName.replace(/\.xls[xm]$/i, "") : "deltagarregister";
  return `${stem}-mall.xlsx`;
}
