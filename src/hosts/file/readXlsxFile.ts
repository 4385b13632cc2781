import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { WorkbookGrid } from "../../core/grid";
import { readErrors, readXlsxBuffer } from "./readXlsx";

/** Reads an .xlsx file from disk; the file is only read, never written. */
export async function readXlsxFile(path: string): Promise<WorkbookGrid> {
  const name = basename(path);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    throw readErrors.notFound(name);
  }
  return readXlsxBuffer(data, name);
}
