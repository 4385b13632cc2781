/** Relationship parts (`*.rels`) and the content-type part, edited by adding and removing entries. */
import { attrOf, childElements, escapeXml, findElement, splice } from "./xmlEdit";

export const REL_TYPES = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
};
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
};

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string): Rel[] {
  const root = findElement(xml, "Relationships");
  if (!root) return [];
  return childElements(xml, root).map(([s, e]) => {
    const tag = xml.slice(s, e);
    return {
      id: attrOf(tag, "Id") ?? "",
      type: attrOf(tag, "Type") ?? "",
      target: attrOf(tag, "Target") ?? "",
      external: attrOf(tag, "TargetMode") === "External",
    };
  });
}

/** A free relationship id for each of `count` new relationships ("rId8", "rId9"…). */
export function freeRelIds(existing: string[], count: number): string[] {
  const taken = new Set(existing);
  let n = Math.max(0, ...existing.map((id) => Number(/^rId(\d+)$/.exec(id)?.[1] ?? 0))) + 1;
  const out: string[] = [];
  while (out.length < count) {
    if (!taken.has(`rId${n}`)) out.push(`rId${n}`);
    n++;
  }
  return out;
}

/** Removes relationships by id and appends new ones. */
export function editRels(xml: string, remove: Set<string>, add: Rel[]): string {
  const root = findElement(xml, "Relationships")!;
  let out = xml;
  const children = childElements(xml, root);
  for (const [s, e] of children.reverse())
    if (remove.has(attrOf(xml.slice(s, e), "Id") ?? "")) out = splice(out, s, e, "");
  const body = add.map(relXml).join("");
  const at = findElement(out, "Relationships")!;
  if (at.selfClosing)
    return splice(
      out,
      at.start,
      at.end,
      `${at.tag.replace(/\s*\/>$/, ">")}${body}</${at.prefix}Relationships>`,
    );
  return splice(out, at.innerEnd, at.innerEnd, body);
}

export function relXml(r: Rel): string {
  return `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`;
}

export function relsPart(rels: Rel[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(relXml).join("")}</Relationships>`;
}

/** A target relative to the folder of `fromPart`: ("xl/workbook.xml", "xl/worksheets/s.xml") → "worksheets/s.xml". */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

/** The content type of a part as the content-type part declares it (its Override, else its extension's Default). */
export function contentTypeOf(types: string, part: string): string | undefined {
  const root = findElement(types, "Types");
  if (!root) return undefined;
  let byExtension: string | undefined;
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const [s, e] of childElements(types, root)) {
    const tag = types.slice(s, e);
    const name = attrOf(tag, "PartName");
    if (name !== undefined && name.replace(/^\//, "").toLowerCase() === part.toLowerCase())
      return attrOf(tag, "ContentType");
    if (attrOf(tag, "Extension")?.toLowerCase() === ext) byExtension = attrOf(tag, "ContentType");
  }
  return byExtension;
}

/** Removes the Overrides of removed parts and adds one for each new part. */
export function editContentTypes(
  types: string,
  remove: Set<string>,
  add: { part: string; type: string }[],
): string {
  const root = findElement(types, "Types")!;
  let out = types;
  for (const [s, e] of childElements(types, root).reverse()) {
    const name = attrOf(types.slice(s, e), "PartName");
    if (name !== undefined && remove.has(name.replace(/^\//, "").toLowerCase()))
      out = splice(out, s, e, "");
  }
  const body = add
    .map((a) => `<Override PartName="/${escapeXml(a.part)}" ContentType="${escapeXml(a.type)}"/>`)
    .join("");
  const at = findElement(out, "Types")!;
  return splice(out, at.innerEnd, at.innerEnd, body);
}
