/**
 * An added sheet's XML made to fit the user's package: its shared-string cells become inline
 * strings (the user's shared-string part is never touched) and its style indices point at the
 * merged styles part. Nothing else of the sheet changes.
 */
import { attrOf, childElements, findElement, withAttr, withoutAttr } from "./xmlEdit";

/** The `<si>` items of a shared-string part, each as the inner XML an inline `<is>` takes. */
export function sharedStringItems(sst: string): string[] {
  const root = findElement(sst, "sst");
  if (!root) return [];
  return childElements(sst, root).map(([s, e]) => {
    const item = sst.slice(s, e);
    if (item.endsWith("/>")) return "";
    return item.slice(item.indexOf(">") + 1, item.lastIndexOf("</"));
  });
}

const CELL = /<c(?=[\s>/])([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g;

export function fitSheet(xml: string, strings: string[], xf: number[], dxf: number[]): string {
  const sheetData = findElement(xml, "sheetData");
  const head = sheetData ? xml.slice(0, sheetData.start) : xml;
  let body = sheetData ? xml.slice(sheetData.start, sheetData.end) : "";
  let tail = sheetData ? xml.slice(sheetData.end) : "";
  // One selected tab is the user's: an added sheet selected too would group the sheets.
  const views = (part: string) =>
    part.replace(/<sheetView\b[^>]*>/g, (tag) => withoutAttr(tag, "tabSelected"));
  body = body.replace(CELL, (whole, attrs: string, end: string, inner: string | undefined) => {
    let tag = `<c${attrs}>`;
    const s = attrOf(tag, "s");
    if (s !== undefined) tag = withAttr(tag, "s", String(xf[Number(s)] ?? 0));
    if (attrOf(tag, "t") !== "s" || inner === undefined) {
      return end === "/>" ? tag.replace(/>$/, "/>") : tag + inner + "</c>";
    }
    const index = Number(/<v>(\d+)<\/v>/.exec(inner)?.[1] ?? NaN);
    tag = withAttr(tag, "t", "inlineStr");
    return `${tag}<is>${strings[index] ?? ""}</is></c>`;
  });
  tail = tail.replace(/\sdxfId="(\d+)"/g, (_, n: string) => ` dxfId="${dxf[Number(n)] ?? n}"`);
  return views(head) + body + tail;
}
