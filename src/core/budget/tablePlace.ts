import type { BudgetTable } from "./types";

/** "på bladet ”Ekonomi” (rubrikrad 3)": where a table is, for messages. */
export function tablePlace(t: Pick<BudgetTable, "sheet" | "headerRow">): string {
  return `på bladet ”${t.sheet}” (rubrikrad ${t.headerRow + 1})`;
}
