/** The sheets a workbook file has (chart sheets too: they take names) and the add-in markers they carry. */
import { existingSheets, type ExistingSheet } from "../../../core/layout/sheetNames";
import { ReadBudget } from "../xlsx/limits";
import { readWorkbookPart, workbookPartName } from "../xlsx/workbookPart";
import { openZip } from "../xlsx/zip";
import { sensitivityLabel, type SensitivityLabel } from "./sensitivity";

export interface PackageSheets {
  sheets: ExistingSheet[];
  label: SensitivityLabel | null;
}

/** Call only on bytes the streaming reader has read (it refuses damaged and hostile files). */
export function packageSheets(bytes: Uint8Array, fileName: string): PackageSheets {
  const budget = new ReadBudget(fileName);
  const zip = openZip(bytes, budget);
  const wb = readWorkbookPart(zip, workbookPartName(zip, budget), budget);
  return {
    sheets: existingSheets(
      wb.sheets.map((s) => s.name),
      wb.definedNames,
    ),
    label: sensitivityLabel(zip, budget),
  };
}
