import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { WorkbookGrid } from "../../../core/grid";
import { encryptedWorkbookMessage, isEncryptedOoxml } from "../encrypted";
// The streaming reader itself, not ../readXlsx: that module loads ExcelJS, which validate does not need.
import { readErrors, readWorkbookGrid, WorkbookReadError } from "../xlsx";

/** Throws a WorkbookReadError saying how to remove the password when the bytes are a password-protected workbook. */
export function rejectEncrypted(bytes: Uint8Array, fileName: string): void {
  if (isEncryptedOoxml(bytes))
    throw new WorkbookReadError("unreadable", encryptedWorkbookMessage(fileName));
}

/** Reads an .xlsx file from disk; the file is only read, never written. */
export async function readXlsxFile(path: string): Promise<WorkbookGrid> {
  const name = basename(path);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    throw readErrors.notFound(name);
  }
  rejectEncrypted(data, name);
  return readWorkbookGrid(data, name);
}
