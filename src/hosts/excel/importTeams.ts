import { sheetWidth, type CellValue, type SheetGrid } from "../../core/grid";
import { planTeamImport, teamMarkerStem, type TeamImportPlan } from "../../core/import/teamSheets";
import type { ExistingSheet } from "../../core/layout/sheetNames";
import type { Lang } from "../../core/messages/catalogue";
import { readWorkbook } from "../../core/readWorkbook";
import type { ImportResult, TeamFileInput } from "../../engine/types";
import { cellFormats } from "../file/package/sourceFormats";
import { readWorkbookGrid as readFileGrid, WorkbookReadError } from "../file/xlsx";
import { MAX_BATCH_BYTES } from "./readGrid";

/** A team's file as read in the pane (locally: nothing leaves the computer). */
export interface TeamSource {
  file: string;
  fileDate: string | null;
  /** Its register sheets, as the core found them. */
  sheets: SheetGrid[];
  /** Per sheet: "row,col" → number format (dates above all). */
  formats: Map<string, Map<string, string>>;
}

/** Reads each file with the streaming reader and keeps its register sheets; the others are skipped, with why. */
export function readTeamFiles(
  files: TeamFileInput[],
  lang: Lang,
): { sources: TeamSource[]; skipped: ImportResult["skipped"] } {
  const sources: TeamSource[] = [];
  const skipped: ImportResult["skipped"] = [];
  for (const f of files) {
    try {
      const grid = readFileGrid(f.bytes, f.name);
      // The core decides what a register is, as for any workbook (the team's own report sheets are not).
      const names = new Set(readWorkbook(grid, { lang }).register.sheets.map((s) => s.name));
      const sheets = grid.sheets.filter((s) => names.has(s.name));
      if (!sheets.length) skipped.push({ file: f.name, reason: "no-register" });
      else
        sources.push({
          file: f.name,
          fileDate: f.fileDate ?? null,
          sheets,
          formats: cellFormats(f.bytes, f.name),
        });
    } catch (e) {
      if (!(e instanceof WorkbookReadError)) throw e;
      skipped.push({ file: f.name, reason: "unreadable", message: e.message });
    }
  }
  return { sources, skipped };
}

/** Room left in each batch for what is not cells: sheet names, deletions, markers. */
const OTHER_REQUESTS = 16 * 1024;

export interface RowBlock {
  firstRow: number;
  width: number;
  formulas: (string | number | boolean)[][];
  numberFormats: string[][];
  bytes: number;
}

/** A cell as Excel takes it in `formulas`: text behind an apostrophe, so that "=x" or "007" stays text. */
function input(v: CellValue): string | number | boolean {
  if (v === null) return "";
  return typeof v === "string" ? "'" + v : v;
}

/** A sheet's cells as row blocks of values and number formats, each under `maxBytes` as JSON. */
export function rowBlocks(
  sheet: SheetGrid,
  formats: Map<string, string> | undefined,
  maxBytes = MAX_BATCH_BYTES,
): RowBlock[] {
  const width = Math.max(1, sheetWidth(sheet));
  const blocks: RowBlock[] = [];
  let current: RowBlock | null = null;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const values = Array.from({ length: width }, (_, c) => input(row[c] ?? null));
    const fmts = Array.from({ length: width }, (_, c) => formats?.get(`${r},${c}`) ?? "General");
    // Each row is one element of two arrays: its JSON and a comma in each.
    const bytes = JSON.stringify(values).length + JSON.stringify(fmts).length + 2;
    if (!current || current.bytes + bytes > maxBytes) {
      current = { firstRow: r, width, formulas: [], numberFormats: [], bytes: 4 };
      blocks.push(current);
    }
    current.formulas.push(values);
    current.numberFormats.push(fmts);
    current.bytes += bytes;
  }
  return blocks;
}

/**
 * Copies the teams' register sheets into the open workbook, as the plan names them: per file one
 * batch (more only when its blocks pass the request limit) that deletes the team's earlier sheets
 * and markers, adds its sheets, writes each as values and number formats (2-D arrays) and marks
 * it. Returns the plan and the round trips it took.
 */
export async function writeTeamSheets(
  context: Excel.RequestContext,
  sources: TeamSource[],
  existing: ExistingSheet[],
  maxBytes = MAX_BATCH_BYTES,
): Promise<{ plan: TeamImportPlan; syncs: number }> {
  const plan = planTeamImport(
    sources.map((s) => ({ file: s.file, registerSheets: s.sheets.map((g) => g.name) })),
    existing,
  );
  const wb = context.workbook;
  let syncs = 0;
  let pending = 0;
  const sync = async () => {
    syncs++;
    pending = 0;
    await context.sync();
  };
  const start = () => {
    wb.application.suspendApiCalculationUntilNextSync();
    wb.application.suspendScreenUpdatingUntilNextSync();
  };
  const byFile = new Map<string, TeamSource>(sources.map((s) => [s.file, s]));
  const files = [...new Set(plan.sheets.map((s) => s.file))];
  for (const file of files) {
    const source = byFile.get(file)!;
    const mine = plan.sheets.filter((s) => s.file === file);
    start();
    const stem = teamMarkerStem(file);
    const markers = new Set(mine.map((s) => s.marker));
    for (const old of plan.replace)
      if (old.marker?.startsWith(stem)) {
        wb.worksheets.getItem(old.name).delete();
        // Markers the new sheets take are deleted below, with any a deleted sheet left behind.
        if (!markers.has(old.marker)) wb.names.getItemOrNullObject(old.marker).delete();
      }
    for (const s of mine) {
      // A marker left behind by a team sheet the user deleted gives way to the new one.
      wb.names.getItemOrNullObject(s.marker).delete();
      const grid = source.sheets.find((g) => g.name === s.source)!;
      const ws = wb.worksheets.add(s.name);
      const blocks = rowBlocks(grid, source.formats.get(s.source), maxBytes - OTHER_REQUESTS);
      for (const block of blocks) {
        if (pending && pending + block.bytes > maxBytes - OTHER_REQUESTS) {
          // A file over the request limit: one more round trip per block of rows, not per row.
          await sync();
          start();
        }
        const range = ws.getRangeByIndexes(block.firstRow, 0, block.formulas.length, block.width);
        range.formulas = block.formulas as unknown as string[][];
        range.numberFormat = block.numberFormats;
        pending += block.bytes;
      }
      wb.names.add(s.marker, ws.getRange("A1")).visible = false;
    }
    // One round trip per file (the teams' files are few): its sheets replaced, written and marked together.
    await sync();
  }
  return { plan, syncs };
}
