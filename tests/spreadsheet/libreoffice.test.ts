import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recalculate, renderPdf, sofficePath } from "./libreoffice";

/*
 * The LibreOffice helper really recalculates: every formula below is written with a
 * deliberately wrong cached result, and after the round trip each must hold its true value.
 */
const dir = mkdtempSync(join(tmpdir(), "lo-helper-"));
const WRONG = 999;

/** Formula cells under test: address in 'Blad 1' → [formula, true value (Excel's and LibreOffice's alike)]. */
const CASES: Record<string, [string, number | string | boolean]> = {
  // Text criteria are case-insensitive: "Arbete" matches Arbete, arbete and ARBETE.
  F1: ['COUNTIFS(A2:A8,"Arbete",B2:B8,">="&D1)', 2],
  F2: ['COUNTIF(A2:A8,"Arbete")', 3],
  F3: ['COUNTIF(A2:A8,"=Arbete")', 3],
  F4: ['SUMPRODUCT((A2:A8="Arbete")*C2:C8)', 600],
  F5: ['SUMIFS(C2:C8,A2:A8,"<>Arbete")', 957],
  // Wildcards, not regular expressions.
  F6: ['COUNTIF(A2:A8,"Arb*")', 4],
  F7: ['COUNTIF(A2:A8,"Arb?te")', 3],
  F8: ['COUNTIF(A2:A8,"=Arb*")', 4],
  F9: ['COUNTIF(A2:A8,"Arbet.")', 0],
  F10: ['SUMIFS(C2:C8,A2:A8,"Arb*",B2:B8,">="&D1)', 507],
  // Empty: "" matches blank cells and a formula's "", "=" only blank cells, "<>" everything else.
  F11: ['COUNTIF(A2:A8,"")', 3],
  F12: ["COUNTBLANK(A2:A8)", 3],
  F13: ["ISBLANK(A7)", false],
  F14: ["LEN(A7)", 0],
  // Dates against a date cell, and a date written as text.
  F15: ['COUNTIF(B2:B8,">="&D1)', 5],
  F16: ["SUMPRODUCT(--(B2:B8>=D1))", 5],
  F17: ['IF(B3>=D1,"ja","nej")', "ja"],
  F18: ['COUNTIF(B2:B8,">=2024-02-01")', 5],
  // Errors, other sheets, table columns.
  F19: ['IFERROR(1/0,"–")', "–"],
  F20: ["'Blad 2'!A1*2", 42],
  F21: ["SUM(Tabell1[Kolumn])", 10],
  F22: ['COUNTIFS(Tabell1[Kolumn],">2")', 2],
  F23: ["SUM(Tabell1[[#Data],[Kolumn]])", 10],
  F24: ["ROWS(Tabell1[[#All],[Kolumn]])", 5],
};

/*
 * Where LibreOffice 7.4 and Excel differ, so product formulas must avoid these forms:
 * - a cell holding an empty string constant (A6, shared string "") loads as a blank cell;
 *   a formula's "" (A7) is kept, as in Excel;
 * - a bare table name is the whole table, header included (Excel: the data rows only);
 * - a single special item without double brackets, Tabell1[#All] or Tabell1[#Data], is #NAME?
 *   (Tabell1[[#All]] and Tabell1[[#Data],[Kolumn]] work).
 * Address → [formula, LibreOffice's value, Excel's value].
 */
const DIVERGENT: Record<string, [string, number | boolean, number | boolean]> = {
  H1: ["ISBLANK(A6)", true, false],
  H2: ['COUNTIF(A2:A8,"=")', 2, 1],
  H3: ['COUNTIF(A2:A8,"<>")', 5, 6],
  H4: ["COUNTA(Tabell1)", 5, 4],
  H5: ["ISERROR(Tabell1[#All])", true, false],
};

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A workbook whose formulas all carry wrong cached results; bladTwoA1 varies per file. */
async function writeWorkbook(path: string, bladTwoA1 = 21): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Blad 1");
  ws.getCell("A1").value = "Typ";
  ws.getCell("B1").value = "Datum";
  ws.getCell("C1").value = "Belopp";
  ws.getCell("D1").value = utc(2024, 2, 1);
  const rows: [ExcelJS.CellValue, Date, number][] = [
    ["Arbete", utc(2024, 1, 15), 100],
    ["arbete", utc(2024, 3, 1), 200],
    ["ARBETE", utc(2024, 6, 30), 300],
    [null, utc(2024, 7, 1), 400], // blank
    ["", utc(2023, 12, 31), 500], // empty string constant
    [{ formula: '""', result: "x" }, utc(2024, 2, 1), 50], // empty string from a formula
    ["Arbetsträning", utc(2024, 2, 1), 7],
  ];
  rows.forEach(([a, b, c], i) => {
    ws.getCell(`A${i + 2}`).value = a;
    ws.getCell(`B${i + 2}`).value = b;
    ws.getCell(`C${i + 2}`).value = c;
  });
  for (const [address, [formula]] of Object.entries({ ...CASES, ...DIVERGENT }))
    ws.getCell(address).value = { formula, result: WRONG };

  const ws2 = wb.addWorksheet("Blad 2");
  ws2.getCell("A1").value = bladTwoA1;
  ws2.addTable({
    name: "Tabell1",
    ref: "C1",
    headerRow: true,
    columns: [{ name: "Kolumn" }],
    rows: [[1], [2], [3], [4]],
  });
  await wb.xlsx.writeFile(path);
}

/** Recalculated results, keyed "address formula" so that a failing diff explains itself. */
async function results(
  path: string,
  cases: Record<string, [string, ...unknown[]]> = CASES,
): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet("Blad 1");
  if (!ws) throw new Error(`no sheet 'Blad 1' in ${path}`);
  return Object.fromEntries(
    Object.entries(cases).map(([a, [f]]) => [`${a} ${f}`, ws.getCell(a).result]),
  );
}

const expected = (cases: Record<string, [string, unknown, ...unknown[]]>) =>
  Object.fromEntries(Object.entries(cases).map(([a, [f, v]]) => [`${a} ${f}`, v]));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  if (!sofficePath())
    throw new Error(
      "LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc",
    );
});

test("recalculates formulas whose cached results are wrong", async () => {
  const input = join(dir, "wrong-cache.xlsx");
  await writeWorkbook(input);
  const started = Date.now();
  const [output] = await recalculate([input], join(dir, "out-one"));
  console.log(`LibreOffice recalculation, 1 file: ${Date.now() - started} ms`);
  expect(await results(output)).toEqual(expected(CASES));
  expect(await results(output, DIVERGENT)).toEqual(expected(DIVERGENT));
}, 180_000);

test("recalculates a batch of 10 in one run, outputs in input order", async () => {
  const inputs: string[] = [];
  for (let i = 1; i <= 10; i++) {
    inputs.push(join(dir, `batch-${i}.xlsx`));
    await writeWorkbook(inputs[i - 1], i);
  }
  const started = Date.now();
  const outputs = await recalculate(inputs, join(dir, "out-batch"));
  console.log(`LibreOffice recalculation, batch of 10 files: ${Date.now() - started} ms`);
  expect(outputs.map((o) => o.replace(/^.*\//, ""))).toEqual(
    inputs.map((i) => i.replace(/^.*\//, "")),
  );
  for (const [i, o] of outputs.entries())
    expect((await results(o))["F20 'Blad 2'!A1*2"]).toBe(2 * (i + 1));
}, 240_000);

test("renders a PDF", async () => {
  const input = join(dir, "pdf.xlsx");
  await writeWorkbook(input);
  const pdf = await renderPdf(input, join(dir, "out-pdf"));
  expect(pdf).toMatch(/pdf\.pdf$/);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
}, 180_000);

test("fails clearly when an input is missing or cannot be loaded", async () => {
  await expect(recalculate([join(dir, "missing.xlsx")], join(dir, "out-missing"))).rejects.toThrow(
    /no such input file/,
  );
  const good = join(dir, "good.xlsx");
  const broken = join(dir, "broken.xlsx");
  await writeWorkbook(good);
  writeFileSync(broken, "PK\u0003\u0004 not a workbook");
  await expect(recalculate([good, broken], join(dir, "out-broken"))).rejects.toThrow(
    /LibreOffice wrote no .*broken\.xlsx; its output:\n[^]*could not be loaded/,
  );
}, 180_000);
