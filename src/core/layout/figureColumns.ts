import type { PreparedReport } from "../report/buildReport";
import type { RegisterRow } from "../register/types";
import type { Term } from "./registerFormulas";
import type { Column } from "./resultat/rows";
import { layoutText as T } from "./text.sv";

/** The register sheets an insats's formulas count over, with the insats as criterion where the sheet has the column. */
function insatsTerms(p: PreparedReport, insats: string, rows: RegisterRow[]): Term[] {
  const sheets = [...new Set(rows.map((r) => r.sheet))];
  // An insats with no rows still gets a formula, over every sheet (it counts 0 and updates when rows are added).
  const names = sheets.length ? sheets : p.parsed.register.sheets.map((s) => s.name);
  return names
    .map((s) => p.parsed.register.sheets.find((x) => x.name === s)!)
    .filter((s) => s.columns.insats !== undefined || rows.length > 0)
    .map((s) => ({ sheet: s, insats: s.columns.insats === undefined ? null : insats }));
}

/**
 * One column of figures per insats, then the total (`col` from 1): what Resultat and Tabeller
 * count each insats over, and whether its figures must be values.
 */
export function figureColumns(p: PreparedReport, valueInsatser: Set<string>): Column[] {
  const m = p.model;
  const columns: Column[] = m.insatser.map((f, i) => ({
    name: f.name,
    col: i + 1,
    f,
    terms: insatsTerms(p, f.name, p.rowsByInsats.get(f.name) ?? []),
    values: valueInsatser.has(f.name),
    greenValues: f.exitsWithTwoReasons > 0,
  }));
  columns.push({
    name: T.total,
    col: columns.length + 1,
    f: m.total,
    terms: columns.flatMap((c) => c.terms),
    values: columns.some((c) => c.values),
    greenValues: m.total.exitsWithTwoReasons > 0,
  });
  return columns;
}
