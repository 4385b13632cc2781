/**
 * The number formats of a workbook's cells (dates above all), for the other teams' sheets copied
 * into the report copy as values: without them a date would show as its serial number.
 */
import { refColumn, refRow } from "../xlsx/cellRef";
import { ReadBudget, LIMITS } from "../xlsx/limits";
import { readRelationships, scanPart } from "../xlsx/package";
import { readCellFormats } from "../xlsx/styles";
import { readWorkbookPart, workbookPartName } from "../xlsx/workbookPart";
import { findEntry, openZip } from "../xlsx/zip";

/** Per sheet name: "row,col" (0-based) → the cell's number format. Call only on bytes the reader has read. */
export function cellFormats(bytes: Uint8Array, fileName: string): Map<string, Map<string, string>> {
  const budget = new ReadBudget(fileName);
  const zip = openZip(bytes, budget);
  const wbPart = workbookPartName(zip, budget);
  const rels = readRelationships(zip, wbPart, budget);
  const stylesPart = rels.find((r) => r.kind === "styles")?.part;
  const formats =
    stylesPart && findEntry(zip, stylesPart) ? readCellFormats(zip, stylesPart, budget) : [];
  const out = new Map<string, Map<string, string>>();
  if (!formats.some((f) => f !== undefined)) return out;
  for (const sheet of readWorkbookPart(zip, wbPart, budget).sheets) {
    const rel = rels.find((r) => r.id === sheet.relId);
    if (rel?.kind !== "worksheet" || !rel.part || !findEntry(zip, rel.part)) continue;
    const cells = new Map<string, string>();
    scanPart(zip, rel.part, LIMITS.maxPartBytes, sheet.name, budget, {
      wantText: false,
      open(name, attrs) {
        if (name !== "c") return;
        const code = formats[Number(attrs.get("s") ?? 0)];
        const ref = attrs.get("r");
        if (code === undefined || ref === undefined) return;
        const row = refRow(ref);
        const col = refColumn(ref);
        if (row >= 0 && col >= 0) cells.set(`${row},${col}`, code);
      },
      close() {},
      text() {},
    });
    out.set(sheet.name, cells);
  }
  return out;
}
