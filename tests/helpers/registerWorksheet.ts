import type ExcelJS from "exceljs";
import { serialToDate } from "../../src/hosts/file/readXlsx";
import { syntheticRegister, type SyntheticOptions } from "../../src/samples/synthetic";

/** Writes a synthetic register into an ExcelJS sheet, its two date columns as real dates. */
export function addRegisterRows(ws: ExcelJS.Worksheet, options: SyntheticOptions): void {
  const [headers, ...rows] = syntheticRegister(options).rows;
  ws.addRow(headers);
  for (const r of rows)
    ws.addRow(
      r.map((v, c) => ((c === 6 || c === 7) && typeof v === "number" ? serialToDate(v) : v)),
    );
}
