import type { Messages } from "../messages/sv";
import type { BudgetTable } from "./types";

/** "på bladet ”Ekonomi” (rubrikrad 3)": where a table is, for messages, in the catalogue's language. */
export function tablePlace(t: Pick<BudgetTable, "sheet" | "headerRow">, msg: Messages): string {
  return msg.tablePlace(t.sheet, t.headerRow + 1);
}
