/**
 * Writes samples/finsam-exempel.xlsx: a realistic register of synthetic people
 * (five insatser, 2023–2024) and a 2024 budget table in tkr, with the kinds of
 * mistakes real registers and published reports contain. Run: npm run sample.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import type { CellValue } from "../core/grid";
import { writeFileAtomic } from "../hosts/file/node/atomicWrite";
import { serialToDate } from "../hosts/file/readXlsx";
import { syntheticRegister } from "./synthetic";

export const SAMPLE_INSATSER = ["Samordningsteam Norra", "Samordningsteam Södra", "Arbetsträning Bro", "Unga vuxna", "Hälsoteamet"];

/** Budget 2024 in tkr: [insats, tilldelade, använda, differens as published]. */
export const SAMPLE_BUDGET: [string, number, number, number][] = [
  ["Samordningsteam Norra", 1528, 1284, 241], // planted: 1 528 − 1 284 = 244
  ["Samordningsteam Södra", 1590, 1536, 54],
  ["Arbetsträning Bro", 980, 1012, -32],
  ["Unga vuxna", 1200, 1104, 96],
  ["Hälsoteamet", 760, 702, 58],
];


export function sampleRows(): CellValue[][] {
  const grid = syntheticRegister({ rows: 300, seed: 2024, insatser: SAMPLE_INSATSER, fromYear: 2023, toYear: 2024, messiness: 0.03 });
  const rows = grid.rows.slice(1);
  // Planted register mistakes, as found in real registers.
  const exitedRow = rows.findIndex((r, i) => i >= 15 && r[7] !== null && r[8] === "Arbete");
  rows[exitedRow][8] = "Arbette"; // typo in avslutsorsak
  rows[42][7] = null; // exit reason without exit date
  rows[42][8] = "Studier";
  rows[88][6] = "31/02/2024"; // impossible date
  return rows;
}

export async function writeSample(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Finsam-rapport (syntetiska exempeldata)";
  wb.created = new Date(Date.UTC(2025, 0, 15));
  wb.modified = wb.created;

  const ws = wb.addWorksheet("Deltagare");
  ws.getCell("A1").value = "Deltagarregister – Samordningsförbundet Exempel";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "Syntetiska exempeldata: inga verkliga personer. Deltagar-ID är koder.";
  const headers = syntheticRegister({ rows: 0 }).rows[0] as string[];
  const rows = sampleRows().map((r) => r.map((v, c) => ((c === 6 || c === 7) && typeof v === "number" ? serialToDate(v) : v)));
  ws.addTable({
    name: "Deltagare",
    ref: "A4",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
  ws.getColumn(7).numFmt = "yyyy-mm-dd";
  ws.getColumn(8).numFmt = "yyyy-mm-dd";
  headers.forEach((h, i) => (ws.getColumn(i + 1).width = Math.max(12, h.length + 2)));
  ws.views = [{ state: "frozen", ySplit: 4 }];

  const b = wb.addWorksheet("Budget");
  b.getCell("A1").value = "Budget och utfall 2024 (tkr)";
  b.getCell("A1").font = { bold: true, size: 14 };
  b.addRow([]);
  b.addRow(["Insats", "Tilldelade medel", "Använda medel", "Differens"]).font = { bold: true };
  for (const r of SAMPLE_BUDGET) b.addRow(r);
  const n = SAMPLE_BUDGET.length;
  b.addRow([
    "Totalt",
    SAMPLE_BUDGET.reduce((s, r) => s + r[1], 0),
    SAMPLE_BUDGET.reduce((s, r) => s + r[2], 0),
    SAMPLE_BUDGET.reduce((s, r) => s + r[3], 0),
  ]).font = { bold: true };
  b.getColumn(1).width = 26;
  for (const c of [2, 3, 4]) {
    b.getColumn(c).width = 18;
    b.getColumn(c).numFmt = '#,##0 "tkr"'; // en-US in the file; Swedish Excel shows # ##0
  }
  b.getCell(`A${n + 5}`).value = "Källa: förbundets bokslut 2024.";

  // Written beside the old sample and renamed into place, like every output.
  await writeFileAtomic(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

if (require.main === module) {
  const out = process.argv[2] ?? join(__dirname, "..", "..", "samples", "finsam-exempel.xlsx");
  writeSample(out).then(
    () => console.log(`Skrev ${out}`),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
