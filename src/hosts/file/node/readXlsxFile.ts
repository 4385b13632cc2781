import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { WorkbookGrid } from "../../../core/grid";
// The streaming reader itself, not ../readXlsx: that module loads ExcelJS, which validate does not need.
import { readSourceGrid } from "../readSource";
import { readErrors } from "../xlsx";
import { useNodeInflate } from "./nodeInflate";

useNodeInflate();

/** Reads an .xlsx/.xlsm, .ods or .csv file from disk; the file is only read, never written. */
export async function readXlsxFile(path: string): Promise<WorkbookGrid> {
  const name = basename(path);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    throw readErrors.notFound(name);
  }
  // The reader's signature check names a password-protected workbook as such.
  return readSourceGrid(data, name);
}
