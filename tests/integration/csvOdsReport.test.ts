/**
 * A register saved as .csv or .ods reports the same figures as the same register in an .xlsx;
 * its report is a new .xlsx (the register as values plus the report sheets), and the CLI says so.
 */
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue } from "../../src/core/grid";
import { serialToIso } from "../../src/core/parse/dates";
import { main } from "../../src/cli/main";
import { ODS_MIMETYPE } from "../../src/hosts/file/ods/readOds";
import { syntheticRegister } from "../../src/samples/synthetic";
import { addRegisterRows } from "../helpers/registerWorksheet";

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), "finsam-csv-ods-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OPTIONS = { rows: 80, seed: 7, fromYear: 2023, toYear: 2024 };
const DATE_COLUMNS = new Set([6, 7]);
const register = syntheticRegister(OPTIONS).rows;

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Each file named Deltagare.* in a folder of its own, so every format's sheet is "Deltagare". */
function pathFor(ext: string): string {
  const folder = join(dir, ext);
  mkdirSync(folder, { recursive: true });
  return join(folder, `Deltagare.${ext}`);
}

/** The register as Swedish Excel saves a CSV: semicolons, CRLF, BOM, dates as ISO text. */
function writeCsv(path: string): void {
  const field = (v: CellValue, c: number) => {
    if (v === null) return "";
    const s = DATE_COLUMNS.has(c) && typeof v === "number" ? serialToIso(v) : String(v);
    return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = register.map((r) => r.map(field).join(";")).join("\r\n") + "\r\n";
  writeFileSync(path, "\uFEFF" + text);
}

/** The register as an .ods with typed cells, as LibreOffice writes one (hand-built package). */
function writeOds(path: string): void {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const cell = (v: CellValue, c: number) => {
    if (v === null) return "<table:table-cell/>";
    if (typeof v === "number")
      return DATE_COLUMNS.has(c)
        ? `<table:table-cell office:value-type="date" office:date-value="${serialToIso(v)}"><text:p>${serialToIso(v)}</text:p></table:table-cell>`
        : `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
    return `<table:table-cell office:value-type="string"><text:p>${esc(String(v))}</text:p></table:table-cell>`;
  };
  const rows = register
    .map((r) => `<table:table-row>${r.map(cell).join("")}</table:table-row>`)
    .join("");
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Deltagare">${rows}<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
  writeFileSync(
    path,
    zipSync({ mimetype: [strToU8(ODS_MIMETYPE), { level: 0 }], "content.xml": strToU8(content) }),
  );
}

async function writeXlsx(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  addRegisterRows(wb.addWorksheet("Deltagare"), OPTIONS);
  await wb.xlsx.writeFile(path);
}

const REPORT = ["--period", "2024", "--today", "2025-06-01"];

/** The report's figures as --json gives them (issues aside: they name how a cell was typed). */
async function figures(path: string) {
  const r = await run(["report", path, ...REPORT, "--json"]);
  expect(r.err).toBe("");
  const model = JSON.parse(r.out) as Record<string, unknown>;
  delete model.issues;
  return model;
}

describe("report and validate on .csv and .ods registers", () => {
  const xlsx = pathFor("xlsx");
  const csv = pathFor("csv");
  const ods = pathFor("ods");
  beforeAll(async () => {
    await writeXlsx(xlsx);
    writeCsv(csv);
    writeOds(ods);
  });

  test("the report's figures equal those of the same register as .xlsx", async () => {
    const expected = await figures(xlsx);
    expect(
      (expected.total as { participants: { total: number } }).participants.total,
    ).toBeGreaterThan(0);
    expect(await figures(csv)).toEqual(expected);
    expect(await figures(ods)).toEqual(expected);
  });

  test.each(["csv", "ods"])("report %s writes a new .xlsx beside it and says so", async (ext) => {
    const r = await run(["report", pathFor(ext), ...REPORT]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("rapporten skrivs som en ny .xlsx-fil med registret som värden");
    const out = join(dir, ext, "Deltagare-rapport-2024.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["Deltagare", "Resultat 2024", "Kontroll 2024"]),
    );
    // The register travels as values: its first participant's id is there.
    expect(wb.getWorksheet("Deltagare")!.getCell("A2").value).toBe(register[1][0]);
  });

  test("the report alone from a .csv says nothing of the register, which it does not hold", async () => {
    const r = await run(["report", csv, ...REPORT, "--endast-rapport"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("registret som värden");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "csv", "Deltagare-rapport-2024-endast-rapport.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).not.toContain("Deltagare");
  });

  test.each(["csv", "ods"])("validate reads a %s register", async (ext) => {
    const r = await run(["validate", pathFor(ext), "--today", "2025-06-01"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });
});
