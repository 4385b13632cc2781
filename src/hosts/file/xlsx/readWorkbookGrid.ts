/**
 * Reads an .xlsx file's bytes into the core's WorkbookGrid by streaming its XML: no workbook
 * object model, shared strings and styles loaded only when a cell needs them, every limit in
 * limits.ts checked while reading. Synchronous and browser-safe (runs in the web page's worker).
 */
import type { SheetGrid, WorkbookGrid } from "../../../core/grid";
import { existingSheets, isReportMarker } from "../../../core/layout/sheetNames";
import { readErrors, WorkbookReadError } from "./errors";
import { ReadBudget, type FilesRead } from "./limits";
import { hasPart, readRelationships } from "./package";
import { readSharedStrings } from "./sharedStrings";
import { readSheet, type SheetContext } from "./sheetPart";
import { checkSignature } from "./signature";
import { readDateStyles } from "./styles";
import { readWorkbookPart, workbookPartName } from "./workbookPart";
import { CorruptFileError, openZip } from "./zip";

/** A defined name ExcelJS kept: one whose reference has an absolute cell ($A$1) after its sheet. */
const ABSOLUTE_CELL = /[$](\w+)[$](\d+)/;

/**
 * Every worksheet of the workbook in order (hidden ones too; chart sheets are not worksheets),
 * the add-in's own report sheets marked as generated. Throws WorkbookReadError (Swedish
 * message) for anything that is not a readable workbook within the limits, never another error.
 * `before`: the files read before this one for the same report (their rows count towards the limit).
 */
export function readWorkbookGrid(
  bytes: Uint8Array,
  fileName: string,
  before?: FilesRead,
): WorkbookGrid {
  checkSignature(bytes, fileName);
  try {
    return readPackage(bytes, fileName, before);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    // Damaged zip or XML, a missing part, or anything unforeseen: the file is unreadable.
    throw readErrors.unreadable(fileName);
  }
}

function readPackage(bytes: Uint8Array, fileName: string, before?: FilesRead): WorkbookGrid {
  const budget = new ReadBudget(fileName, before);
  const zip = openZip(bytes, budget);
  const workbookPart = workbookPartName(zip, budget);
  if (!hasPart(zip, workbookPart)) throw new CorruptFileError("no workbook part");
  const workbook = readWorkbookPart(zip, workbookPart, budget);
  const rels = readRelationships(zip, workbookPart, budget);
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  /** A part of the workbook by relationship, or the usual name when the relationship is missing. */
  const partOf = (kind: string, usual: string): string | null => {
    const part = rels.find((r) => r.kind === kind)?.part ?? folder + usual;
    return hasPart(zip, part) ? part : null;
  };

  let sharedStrings: string[] | null = null;
  let dateStyles: boolean[] | null = null;
  const ctx: SheetContext = {
    budget,
    date1904: workbook.date1904,
    sharedStrings() {
      if (!sharedStrings) {
        const part = partOf("sharedStrings", "sharedStrings.xml");
        sharedStrings = part ? readSharedStrings(zip, part, budget) : [];
      }
      return sharedStrings;
    },
    dateStyles() {
      if (!dateStyles) {
        const part = partOf("styles", "styles.xml");
        dateStyles = part ? readDateStyles(zip, part, budget) : [];
      }
      return dateStyles;
    },
  };

  const byId = new Map(rels.map((r) => [r.id, r]));
  const worksheets: { name: string; part: string }[] = [];
  for (const sheet of workbook.sheets) {
    const rel = byId.get(sheet.relId);
    if (!rel) throw new CorruptFileError(`no relationship ${sheet.relId}`);
    // Chart sheets, dialog sheets and macro sheets hold no cells: not worksheets, as before.
    if (rel.kind !== "worksheet") continue;
    if (rel.part === null || !hasPart(zip, rel.part))
      throw new CorruptFileError(`sheet part of ${sheet.name} missing`);
    worksheets.push({ name: sheet.name, part: rel.part });
  }

  const names = workbook.definedNames.filter(([, ref]) =>
    ABSOLUTE_CELL.test(ref.split("!").pop() ?? ""),
  );
  const marked = existingSheets(
    worksheets.map((s) => s.name),
    names,
  );
  const sheets: SheetGrid[] = worksheets.map((s, i) => {
    const rows = readSheet(zip, s.part, s.name, ctx);
    return isReportMarker(marked[i].marker)
      ? { name: s.name, rows, generated: true }
      : { name: s.name, rows };
  });
  return { sheets };
}
