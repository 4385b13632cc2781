import { strToU8, zipSync } from "fflate";
import { dateToSerial } from "../xlsx/dates";
import { WorkbookReadError } from "../xlsx/errors";
import { LIMITS } from "../xlsx/limits";
import { isOds, ODS_MIMETYPE, readOds } from "./readOds";

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

/** An .ods package as LibreOffice lays it out: the stored mimetype first, then content.xml. */
function ods(tables: string): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  return zipSync({
    mimetype: [strToU8(ODS_MIMETYPE), { level: 0 }],
    "content.xml": strToU8(content),
  });
}

const cell = (attrs: string, text = "") =>
  `<table:table-cell ${attrs}>${text ? `<text:p>${text}</text:p>` : ""}</table:table-cell>`;

describe("readOds", () => {
  it("reads typed cells: numbers, percentages, currency, dates, booleans and text", () => {
    const bytes = ods(
      `<table:table table:name="Deltagare"><table:table-row>` +
        cell('office:value-type="string"', 'Åsa<text:s text:c="2"/>Ö') +
        cell('office:value-type="float" office:value="12"', "12") +
        cell('office:value-type="percentage" office:value="0.25"', "25 %") +
        cell('office:value-type="currency" office:value="1044493"', "1 044 493 kr") +
        cell('office:value-type="date" office:date-value="2024-03-05"', "2024-03-05") +
        cell('office:value-type="boolean" office:boolean-value="true"', "SANT") +
        `</table:table-row></table:table>`,
    );
    expect(isOds(bytes)).toBe(true);
    const grid = readOds(bytes, "register.ods");
    expect(grid.sheets.map((s) => s.name)).toEqual(["Deltagare"]);
    expect(grid.sheets[0].rows).toEqual([
      ["Åsa  Ö", 12, 0.25, 1044493, dateToSerial(new Date(Date.UTC(2024, 2, 5))), true],
    ]);
  });

  it("counts repeated rows and cells without expanding empty ones; covered cells and comments add nothing", () => {
    const bytes = ods(
      `<table:table table:name="A">` +
        `<table:table-row>${cell('table:number-columns-repeated="2" office:value-type="string"', "x")}<table:covered-table-cell/>${cell('table:number-columns-repeated="3"')}${cell('office:value-type="float" office:value="1"', "1<office:annotation><text:p>kommentar</text:p></office:annotation>")}</table:table-row>` +
        `<table:table-row table:number-rows-repeated="2">${cell('table:number-columns-repeated="16384"')}</table:table-row>` +
        `<table:table-row table:number-rows-repeated="2">${cell('office:value-type="string"', "y")}</table:table-row>` +
        `<table:table-row table:number-rows-repeated="1048570">${cell('table:number-columns-repeated="1024"')}</table:table-row>` +
        `</table:table><table:table table:name="B"><table:table-row>${cell('office:value-type="string"', "rad 1<text:line-break/>rad 2")}</table:table-row></table:table>`,
    );
    const [a, b] = readOds(bytes, "r.ods").sheets;
    expect(a.rows).toEqual([["x", "x", null, null, null, null, 1], [], [], ["y"], ["y"]]);
    expect(b.rows).toEqual([["rad 1\nrad 2"]]);
  });

  it("keeps paragraphs of a text cell on lines of their own", () => {
    const bytes = ods(
      `<table:table table:name="A"><table:table-row><table:table-cell office:value-type="string"><text:p>ett</text:p><text:p>två</text:p></table:table-cell></table:table-row></table:table>`,
    );
    expect(readOds(bytes, "r.ods").sheets[0].rows).toEqual([["ett\ntvå"]]);
  });

  it("refuses a repeated row with values beyond Excel's last row", () => {
    const bytes = ods(
      `<table:table table:name="A"><table:table-row table:number-rows-repeated="${LIMITS.maxRow + 1}">${cell('office:value-type="string"', "z")}</table:table-row></table:table>`,
    );
    expect(() => readOds(bytes, "stor.ods")).toThrow(/Excels sista rad/);
  });

  it("says a damaged file is unreadable", () => {
    expect(() => readOds(strToU8("PK\u0003\u0004 inte en zip"), "trasig.ods")).toThrow(
      WorkbookReadError,
    );
    expect(isOds(zipSync({ "xl/workbook.xml": strToU8("<x/>") }))).toBe(false);
  });
});

describe("readOds bounds", () => {
  it("counts the empty cells before a value, so a repeated empty cell cannot fill memory", () => {
    const row = `<table:table-row table:number-rows-repeated="2000">${cell('table:number-columns-repeated="16000"')}${cell('office:value-type="string"', "x")}</table:table-row>`;
    const bytes = ods(`<table:table table:name="A">${row}</table:table>`);
    // 2 000 rows of 16 001 cells are 32 million, beyond the 20 million cells read.
    expect(() => readOds(bytes, "gles.ods")).toThrow(/fler än 20 000 000 celler/);
  });
});
