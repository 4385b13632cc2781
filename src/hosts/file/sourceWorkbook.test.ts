import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import type { CellValue } from "../../core/grid";
import { dateToSerial } from "./xlsx/dates";
import { readWorkbookGrid } from "./xlsx";
import { asWorkbookSource, valuesPackage } from "./sourceWorkbook";

describe("the .xlsx made from a .csv or .ods register", () => {
  it("reads back as the values it was written from (property)", () => {
    const text = fc.string({
      unit: fc.constantFrom(
        "a",
        "Ö",
        " ",
        "&",
        "<",
        ">",
        '"',
        "\n",
        "\t",
        "\u0001",
        "_x0041_",
        "_",
      ),
      minLength: 1,
      maxLength: 10,
    });
    const value: fc.Arbitrary<CellValue> = fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 6 }), (rows) => {
        const bytes = valuesPackage([{ name: "Blad & <1>", rows }], new Map());
        const read = readWorkbookGrid(bytes, "x.xlsx").sheets;
        expect(read.map((s) => s.name)).toEqual(["Blad & <1>"]);
        // The reader ends a row at its last value and the sheet at its last row with one.
        const trimmed = rows.map((r) => {
          const end = r.reduce<number>((e, v, i) => (v === null ? e : i + 1), 0);
          return r.slice(0, end);
        });
        while (trimmed.length && !trimmed[trimmed.length - 1].length) trimmed.pop();
        expect(read[0].rows).toEqual(trimmed);
      }),
    );
  });

  it("formats dates as dates, leaves an .xlsx as it is", () => {
    const csv = new TextEncoder().encode("Inskrivningsdatum\n2024-03-05\n");
    const made = asWorkbookSource({ name: "a.csv", bytes: csv });
    const xml = strFromU8(unzipSync(made.bytes)["xl/worksheets/sheet1.xml"]);
    const styles = strFromU8(unzipSync(made.bytes)["xl/styles.xml"]);
    expect(made.name).toBe("a.csv");
    expect(readWorkbookGrid(made.bytes, "a.xlsx").sheets[0].rows).toEqual([
      ["Inskrivningsdatum"],
      [dateToSerial(new Date(Date.UTC(2024, 2, 5)))],
    ]);
    // The date cell has the second cell format, and that format is ÅÅÅÅ-MM-DD.
    expect(xml).toMatch(/<c r="A2" s="1">/);
    expect(styles).toMatch(/<cellXfs count="2"><xf [^>]*\/><xf numFmtId="164"/);
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>');
    expect(asWorkbookSource({ name: "b.xlsx", bytes: made.bytes }).bytes).toBe(made.bytes);
  });
});
