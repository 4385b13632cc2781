/** @jest-environment node */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Repair } from "../../../core/repair/types";
import { readWorkbookGrid } from "../xlsx";
import { patchCellsInPackage } from "./patchCells";

const serial = 45356; // 2024-03-05

async function workbook(date1904 = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet("Deltagare");
  ws.addRow(["Deltagar-ID", "Inskrivningsdatum", "Kön"]);
  ws.addRow(["D1", "5/3/2024", "kvinna"]);
  ws.addRow(["D2", { formula: '"5/3/2024"', result: "5/3/2024" }, "man"]);
  ws.getCell("C2").numFmt = "@";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const repairs: Repair[] = [
  {
    sheet: "Deltagare",
    row: 1,
    col: 1,
    rule: "date",
    before: "5/3/2024",
    after: serial,
    numFmt: "yyyy-mm-dd",
  },
  { sheet: "Deltagare", row: 1, col: 2, rule: "category", before: "kvinna", after: "Kvinna" },
  {
    sheet: "Deltagare",
    row: 2,
    col: 1,
    rule: "date",
    before: "5/3/2024",
    after: serial,
    numFmt: "yyyy-mm-dd",
  },
];

describe("patchCellsInPackage", () => {
  test.each([false, true])(
    "writes values and a date format, never a formula cell (1904 dates: %s)",
    async (date1904) => {
      const source = await workbook(date1904);
      const { bytes, applied } = patchCellsInPackage(source, "a.xlsx", repairs);
      expect(applied).toEqual([repairs[0], repairs[1]]);
      const grid = readWorkbookGrid(bytes, "b.xlsx");
      expect(grid.sheets[0].rows[1]).toEqual(["D1", serial, "Kvinna"]);
      expect(grid.sheets[0].rows[2][1]).toBe("5/3/2024");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
      const ws = wb.getWorksheet("Deltagare")!;
      expect(ws.getCell("B2").numFmt).toBe("yyyy-mm-dd");
      // The category cell keeps its own format; the formula stays a formula.
      expect(ws.getCell("C2").numFmt).toBe("@");
      expect((ws.getCell("B3").model as { formula?: string }).formula).toBe('"5/3/2024"');
    },
  );

  test("a package whose parts use a namespace prefix keeps it", () => {
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const files = {
      "[Content_Types].xml": strToU8(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
      ),
      "_rels/.rels": strToU8(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      "xl/workbook.xml": strToU8(
        `<?xml version="1.0"?><x:workbook xmlns:x="${main}" xmlns:r="${rel}"><x:sheets><x:sheet name="Deltagare" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
      ),
      "xl/styles.xml": strToU8(
        `<?xml version="1.0"?><x:styleSheet xmlns:x="${main}"><x:fonts count="1"><x:font/></x:fonts><x:fills count="1"><x:fill/></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs></x:styleSheet>`,
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        `<?xml version="1.0"?><x:worksheet xmlns:x="${main}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Deltagar-ID</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Inskrivningsdatum</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t> D1 </x:t></x:is></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>5/3/2024</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
      ),
    };
    const source = zipSync(files);
    const { bytes } = patchCellsInPackage(source, "a.xlsx", [
      { sheet: "Deltagare", row: 1, col: 0, rule: "trim", before: " D1 ", after: "D1" },
      repairs[0],
    ]);
    const grid = readWorkbookGrid(bytes, "b.xlsx");
    expect(grid.sheets[0].rows[1]).toEqual(["D1", serial]);
    const parts = unzipSync(bytes);
    const styles = strFromU8(parts["xl/styles.xml"]);
    expect(styles).toMatch(/<x:cellXfs count="2">.*<xf xmlns="[^"]+" numFmtId="164"/);
    expect(styles).toContain('formatCode="yyyy-mm-dd"');
    expect(strFromU8(parts["xl/worksheets/sheet1.xml"])).toContain('<x:c r="B2" s="1"><x:v>');
    expect(parts["xl/workbook.xml"]).toEqual(files["xl/workbook.xml"]);
  });
});
