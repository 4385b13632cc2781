/*
 * The sample's report as the CLI writes it, read back from the file's XML: what Excel and
 * LibreOffice print from (page setup, print titles and area, breaks, footer, alignment).
 */
import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

const dir = mkdtempSync(join(tmpdir(), "finsam-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLE = join(__dirname, "../../samples/finsam-exempel.xlsx");
const REPORT_SHEETS = [
  "Resultat 2024",
  "Budget mot utfall 2024",
  "Kostnad per deltagare 2024",
  "Kontroll 2024",
];

type Parts = Record<string, string>;
const attr = (tag: string, name: string) =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
const unescapeXml = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const rowOf = (ref: string) => Number(/\d+/.exec(ref)![0]);

/** A relationship file's targets by id. */
function rels(parts: Parts, path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of (parts[path] ?? "").matchAll(/<Relationship\b[^>]*>/g))
    out.set(attr(m[0], "Id")!, attr(m[0], "Target")!);
  return out;
}

interface Sheet {
  xml: string;
  /** Tables as 1-based row ranges (header row first). */
  tables: { first: number; last: number }[];
  /** Rows after which the page breaks (1-based, as the file says). */
  breaksAfter: number[];
}

function readReport(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const parts: Parts = {};
  for (const [k, v] of Object.entries(files))
    if (k.endsWith(".xml") || k.endsWith(".rels")) parts[k] = strFromU8(v);
  const book = parts["xl/workbook.xml"];
  const bookRels = rels(parts, "xl/_rels/workbook.xml.rels");
  const sheetTags = [...book.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  const sheets = new Map<string, Sheet>();
  sheetTags.forEach((tag) => {
    const name = unescapeXml(attr(tag, "name")!);
    const path = "xl/" + bookRels.get(attr(tag, "r:id")!)!.replace(/^\/?xl\//, "");
    const xml = parts[path];
    const relPath = path.replace(/worksheets\//, "worksheets/_rels/") + ".rels";
    const sheetRels = rels(parts, relPath);
    const tables = [...xml.matchAll(/<tablePart\b[^>]*>/g)].map((m) => {
      const target = sheetRels.get(attr(m[0], "r:id")!)!;
      const tableXml = parts["xl/" + target.replace(/^(\.\.\/|\/xl\/)/, "")];
      const [a, b] = attr(/<table\b[^>]*>/.exec(tableXml)![0], "ref")!.split(":");
      return { first: rowOf(a), last: rowOf(b) };
    });
    const breaksAfter = [...xml.matchAll(/<brk\b[^>]*>/g)].map((m) => Number(attr(m[0], "id")));
    sheets.set(name, { xml, tables, breaksAfter });
  });
  // Defined names by sheet: _xlnm.Print_Titles and _xlnm.Print_Area carry the sheet's index.
  const names = [...book.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({
    name: attr(m[1], "name")!,
    sheet: attr(m[1], "localSheetId"),
    ref: unescapeXml(m[2]),
  }));
  const localName = (sheet: string, name: string) => {
    const i = sheetTags.findIndex((t) => unescapeXml(attr(t, "name")!) === sheet);
    return names.find((n) => n.name === name && n.sheet === String(i))?.ref ?? null;
  };
  const xfs = [
    .../<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/
      .exec(parts["xl/styles.xml"])![1]
      .matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g),
  ].map((m) => m[0]);
  /** The alignment element of a cell's style, or "" without one. */
  const alignment = (sheet: string, ref: string) => {
    const cell = new RegExp(`<c r="${ref}"[^>]*>`).exec(sheets.get(sheet)!.xml)?.[0];
    const s = cell ? Number(attr(cell, "s") ?? 0) : 0;
    return /<alignment\b[^>]*>/.exec(xfs[s])?.[0] ?? "";
  };
  return { sheets, localName, alignment };
}

describe("the sample's report prints as a report", () => {
  let report: ReturnType<typeof readReport>;
  beforeAll(async () => {
    const out = join(dir, "r.xlsx");
    const code = await main(
      ["report", SAMPLE, "--period", "2024", "-o", out, "--today", "2025-06-01"],
      {
        out: () => {},
        err: () => {},
      },
    );
    expect(code).toBeLessThan(2);
    report = readReport(new Uint8Array(readFileSync(out)));
  }, 60000);

  test("A4 landscape, one page wide and as many tall as needed, on every report sheet", () => {
    for (const name of REPORT_SHEETS) {
      const xml = report.sheets.get(name)!.xml;
      const setup = /<pageSetup\b[^>]*>/.exec(xml)![0];
      expect([
        name,
        attr(setup, "paperSize"),
        attr(setup, "orientation"),
        attr(setup, "fitToWidth"),
        attr(setup, "fitToHeight"),
      ]).toEqual([name, "9", "landscape", "1", "0"]);
      expect(xml).toMatch(/<pageSetUpPr\b[^>]*fitToPage="1"/);
    }
  });

  test("print titles and print area are defined; the area ends at the tables' last column", () => {
    expect(report.localName("Resultat 2024", "_xlnm.Print_Titles")).toBe("'Resultat 2024'!$1:$3");
    const area = report.localName("Resultat 2024", "_xlnm.Print_Area")!;
    // The sample has five insatser: the label column, five and Totalt = A to G.
    expect(area).toMatch(/^'Resultat 2024'!\$A\$1:\$G\$\d+$/);
    for (const name of REPORT_SHEETS) {
      expect(report.localName(name, "_xlnm.Print_Area")).toMatch(/^'.+'!\$A\$1:\$[A-Z]+\$\d+$/);
      expect(report.localName(name, "_xlnm.Print_Titles")).toMatch(/^'.+'!\$1:\$\d+$/);
    }
  });

  test("the footer names the file and the period, and numbers the pages", () => {
    for (const name of REPORT_SHEETS) {
      const footer = unescapeXml(
        /<oddFooter>([^<]*)<\/oddFooter>/.exec(report.sheets.get(name)!.xml)![1],
      );
      expect(footer).toBe("&Lfinsam-exempel.xlsx – period 2024&RSida &P av &N");
    }
  });

  test("Resultat breaks between its tables, never inside one", () => {
    const resultat = report.sheets.get("Resultat 2024")!;
    expect(resultat.tables.length).toBeGreaterThan(8);
    expect(resultat.breaksAfter.length).toBeGreaterThan(1);
    for (const after of resultat.breaksAfter) {
      // The break after row `after`: inside a table when its header and next row are both in it.
      const splits = resultat.tables.filter((t) => after >= t.first && after < t.last);
      expect([after, splits]).toEqual([after, []]);
    }
    // A break that is not at a page's natural end comes right before a table's header.
    const starts = new Set(resultat.tables.map((t) => t.first));
    expect(resultat.breaksAfter.some((after) => starts.has(after + 1))).toBe(true);
  });

  test("headers over figures are right-aligned and wrapped, the label column left", () => {
    const first = report.sheets.get("Resultat 2024")!.tables[0].first;
    expect(report.alignment("Resultat 2024", `B${first}`)).toMatch(/horizontal="right"/);
    expect(report.alignment("Resultat 2024", `B${first}`)).toMatch(/wrapText="1"/);
    expect(report.alignment("Resultat 2024", `A${first}`)).not.toMatch(/horizontal="right"/);
    // The figures under them line up on the right too.
    expect(report.alignment("Resultat 2024", `B${first + 1}`)).toMatch(/horizontal="right"/);
  });
});
