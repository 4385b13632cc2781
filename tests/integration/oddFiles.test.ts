import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { syntheticRegister } from "../../src/samples/synthetic";

/* Real files that are not quite what Excel writes: each must work, not crash. */
const dir = mkdtempSync(join(tmpdir(), "finsam-odd-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

test("a register table without <tableStyleInfo> (as LibreOffice saves it) gives a report, not an unexpected error", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Deltagare");
  const [headers, ...rows] = syntheticRegister({ rows: 30, seed: 3, insatser: ["Team Norr"], fromYear: 2023, toYear: 2024 }).rows;
  ws.addTable({ name: "Register", ref: "A1", headerRow: true, columns: (headers as string[]).map((name) => ({ name })), rows });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = Object.keys(zip.files).find((f) => /^xl\/tables\/table\d+\.xml$/.test(f))!;
  const xml = await zip.file(part)!.async("string");
  expect(xml).toContain("<tableStyleInfo");
  zip.file(part, xml.replace(/<tableStyleInfo[^>]*\/>/, ""));
  const input = join(dir, "libreoffice.xlsx");
  writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));

  const r = await run(["report", input, "--period", "2024", "-o", join(dir, "libreoffice-rapport.xlsx"), "--today", "2025-06-01"]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(join(dir, "libreoffice-rapport.xlsx"));
  expect(copy.worksheets.map((w) => w.name)).toContain("Resultat 2024");
}, 60_000);
