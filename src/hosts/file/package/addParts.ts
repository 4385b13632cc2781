/**
 * The report copy written at the package level: every part of the user's workbook is kept as
 * it is stored (compressed bytes, CRC and all), and the report's sheets — written by ExcelJS
 * into a workbook of their own, the "additions" — are added as new parts. Only the parts that
 * list parts are edited: the workbook part (sheets, defined names), its relationships, the
 * content types, and the styles part (the additions' styles appended). Earlier report sheets
 * of the same period are removed with their own parts.
 */
import { LIMITS, ReadBudget } from "../xlsx/limits";
import { relationshipsPartOf, resolveTarget } from "../xlsx/package";
import { workbookPartName } from "../xlsx/workbookPart";
import { openZip, partKey, type ZipArchive } from "../xlsx/zip";
import { CHART_TYPES, chartXml, drawingXml, withDrawing, type NativeChart } from "./chartParts";
import { copiedParts, partText } from "./partText";
import {
  CONTENT_TYPES,
  contentTypeOf,
  editContentTypes,
  editRels,
  freeRelIds,
  parseRels,
  REL_TYPES,
  relativeTarget,
  relsPart,
  type Rel,
} from "./rels";
import { fitSheet, sharedStringItems } from "./sheetXml";
import { mergeStyles } from "./styles";
import { editWorkbook, workbookNames, workbookSheets } from "./workbookXml";
import { attrOf, findElement, withAttr } from "./xmlEdit";
import { deflatedPart, writeZip, type RawPart } from "./zipWrite";

const TYPES_PART = "[Content_Types].xml";
const encode = (s: string) => new TextEncoder().encode(s);
const kindOf = (type: string) => type.slice(type.lastIndexOf("/") + 1);

interface Package {
  zip: ZipArchive;
  budget: ReadBudget;
  text(part: string, maxBytes?: number): string;
  rels(part: string): (Rel & { part: string | null })[];
}

function open(bytes: Uint8Array, fileName: string): Package {
  const budget = new ReadBudget(fileName);
  const zip = openZip(bytes, budget);
  const text = (part: string, maxBytes?: number) => {
    const t = partText(zip, part, budget, maxBytes);
    if (t === null) throw new Error(`part ${part} missing`);
    return t;
  };
  const rels = (part: string) => {
    const relsName = relationshipsPartOf(part);
    if (!zip.entries.has(partKey(relsName))) return [];
    return parseRels(text(relsName)).map((r) => ({
      ...r,
      part: r.external ? null : resolveTarget(part, r.target),
    }));
  };
  return { zip, budget, text, rels };
}

/** A part name not yet taken: "xl/worksheets/sheet7.xml" after sheet1…sheet6. */
function freeName(taken: Set<string>, folder: string, stem: string, ext: string): string {
  for (let n = 1; ; n++) {
    const name = `${folder}${stem}${n}.${ext}`;
    if (!taken.has(partKey(name))) {
      taken.add(partKey(name));
      return name;
    }
  }
}

export interface CopyOptions {
  /** Sheets of the user's workbook to remove first: the add-in's earlier sheets for this period. */
  replace: string[];
  /** Native charts to draw on added sheets, by sheet name (the report's, see chartParts.ts). */
  charts?: Record<string, NativeChart[]>;
}

/**
 * The user's package (`source`) with the additions workbook's sheets appended. `fileName`
 * names the source in limit messages.
 */
export function addSheetsToPackage(
  source: Uint8Array,
  fileName: string,
  additions: Uint8Array,
  options: CopyOptions,
): Uint8Array {
  const user = open(source, fileName);
  const add = open(additions, "tillägg.xlsx");
  const wbPart = workbookPartName(user.zip, user.budget);
  const folder = wbPart.slice(0, wbPart.lastIndexOf("/") + 1);
  const wbRelsPart = relationshipsPartOf(wbPart);
  const wbXml = user.text(wbPart);
  const wbRels = user.rels(wbPart);
  const types = user.text(TYPES_PART);

  // Parts every remaining relationship points at: a part still in use is never removed.
  const taken = new Set(user.zip.entries.keys());
  const removeParts = new Set<string>();
  const removeRelIds = new Set<string>();
  const remove = new Set(options.replace);
  const sheets = workbookSheets(wbXml);
  const goneSheets = sheets.filter((s) => remove.has(s.name));
  if (goneSheets.length) {
    const candidates = new Set<string>();
    for (const s of goneSheets) {
      removeRelIds.add(s.relId);
      const part = wbRels.find((r) => r.id === s.relId)?.part;
      if (!part) continue;
      removeParts.add(partKey(part));
      removeParts.add(partKey(relationshipsPartOf(part)));
      for (const r of user.rels(part)) if (r.part) candidates.add(partKey(r.part));
    }
    // And what those parts lead to: a sheet's drawing, the drawing's charts.
    for (const c of candidates)
      for (const r of user.rels(c)) if (r.part) candidates.add(partKey(r.part));
    const sourceOf = (relsKey: string) =>
      relsKey.replace(/_rels\/([^/]*)\.rels$/, "$1").replace(/^_rels\/\.rels$/, "");
    const stillUsed = new Set<string>();
    for (const key of user.zip.entries.keys())
      if (key.endsWith(".rels") && !removeParts.has(key) && !candidates.has(sourceOf(key)))
        for (const r of user.rels(sourceOf(key))) if (r.part) stillUsed.add(partKey(r.part));
    // A part still in use keeps what it leads to.
    for (const c of candidates)
      if (stillUsed.has(c))
        for (const r of user.rels(c)) if (r.part) stillUsed.add(partKey(r.part));
    for (const c of candidates)
      if (!stillUsed.has(c)) {
        removeParts.add(c);
        removeParts.add(partKey(relationshipsPartOf(c)));
      }
    for (const p of removeParts) taken.delete(p);
    // The calculation chain lists cells by sheet: Excel rebuilds it, a stale one needs repair.
    const chain = wbRels.find((r) => kindOf(r.type) === "calcChain");
    if (chain?.part) {
      removeRelIds.add(chain.id);
      removeParts.add(partKey(chain.part));
    }
  }

  // Styles: the additions' appended to the user's (or the user's are the additions' when absent).
  const addWbXml = add.text("xl/workbook.xml");
  const addWbRels = add.rels("xl/workbook.xml");
  const addStylesPart = addWbRels.find((r) => kindOf(r.type) === "styles")!.part!;
  const addStyles = add.text(addStylesPart);
  const stylesRel = wbRels.find((r) => kindOf(r.type) === "styles");
  const edited = new Map<string, string>();
  const newParts: RawPart[] = [];
  const newTypes: { part: string; type: string }[] = [];
  const newWbRels: Rel[] = [];
  let xf: number[] = [];
  let dxf: number[] = [];
  if (stylesRel?.part && user.zip.entries.has(partKey(stylesRel.part))) {
    const merged = mergeStyles(user.text(stylesRel.part), addStyles);
    edited.set(partKey(stylesRel.part), merged.xml);
    ({ xf, dxf } = merged);
  } else {
    const part = freeName(taken, folder, "styles", "xml");
    newParts.push(deflatedPart(part, encode(addStyles)));
    newTypes.push({ part, type: CONTENT_TYPES.styles });
    newWbRels.push({
      id: "",
      type: REL_TYPES.styles,
      target: relativeTarget(wbPart, part),
      external: false,
    });
    xf = Array.from({ length: 1 << 16 }, (_, i) => i);
    dxf = xf;
  }
  const ssPart = addWbRels.find((r) => kindOf(r.type) === "sharedStrings")?.part;
  const strings = ssPart ? sharedStringItems(add.text(ssPart, LIMITS.maxSharedStringsBytes)) : [];

  // Tables need workbook-unique ids and names.
  const addTypes = add.text(TYPES_PART);
  const tableIds: number[] = [0];
  const tableNames = new Set<string>();
  for (const key of user.zip.entries.keys()) {
    if (removeParts.has(key) || contentTypeOf(types, key) !== CONTENT_TYPES.table) continue;
    const root = findElement(user.text(key), "table");
    if (!root) continue;
    tableIds.push(Number(attrOf(root.tag, "id") ?? 0));
    for (const a of ["name", "displayName"])
      tableNames.add((attrOf(root.tag, a) ?? "").toLowerCase());
  }
  let nextTableId = Math.max(...tableIds) + 1;
  const uniqueTableName = (name: string) => {
    let n = name;
    for (let i = 2; tableNames.has(n.toLowerCase()); i++) n = `${name}_${i}`;
    tableNames.add(n.toLowerCase());
    return n;
  };

  // The added sheets, each with its own related parts (tables) under fresh names.
  const addedSheets: { name: string; part: string }[] = [];
  for (const s of workbookSheets(addWbXml)) {
    const from = addWbRels.find((r) => r.id === s.relId)!.part!;
    const part = freeName(taken, `${folder}worksheets/`, "sheet", "xml");
    const sheetRels: Rel[] = [];
    for (const r of add.rels(from)) {
      if (!r.part) {
        sheetRels.push(r);
        continue;
      }
      const slash = r.part.lastIndexOf("/");
      const base = r.part.slice(slash + 1);
      const stem = base.replace(/\d*\.[^.]*$/, "");
      const ext = base.slice(base.lastIndexOf(".") + 1);
      const target = freeName(
        taken,
        `${folder}${r.part.slice(0, slash + 1).replace(/^xl\//, "")}`,
        stem,
        ext,
      );
      const type = contentTypeOf(addTypes, r.part) ?? "application/xml";
      let xml = add.text(r.part);
      if (type === CONTENT_TYPES.table) {
        const root = findElement(xml, "table")!;
        let tag = withAttr(root.tag, "id", String(nextTableId++));
        const name = uniqueTableName(attrOf(tag, "displayName") ?? attrOf(tag, "name") ?? "Tabell");
        tag = withAttr(withAttr(tag, "name", name), "displayName", name);
        xml = xml.slice(0, root.start) + tag + xml.slice(root.start + root.tag.length);
      }
      newParts.push(deflatedPart(target, encode(xml)));
      newTypes.push({ part: target, type });
      sheetRels.push({ ...r, target: relativeTarget(part, target) });
    }
    let xml = fitSheet(add.text(from, LIMITS.maxPartBytes), strings, xf, dxf);
    const charts = options.charts?.[s.name] ?? [];
    if (charts.length) {
      const [relId] = freeRelIds(
        sheetRels.map((r) => r.id),
        1,
      );
      const drawing = freeName(taken, `${folder}drawings/`, "drawing", "xml");
      const chartRels = charts.map((chart, i) => {
        const chartPart = freeName(taken, `${folder}charts/`, "chart", "xml");
        newParts.push(deflatedPart(chartPart, encode(chartXml(chart))));
        newTypes.push({ part: chartPart, type: CHART_TYPES.chart });
        const rel: Rel = {
          id: `rId${i + 1}`,
          type: CHART_TYPES.chartRel,
          target: relativeTarget(drawing, chartPart),
          external: false,
        };
        return { rel, chart };
      });
      newParts.push(
        deflatedPart(
          drawing,
          encode(drawingXml(chartRels.map(({ rel, chart }) => ({ relId: rel.id, chart })))),
        ),
      );
      newTypes.push({ part: drawing, type: CHART_TYPES.drawing });
      const drawingRels = relationshipsPartOf(drawing);
      taken.add(partKey(drawingRels));
      newParts.push(deflatedPart(drawingRels, encode(relsPart(chartRels.map((c) => c.rel)))));
      sheetRels.push({
        id: relId,
        type: CHART_TYPES.drawingRel,
        target: relativeTarget(part, drawing),
        external: false,
      });
      xml = withDrawing(xml, relId);
    }
    newParts.push(deflatedPart(part, encode(xml)));
    newTypes.push({ part, type: CONTENT_TYPES.worksheet });
    if (sheetRels.length) {
      const relsName = relationshipsPartOf(part);
      taken.add(partKey(relsName));
      newParts.push(deflatedPart(relsName, encode(relsPart(sheetRels))));
    }
    addedSheets.push({ name: s.name, part });
    newWbRels.push({
      id: "",
      type: REL_TYPES.worksheet,
      target: relativeTarget(wbPart, part),
      external: false,
    });
  }

  const ids = freeRelIds(
    wbRels.map((r) => r.id),
    newWbRels.length,
  );
  newWbRels.forEach((r, i) => (r.id = ids[i]));
  const sheetRelIds = newWbRels.filter((r) => r.type === REL_TYPES.worksheet).map((r) => r.id);
  edited.set(
    partKey(wbPart),
    editWorkbook(
      wbXml,
      remove,
      addedSheets.map((s, i) => ({ name: s.name, relId: sheetRelIds[i] })),
      workbookNames(addWbXml),
    ),
  );
  edited.set(partKey(wbRelsPart), editRels(user.text(wbRelsPart), removeRelIds, newWbRels));
  edited.set(partKey(TYPES_PART), editContentTypes(types, removeParts, newTypes));

  const parts = copiedParts(user.zip, edited, (key) => removeParts.has(key));
  return writeZip([...parts, ...newParts]);
}
