/**
 * A .csv or .ods register as an .xlsx package of values, so the report path (which adds its
 * sheets to the source's package) treats it like any workbook: the report is a new .xlsx.
 */
import ExcelJS from "exceljs";
import { readSourceGrid, sourceFormat } from "./readSource";
import type { FilesRead } from "./xlsx/limits";

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** Whether the file is not a workbook Excel writes (its report is a new .xlsx). */
export const isConverted = (src: SourceFile) => sourceFormat(src.bytes, src.name) !== "xlsx";

/** The source itself when it is an .xlsx/.xlsm; otherwise its grid written as an .xlsx (same name). */
export async function asWorkbookSource(src: SourceFile, before?: FilesRead): Promise<SourceFile> {
  if (!isConverted(src)) return src;
  const grid = readSourceGrid(src.bytes, src.name, before);
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  return { name: src.name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}
