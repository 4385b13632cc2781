import { strFromU8, unzipSync } from "fflate";
import type { CellValue } from "../../src/core/grid";
import { layoutReport } from "../../src/core/layout/layoutReport";
import { buildReportWorkbook } from "../../src/hosts/file/reportWorkbook";
import { resolveTarget } from "../../src/hosts/file/xlsx/package";
import { readWorkbookGrid } from "../../src/hosts/file/xlsx";
import { XmlScanner } from "../../src/hosts/file/xlsx/xmlScan";
import { fidelityWorkbook } from "../helpers/fidelityWorkbook";

/*
 * The report copy carries the add-in's charts as native chart parts: a drawing on the report
 * sheet, one chart part per chart, relationships and content types in place, and every series
 * referring to the report sheet's cells — checked by reading those cells back from the copy and
 * comparing them with what the chart caches. Written over its own copy, the charts are replaced.
 */
type Parts = Record<string, Uint8Array>;
const text = (p: Parts, n: string) => strFromU8(p[n]);
const OPTIONS = { period: { from: "2024-01-01", to: "2024-12-31" }, today: "2025-06-01" };
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

function wellFormed(xml: string): void {
  const s = new XmlScanner({ wantText: false, open() {}, close() {}, text() {} });
  s.write(xml);
  s.end();
}

function relsOf(parts: Parts, part: string): { id: string; type: string; part: string }[] {
  const name = part.replace(/([^/]*)$/, "_rels/$1.rels");
  if (!parts[name]) return [];
  return [...text(parts, name).matchAll(/<Relationship [^>]*>/g)].map(([r]) => ({
    id: /Id="([^"]+)"/.exec(r)![1],
    type: /Type="([^"]+)"/.exec(r)![1],
    part: resolveTarget(part, /Target="([^"]+)"/.exec(r)![1])!,
  }));
}

/** The worksheet part of a sheet by name. */
function sheetPart(parts: Parts, name: string): string {
  const wb = text(parts, "xl/workbook.xml");
  const tag = [...wb.matchAll(/<sheet [^>]*>/g)].find(([t]) => t.includes(`name="${name}"`))![0];
  const id = /r:id="([^"]+)"/.exec(tag)![1];
  return relsOf(parts, "xl/workbook.xml").find((r) => r.id === id)!.part;
}

/** The charts drawn on a sheet: its drawing's chart parts, in order. */
function chartsOn(parts: Parts, sheet: string): string[] {
  const part = sheetPart(parts, sheet);
  const drawings = relsOf(parts, part).filter((r) => r.type.endsWith("/drawing"));
  if (!drawings.length) return [];
  expect(drawings).toHaveLength(1);
  // The sheet names its drawing, before its table parts as the schema orders them.
  const xml = text(parts, part);
  const at = xml.indexOf(`<drawing r:id="${drawings[0].id}"/>`);
  expect(at).toBeGreaterThan(0);
  if (xml.includes("<tableParts")) expect(at).toBeLessThan(xml.indexOf("<tableParts"));
  return relsOf(parts, drawings[0].part)
    .filter((r) => r.type.endsWith("/chart"))
    .map((r) => r.part);
}

/** The cells a reference like 'Resultat 2024'!$B$14:$G$14 covers, read from the copy's grid. */
function cellsAt(grid: Map<string, CellValue[][]>, ref: string): CellValue[] {
  const m = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref)!;
  const sheet = m[1].replace(/''/g, "'");
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c1, r1] = [col(m[2]), Number(m[3]) - 1];
  const [c2, r2] = m[4] ? [col(m[4]), Number(m[5]) - 1] : [c1, r1];
  expect(r2).toBe(r1);
  const rows = grid.get(sheet)!;
  return Array.from({ length: c2 - c1 + 1 }, (_, i) => rows[r1]?.[c1 + i] ?? null);
}

/** Each series' references and cached values, in order. */
function seriesOf(chart: string) {
  return [...chart.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
    const f = [...ser.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((x) =>
      x[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
    );
    const cache = (tag: string) => {
      const block = new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`).exec(ser)![1];
      return [...block.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((x) =>
        x[2].replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">"),
      );
    };
    return {
      name: f[0],
      cat: f[1],
      val: f[2],
      names: cache("tx"),
      cats: cache("cat"),
      vals: cache("val"),
    };
  });
}

describe("native charts in the report copy", () => {
  test("each chart the add-in draws is a chart part whose series refer to the report sheet's cells", async () => {
    const source = await fidelityWorkbook();
    const built = await buildReportWorkbook([{ name: "register.xlsx", bytes: source }], OPTIONS);
    const copy = unzipSync(built.bytes!);
    const before = unzipSync(source);
    // What the add-in draws, from the same layout.
    const grid = readWorkbookGrid(source, "register.xlsx");
    const specs = layoutReport(built.prepared, grid, { canRewriteSource: false }).sheets;
    const drawn = specs.filter((s) => s.charts.length);
    expect(drawn.length).toBeGreaterThan(0);
    const copyGrid = new Map(
      readWorkbookGrid(built.bytes!, "kopia.xlsx").sheets.map((s) => [s.name, s.rows]),
    );
    const types = text(copy, "[Content_Types].xml");
    const allCharts: string[] = [];
    for (const spec of drawn) {
      const charts = chartsOn(copy, spec.name);
      expect(charts).toHaveLength(spec.charts.length);
      charts.forEach((part, i) => {
        allCharts.push(part);
        expect(types).toContain(`<Override PartName="/${part}" ContentType="${CHART_TYPE}"/>`);
        const xml = text(copy, part);
        wellFormed(xml);
        const ch = spec.charts[i];
        expect(xml).toContain(
          `<c:grouping val="${ch.kind === "stackedBar" ? "stacked" : "clustered"}"/>`,
        );
        expect(xml).toContain(`<a:t>${ch.title}</a:t>`);
        const table = spec.tables.find((t) => t.name === ch.table)!;
        const series = seriesOf(xml);
        expect(series).toHaveLength(table.rows);
        for (const s of series) {
          // The references lead to cells of the report sheet that hold what the chart shows.
          for (const ref of [s.name, s.cat, s.val])
            expect(ref.startsWith(`'${spec.name}'!`)).toBe(true);
          expect(cellsAt(copyGrid, s.name).map(String)).toEqual(s.names);
          expect(cellsAt(copyGrid, s.cat).map(String)).toEqual(s.cats);
          expect(cellsAt(copyGrid, s.val).map(Number)).toEqual(s.vals.map(Number));
          // The categories are the table's columns after its first: the insatser (and Totalt).
          expect(s.cats).toEqual(table.columns.slice(1));
        }
      });
    }
    // New parts only: the user's chart stays as it was, ours have names of their own.
    for (const part of Object.keys(before).filter((n) => n.startsWith("xl/charts/")))
      expect(allCharts).not.toContain(part);
    for (const name of Object.keys(copy).filter((n) =>
      /^xl\/(charts|drawings)\/.*\.xml(\.rels)?$/.test(n),
    ))
      wellFormed(text(copy, name));

    // Reported again into the copy: the earlier sheets go with their drawings and charts.
    const again = unzipSync(
      (await buildReportWorkbook([{ name: "kopia.xlsx", bytes: built.bytes! }], OPTIONS)).bytes!,
    );
    const count = (p: Parts, folder: string) =>
      Object.keys(p).filter((n) => n.startsWith(folder)).length;
    expect(count(again, "xl/charts/")).toBe(count(copy, "xl/charts/"));
    expect(count(again, "xl/drawings/")).toBe(count(copy, "xl/drawings/"));
    for (const spec of drawn) expect(chartsOn(again, spec.name)).toHaveLength(spec.charts.length);
  }, 60000);
});
