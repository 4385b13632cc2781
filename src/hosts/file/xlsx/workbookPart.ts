/**
 * The workbook part (xl/workbook.xml): its sheets in order with names and relationship ids,
 * its defined names, and its date system; and where its parts are, from its relationships.
 */
import { LIMITS, limitErrors, type ReadBudget } from "./limits";
import { readRelationships, scanPart, type Relationship } from "./package";
import { CorruptFileError, type ZipArchive } from "./zip";

export interface WorkbookSheet {
  name: string;
  /** The relationship id (`r:id`) that leads to the sheet's part. */
  relId: string;
}

export interface WorkbookPart {
  sheets: WorkbookSheet[];
  /** Defined names as [name, what it refers to] ("_FinsamRapport_…", "'Resultat 2024'!$A$1"). */
  definedNames: [string, string][];
  /** The 1904 date system (old Mac workbooks): serials count from 1904-01-01. */
  date1904: boolean;
}

/** A defined name's formula is kept up to this length; Excel's own limit is 8 192 characters. */
const MAX_DEFINED_NAME_TEXT = 8192;

export function readWorkbookPart(
  zip: ZipArchive,
  partName: string,
  budget: ReadBudget,
): WorkbookPart {
  const sheets: WorkbookSheet[] = [];
  const definedNames: [string, string][] = [];
  let date1904 = false;
  let inSheets = false;
  let definedName: string | null = null;
  let definedText = "";
  scanPart(zip, partName, LIMITS.maxSmallPartBytes, "arbetsbokens bladlista", budget, {
    wantText: false,
    open(name, attrs) {
      if (name === "workbookPr") {
        const v = attrs.get("date1904");
        date1904 = v === "1" || v === "true";
      } else if (name === "sheets") inSheets = true;
      else if (name === "sheet" && inSheets) {
        if (sheets.length >= LIMITS.maxSheets) throw limitErrors.sheets(budget.fileName);
        const relId = attrs.getPrefixed("id");
        const sheetName = attrs.get("name");
        if (relId === undefined || sheetName === undefined)
          throw new CorruptFileError("sheet without name or r:id");
        sheets.push({ name: sheetName, relId });
      } else if (name === "definedName") {
        definedName = attrs.get("name") ?? null;
        definedText = "";
        this.wantText = definedName !== null;
      }
    },
    close(name) {
      if (name === "sheets") inSheets = false;
      else if (name === "definedName") {
        if (definedName !== null) definedNames.push([definedName, definedText]);
        definedName = null;
        this.wantText = false;
      }
    },
    text(t) {
      if (definedText.length < MAX_DEFINED_NAME_TEXT)
        definedText = (definedText + t).slice(0, MAX_DEFINED_NAME_TEXT);
    },
  });
  return { sheets, definedNames, date1904 };
}

/** The package's workbook part: the office document of _rels/.rels, or xl/workbook.xml as ExcelJS assumed. */
export function workbookPartName(zip: ZipArchive, budget: ReadBudget): string {
  const doc = readRelationships(zip, "", budget).find(
    (r) => r.kind === "officeDocument" && r.part !== null,
  );
  return doc?.part ?? "xl/workbook.xml";
}

export type { Relationship };
