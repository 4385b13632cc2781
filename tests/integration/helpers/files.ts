import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { serialToDate } from "../../../src/hosts/file/readXlsx";
import { syntheticRegister } from "../../../src/samples/synthetic";

/** A fresh temporary folder; `remove()` deletes it (call it in afterAll). */
export function tempFolder(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const sha256 = (path: string) =>
  createHash("sha256").update(readFileSync(path)).digest("hex");

/** Runs the CLI in this process, collecting what it prints. */
export async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A one-sheet participant register with `rows` synthetic rows for 2023–2024. */
export async function writeRegister(
  path: string,
  { rows = 60, seed = 1, insatser = ["Team Norr"] } = {},
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Deltagare");
  const [headers, ...data] = syntheticRegister({
    rows,
    seed,
    insatser,
    fromYear: 2023,
    toYear: 2024,
  }).rows;
  ws.addRow(headers);
  for (const r of data)
    ws.addRow(
      r.map((v, c) => ((c === 6 || c === 7) && typeof v === "number" ? serialToDate(v) : v)),
    );
  await wb.xlsx.writeFile(path);
}

/** The sheet names of an .xlsx file; throws when ExcelJS cannot read it (a partial or corrupt file). */
export async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

/** Leftovers of a write in a folder: temporary files (".<name>.<pid>.<hex>.tmp") and lock files. */
export function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => /\.tmp$|\.lock$|\.stale$/.test(n));
}
