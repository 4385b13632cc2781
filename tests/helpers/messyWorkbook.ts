import ExcelJS from "exceljs";
import { writeSample } from "../../src/samples/writeSample";

/** The sample's register column numbers (1-based) of the cells people type loosely. */
const COL = {
  insats: 2,
  gender: 3,
  birthYear: 4,
  municipality: 5,
  start: 7,
  end: 8,
  exit: 9,
} as const;

const dmy = (d: Date) => `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;

/**
 * The sample workbook typed as people type: every date as text (d/m/yyyy), insatser with a
 * trailing space, gender, municipality and exit reason in lower case. The sample's planted
 * mistakes (a typo, an exit reason without a date, an impossible date, a budget differens) stay,
 * and the first participant is born in 2015: a warning (age) before the first error.
 */
export async function writeMessySample(path: string): Promise<void> {
  await writeSample(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet("Deltagare")!;
  ws.eachRow((row, r) => {
    if (r <= 4) return; // title rows and the header
    for (const c of [COL.start, COL.end]) {
      const v = row.getCell(c).value;
      if (v instanceof Date) row.getCell(c).value = dmy(v);
    }
    const insats = row.getCell(COL.insats).value;
    if (typeof insats === "string") row.getCell(COL.insats).value = `${insats} `;
    for (const c of [COL.gender, COL.municipality, COL.exit]) {
      const v = row.getCell(c).value;
      if (typeof v === "string") row.getCell(c).value = v.toLowerCase();
    }
  });
  ws.getRow(5).getCell(COL.birthYear).value = 2015;
  await wb.xlsx.writeFile(path);
}
