import fc from "fast-check";
import { csvValue, decodeCsv, detectSeparator, readCsv, sheetNameOf } from "./readCsv";
import { dateToSerial } from "../xlsx/dates";
import { WorkbookReadError } from "../xlsx/errors";

const utf8 = (s: string) => new TextEncoder().encode(s);

/** RFC 4180 writer: a field is quoted when it holds the separator, a quote or a line break. */
function writeCsv(rows: string[][], sep: string, eol: string): string {
  const field = (v: string) =>
    v.includes(sep) || /["\r\n]/.test(v) || v.startsWith(" ") ? `"${v.replace(/"/g, '""')}"` : v;
  return rows.map((r) => r.map(field).join(sep)).join(eol) + eol;
}

describe("readCsv", () => {
  it("reads a Swedish Excel CSV: semicolons, BOM, CRLF, å/ä/ö, quoted fields", () => {
    const text = '\uFEFFNamn;Startdatum;Belopp\r\n"Åsa; Öberg";2024-03-05;"1 044 493 kr"\r\n';
    const grid = readCsv(utf8(text), "register.csv");
    expect(grid.sheets).toHaveLength(1);
    expect(grid.sheets[0].name).toBe("register");
    expect(grid.sheets[0].rows).toEqual([
      ["Namn", "Startdatum", "Belopp"],
      ["Åsa; Öberg", dateToSerial(new Date(Date.UTC(2024, 2, 5))), "1 044 493 kr"],
    ]);
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    const bytes = Uint8Array.from([0x4b, 0xf6, 0x6e, 0x3b, 0xc5, 0x72]); // "Kön;År" in 1252
    expect(decodeCsv(bytes)).toBe("Kön;År");
    expect(readCsv(bytes, "a.csv").sheets[0].rows).toEqual([["Kön", "År"]]);
  });

  it("detects comma and tab separators, ignoring separators inside quotes", () => {
    expect(detectSeparator('a,b,"c;d;e"\n')).toBe(",");
    expect(detectSeparator("a\tb\tc;d\n")).toBe("\t");
    expect(detectSeparator("ensam\n")).toBe(";");
  });

  it("keeps empty fields as empty cells and empty lines as empty rows", () => {
    const rows = readCsv(utf8("a;;c\n\n;b\n\n\n"), "x.csv").sheets[0].rows;
    expect(rows).toEqual([["a", null, "c"], [], [null, "b"]]);
  });

  it("names the sheet after the file, as Excel allows sheet names", () => {
    expect(sheetNameOf("/tmp/Team [Nord]: 2024.csv")).toBe("Team _Nord__ 2024");
    expect(sheetNameOf("x".repeat(40) + ".csv")).toHaveLength(31);
  });

  it("refuses an empty file and a cell beyond Excel's text limit with a Swedish message", () => {
    expect(() => readCsv(new Uint8Array(), "tom.csv")).toThrow(WorkbookReadError);
    expect(() => readCsv(utf8("a;" + "x".repeat(40_000)), "lång.csv")).toThrow(/32 767 tecken/);
  });

  it("reads numbers and ISO dates as a workbook's number and date cells, leaving id-like text alone", () => {
    expect(csvValue("12").value).toBe(12);
    expect(csvValue("-1,5").value).toBe(-1.5);
    expect(csvValue("0.25").value).toBe(0.25);
    expect(csvValue("0123").value).toBe("0123");
    expect(csvValue("1 044 493 kr").value).toBe("1 044 493 kr");
    expect(csvValue("5/4/2024").value).toBe("5/4/2024");
    expect(csvValue("2024-02-30")).toEqual({ value: "2024-02-30", isDate: false });
    expect(csvValue("2024-03-05")).toEqual({
      value: dateToSerial(new Date(Date.UTC(2024, 2, 5))),
      isDate: true,
    });
  });

  it("reads any number written with a decimal comma or point back as that number (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(",", "."),
        (whole, cents, point) => {
          const text = cents ? `${whole}${point}${String(cents).padStart(3, "0")}` : `${whole}`;
          // The sign belongs to the whole number written: "-3,250" is -3.25.
          const expected = whole < 0 ? whole - cents / 1000 : whole + cents / 1000;
          expect(csvValue(text).value as number).toBeCloseTo(expected, 9);
        },
      ),
    );
  });

  it("round-trips any rows written with RFC 4180 quoting (property)", () => {
    const cell = fc.string({
      // No digits: a field of digits is read as a number (see the next property).
      unit: fc.constantFrom("a", "Ö", " ", ";", ",", "\t", '"', "\n", "\r\n", "-"),
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(";", ",", "\t"),
        fc.constantFrom("\r\n", "\n"),
        fc.boolean(),
        (rows, sep, eol, bom) => {
          // The first record decides the separator: make it unambiguous, as a header row is.
          const header = Array.from({ length: 3 }, (_, i) => `kolumn${i}`);
          const all = [header, ...rows];
          const text = (bom ? "\uFEFF" : "") + writeCsv(all, sep, eol);
          const read = readCsv(utf8(text), "r.csv").sheets[0].rows;
          // A field is read back exactly as written; a record with one empty field is an empty row.
          expect(read).toEqual(all.map((r) => (r.length === 1 && r[0] === "" ? [] : r)));
        },
      ),
    );
  });
});

describe("readCsv bounds", () => {
  it("counts the empty cells before a value, so separators cannot fill memory", () => {
    const line = ";".repeat(16_000) + "x\n";
    const bytes = new TextEncoder().encode(line.repeat(1_300));
    // 1 300 rows of 16 001 cells are 20.8 million, beyond the 20 million cells read.
    expect(() => readCsv(bytes, "gles.csv")).toThrow(/fler än 20 000 000 celler/);
  });
});
