import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsxBuffer, WorkbookReadError } from "./readXlsx";
import { readXlsxFile } from "./readXlsxFile";

const dir = mkdtempSync(join(tmpdir(), "finsam-read-"));

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
      ws.getCell("E1").value = { richText: [{ text: "Arb" }, { text: "ete", font: { bold: true } }] };
      ws.getCell("F1").value = { text: "länk", hyperlink: "#Blad1!A1" };
      ws.getCell("G1").value = "1985";
      ws.getCell("H1").value = true;
      ws.getCell("A3").value = 1.5;
      ws.getCell("C3").value = { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue;
      ws.getCell("D3").value = { formula: "TODAY()", result: new Date(Date.UTC(2025, 0, 1)) } as ExcelJS.CellFormulaValue;
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
      ws.addTable({ name: "T", ref: "B3", headerRow: true, columns: [{ name: "Deltagar-ID" }, { name: "Inskrivningsdatum" }], rows: [["A1", new Date(Date.UTC(2024, 0, 2))]] });
    });
    const rows = (await readXlsxBuffer(bytes, "x.xlsx")).sheets[0].rows;
    expect(rows[2]).toEqual([null, "Deltagar-ID", "Inskrivningsdatum"]);
    expect(rows[3]).toEqual([null, "A1", 45293]);
  });

  test("files that are not workbooks get a Swedish message naming the file", async () => {
    const empty = await failure(readXlsxBuffer(new Uint8Array(), "tom.xlsx"));
    expect([empty.reason, empty.message]).toEqual(["empty-file", expect.stringContaining("”tom.xlsx” är tom")]);

    const text = await failure(readXlsxBuffer(new TextEncoder().encode("Deltagar-ID;Insats\n"), "register.xlsx"));
    expect(text.reason).toBe("not-xlsx");
    expect(text.message).toContain("”register.xlsx” är inte en Excel-arbetsbok");

    const xls = await failure(readXlsxBuffer(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "gammal.xls"));
    expect(xls.message).toContain(".xls");
    expect(xls.message).toContain("Spara som");

    const zip = await failure(readXlsxBuffer(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), "trasig.xlsx"));
    expect(zip.reason).toBe("unreadable");
    expect(zip.message).toContain("”trasig.xlsx”");
    expect(zip.message).not.toMatch(/\bat\b.*\.js/);
  });

  test("readXlsxFile reads from disk and reports a missing file in Swedish", async () => {
    const path = join(dir, "liten.xlsx");
    writeFileSync(path, await bytesOf((wb) => (wb.addWorksheet("A").getCell("A1").value = "hej")));
    expect((await readXlsxFile(path)).sheets[0].rows).toEqual([["hej"]]);
    const missing = await failure(readXlsxFile(join(dir, "saknas.xlsx")));
    expect([missing.reason, missing.message]).toEqual(["not-found", "Filen ”saknas.xlsx” finns inte. Kontrollera sökvägen och filnamnet."]);
  });
});
