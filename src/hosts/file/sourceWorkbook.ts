/**
 * A .csv or .ods register as an .xlsx package of values, so the report path (which adds its
 * sheets to the source's package) treats it like any workbook: the report is a new .xlsx.
 */
import ExcelJS from "exceljs";
import { readSourceGrid, sourceFormat } from "./readSource";
import type { FilesRead } from "./xlsx/limits";

const DATE_FORMAT = "yyyy-mm-dd";

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** Whether the file is not a workbook Excel writes (its report is a new .xlsx). */
export const isConverted = (src: SourceFile) => sourceFormat(src.bytes, src.name) !== "xlsx";

/** The source itself when it is an .xlsx/.xlsm; otherwise its grid written as an .xlsx (same name). */
export async function asWorkbookSource(src: SourceFile, before?: FilesRead): Promise<SourceFile> {
  if (!isConverted(src)) return src;
  const dates = new Map<string, [number, number][]>();
  const grid = readSourceGrid(src.bytes, src.name, before, (sheet, r, c) => {
    const list = dates.get(sheet) ?? [];
    list.push([r, c]);
    dates.set(sheet, list);
  });
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    // A date stays a date in the copy (Excel's ISO format), not a bare serial number.
    for (const [r, c] of dates.get(sheet.name) ?? []) ws.getCell(r + 1, c + 1).numFmt = DATE_FORMAT;
  }
  return { name: src.name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}
