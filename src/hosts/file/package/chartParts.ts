/**
 * The report's charts as native Excel chart parts (DrawingML): the same charts the add-in draws
 * (SheetSpec.charts) — a table's rows as series, its header cells as categories, bars placed at
 * the chart's cell — each series referring to the report sheet's cells, with the engine's values
 * cached so the chart shows before any recalculation. Browser-safe.
 */
import { columnLetter } from "../../../core/grid";
import { quoteSheet } from "../../../core/layout/formulaText";
import type { ChartSpec, SheetSpec } from "../../../core/layout/sheetSpec";
import { childElements, escapeXml, findElement, prefixFor, splice } from "./xmlEdit";

export const CHART_TYPES = {
  chartRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  drawingRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
};

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};

/** A chart's size in cells: about the add-in's default chart (360 × 216 pt) at the report's widths. */
const SPAN = { cols: 8, rows: 16 };

export interface NativeSeries {
  /** The series name's cell ('Resultat 2024'!$A$15) and its text. */
  nameRef: string;
  name: string;
  /** The series values' cells and the engine's values. */
  ref: string;
  values: (number | null)[];
}

export interface NativeChart {
  kind: ChartSpec["kind"];
  title: string;
  /** The top-left cell (0-based). */
  row: number;
  col: number;
  categories: { ref: string; values: string[] };
  series: NativeSeries[];
}

const abs = (row: number, col: number) => `$${columnLetter(col)}$${row + 1}`;

/**
 * The sheet's charts with their cell ranges, as the add-in makes them (Excel's "series by rows"
 * over the table with its header): each data row a series named by its first cell, the header's
 * other cells the categories. A chart whose table is missing is left out, as in the add-in.
 */
export function nativeCharts(spec: SheetSpec): NativeChart[] {
  const cells = new Map(spec.cells.map((c) => [`${c.row},${c.col}`, c.value]));
  const at = (row: number, col: number) => cells.get(`${row},${col}`) ?? null;
  const sheet = quoteSheet(spec.name);
  const out: NativeChart[] = [];
  for (const ch of spec.charts) {
    const t = spec.tables.find((x) => x.name === ch.table);
    if (!t || t.columns.length < 2) continue;
    const first = t.col + 1;
    const last = t.col + t.columns.length - 1;
    const range = (row: number) => `${sheet}!${abs(row, first)}:${abs(row, last)}`;
    const cols = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    out.push({
      kind: ch.kind,
      title: ch.title,
      row: ch.row,
      col: ch.col,
      categories: { ref: range(t.row), values: cols.map((c) => String(at(t.row, c) ?? "")) },
      series: Array.from({ length: t.rows }, (_, i) => {
        const row = t.row + 1 + i;
        return {
          nameRef: `${sheet}!${abs(row, t.col)}`,
          name: String(at(row, t.col) ?? ""),
          ref: range(row),
          values: cols.map((c) => {
            const v = at(row, c);
            return typeof v === "number" ? v : null;
          }),
        };
      }),
    });
  }
  return out;
}

const strCache = (values: string[]) =>
  `<c:strCache><c:ptCount val="${values.length}"/>${values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`)
    .join("")}</c:strCache>`;

const numCache = (values: (number | null)[]) =>
  `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("")}</c:numCache>`;

/** The chart part (xl/charts/chartN.xml): horizontal bars, stacked or side by side. */
export function chartXml(chart: NativeChart): string {
  const stacked = chart.kind === "stackedBar";
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(chart.categories.ref)}</c:f>${strCache(chart.categories.values)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(s.ref)}</c:f>${numCache(s.values)}</c:numRef></c:val>` +
        `</c:ser>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="150"/>${stacked ? `<c:overlap val="100"/>` : ""}` +
    `<c:axId val="100"/><c:axId val="200"/></c:barChart>` +
    `<c:catAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="200"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="100"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part (xl/drawings/drawingN.xml): each chart anchored at its cell, by its relationship id. */
export function drawingXml(charts: { relId: string; chart: NativeChart }[]): string {
  const marker = (row: number, col: number) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  const anchors = charts
    .map(
      ({ relId, chart }, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from>${marker(chart.row, chart.col)}</xdr:from>` +
        `<xdr:to>${marker(chart.row + SPAN.rows, chart.col + SPAN.cols)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.title)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relId}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors}</xdr:wsDr>`
  );
}

/** Worksheet children that come after <drawing> (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The worksheet with a <drawing> element for relationship `relId`, in its place in the schema order. */
export function withDrawing(sheetXml: string, relId: string): string {
  const root = findElement(sheetXml, "worksheet")!;
  let xml = sheetXml;
  let prefix = prefixFor(root.tag, NS.r);
  if (!prefix) {
    prefix = "r:";
    const end = root.tag.endsWith("/>") ? root.tag.length - 2 : root.tag.length - 1;
    xml = splice(xml, root.start + end, root.start + end, ` xmlns:r="${NS.r}"`);
  }
  const worksheet = findElement(xml, "worksheet")!;
  const later = new Set(AFTER_DRAWING);
  const next = childElements(xml, worksheet).find(([start]) => {
    const name = /^<([\w.:-]+)/.exec(xml.slice(start, start + 64))![1];
    return later.has(name.slice(name.indexOf(":") + 1));
  });
  const at = next ? next[0] : worksheet.innerEnd;
  return splice(xml, at, at, `<${worksheet.prefix}drawing ${prefix}id="${relId}"/>`);
}
