import ExcelJS from "exceljs";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { text } from "../../src/cli/text.sv";
import { columnIndex } from "../../src/core/grid";
import { defaultTaxonomy } from "../../src/core/taxonomy/defaults";
import { validationsOf } from "../../src/hosts/file/template/templateWorkbook";
import { run, sha256, tempFolder, writeRegister } from "./helpers/files";

/* `finsam-rapport template`: a new register whose drop-downs list the Kategorier sheet's categories. */

const { dir, remove } = tempFolder("finsam-template-");
afterAll(remove);
jest.setTimeout(60_000);

async function load(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The values on the sheet a list validation's range names. */
function listed(wb: ExcelJS.Workbook, formula: string): unknown[] {
  const m = /^(\w+)!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula)!;
  const ws = wb.getWorksheet(m[1])!;
  const out = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++)
    out.push(ws.getCell(r, columnIndex(m[2]) + 1).value);
  return out;
}

test("writes a workbook whose validations list the default categories", async () => {
  const out = join(dir, "register.xlsx");
  const r = await run(["template", "-o", out, "--today", "2025-03-01"]);
  expect(r).toMatchObject({ code: 0, err: "" });
  expect(r.out).toContain(text.templateWritten(out, "Deltagarregister", "Kategorier"));
  const wb = await load(out);
  const ws = wb.getWorksheet("Deltagarregister")!;
  const v = validationsOf(ws);
  expect(listed(wb, String(v.find("C2")!.formulae[0]))).toEqual(
    defaultTaxonomy().gender.categories.map((c) => c.label),
  );
  expect(listed(wb, String(v.find("J500")!.formulae[0]))).toEqual(
    defaultTaxonomy().exitReason.categories.map((c) => c.label),
  );
  expect(v.find("D2")).toMatchObject({ type: "whole", formulae: [1900, 2025] });
  // The Kategorier sheet holds the table the engine reads.
  expect(wb.getWorksheet("Kategorier")!.getRow(3).values).toEqual([
    undefined,
    "Fält",
    "Kategori",
    "Synonymer",
    "Stegförflyttning",
  ]);
});

test("--kategorier takes an existing workbook's categories and insatser; it is only read", async () => {
  const source = join(dir, "befintlig.xlsx");
  await writeRegister(source, { rows: 20, insatser: ["Team Norr", "Team Syd"] });
  const wb0 = await load(source);
  const k = wb0.addWorksheet("Kategorier");
  k.addRows([
    ["Fält", "Kategori", "Synonymer", "Stegförflyttning"],
    ["Avslutsorsak", "Redo för arbete", "Redo", "Ja"],
    ["Avslutsorsak", "Avbrott/flytt", "", "Nej"],
  ]);
  await wb0.xlsx.writeFile(source);
  const before = sha256(source);
  const out = join(dir, "mall.xlsx");
  const r = await run(["template", "--kategorier", source, "-o", out]);
  expect(r.code).toBe(0);
  expect(r.out).toContain(text.templateCategories("befintlig.xlsx", ["Avslutsorsak"]));
  expect(sha256(source)).toBe(before);
  const wb = await load(out);
  const v = validationsOf(wb.getWorksheet("Deltagarregister")!);
  expect(listed(wb, String(v.find("J2")!.formulae[0]))).toEqual([
    "Redo för arbete",
    "Avbrott/flytt",
  ]);
  expect(listed(wb, String(v.find("B2")!.formulae[0])).sort()).toEqual(["Team Norr", "Team Syd"]);
});

test("refuses an existing output without --skriv-over, and the source as output", async () => {
  const out = join(dir, "finns.xlsx");
  writeFileSync(out, "old");
  const r = await run(["template", "-o", out]);
  expect(r).toEqual({ code: 2, out: "", err: text.outputExists(out) });
  expect((await run(["template", "-o", out, "--skriv-over"])).code).toBe(0);
  const same = await run(["template", "-o", out, "--kategorier", out, "--skriv-over"]);
  expect(same).toEqual({ code: 2, out: "", err: text.sameAsInput });
  expect(existsSync(out)).toBe(true);
});

test("help, and a stray file argument named", async () => {
  expect(await run(["template", "--help"])).toEqual({ code: 0, out: text.templateHelp, err: "" });
  expect(await run(["template", "x.xlsx"])).toEqual({
    code: 2,
    out: "",
    err: text.templateNoFiles("x.xlsx"),
  });
});
