import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildReportWorkbook } from "../reportWorkbook";
import { readWorkbookGrid } from "../xlsx";
import { mergeStyles } from "./styles";
import { workbookNames, workbookSheets } from "./workbookXml";
import { crc32, deflatedPart, writeZip } from "./zipWrite";
import { addRegisterRows } from "../../../../tests/helpers/registerWorksheet";

const sample = new Uint8Array(
  readFileSync(join(__dirname, "..", "..", "..", "..", "samples", "finsam-exempel.xlsx")),
);
const period = { from: "2024-01-01", to: "2024-12-31" };
/** The parts a copy must edit: they list parts, or the styles the added sheets use. */
const EDITED = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
];

async function copyOf(bytes: Uint8Array, name = "register.xlsx") {
  const built = await buildReportWorkbook([{ name, bytes }], { period, today: "2025-06-01" });
  return { built, bytes: built.bytes!, parts: unzipSync(built.bytes!) };
}

describe("the zip writer", () => {
  test("CRC-32 of the standard check string", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  test("whatever parts it writes, fflate reads them back", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8})?\.xml$/), fc.uint8Array()),
          {
            selector: ([n]) => n,
            maxLength: 8,
          },
        ),
        (files) => {
          const zip = writeZip(files.map(([n, b]) => deflatedPart(n, b)));
          const back = unzipSync(zip);
          expect(Object.keys(back).sort()).toEqual(files.map(([n]) => n).sort());
          for (const [n, b] of files) expect(Array.from(back[n])).toEqual(Array.from(b));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("the report copy at the package level", () => {
  test("keeps every part of the source byte for byte and only adds parts", async () => {
    const source = unzipSync(sample);
    const { parts, built } = await copyOf(sample);
    for (const [name, bytes] of Object.entries(source)) {
      expect(parts[name]).toBeDefined();
      if (!EDITED.includes(name))
        expect({ name, same: Buffer.compare(parts[name], bytes) === 0 }).toEqual({
          name,
          same: true,
        });
    }
    // The edited parts keep what they had: every sheet, relationship and style entry, in order.
    const text = (p: Record<string, Uint8Array>, n: string) => strFromU8(p[n]);
    const before = workbookSheets(text(source, "xl/workbook.xml"));
    const after = workbookSheets(text(parts, "xl/workbook.xml"));
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((s) => s.name)).toEqual(built.sheets);
    const userStyles = text(source, "xl/styles.xml");
    const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(userStyles)![1];
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(userStyles)![1];
    expect(
      /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(text(parts, "xl/styles.xml"))![1].startsWith(fonts),
    ).toBe(true);
    expect(
      /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text(parts, "xl/styles.xml"))![1].startsWith(xfs),
    ).toBe(true);
    for (const rel of text(source, "xl/_rels/workbook.xml.rels").match(/<Relationship [^>]*>/g)!)
      expect(text(parts, "xl/_rels/workbook.xml.rels")).toContain(rel);
    // The user's shared strings are theirs: the added sheets hold their texts inline.
    expect(Buffer.compare(parts["xl/sharedStrings.xml"], source["xl/sharedStrings.xml"])).toBe(0);
    for (const name of Object.keys(parts).filter(
      (n) => !(n in source) && /worksheets\/sheet\d+\.xml$/.test(n),
    ))
      expect(text(parts, name)).not.toMatch(/t="s"/);
  }, 60000);

  test("the copy reads as the source plus the report sheets, with workbook-unique table ids", async () => {
    const { bytes, built, parts } = await copyOf(sample);
    const source = readWorkbookGrid(sample, "s.xlsx");
    const copy = readWorkbookGrid(bytes, "c.xlsx");
    expect(copy.sheets.slice(0, source.sheets.length)).toEqual(source.sheets);
    expect(copy.sheets.slice(source.sheets.length).map((s) => [s.name, s.generated])).toEqual(
      built.sheets.map((s) => [s, true]),
    );
    const tables = Object.keys(parts).filter((n) => /tables\/table\d+\.xml$/.test(n));
    const ids = tables.map((n) => /<table[^>]*\sid="(\d+)"/.exec(strFromU8(parts[n]))![1]);
    const names = tables.map((n) =>
      /<table[^>]*\sdisplayName="([^"]+)"/.exec(strFromU8(parts[n]))![1].toLowerCase(),
    );
    expect(new Set(ids).size).toBe(tables.length);
    expect(new Set(names).size).toBe(tables.length);
  }, 60000);

  test("a second report of the same period replaces the first: its parts and names go, later sheet-local names follow their sheet", async () => {
    const first = await copyOf(sample);
    // The user adds a sheet after the report, with a print area (a name local to that sheet).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(first.bytes.buffer.slice(0) as ArrayBuffer);
    const own = wb.addWorksheet("Egna anteckningar");
    own.getCell("A1").value = "Anteckning";
    own.pageSetup.printArea = "A1:B4";
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    const before = workbookSheets(strFromU8(unzipSync(edited)["xl/workbook.xml"]));
    const ownIndex = before.findIndex((s) => s.name === "Egna anteckningar");
    expect(ownIndex).toBe(2 + first.built.sheets.length);

    const second = await copyOf(edited);
    expect(second.built.plan.replace).toEqual(first.built.sheets);
    const xml = strFromU8(second.parts["xl/workbook.xml"]);
    const sheets = workbookSheets(xml).map((s) => s.name);
    expect(sheets).toEqual(["Deltagare", "Budget", "Egna anteckningar", ...first.built.sheets]);
    const names = workbookNames(xml).map((n) => [
      /name="([^"]+)"/.exec(n.xml)![1],
      n.localSheet,
      />([^<]*)</.exec(n.xml)![1],
    ]);
    // The print area now sits on sheet 2, and each marker once.
    expect(
      names.filter(([n, , v]) => n === "_xlnm.Print_Area" && String(v).includes("Egna")),
    ).toEqual([["_xlnm.Print_Area", 2, expect.stringContaining("Egna anteckningar")]]);
    const markers = names.filter(([n]) => String(n).startsWith("_FinsamRapport_"));
    expect(markers).toHaveLength(first.built.sheets.length);
    // No part is left that nothing points to: every sheet part is a sheet of the workbook.
    const sheetParts = Object.keys(second.parts).filter((n) =>
      /worksheets\/sheet\d+\.xml$/.test(n),
    );
    expect(sheetParts).toHaveLength(sheets.length);
    const tables = Object.keys(second.parts).filter((n) => /tables\/table\d+\.xml$/.test(n));
    const referenced = Object.keys(second.parts)
      .filter((n) => n.endsWith(".rels"))
      .flatMap((n) => strFromU8(second.parts[n]).match(/tables\/table\d+\.xml/g) ?? []);
    expect(tables.map((t) => t.replace(/^xl\//, "")).sort()).toEqual(
      [...new Set(referenced)].sort(),
    );
    // And the copy reads back with the user's sheet intact.
    const grid = readWorkbookGrid(second.bytes, "c.xlsx");
    expect(grid.sheets.find((s) => s.name === "Egna anteckningar")?.rows[0]).toEqual([
      "Anteckning",
    ]);
  }, 60000);
});

describe("several teams' files", () => {
  async function team(insats: string, seed: number): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Deltagare");
    addRegisterRows(ws, {
      rows: 30,
      seed,
      insatser: [insats],
      fromYear: 2023,
      toYear: 2024,
    });
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  test("the other files' sheets are added with their values and date formats; the first file's parts are kept", async () => {
    const norr = await team("Team Norr", 1);
    const syd = await team("Team Syd", 2);
    const built = await buildReportWorkbook(
      [
        { name: "norr.xlsx", bytes: norr },
        { name: "syd.xlsx", bytes: syd },
      ],
      { period, today: "2025-06-01" },
    );
    const copy = readWorkbookGrid(built.bytes!, "kopia.xlsx");
    const added = copy.sheets.find((s) => s.name === "Deltagare (syd)")!;
    expect(added.rows).toEqual(readWorkbookGrid(syd, "syd.xlsx").sheets[0].rows);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(built.bytes!.buffer.slice(0) as ArrayBuffer);
    const start = wb.getWorksheet("Deltagare (syd)")!.getCell("G2");
    expect(start.value).toBeInstanceOf(Date);
    const source = unzipSync(norr);
    const parts = unzipSync(built.bytes!);
    for (const [name, bytes] of Object.entries(source))
      if (!EDITED.includes(name)) expect(Buffer.compare(parts[name], bytes)).toBe(0);
  }, 60000);
});

describe("styles appended", () => {
  const user =
    '<styleSheet xmlns="x"><fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';
  const add =
    '<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="0 %"/></numFmts><fonts count="3"><font><sz val="12"/></font><font><i/></font><font><b/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

  test("the user's entries stay first and unchanged; new ones are appended and reused when identical", () => {
    const m = mergeStyles(user, add);
    expect(m.xml).toContain(
      '<fonts count="3"><font><sz val="11"/></font><font><b/></font><font><i/></font></fonts>',
    );
    expect(m.xml).toContain(
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="0 %"/></numFmts><fonts',
    );
    // Cell format 1 of the additions: italic (new font 2) and the percentage; 2: bold, the user's font 1.
    expect(m.xf).toEqual([0, 2, 3]);
    expect(m.xml).toContain(
      '<xf numFmtId="164" fontId="2" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs>',
    );
    expect(m.xml).toContain('<cellXfs count="4">');
    // Appending twice adds nothing more: a report written again does not grow the styles.
    expect(mergeStyles(m.xml, add).xml).toBe(m.xml);
  });
});
