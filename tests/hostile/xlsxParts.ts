/**
 * Hand-written .xlsx files for tests: XML parts zipped with fflate, so a test says exactly
 * what the file holds — including what no spreadsheet program would write.
 */
import { Deflate, deflateSync, strToU8, zipSync, type Zippable } from "fflate";

export const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface HandSheet {
  name: string;
  /** The content of `<sheetData>` ("<row r=\"1\">…</row>"), or the whole part when it starts with "<?xml" or "<worksheet". */
  xml: string;
  /** What comes after `<sheetData>`: "<mergeCells>…</mergeCells>". */
  after?: string;
  state?: "hidden" | "veryHidden";
  /** A chart sheet instead of a worksheet. */
  chart?: boolean;
}

export interface HandWorkbook {
  sheets: HandSheet[];
  /** The shared strings, each as the inside of `<si>` ("<t>x</t>"), or plain strings. */
  sharedStrings?: string[];
  /** The inside of `<styleSheet>`. */
  styles?: string;
  date1904?: boolean;
  /** `<definedName>`s as [name, formula]. */
  definedNames?: [string, string][];
  /** Extra zip entries (name → content), e.g. "../evil.xml". */
  extra?: Record<string, string | Uint8Array>;
  /** Leave these parts out of the zip. */
  omit?: string[];
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The parts of a workbook as name → XML text. */
export function workbookParts(wb: HandWorkbook): Record<string, string | Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {};
  parts["[Content_Types].xml"] =
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>';
  parts["_rels/.rels"] =
    XML_DECL +
    `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const rels: string[] = [];
  const sheetEls: string[] = [];
  wb.sheets.forEach((s, i) => {
    const id = `rId${i + 1}`;
    const kind = s.chart ? "chartsheet" : "worksheet";
    const path = s.chart ? `chartsheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`;
    rels.push(`<Relationship Id="${id}" Type="${REL}/${kind}" Target="${path}"/>`);
    sheetEls.push(
      `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="${id}"/>`,
    );
    parts[`xl/${path}`] = s.chart
      ? XML_DECL + `<chartsheet ${NS}><sheetPr/><drawing r:id="rId1"/></chartsheet>`
      : s.xml.startsWith("<?xml") || s.xml.startsWith("<worksheet")
        ? s.xml
        : XML_DECL +
          `<worksheet ${NS}><dimension ref="A1"/><sheetData>${s.xml}</sheetData>${s.after ?? ""}</worksheet>`;
  });
  if (wb.sharedStrings) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    const items = wb.sharedStrings.map((s) =>
      s.startsWith("<") ? `<si>${s}</si>` : `<si><t xml:space="preserve">${esc(s)}</t></si>`,
    );
    parts["xl/sharedStrings.xml"] =
      XML_DECL +
      `<sst ${NS} count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`;
  }
  if (wb.styles) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    parts["xl/styles.xml"] = XML_DECL + `<styleSheet ${NS}>${wb.styles}</styleSheet>`;
  }
  parts["xl/_rels/workbook.xml.rels"] =
    XML_DECL + `<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`;
  const names = wb.definedNames?.length
    ? `<definedNames>${wb.definedNames.map(([n, f]) => `<definedName name="${esc(n)}">${esc(f)}</definedName>`).join("")}</definedNames>`
    : "";
  parts["xl/workbook.xml"] =
    XML_DECL +
    `<workbook ${NS}>${wb.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>"}<sheets>${sheetEls.join("")}</sheets>${names}</workbook>`;
  for (const [name, content] of Object.entries(wb.extra ?? {})) parts[name] = content;
  for (const name of wb.omit ?? []) delete parts[name];
  return parts;
}

/** Zips parts (name → text or bytes) into .xlsx bytes. */
export function zipParts(
  parts: Record<string, string | Uint8Array>,
  level: 0 | 6 | 9 = 6,
): Uint8Array {
  const z: Zippable = {};
  for (const [name, content] of Object.entries(parts))
    z[name] = [typeof content === "string" ? strToU8(content) : content, { level }];
  return zipSync(z);
}

/** A hand-written workbook as .xlsx bytes. */
export function handXlsx(wb: HandWorkbook, level: 0 | 6 | 9 = 6): Uint8Array {
  return zipParts(workbookParts(wb), level);
}

export interface RawEntry {
  name: string;
  /** The entry's stored bytes: raw deflate data (method 8) or the content itself (method 0). */
  data: Uint8Array;
  method?: 0 | 8 | 12;
  /** The inflated size the zip declares (the truth by default). */
  size: number;
  flags?: number;
}

/**
 * A zip written byte by byte, so that a test can declare what it likes: sizes that lie, names
 * such as "../x", unknown methods. CRCs are left 0 (the reader does not check them).
 */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, (e.flags ?? 0) | 0x800, true);
    lv.setUint16(8, e.method ?? 8, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const dir = new Uint8Array(46 + name.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 20, true);
    dv.setUint16(8, (e.flags ?? 0) | 0x800, true);
    dv.setUint16(10, e.method ?? 8, true);
    dv.setUint32(20, e.data.length, true);
    dv.setUint32(24, e.size, true);
    dv.setUint16(28, name.length, true);
    dv.setUint32(42, offset, true);
    dir.set(name, 46);
    chunks.push(local, e.data);
    central.push(dir);
    offset += local.length + e.data.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Raw deflate data of `head`, then `body` repeated `times` times, then `tail`, made without holding it inflated; and its inflated size. */
export function deflateRepeated(
  head: string,
  body: string,
  times: number,
  tail: string,
): { data: Uint8Array; size: number } {
  const out: Uint8Array[] = [];
  const d = new Deflate({ level: 6 }, (chunk) => out.push(chunk));
  const [h, b, t] = [strToU8(head), strToU8(body), strToU8(tail)];
  d.push(h);
  for (let i = 0; i < times; i++) d.push(b);
  d.push(t, true);
  const data = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    data.set(c, at);
    at += c.length;
  }
  return { data, size: h.length + b.length * times + t.length };
}

/** The parts of a workbook as raw zip entries (deflated honestly), to mix with hand-made ones. */
export function rawEntriesOf(parts: Record<string, string | Uint8Array>): RawEntry[] {
  return Object.entries(parts).map(([name, content]) => {
    const bytes = typeof content === "string" ? strToU8(content) : content;
    return { name, data: deflateSync(bytes), size: bytes.length };
  });
}
