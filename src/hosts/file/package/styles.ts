/**
 * The added sheets' styles appended to the user's styles part: their number formats, fonts,
 * fills, borders, cell formats and differential formats go after the user's own (an identical
 * entry already there is reused), and the added sheets' style indices are remapped. The user's
 * entries keep their content, order and indices, so no cell of theirs changes its look.
 */
import {
  attrOf,
  childElements,
  escapeXml,
  findElement,
  splice,
  withAttr,
  type Found,
} from "./xmlEdit";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** CT_Stylesheet's children in schema order: a missing container is inserted where it belongs. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
/** Custom number formats start here; lower ids are Excel's built-in ones. */
const FIRST_CUSTOM_FORMAT = 164;

export interface MergedStyles {
  xml: string;
  /** An added sheet's cell-format index (`s`) → the index in the merged part. */
  xf: number[];
  /** An added sheet's differential-format index (`dxfId`) → the index in the merged part. */
  dxf: number[];
}

const childTexts = (xml: string, el: Found | null) =>
  el ? childElements(xml, el).map(([s, e]) => xml.slice(s, e)) : [];

/** A container's children as text, or none when it is missing. */
function entries(xml: string, local: string): string[] {
  return childTexts(xml, findElement(xml, local));
}

/** Puts the main namespace on a child when the part spells it with a prefix (no default namespace). */
function inNamespace(child: string, prefix: string): string {
  return prefix ? child.replace(/^<([\w.-]+)/, `<$1 xmlns="${MAIN_NS}"`) : child;
}

/** Appends children to a container (made where the schema wants it when missing) and sets its count; also used by the repair. */
export function append(xml: string, local: string, added: string[], count: number): string {
  if (!added.length) return xml;
  const root = findElement(xml, "styleSheet")!;
  const prefix = root.prefix;
  const body = added.map((c) => inNamespace(c, prefix)).join("");
  const el = findElement(xml, local);
  if (el && !el.selfClosing)
    return (
      xml.slice(0, el.start) +
      withAttr(el.tag, "count", String(count)) +
      xml.slice(el.innerStart, el.innerEnd) +
      body +
      xml.slice(el.innerEnd)
    );
  if (el) {
    const open = withAttr(el.tag, "count", String(count)).replace(/\s*\/>$/, ">");
    return splice(xml, el.start, el.end, `${open}${body}</${el.prefix}${local}>`);
  }
  const made = `<${prefix}${local} count="${count}">${body}</${prefix}${local}>`;
  for (const later of ORDER.slice(ORDER.indexOf(local) + 1)) {
    const next = findElement(xml, later);
    if (next && next.start > root.start) return splice(xml, next.start, next.start, made);
  }
  return splice(xml, root.innerEnd, root.innerEnd, made);
}

/** Adds `wanted` entries to `existing`, reusing identical ones: the index map for `wanted`. */
function mergeList(existing: string[], wanted: string[], fixed: number): [number[], string[]] {
  const index = new Map<string, number>();
  existing.forEach((e, i) => index.has(e) || index.set(e, i));
  const added: string[] = [];
  const map = wanted.map((w, i) => {
    // The first entries are the defaults (font 0; fills 0 and 1 are reserved by Excel): the user's.
    if (i < fixed && i < existing.length) return i;
    const have = index.get(w);
    if (have !== undefined) return have;
    const at = existing.length + added.length;
    added.push(w);
    index.set(w, at);
    return at;
  });
  return [map, added];
}

export function mergeStyles(user: string, add: string): MergedStyles {
  // Number formats by code: one the user has is reused, a new one gets a fresh id.
  const codeOf = (xml: string) =>
    new Map(
      entries(xml, "numFmts").map((f): [number, string] => [
        Number(attrOf(f, "numFmtId")),
        attrOf(f, "formatCode") ?? "",
      ]),
    );
  const userFormats = codeOf(user);
  const idByCode = new Map([...userFormats].map(([id, code]) => [code, id]));
  let nextId = Math.max(FIRST_CUSTOM_FORMAT - 1, ...userFormats.keys()) + 1;
  const addedFormats: string[] = [];
  const formatId = new Map<number, number>();
  for (const [id, code] of codeOf(add)) {
    let to = idByCode.get(code);
    if (to === undefined) {
      to = nextId++;
      idByCode.set(code, to);
      addedFormats.push(`<numFmt numFmtId="${to}" formatCode="${escapeXml(code)}"/>`);
    }
    formatId.set(id, to);
  }

  const lists: Record<string, number[]> = {};
  let xml = user;
  for (const [local, fixed] of [
    ["fonts", 1],
    ["fills", 2],
    ["borders", 1],
  ] as const) {
    const existing = entries(xml, local);
    const [map, added] = mergeList(existing, entries(add, local), fixed);
    lists[local] = map;
    xml = append(xml, local, added, existing.length + added.length);
  }
  const existingFormats = entries(xml, "numFmts").length;
  xml = append(xml, "numFmts", addedFormats, existingFormats + addedFormats.length);

  const remap = (xf: string) => {
    let tag = xf.slice(0, xf.indexOf(">") + 1);
    const rest = xf.slice(tag.length);
    const num = Number(attrOf(tag, "numFmtId") ?? 0);
    tag = withAttr(tag, "numFmtId", String(formatId.get(num) ?? num));
    for (const [a, list] of [
      ["fontId", lists.fonts],
      ["fillId", lists.fills],
      ["borderId", lists.borders],
    ] as const)
      tag = withAttr(tag, a, String(list[Number(attrOf(tag, a) ?? 0)] ?? 0));
    // Built on the user's Normal cell style.
    return withAttr(tag, "xfId", "0") + rest;
  };
  const userXfs = entries(xml, "cellXfs");
  const [xfMap, addedXfs] = mergeList(userXfs, entries(add, "cellXfs").map(remap), 1);
  xml = append(xml, "cellXfs", addedXfs, userXfs.length + addedXfs.length);

  const userDxfs = entries(xml, "dxfs");
  const [dxfMap, addedDxfs] = mergeList(userDxfs, entries(add, "dxfs"), 0);
  xml = append(xml, "dxfs", addedDxfs, userDxfs.length + addedDxfs.length);
  return { xml, xf: xfMap, dxf: dxfMap };
}
