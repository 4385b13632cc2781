/** What the first bytes say a file is: an .xlsx (a zip), an old .xls or an encrypted workbook (OLE), or neither. */
import { encryptedWorkbookMessage, isEncryptedOoxml } from "../encrypted";
import { readErrors, WorkbookReadError } from "./errors";

export const ZIP = [0x50, 0x4b, 0x03, 0x04];
export const OLE = [0xd0, 0xcf, 0x11, 0xe0];
export const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Throws the Swedish WorkbookReadError for bytes that cannot be an .xlsx workbook. */
export function checkSignature(bytes: Uint8Array, fileName: string): void {
  if (bytes.length === 0) throw readErrors.empty(fileName);
  if (startsWith(bytes, OLE)) {
    // A password-protected .xlsx is an OLE file too: say how to remove the password, not "save as .xlsx".
    if (isEncryptedOoxml(bytes))
      throw new WorkbookReadError("unreadable", encryptedWorkbookMessage(fileName));
    throw readErrors.xls(fileName);
  }
  if (!startsWith(bytes, ZIP)) throw readErrors.notXlsx(fileName);
}
