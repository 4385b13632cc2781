import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/grid";
import { prng, syntheticRegister } from "../../src/samples/synthetic";
import type { RandomCase } from "./randomWorkbooks";

/** Open-list values as people type them: one value in several cases and spacings, and values of their own. */
export const OPEN_LIST_SPELLINGS: Record<string, string[]> = {
  "Remitterande part": [
    "Kommunen",
    "kommunen",
    " Kommunen",
    "Kommunen - KAA",
    "KOMMUNEN  -  KAA ",
    "FK",
    "Försäkringskassan",
  ],
  Hemkommun: ["Sala", "sala ", "SALA", "Norberg", " norberg", "Heby  kommun"],
};

/** Rewrites a share of a synthetic register's referrer and municipality cells with the spellings above. */
export function messUpOpenLists(rows: CellValue[][], rnd: () => number, share: number): void {
  const header = rows[0] as string[];
  for (const [name, spellings] of Object.entries(OPEN_LIST_SPELLINGS)) {
    const c = header.indexOf(name);
    for (const r of rows.slice(1))
      if (rnd() < share) r[c] = spellings[Math.floor(rnd() * spellings.length)];
  }
}

/** A register whose referrer and municipality cells are typed every which way, with a tkr budget. */
export async function openListCase(): Promise<RandomCase> {
  const rnd = prng(4711);
  const grid = syntheticRegister({
    rows: 160,
    seed: 12,
    insatser: ["Team Norr", "Team Söder"],
    fromYear: 2023,
    toYear: 2024,
  });
  messUpOpenLists(grid.rows, rnd, 1);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Deltagare");
  for (const r of grid.rows) ws.addRow(r);
  const b = wb.addWorksheet("Budget");
  b.addRow(["Budget 2024 (tkr)"]);
  b.addRow(["Insats", "Tilldelade medel", "Använda medel", "Differens"]);
  b.addRow(["Team Norr", 1528, 1284, 244]);
  b.addRow(["Team Söder", 900, 950.5, -50.5]);
  return {
    name: "oppna-listor",
    bytes: new Uint8Array(await wb.xlsx.writeBuffer()),
    period: { from: "2024-01-01", to: "2024-12-31" },
    hideSmall: false,
    description:
      "messy open lists (referrer and municipality in every case and spacing), budget in tkr",
  };
}
