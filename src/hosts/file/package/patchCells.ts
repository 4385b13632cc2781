/**
 * The repaired copy written at the package level: only the repaired cells' `<c>` elements of
 * the user's sheets change (and the styles part gains a date format where a text date became a
 * date); every other part keeps its stored bytes. Strings are written inline, so the user's
 * shared-string part is never touched. A cell holding a formula is never rewritten.
 */
import { a1 } from "../../../core/grid";
import { FORMATS } from "../../../core/layout/sheetSpec";
import type { Repair } from "../../../core/repair/types";
import { LIMITS, ReadBudget } from "../xlsx/limits";
import { relationshipsPartOf, resolveTarget } from "../xlsx/package";
import { readWorkbookPart, workbookPartName } from "../xlsx/workbookPart";
import { openZip, partKey } from "../xlsx/zip";
import { copiedParts, partText } from "./partText";
import { parseRels } from "./rels";
import { append } from "./styles";
import { attrOf, childElements, escapeXml, findElement, withAttr } from "./xmlEdit";
import { writeZip } from "./zipWrite";

/** Days between the 1900 and the 1904 date systems: the grid holds 1900 serials. */
const DATE1904_OFFSET = 1462;
const FIRST_CUSTOM_FORMAT = 164;
const CELL = /<((?:[\w.-]+:)?)c(?=[\s>/])([^>]*?)(\/>|>([\s\S]*?)<\/\1c>)/g;

export interface PatchResult {
  bytes: Uint8Array;
  /** The repairs written; a formula cell or a cell the sheet does not hold is left out. */
  applied: Repair[];
}

/** Call only on bytes the streaming reader has read (it refuses damaged and hostile files). */
export function patchCellsInPackage(
  source: Uint8Array,
  fileName: string,
  repairs: readonly Repair[],
): PatchResult {
  const budget = new ReadBudget(fileName);
  const zip = openZip(source, budget);
  const text = (part: string, max?: number) => partText(zip, part, budget, max) ?? "";
  const wbPart = workbookPartName(zip, budget);
  const wb = readWorkbookPart(zip, wbPart, budget);
  const rels = parseRels(text(relationshipsPartOf(wbPart)));
  const partOf = (relId: string) => {
    const r = rels.find((x) => x.id === relId);
    return r && !r.external ? resolveTarget(wbPart, r.target) : null;
  };
  const stylesRel = rels.find((r) => r.type.endsWith("/styles"));
  const stylesPart = stylesRel ? resolveTarget(wbPart, stylesRel.target) : null;
  const styles = stylesPart && zip.entries.has(partKey(stylesPart)) ? text(stylesPart) : null;
  const dateXf = styles === null ? null : new DateStyles(styles);

  const edited = new Map<string, string>();
  const applied: Repair[] = [];
  for (const s of wb.sheets) {
    const mine = new Map(
      repairs.filter((r) => r.sheet === s.name).map((r) => [a1(r.row, r.col), r] as const),
    );
    const part = partOf(s.relId);
    if (!mine.size || !part) continue;
    const xml = text(part, LIMITS.maxPartBytes).replace(
      CELL,
      (whole, prefix: string, attrs: string, _end: string, inner: string | undefined) => {
        const tag = `<${prefix}c${attrs}>`;
        const r = mine.get(attrOf(tag, "r") ?? "");
        if (!r || (inner !== undefined && /<(?:[\w.-]+:)?f[\s>/]/.test(inner))) return whole;
        applied.push(r);
        const style = Number(attrOf(tag, "s") ?? 0);
        const s2 = r.numFmt && dateXf ? dateXf.for(style) : style;
        return cellXml(prefix, attrs, s2, r.after, r.numFmt ? wb.date1904 : false);
      },
    );
    edited.set(partKey(part), xml);
  }
  if (dateXf?.changed && stylesPart) edited.set(partKey(stylesPart), dateXf.xml());

  return { bytes: writeZip(copiedParts(zip, edited)), applied };
}

/** The cell with its new value; its other attributes (address, style, metadata) kept. */
function cellXml(
  prefix: string,
  attrs: string,
  style: number,
  value: string | number | null,
  date1904: boolean,
): string {
  let tag = `<${prefix}c${attrs.replace(/\st\s*=\s*("[^"]*"|'[^']*')/, "")}>`;
  if (style !== Number(attrOf(tag, "s") ?? 0)) tag = withAttr(tag, "s", String(style));
  if (value === null) return tag.replace(/>$/, "/>");
  if (typeof value === "number") {
    const v = date1904 ? value - DATE1904_OFFSET : value;
    return `${tag}<${prefix}v>${v}</${prefix}v></${prefix}c>`;
  }
  tag = withAttr(tag, "t", "inlineStr");
  const t = `<${prefix}t xml:space="preserve">${escapeXml(value)}</${prefix}t>`;
  return `${tag}<${prefix}is>${t}</${prefix}is></${prefix}c>`;
}

/** Date cell formats appended to the styles part: one per style a repaired cell had, nothing else changed. */
class DateStyles {
  private readonly made = new Map<number, number>();
  private readonly xfs: string[];
  private readonly added: string[] = [];
  private readonly formatId: number;
  private readonly newFormat: string | null;
  changed = false;

  constructor(private readonly styles: string) {
    const formats = this.entries("numFmts");
    const have = formats.find((f) => attrOf(f, "formatCode") === FORMATS.date);
    const ids = formats.map((f) => Number(attrOf(f, "numFmtId")));
    this.formatId = have
      ? Number(attrOf(have, "numFmtId"))
      : Math.max(FIRST_CUSTOM_FORMAT - 1, ...ids) + 1;
    this.newFormat = have
      ? null
      : `<numFmt numFmtId="${this.formatId}" formatCode="${escapeXml(FORMATS.date)}"/>`;
    this.xfs = this.entries("cellXfs");
  }

  private entries(local: string): string[] {
    const el = findElement(this.styles, local);
    return el ? childElements(this.styles, el).map(([s, e]) => this.styles.slice(s, e)) : [];
  }

  /** The index of a cell format like `style` with the date format. */
  for(style: number): number {
    const known = this.made.get(style);
    if (known !== undefined) return known;
    const base =
      this.xfs[style] ??
      this.xfs[0] ??
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const open = base.slice(0, base.indexOf(">") + 1);
    let tag = withAttr(withAttr(open, "numFmtId", String(this.formatId)), "applyNumberFormat", "1");
    // The prefix-free form: append() puts the namespace on it when the part uses a prefix.
    tag = tag.replace(/^<[\w.-]+:/, "<");
    const rest = base.slice(open.length).replace(/<\/?[\w.-]+:/g, (m) => m.replace(/[\w.-]+:/, ""));
    const xf = open.endsWith("/>") ? tag : tag + rest;
    const index = this.xfs.length + this.added.length;
    this.added.push(xf);
    this.made.set(style, index);
    this.changed = true;
    return index;
  }

  xml(): string {
    let xml = this.styles;
    if (this.newFormat)
      xml = append(xml, "numFmts", [this.newFormat], this.entries("numFmts").length + 1);
    return append(xml, "cellXfs", this.added, this.xfs.length + this.added.length);
  }
}
