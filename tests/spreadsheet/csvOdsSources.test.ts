import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReportWorkbook } from "../../src/hosts/file/reportWorkbook";
import { addRegisterRows } from "../helpers/registerWorksheet";
import { formulaResults, same } from "./formulaResults";
import { convertTo, recalculate, sofficePath } from "./libreoffice";

/*
 * A register saved by LibreOffice as .ods and as a Swedish CSV (semicolons, UTF-8) reports the
 * same figures as the .xlsx it was saved from; the new .xlsx written for it opens in LibreOffice
 * and its report sheets recalculate to the engine's figures.
 */
jest.setTimeout(180_000);

const dir = mkdtempSync(join(tmpdir(), "finsam-csv-ods-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const OPTIONS = { period: { from: "2024-01-01", to: "2024-12-31" }, today: "2025-06-01" };

test("LibreOffice's .ods and .csv of a register report as the .xlsx does, and recalculate", async () => {
  if (!sofficePath())
    throw new Error("LibreOffice saknas: installera libreoffice-calc för formelsviten.");
  const wb = new ExcelJS.Workbook();
  // Insatser with å/ä/ö and a separator in a value: the CSV must keep both.
  const ws = wb.addWorksheet("Deltagare");
  addRegisterRows(ws, {
    rows: 120,
    seed: 11,
    insatser: ["Samordningsteam Södra", "Arbetsträning; Bro", "Hälsoteamet"],
    fromYear: 2023,
    toYear: 2024,
  });
  // Dates shown as Swedish Excel shows them (ÅÅÅÅ-MM-DD): a CSV holds the dates as shown.
  for (const col of [7, 8]) ws.getColumn(col).numFmt = "yyyy-mm-dd";
  const xlsx = join(dir, "Deltagare.xlsx");
  await wb.xlsx.writeFile(xlsx);
  const [ods] = await convertTo([xlsx], join(dir, "ods"), "ods", "calc8");
  const [csv] = await convertTo(
    [xlsx],
    join(dir, "csv"),
    "csv",
    "Text - txt - csv (StarCalc):59,34,76,1",
  );
  expect(readFileSync(csv, "utf8")).toContain(";");

  const report = (path: string) =>
    buildReportWorkbook([{ name: path.replace(/^.*\//, ""), bytes: readFileSync(path) }], OPTIONS);
  const fromXlsx = await report(xlsx);
  const figures = (m: typeof fromXlsx.prepared.model) => ({ ...m, issues: undefined });
  expect(fromXlsx.prepared.model.total.participants.total).toBeGreaterThan(0);

  const written: string[] = [];
  for (const path of [ods, csv]) {
    const built = await report(path);
    expect(figures(built.prepared.model)).toEqual(figures(fromXlsx.prepared.model));
    expect(built.sourceFormat).toBe(path.endsWith(".ods") ? "ods" : "csv");
    const out = join(dir, `${path.endsWith(".ods") ? "fran-ods" : "fran-csv"}.xlsx`);
    writeFileSync(out, built.bytes!);
    written.push(out);
  }
  const recalculated = await recalculate(written, join(dir, "recalculated"));
  for (const [i, path] of written.entries()) {
    const sheets = (await report(i === 0 ? ods : csv)).sheets;
    const engine = await formulaResults(path, sheets);
    const lo = await formulaResults(recalculated[i], sheets);
    expect(engine.size).toBeGreaterThan(50);
    const wrong = [...engine]
      .filter(([at, [, cached]]) => !same(cached, lo.get(at)?.[1]))
      .map(
        ([at, [f, c]]) =>
          `${at}: engine ${JSON.stringify(c)}, LibreOffice ${JSON.stringify(lo.get(at)?.[1])} (${f})`,
      );
    expect(wrong).toEqual([]);
  }
});
