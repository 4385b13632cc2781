/**
 * Small, exact edits of a package part's XML text: find an element, list a container's
 * children, read or set an attribute, insert before a closing tag. Everything not edited stays
 * byte for byte as it was. Meant for the well-formed parts Excel and its peers write (no
 * comments or CDATA holding markup in the elements edited).
 */
import { decodeXml } from "../xlsx/xmlScan";

export interface Found {
  /** Offset of "<". */
  start: number;
  /** Offset just past the element's end ("/>" or its closing tag). */
  end: number;
  /** The start tag, "<x:fonts count="2">". */
  tag: string;
  /** Offsets of the element's content (between the tags); equal for an empty element. */
  innerStart: number;
  innerEnd: number;
  /** The namespace prefix with its colon ("x:"), or "". */
  prefix: string;
  selfClosing: boolean;
}

/** The first element with this local name (any prefix) at or after `from`; elements of that name must not nest. */
export function findElement(xml: string, local: string, from = 0): Found | null {
  const re = new RegExp(`<([\\w.-]+:)?${local}(?=[\\s/>])`, "g");
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return null;
  const start = m.index;
  const tagEnd = xml.indexOf(">", start);
  if (tagEnd < 0) return null;
  const tag = xml.slice(start, tagEnd + 1);
  const prefix = m[1] ?? "";
  if (tag.endsWith("/>"))
    return {
      start,
      end: tagEnd + 1,
      tag,
      innerStart: tagEnd,
      innerEnd: tagEnd,
      prefix,
      selfClosing: true,
    };
  const close = `</${prefix}${local}>`;
  const closeAt = xml.indexOf(close, tagEnd + 1);
  if (closeAt < 0) return null;
  return {
    start,
    end: closeAt + close.length,
    tag,
    innerStart: tagEnd + 1,
    innerEnd: closeAt,
    prefix,
    selfClosing: false,
  };
}

/** Every element with this local name, in order (not nested in each other). */
export function findElements(xml: string, local: string): Found[] {
  const out: Found[] = [];
  for (let e = findElement(xml, local); e; e = findElement(xml, local, e.end)) out.push(e);
  return out;
}

/** The top-level child elements of an element's content, as [start, end] offsets into `xml`. */
export function childElements(xml: string, parent: Found): [number, number][] {
  const out: [number, number][] = [];
  const re = /<(\/?)([\w.:-]+)[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  re.lastIndex = parent.innerStart;
  let depth = 0;
  let start = -1;
  for (let m = re.exec(xml); m && m.index < parent.innerEnd; m = re.exec(xml)) {
    if (m[2] === undefined) continue; // comment or processing instruction
    if (m[1]) {
      depth--;
      if (depth === 0) out.push([start, m.index + m[0].length]);
    } else if (m[3]) {
      if (depth === 0) out.push([m.index, m.index + m[0].length]);
    } else {
      if (depth === 0) start = m.index;
      depth++;
    }
  }
  return out;
}

/** An attribute of a start tag, decoded; `name` exactly as written ("r:id", "count"). */
export function attrOf(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(
    tag,
  );
  if (!m) return undefined;
  return decodeXml(m[2] ?? m[3], false);
}

/** The start tag with the attribute set (replaced where it is, or added before the tag's end). */
export function withAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const v = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_, pre: string) => pre + v);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}=${v}${tag.slice(end)}`;
}

/** The start tag without the attribute. */
export function withoutAttr(tag: string, name: string): string {
  return tag.replace(
    new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`),
    "",
  );
}

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Replaces [start, end) of `s` with `text`. */
export function splice(s: string, start: number, end: number, text: string): string {
  return s.slice(0, start) + text + s.slice(end);
}

/** The prefix ("r:") the element's start tag binds to a namespace, or null when none does. */
export function prefixFor(tag: string, namespace: string): string | null {
  const re = /\sxmlns:([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag))
    if ((m[3] ?? m[4]) === namespace) return m[1] + ":";
  return null;
}
