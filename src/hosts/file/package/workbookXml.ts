/**
 * The workbook part with the report's sheets added at the end (and an earlier report's sheets
 * of the same period removed), their defined names, and the active tab kept on the same sheet.
 * Everything else in the part (protection, properties, views, pivot caches, extension lists)
 * stays as it was.
 */
import { decodeXml } from "../xlsx/xmlScan";
import { editDefinedNames, type AddedName } from "./definedNames";
import { REL_NS } from "./rels";
import {
  attrOf,
  childElements,
  escapeXml,
  findElement,
  prefixFor,
  splice,
  withAttr,
} from "./xmlEdit";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Elements after which `<definedNames>` may stand (CT_Workbook's order), the last one present wins. */
const BEFORE_NAMES = ["sheets", "functionGroups", "externalReferences"];

export interface WorkbookSheetEntry {
  name: string;
  sheetId: number;
  relId: string;
}

/** The `<sheet>` entries of a workbook part, in order. */
export function workbookSheets(xml: string): WorkbookSheetEntry[] {
  const sheets = findElement(xml, "sheets");
  if (!sheets) return [];
  return childElements(xml, sheets).map(([s, e]) => {
    const tag = xml.slice(s, e);
    return {
      name: attrOf(tag, "name") ?? "",
      sheetId: Number(attrOf(tag, "sheetId") ?? 0),
      relId: decodeXml(/\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? "", false),
    };
  });
}

/** The `<definedName>` elements of a workbook part with the sheet they are local to. */
export function workbookNames(xml: string): AddedName[] {
  const names = findElement(xml, "definedNames");
  if (!names) return [];
  return childElements(xml, names).map(([s, e]) => {
    const el = xml.slice(s, e);
    const local = attrOf(el.slice(0, el.indexOf(">") + 1), "localSheetId");
    return { xml: el, localSheet: local === undefined ? undefined : Number(local) };
  });
}

export function editWorkbook(
  xml: string,
  remove: Set<string>,
  add: { name: string; relId: string }[],
  names: AddedName[],
): string {
  const root = findElement(xml, "workbook")!;
  const prefix = root.prefix;
  const inNamespace = (el: string) =>
    prefix ? el.replace(/^<([\w.-]+)/, `<$1 xmlns="${MAIN_NS}"`) : el;
  const sheets = workbookSheets(xml);
  const removed = sheets.flatMap((s, index) =>
    remove.has(s.name) ? [{ index, name: s.name }] : [],
  );
  const keptCount = sheets.length - removed.length;

  // The defined names first (they follow the sheets in the part): later edits do not move them.
  let out = xml;
  const namesEl = findElement(out, "definedNames");
  const kept = editDefinedNames(out, namesEl, removed, keptCount, names, inNamespace);
  const namesXml = kept.length
    ? `<${prefix}definedNames>${kept.join("")}</${prefix}definedNames>`
    : "";
  if (namesEl) out = splice(out, namesEl.start, namesEl.end, namesXml);
  else if (namesXml) {
    const after = BEFORE_NAMES.map((n) => findElement(out, n)).filter((e) => e !== null);
    const at = Math.max(...after.map((e) => e!.end));
    out = splice(out, at, at, namesXml);
  }

  // The sheets: removed ones out, new ones appended with fresh sheetIds.
  const sheetsEl = findElement(out, "sheets")!;
  const children = childElements(out, sheetsEl);
  let body = "";
  children.forEach(([s, e], i) => {
    if (!removed.some((r) => r.index === i)) body += out.slice(s, e);
  });
  const relPrefix = prefixFor(root.tag, REL_NS);
  let nextId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  for (const a of add) {
    const rel = relPrefix
      ? `${relPrefix}id="${escapeXml(a.relId)}"`
      : `xmlns:fr="${REL_NS}" fr:id="${escapeXml(a.relId)}"`;
    body += inNamespace(`<sheet name="${escapeXml(a.name)}" sheetId="${nextId++}" ${rel}/>`);
  }
  out = splice(out, sheetsEl.innerStart, sheetsEl.innerEnd, body);

  // The active and first visible tab are sheet indices: they follow their sheet.
  const view = findElement(out, "workbookView");
  if (view && removed.length) {
    let tag = view.tag;
    for (const a of ["activeTab", "firstSheet"]) {
      const v = attrOf(tag, a);
      if (v === undefined) continue;
      const i = Number(v);
      const to = removed.some((r) => r.index === i)
        ? 0
        : i - removed.filter((r) => r.index < i).length;
      tag = withAttr(tag, a, String(to));
    }
    out = splice(out, view.start, view.start + view.tag.length, tag);
  }
  return out;
}
