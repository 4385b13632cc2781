/**
 * The workbook's defined names across a change of its sheets: names of removed sheets (local to
 * them, or referring to them) go, the remaining sheet-local names follow their sheet's new
 * position (`localSheetId` is a sheet's index), and the added sheets' names are appended.
 */
import { sheetOfReference } from "../../../core/layout/sheetNames";
import { decodeXml } from "../xlsx/xmlScan";
import { attrOf, childElements, withAttr, type Found } from "./xmlEdit";

export interface AddedName {
  /** The `<definedName>` element as the additions workbook wrote it. */
  xml: string;
  /** Its sheet among the added sheets (0 = the first added), when local to one. */
  localSheet?: number;
}

/** Every sheet a name's formula refers to ("'A'!$A$1,B!$B$2" → A, B). */
function referredSheets(formula: string): string[] {
  const out: string[] = [];
  for (const part of formula.split(/,(?=(?:[^']*'[^']*')*[^']*$)/)) {
    const sheet = sheetOfReference(part.trim());
    if (sheet) out.push(sheet);
  }
  return out;
}

/** The `<definedNames>` element's new children: kept names re-indexed, then the added names. */
export function editDefinedNames(
  xml: string,
  names: Found | null,
  removed: { index: number; name: string }[],
  keptSheets: number,
  added: AddedName[],
  inNamespace: (element: string) => string,
): string[] {
  const gone = new Set(removed.map((r) => r.index));
  const goneNames = new Set(removed.map((r) => r.name));
  const shift = (i: number) => i - removed.filter((r) => r.index < i).length;
  const out: string[] = [];
  const taken = new Set<string>();
  const key = (name: string, local: string | undefined) =>
    `${name.toLowerCase()}\u0000${local ?? ""}`;
  for (const [s, e] of names ? childElements(xml, names) : []) {
    const el = xml.slice(s, e);
    const tag = el.slice(0, el.indexOf(">") + 1);
    const local = attrOf(tag, "localSheetId");
    if (local !== undefined && gone.has(Number(local))) continue;
    const formula = tag.endsWith("/>")
      ? ""
      : decodeXml(el.slice(tag.length, el.lastIndexOf("</")), true);
    if (referredSheets(formula).some((sheet) => goneNames.has(sheet))) continue;
    const to = local === undefined ? undefined : String(shift(Number(local)));
    taken.add(key(attrOf(tag, "name") ?? "", to));
    const moved = to === undefined ? el : withAttr(tag, "localSheetId", to) + el.slice(tag.length);
    out.push(moved);
  }
  for (const a of added) {
    const tag = a.xml.slice(0, a.xml.indexOf(">") + 1);
    const local = a.localSheet === undefined ? undefined : String(keptSheets + a.localSheet);
    // A name Excel would see twice makes the file "need repair": the user's stays.
    if (taken.has(key(attrOf(tag, "name") ?? "", local))) continue;
    taken.add(key(attrOf(tag, "name") ?? "", local));
    out.push(
      inNamespace(
        local === undefined
          ? a.xml
          : withAttr(tag, "localSheetId", local) + a.xml.slice(tag.length),
      ),
    );
  }
  return out;
}
