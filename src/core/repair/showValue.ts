import type { CellValue } from "../grid";
import { serialToIso } from "../parse/dates";
import type { RepairRule } from "./types";

/**
 * A value of the repair preview as people read it: strings quoted so that stray spaces show,
 * a repaired date as yyyy-mm-dd, an empty cell as the host's own word for it.
 */
export function showRepairValue(
  v: CellValue,
  rule: RepairRule,
  side: "before" | "after",
  empty: string,
): string {
  if (v === null) return empty;
  if (typeof v === "number" && rule === "date" && (side === "after" || Number.isInteger(v)))
    return serialToIso(Math.floor(v));
  if (typeof v === "string") return `”${v}”`;
  return String(v);
}
