/**
 * Any register file the file hosts read, by what its bytes are: an .xlsx/.xlsm (the streaming
 * reader, which also names an .xls or an encrypted workbook), an .ods (a zip whose mimetype says
 * so) or a .csv (text, by its name). Browser-safe and free of ExcelJS (validate loads it).
 */
import type { WorkbookGrid } from "../../core/grid";
import { readCsv, type OnDate } from "./csv/readCsv";
import { isOds, readOds } from "./ods/readOds";
import { readWorkbookGrid } from "./xlsx";
import type { FilesRead } from "./xlsx/limits";
import { OLE, startsWith, ZIP } from "./xlsx/signature";

export type SourceFormat = "xlsx" | "ods" | "csv";

/** What the file is: its bytes decide between workbooks, its name says text is CSV. */
export function sourceFormat(bytes: Uint8Array, fileName: string): SourceFormat {
  if (startsWith(bytes, ZIP)) return isOds(bytes) ? "ods" : "xlsx";
  if (bytes.length && !startsWith(bytes, OLE) && /\.(csv|txt)$/i.test(fileName)) return "csv";
  // Anything else gets the workbook reader's messages (empty, .xls, encrypted, not a workbook).
  return "xlsx";
}

/**
 * The file's sheets as the core's grid; Swedish WorkbookReadError when it cannot be read.
 * `onDate` hears of each .csv/.ods cell read as a date (an .xlsx keeps its own formats).
 */
export function readSourceGrid(
  bytes: Uint8Array,
  fileName: string,
  before?: FilesRead,
  onDate?: OnDate,
): WorkbookGrid {
  switch (sourceFormat(bytes, fileName)) {
    case "csv":
      return readCsv(bytes, fileName, before, onDate);
    case "ods":
      return readOds(bytes, fileName, before, onDate);
    default:
      return readWorkbookGrid(bytes, fileName, before);
  }
}
