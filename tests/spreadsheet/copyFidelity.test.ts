import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReportWorkbook } from "../../src/hosts/file/reportWorkbook";
import { fidelityWorkbook } from "../helpers/fidelityWorkbook";
import { formulaResults, same } from "./formulaResults";
import { recalculate, sofficePath } from "./libreoffice";

/*
 * The package-level copy of a workbook that carries pivots, a chart, extension lists, a
 * sensitivity label and protection opens in LibreOffice, and its report sheets recalculate to
 * the engine's figures (tests/integration/copyFidelity.test.ts checks the parts themselves).
 */
const dir = mkdtempSync(join(tmpdir(), "finsam-fidelity-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("LibreOffice opens the copy and recalculates the report sheets to the engine's figures", async () => {
  if (!sofficePath())
    throw new Error("LibreOffice saknas: installera libreoffice-calc för formelsviten.");
  const built = await buildReportWorkbook(
    [{ name: "register.xlsx", bytes: await fidelityWorkbook() }],
    {
      period: { from: "2024-01-01", to: "2024-12-31" },
      today: "2025-06-01",
    },
  );
  const path = join(dir, "kopia.xlsx");
  writeFileSync(path, built.bytes!);
  const [recalculated] = await recalculate([path], join(dir, "recalculated"));
  const written = await formulaResults(path, built.sheets);
  const computed = await formulaResults(recalculated, built.sheets);
  expect(written.size).toBeGreaterThan(50);
  const wrong = [...written]
    .filter(([at, [, cached]]) => !same(cached, computed.get(at)?.[1]))
    .map(
      ([at, [f, cached]]) =>
        `${at}: engine ${JSON.stringify(cached)}, LibreOffice ${JSON.stringify(computed.get(at)?.[1])} (${f})`,
    );
  expect(wrong).toEqual([]);
  // LibreOffice read the user's sheets too: the register and the text that looks like a number.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculated);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "Deltagare",
    "Koder",
    "Pivot",
    ...built.sheets,
  ]);
  expect(wb.getWorksheet("Koder")!.getCell("A2").value).toBe("00123");
}, 180000);
