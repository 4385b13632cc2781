import type { ReadOptions } from "../../core/options";
import { readWorkbook, type ParsedWorkbook } from "../../core/readWorkbook";
import { planRepairs } from "../../core/repair/planRepairs";
import { previewRepairs, type RepairGroup } from "../../core/repair/preview";
import type { Repair } from "../../core/repair/types";
import { patchCellsInPackage } from "./package/patchCells";
import { readWorkbookGrid } from "./xlsx";

export interface RepairedWorkbook {
  parsed: ParsedWorkbook;
  /** The repairs written into the copy. */
  repairs: Repair[];
  /** Per rule: count, first cells before → after (masked). */
  preview: RepairGroup[];
  /** The repaired copy; null when there was nothing to repair. */
  bytes: Uint8Array | null;
}

/** The user's file with the register repaired, in memory (browser and Node alike); the input is only read. */
export function repairWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): RepairedWorkbook {
  const grid = readWorkbookGrid(bytes, fileName);
  const parsed = readWorkbook(grid, options);
  const planned = planRepairs(parsed, grid);
  if (!planned.length) return { parsed, repairs: [], preview: [], bytes: null };
  const patched = patchCellsInPackage(bytes, fileName, planned);
  return {
    parsed,
    repairs: patched.applied,
    preview: previewRepairs(patched.applied, parsed.personalColumns),
    bytes: patched.bytes,
  };
}

/** "register.xlsx" → "register-rättad.xlsx" (an .xlsm stays one). */
export function repairedFileName(sourceName: string): string {
  const ext = /\.xlsm$/i.test(sourceName) ? ".xlsm" : ".xlsx";
  return `${sourceName.replace(/\.xls[xm]$/i, "")}-rättad${ext}`;
}
