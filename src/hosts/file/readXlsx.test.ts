import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue, WorkbookGrid } from "../../core/grid";
import { sheetMarker } from "../../core/layout/sheetNames";
import { syntheticRegister } from "../../samples/synthetic";
import { handXlsx } from "../../../tests/hostile/xlsxParts";
import { randomCase } from "../../../tests/spreadsheet/randomWorkbooks";
import {
  dateToSerial,
  readWorkbookGrid,
  readXlsxBuffer,
  serialToDate,
  workbookToGrid,
  WorkbookReadError,
} from "./readXlsx";
import { readXlsxFile } from "./node/readXlsxFile";
import { buildReportWorkbook } from "./reportWorkbook";

const dir = mkdtempSync(join(tmpdir(), "finsam-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function failure(p: Promise<unknown>): Promise<WorkbookReadError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("expected a WorkbookReadError");
}

describe("reading .xlsx into a WorkbookGrid", () => {
  test("values of every kind become core cell values", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("Deltagare");
      ws.getCell("A1").value = new Date(Date.UTC(2024, 2, 5));
      ws.getCell("B1").value = new Date(Date.UTC(1900, 2, 1));
      ws.getCell("C1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("D1").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
      ws.getCell("E1").value = {
        richText: [{ text: "Arb" }, { text: "ete", font: { bold: true } }],
      };
      ws.getCell("F1").value = { text: "länk", hyperlink: "#Blad1!A1" };
      ws.getCell("G1").value = "1985";
      ws.getCell("H1").value = true;
      ws.getCell("A3").value = 1.5;
      ws.getCell("C3").value = {
        formula: "NA()",
        result: { error: "#N/A" },
      } as ExcelJS.CellFormulaValue;
      ws.getCell("D3").value = {
        formula: "TODAY()",
        result: new Date(Date.UTC(2025, 0, 1)),
      } as ExcelJS.CellFormulaValue;
    });
    const grid = await readXlsxBuffer(bytes, "x.xlsx");
    expect(grid.sheets.map((s) => s.name)).toEqual(["Deltagare"]);
    const rows = grid.sheets[0].rows;
    expect(rows[0]).toEqual([45356, 61, "#N/A", 2, "Arbete", "länk", "1985", true]);
    expect(rows[1]).toEqual([]);
    expect(rows[2]).toEqual([1.5, null, "#N/A", 45658]);
  });

  test("a merged range keeps its value in the top-left cell only; sheets keep their order and names", async () => {
    const bytes = await bytesOf((wb) => {
      const a = wb.addWorksheet("Titel");
      a.getCell("A1").value = "Deltagarregister 2024";
      a.mergeCells("A1:D1");
      a.getCell("A2").value = "x";
      wb.addWorksheet("Tom");
      const c = wb.addWorksheet("Dolt");
      c.state = "hidden";
      c.getCell("B2").value = 7;
    });
    const grid = await readXlsxBuffer(bytes, "x.xlsx");
    expect(grid.sheets.map((s) => s.name)).toEqual(["Titel", "Tom", "Dolt"]);
    expect(grid.sheets[0].rows).toEqual([["Deltagarregister 2024"], ["x"]]);
    expect(grid.sheets[1].rows).toEqual([]);
    expect(grid.sheets[2].rows).toEqual([[], [null, 7]]);
  });

  test("an Excel table's header row is ordinary text cells", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("Register");
      ws.addTable({
        name: "T",
        ref: "B3",
        headerRow: true,
        columns: [{ name: "Deltagar-ID" }, { name: "Inskrivningsdatum" }],
        rows: [["A1", new Date(Date.UTC(2024, 0, 2))]],
      });
    });
    const rows = (await readXlsxBuffer(bytes, "x.xlsx")).sheets[0].rows;
    expect(rows[2]).toEqual([null, "Deltagar-ID", "Inskrivningsdatum"]);
    expect(rows[3]).toEqual([null, "A1", 45293]);
  });

  test("files that are not workbooks get a Swedish message naming the file", async () => {
    const empty = await failure(readXlsxBuffer(new Uint8Array(), "tom.xlsx"));
    expect([empty.reason, empty.message]).toEqual([
      "empty-file",
      expect.stringContaining("”tom.xlsx” är tom"),
    ]);

    const text = await failure(
      readXlsxBuffer(new TextEncoder().encode("Deltagar-ID;Insats\n"), "register.xlsx"),
    );
    expect(text.reason).toBe("not-xlsx");
    expect(text.message).toContain("”register.xlsx” är inte en Excel-arbetsbok");

    const xls = await failure(
      readXlsxBuffer(
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        "gammal.xls",
      ),
    );
    expect(xls.message).toContain(".xls");
    expect(xls.message).toContain("Spara som");

    const zip = await failure(
      readXlsxBuffer(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), "trasig.xlsx"),
    );
    expect(zip.reason).toBe("unreadable");
    expect(zip.message).toContain("”trasig.xlsx”");
    expect(zip.message).not.toMatch(/\bat\b.*\.js/);
  });

  test("readXlsxFile reads from disk and reports a missing file in Swedish", async () => {
    const path = join(dir, "liten.xlsx");
    writeFileSync(path, await bytesOf((wb) => (wb.addWorksheet("A").getCell("A1").value = "hej")));
    expect((await readXlsxFile(path)).sheets[0].rows).toEqual([["hej"]]);
    const missing = await failure(readXlsxFile(join(dir, "saknas.xlsx")));
    expect([missing.reason, missing.message]).toEqual([
      "not-found",
      "Filen ”saknas.xlsx” finns inte. Kontrollera sökvägen och filnamnet.",
    ]);
  });
});

/** The reader as it was: the whole workbook loaded into ExcelJS, then walked. */
async function oldGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbookToGrid(wb);
}

const cellsOf = (g: WorkbookGrid) =>
  g.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);

/** A register written by ExcelJS's streaming writer (inline text cells, as big registers are made). */
async function streamedRegister(rows: number, seed: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const { PassThrough } = await import("node:stream");
  const stream = new PassThrough();
  stream.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const ws = wb.addWorksheet("Deltagare");
  syntheticRegister({ rows, seed, fromYear: 2023, toYear: 2024, messiness: 0.2 }).rows.forEach(
    (r, i) => {
      const row = ws.addRow(
        i === 0
          ? r
          : r.map((v, c) => ((c === 6 || c === 7) && typeof v === "number" ? serialToDate(v) : v)),
      );
      if (i > 0) row.getCell(7).numFmt = "yyyy-mm-dd";
      row.commit();
    },
  );
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

describe("the streaming reader reads what ExcelJS read", () => {
  test("the bundled sample", async () => {
    const bytes = new Uint8Array(
      readFileSync(join(__dirname, "../../../samples/finsam-exempel.xlsx")),
    );
    const grid = readWorkbookGrid(bytes, "finsam-exempel.xlsx");
    expect(grid).toEqual(await oldGrid(bytes));
    expect(grid.sheets.map((s) => s.name)).toEqual(["Deltagare", "Budget"]);
    expect(cellsOf(grid)).toBeGreaterThan(3000);
  });

  test.each(Array.from({ length: 20 }, (_, i) => i + 1))(
    "random messy register %i (randomCase)",
    async (seed) => {
      const c = await randomCase(seed);
      const grid = readWorkbookGrid(c.bytes, `${c.name}.xlsx`);
      expect(grid).toEqual(await oldGrid(c.bytes));
    },
  );

  test.each([
    [300, 0, 0],
    [500, 7, 0.3],
  ])(
    "a synthetic register of %i rows (seed %i, messiness %d), written by ExcelJS",
    async (rows, seed, messiness) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Deltagare");
      syntheticRegister({ rows, seed, fromYear: 2022, toYear: 2024, messiness }).rows.forEach(
        (r, i) =>
          ws.addRow(
            i === 0
              ? r
              : r.map((v, c) =>
                  (c === 6 || c === 7) && typeof v === "number" ? serialToDate(v) : v,
                ),
          ),
      );
      ws.getColumn(7).numFmt = "yyyy-mm-dd";
      ws.getColumn(8).numFmt = "d mmm yyyy";
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      expect(readWorkbookGrid(bytes, "x.xlsx")).toEqual(await oldGrid(bytes));
    },
  );

  test("a register from ExcelJS's streaming writer (inline text, no shared strings)", async () => {
    const bytes = await streamedRegister(400, 3);
    const grid = readWorkbookGrid(bytes, "x.xlsx");
    expect(grid).toEqual(await oldGrid(bytes));
    expect(grid.sheets[0].rows).toHaveLength(401);
  });

  test("every ExcelJS feature the old reader met: styles, merges, hyperlinks, rich text, errors, shared formulas, hidden sheets, the 1904 date system", async () => {
    for (const date1904 of [false, true]) {
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      const ws = wb.addWorksheet("Blandat");
      ws.getCell("A1").value = "Rubrik över fyra kolumner";
      ws.mergeCells("A1:D2");
      ws.getCell("B3").value = new Date(Date.UTC(2024, 1, 29, 13, 45, 10));
      ws.getCell("B3").numFmt = "yyyy-mm-dd hh:mm:ss";
      ws.getCell("C3").value = 0.5;
      ws.getCell("C3").numFmt = "h:mm";
      ws.getCell("D3").value = 1234.5;
      ws.getCell("D3").numFmt = '# ##0,0 "kr"';
      ws.getCell("E3").value = 7;
      ws.getCell("E3").numFmt = "0\\ \\d\\a\\g\\a\\r";
      ws.getCell("A4").value = {
        richText: [
          { text: "fet", font: { bold: true } },
          { text: " och kursiv", font: { italic: true } },
        ],
      };
      ws.getCell("B4").value = { text: "länk", hyperlink: "https://example.org" };
      ws.getCell("C4").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
      ws.getCell("D4").value = { formula: "A5*2", result: 84 } as ExcelJS.CellFormulaValue;
      ws.getCell("A5").value = 42;
      ws.getCell("A6").value = {
        formula: "A5+1",
        result: 43,
        shareType: "shared",
        ref: "A6:A8",
      } as ExcelJS.CellFormulaValue;
      ws.getCell("A7").value = {
        sharedFormula: "A6",
        result: 44,
      } as ExcelJS.CellSharedFormulaValue;
      ws.getCell("A8").value = {
        sharedFormula: "A6",
        result: 45,
      } as ExcelJS.CellSharedFormulaValue;
      ws.getCell("B8").value = "tabb\tny rad\nCR\r\nslut & <tecken> ”citat” 'apostrof'";
      ws.getCell("C8").value = "_x000D_ bokstavligt";
      ws.getCell("F12").value = "";
      ws.getCell("G12").value = false;
      ws.getCell("A14").style = { font: { bold: true } }; // formatted, empty
      ws.mergeCells("H20:I25");
      ws.getCell("H20").value = "sammanfogat långt ned";
      const hidden = wb.addWorksheet("Dolt", { state: "hidden" });
      hidden.getCell("A1").value = 1;
      wb.addWorksheet("Mycket dolt", { state: "veryHidden" }).getCell("C3").value = "x";
      wb.addWorksheet("Tomt");
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      const grid = readWorkbookGrid(bytes, "x.xlsx");
      expect(grid).toEqual(await oldGrid(bytes));
      expect(grid.sheets.map((s) => s.name)).toEqual(["Blandat", "Dolt", "Mycket dolt", "Tomt"]);
      // Date-formatted numbers are 1900-system serials; "0 dagar" counts as a date format (its d), as it always has.
      const shift = date1904 ? 1462 : 0;
      expect(grid.sheets[0].rows[2]).toEqual([
        null,
        dateToSerial(new Date(Date.UTC(2024, 1, 29, 13, 45, 10))),
        0.5 + shift,
        1234.5,
        7 + shift,
      ]);
      expect(grid.sheets[0].rows).toHaveLength(25);
    }
  });

  test("a report workbook the add-in wrote: its sheets are marked generated, its values read as before", async () => {
    const source = new Uint8Array(
      readFileSync(join(__dirname, "../../../samples/finsam-exempel.xlsx")),
    );
    const built = await buildReportWorkbook([{ name: "finsam-exempel.xlsx", bytes: source }], {
      period: { from: "2024-01-01", to: "2024-12-31" },
    });
    const bytes = built.bytes!;
    const grid = readWorkbookGrid(bytes, "rapport.xlsx");
    const old = await oldGrid(bytes);
    expect(grid.sheets.map((s) => [s.name, s.generated ?? false])).toEqual(
      old.sheets.map((s) => [s.name, s.generated ?? false]),
    );
    expect(grid.sheets.filter((s) => s.generated).length).toBe(5);
    // The only difference allowed: ExcelJS read a formula whose cached value is 0 or FALSE as empty.
    const differences: [string, CellValue, CellValue][] = [];
    grid.sheets.forEach((s, i) => {
      const o = old.sheets[i].rows;
      for (let r = 0; r < Math.max(s.rows.length, o.length); r++) {
        for (let c = 0; c < Math.max(s.rows[r]?.length ?? 0, o[r]?.length ?? 0); c++) {
          const [n, v] = [s.rows[r]?.[c] ?? null, o[r]?.[c] ?? null];
          if (!Object.is(n, v)) differences.push([`${s.name}!R${r + 1}C${c + 1}`, v, n]);
        }
      }
    });
    for (const [, was, is] of differences)
      expect([was, is === 0 || is === false]).toEqual([null, true]);
    // Trailing empty cells that became 0 may lengthen a row; otherwise the grids are the same.
    const strip = (g: WorkbookGrid) =>
      g.sheets.map((s) =>
        s.rows.map((r) => r.map((v) => (v === 0 || v === false ? null : v))).map(trimRow),
      );
    expect(strip(grid)).toEqual(strip(old));
  });
});

const trimRow = (r: CellValue[]) => {
  const out = [...r];
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
};

describe("where the streaming reader is right and ExcelJS was not", () => {
  test('an ISO date cell (t="d") is a date serial, not its year; time and 1904 workbooks too', async () => {
    for (const date1904 of [false, true]) {
      const bytes = handXlsx({
        date1904,
        sheets: [
          {
            name: "Datum",
            xml: '<row r="1"><c r="A1" t="d"><v>2024-03-05</v></c><c r="B1" t="d"><v>2024-03-05T12:00:00</v></c><c r="C1" t="d"><v>1900-03-01T00:00:00.000Z</v></c><c r="D1" t="d"><v>inte ett datum</v></c></row>',
          },
        ],
      });
      expect((await oldGrid(bytes)).sheets[0].rows[0][0]).toBe(2024);
      expect(readWorkbookGrid(bytes, "x.xlsx").sheets[0].rows).toEqual([
        [45356, 45356.5, 61, "inte ett datum"],
      ]);
    }
  });

  test("a formula whose cached value is 0 or FALSE gives 0 or false, not an empty cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("A");
    ws.getCell("A1").value = { formula: "1-1", result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell("B1").value = { formula: "1=2", result: false } as ExcelJS.CellFormulaValue;
    ws.getCell("C1").value = { formula: "2+3", result: 5 } as ExcelJS.CellFormulaValue;
    ws.getCell("D1").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect((await oldGrid(bytes)).sheets[0].rows).toEqual([[null, null, 5]]);
    expect(readWorkbookGrid(bytes, "x.xlsx").sheets[0].rows).toEqual([[0, false, 5]]);
  });

  test("a text result in a date-formatted cell stays text (ExcelJS made it NaN)", async () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>';
    const bytes = handXlsx({
      styles,
      sheets: [
        {
          name: "A",
          xml: '<row r="1"><c r="A1" s="1" t="str"><f>IF(B1="";"saknas";B1)</f><v>saknas</v></c><c r="B1" s="1"><v>45356</v></c></row>',
        },
      ],
    });
    expect(readWorkbookGrid(bytes, "x.xlsx").sheets[0].rows).toEqual([["saknas", 45356]]);
  });
});

/** Characters from every Unicode plane, emoji with modifiers and joiners, and combining marks. */
const UNICODE = [
  "Å",
  "ö",
  "e\u0301",
  "😀",
  "👩🏽‍💻",
  "🇸🇪",
  "\u{20000}",
  "\u{2A6D6}",
  "\u{30000}",
  "\u{E0001}",
  "\u{F0000}",
  "\u{10FFFD}",
  "\u{1D11E}",
  "a\u0308\u0323",
  "中文",
];
for (let plane = 1; plane <= 16; plane++)
  UNICODE.push(String.fromCodePoint(plane * 0x10000 + 0x100 + plane));

describe("text survives whole, whatever the characters and wherever the chunks split them", () => {
  const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

  test.each([0, 6] as const)(
    "every plane, emoji and combining marks in shared strings, inline strings, character references and sheet names (zip level %i)",
    (level) => {
      // Enough rows that the sheet spans many inflate and decode chunks, each at an arbitrary byte.
      const rows: string[] = [];
      const strings: string[] = [];
      const expected: CellValue[][] = [];
      for (let r = 0; r < 3000; r++) {
        const text =
          UNICODE.slice(r % UNICODE.length).join("") +
          UNICODE.slice(0, r % UNICODE.length).join("") +
          r;
        strings.push(text);
        const ref = [...text][0].codePointAt(0)!;
        rows.push(
          `<row r="${r + 1}"><c r="A${r + 1}" t="s"><v>${r}</v></c><c r="B${r + 1}" t="inlineStr"><is><t>${xmlText(text)}</t></is></c><c r="C${r + 1}" t="str"><v>&#x${ref.toString(16)};&#${ref};</v></c></row>`,
        );
        expected.push([text, text, String.fromCodePoint(ref, ref)]);
      }
      const name = "Blad 😀\u{20000}\u{10FFFD}";
      const bytes = handXlsx(
        { sharedStrings: strings, sheets: [{ name, xml: rows.join("") }] },
        level,
      );
      const grid = readWorkbookGrid(bytes, "x.xlsx");
      expect(grid.sheets[0].name).toBe(name);
      expect(grid.sheets[0].rows).toEqual(expected);
      expect(JSON.stringify(grid)).not.toContain("\uFFFD");
    },
  );

  test("ExcelJS's escapes (_x000D_) and rich-text runs in shared strings; phonetic guides left out", () => {
    const bytes = handXlsx({
      sharedStrings: [
        "<t>rad 1_x000D_\nrad 2</t>",
        '<r><rPr><b/></rPr><t xml:space="preserve">fet </t></r><r><t>😀</t></r>',
        '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>',
        "<t>_x005F_x000D_</t>",
        "<t/>",
      ],
      sheets: [
        {
          name: "A",
          xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>',
        },
      ],
    });
    expect(readWorkbookGrid(bytes, "x.xlsx").sheets[0].rows).toEqual([
      ["rad 1\r\nrad 2", "fet 😀", "東京", "_x000D_", ""],
    ]);
  });
});

describe("structure the streaming reader understands", () => {
  test("namespace prefixes, rows and cells without references, a chart sheet and a generated sheet", () => {
    const prefixed =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c r="C2"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const bytes = handXlsx({
      sheets: [
        { name: "Prefix", xml: prefixed },
        { name: "Diagram", xml: "", chart: true },
        {
          name: "Resultat 2024",
          xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>Resultat</t></is></c></row>',
        },
      ],
      definedNames: [
        [sheetMarker("resultat", "2024"), "'Resultat 2024'!$A$1"],
        ["_FinsamRapport_utan_cell", "Prefix!A1"],
      ],
    });
    const grid = readWorkbookGrid(bytes, "x.xlsx");
    expect(grid.sheets).toEqual([
      {
        name: "Prefix",
        rows: [
          ["a", 2],
          [null, null, 3, 4],
        ],
      },
      { name: "Resultat 2024", rows: [["Resultat"]], generated: true },
    ]);
  });

  test("merged ranges: the top-left value stays, the rest goes, however the cells came", () => {
    const bytes = handXlsx({
      sheets: [
        {
          name: "A",
          xml: '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c></row>',
          after:
            '<mergeCells count="2"><mergeCell ref="B1:C2"/><mergeCell ref="E1:E4"/></mergeCells>',
        },
      ],
    });
    expect(readWorkbookGrid(bytes, "x.xlsx").sheets[0].rows).toEqual([[1, 2], [4], [], []]);
  });
});
