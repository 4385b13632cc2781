import type { CellValue } from "../../grid";
import type { Issue } from "../../issue";
import type { SheetBuilder } from "../sheetBuilder";
import { layoutText as T } from "../text.sv";
import type { CellGroup } from "./cellGroups";
import { COL } from "./columns";
import { link, moreAddresses } from "./links";

const shown = (v: CellValue) => (v === null ? "" : typeof v === "boolean" ? String(v) : v);
const wrap = { wrap: true } as const;

/** Errors, then warnings, one row each; returns the row after the table. */
export function problemRows(
  b: SheetBuilder,
  row: number,
  issues: Issue[],
  title: (code: string) => string,
): number {
  const rows = [
    ...issues.filter((i) => i.severity === "error"),
    ...issues.filter((i) => i.severity === "warning"),
  ];
  b.table("Problem", row++, 0, T.kontrollColumns, rows.length);
  for (const i of rows) {
    const l = link(i.sheet, i.cell);
    b.put(row, COL.severity, T.severity[i.severity], {
      style: i.severity === "error" ? "warn" : undefined,
      ...wrap,
    });
    b.put(row, COL.cell, l.value, { formula: l.formula, style: "link", ...wrap });
    b.put(row, COL.rule, title(i.code), wrap);
    b.put(row, COL.column, i.column, wrap);
    b.put(row, COL.value, shown(i.value), wrap);
    b.put(row, COL.message, i.message, wrap);
    b.put(row++, COL.suggestion, i.suggestion ?? "", wrap);
  }
  return row;
}

/** One row per group: how many cells, the first as a link and the next as addresses, what it means. */
export function groupRows<K>(
  b: SheetBuilder,
  row: number,
  table: { key: string; columns: string[] },
  groups: CellGroup<K>[],
  describe: (key: K) => { title: string; meaning: string },
): number {
  b.table(table.key, row++, 0, table.columns, groups.length);
  for (const g of groups) {
    const { title, meaning } = describe(g.key);
    const first = g.first[0];
    const l = link(first.sheet, first.cell);
    b.put(row, COL.count, g.count, wrap);
    b.put(row, COL.cell, l.value, { formula: l.formula, style: "link", ...wrap });
    b.put(row, COL.rule, title, wrap);
    b.put(row, COL.column, g.columns.map((c) => T.columnCount(c.name, c.count)).join("\n"), wrap);
    b.put(row, COL.more, moreAddresses(g.first), wrap);
    b.put(row++, COL.meaning, meaning, wrap);
  }
  return row;
}
