import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { templateForWorkbook } from "../../src/core/template/fromWorkbook";
import {
  templateWorkbookBytes,
  validationsOf,
} from "../../src/hosts/file/template/templateWorkbook";
import { recalculate, sofficePath } from "./libreoffice";

/* The register template opens in LibreOffice, which keeps its table, drop-downs and Kategorier. */
const dir = mkdtempSync(join(tmpdir(), "finsam-template-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("LibreOffice opens the template and keeps its validations", async () => {
  if (!sofficePath())
    throw new Error("LibreOffice saknas: installera libreoffice-calc för formelsviten.");
  const path = join(dir, "mall.xlsx");
  writeFileSync(path, await templateWorkbookBytes(templateForWorkbook(null, "2025-06-01")));
  const [saved] = await recalculate([path], join(dir, "lo"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const ws = wb.getWorksheet("Deltagarregister")!;
  const v = validationsOf(ws);
  expect(v.find("C2")).toMatchObject({ type: "list" });
  expect(String(v.find("C2")!.formulae[0])).toMatch(/Kategorier!\$B\$\d+:\$B\$\d+/);
  expect(v.find("D2")).toMatchObject({ type: "whole" });
  expect(v.find("H2")).toMatchObject({ type: "date" });
  expect(wb.getWorksheet("Kategorier")!.getCell("B3").value).toBe("Kategori");
}, 120_000);
