import ExcelJS from "exceljs";
import { teamMarker } from "../../src/core/import/teamSheets";
import { buildReportWorkbook } from "../../src/hosts/file/reportWorkbook";
import { addRegisterRows } from "../helpers/registerWorksheet";

/*
 * A coordinator's workbook saved after Hämta teamens register, then reported from the command
 * line or the web page: each team sheet the add-in marked counts as the file it came from, as
 * inside Excel — an insats sent twice with the same rows counts once.
 */
async function coordinatorWorkbook(marked: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Anteckningar").getCell("A1").value = "Kansliets blad";
  for (const [i, name] of ["Team Norra", "Team Norra igen"].entries()) {
    const ws = wb.addWorksheet(name);
    addRegisterRows(ws, { rows: 40, seed: 21, insatser: ["Norra"], fromYear: 2023, toYear: 2024 });
    if (marked) wb.definedNames.add(`'${name}'!$A$1`, teamMarker(`norra-${i}.xlsx`, 0));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const options = { period: { from: "2024-01-01", to: "2024-12-31" }, today: "2025-06-01" };

describe("a coordinator's workbook with imported team sheets", () => {
  test("the same insats sent twice counts once; unmarked sheets of one file still add up", async () => {
    const once = await buildReportWorkbook(
      [{ name: "kansli.xlsx", bytes: await coordinatorWorkbook(true) }],
      { ...options, reportOnly: true },
    );
    const unmarked = await buildReportWorkbook(
      [{ name: "kansli.xlsx", bytes: await coordinatorWorkbook(false) }],
      { ...options, reportOnly: true },
    );
    const single = once.prepared.model.total.participants.total;
    expect(single).toBeGreaterThan(0);
    expect(once.prepared.conflicts).toEqual([]);
    // Without markers the two sheets are two registers of one file: every row counted.
    expect(unmarked.prepared.model.total.participants.total).toBe(2 * single);
  }, 60000);
});
