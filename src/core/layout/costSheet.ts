import type { BudgetTable } from "../budget/types";
import type { PreparedReport } from "../report/buildReport";
import { budgetRowFor } from "../report/budgetFigures";
import type { CostRow, InsatsReport } from "../report/model";
import { HIDDEN, isHidden, NOT_COMPUTABLE, orDash, showCount } from "./display";
import { absCell, relCell } from "./formulaText";
import type { ResultatAnchors } from "./resultatSheet";
import { SheetBuilder } from "./sheetBuilder";
import { FORMATS, type SheetSpec } from "./sheetSpec";
import { layoutText as T } from "./text.sv";

const FIGURES = ["total", "new", "exited", "greenExits"] as const;
const COST_KEYS = ["perParticipant", "perNew", "perExited", "perGreenExit"] as const;
const denominator = (f: Pick<InsatsReport, "participants" | "greenExits">, k: (typeof FIGURES)[number]) =>
  k === "greenExits" ? f.greenExits : k === "total" ? f.participants.total : f.participants[k];

/** Cost over a count cell: "–" without cost or with a zero count, ".." when the count is hidden. */
function perFormula(cost: string, count: string): string {
  return `IF(NOT(ISNUMBER(${cost})),"${NOT_COMPUTABLE}",IF(NOT(ISNUMBER(${count})),"${HIDDEN}",IF(${count}=0,"${NOT_COMPUTABLE}",ROUND(${cost}/${count},0))))`;
}

/** Kostnad per deltagare: utfall from the budget table over every denominator, each shown beside its cost. */
export function costSheet(
  p: PreparedReport,
  table: BudgetTable | undefined,
  anchors: ResultatAnchors,
  name: string,
  heading: string,
  tablePrefix: string,
  hideSmall: boolean,
  unfixedCells: Set<string> = new Set(),
): SheetSpec {
  const b = new SheetBuilder("kostnad", name, tablePrefix);
  const m = p.model;
  b.put(0, 0, T.costTitle(heading), { style: "title" });
  b.put(1, 0, table ? T.costSource(table.sheet, anchors.sheet) : T.noBudget, { style: "subtitle" });
  const head = 3;
  b.table("Kostnad", head, 0, T.costColumns, m.cost.length + 1);
  const factor = table?.unit === "tkr" ? "*1000" : "";

  m.cost.forEach((c, i) => {
    const row = head + 1 + i;
    const f = m.insatser[i];
    const src = budgetRowFor(table, c.insats);
    b.put(row, 0, c.insats, { style: "label" });
    const readable = src && !unfixedCells.has(`${table!.sheet}\u0000${src.row}\u0000${table!.columns.actual}`);
    b.put(row, 1, orDash(c.cost), { numFmt: FORMATS.kr, formula: c.cost === null || !readable ? undefined : `${absCell(src.row, table!.columns.actual!, table!.sheet)}${factor}` });
    FIGURES.forEach((k, j) => {
      const countCol = 2 + j * 2;
      b.put(row, countCol, showCount(denominator(f, k), hideSmall), { numFmt: FORMATS.count, formula: anchors.cell(c.insats, k) });
      b.put(row, countCol + 1, perValue(c, f, j), { numFmt: FORMATS.kr, formula: perFormula(relCell(row, 1), relCell(row, countCol)) });
    });
  });

  // Total over the insatser that have a cost.
  const row = head + 1 + m.cost.length;
  const first = head + 1;
  const last = row - 1;
  const t = m.costTotal;
  const withCost = m.insatser.filter((_, i) => m.cost[i].cost !== null);
  const hiddenDenominators = withCost.some((f) => FIGURES.some((k) => isHidden(denominator(f, k), hideSmall)));
  b.put(row, 0, T.total, { style: "total" });
  b.put(row, 1, orDash(t?.cost ?? null), { numFmt: FORMATS.kr, style: "total", formula: t && m.cost.length ? `SUM(${relCell(first, 1)}:${relCell(last, 1)})` : undefined });
  FIGURES.forEach((k, j) => {
    const countCol = 2 + j * 2;
    const n = withCost.reduce((s, f) => s + denominator(f, k), 0);
    const sumFormula = `SUMPRODUCT(ISNUMBER(${relCell(first, 1)}:${relCell(last, 1)})*1,${relCell(first, countCol)}:${relCell(last, countCol)})`;
    b.put(row, countCol, t ? n : NOT_COMPUTABLE, { numFmt: FORMATS.count, style: "total", formula: t && !hiddenDenominators ? sumFormula : undefined });
    b.put(row, countCol + 1, t ? orDash(t[COST_KEYS[j]]) : NOT_COMPUTABLE, { numFmt: FORMATS.kr, style: "total", formula: t ? perFormula(relCell(row, 1), relCell(row, countCol)) : undefined });
  });
  if (hiddenDenominators && t) b.put(row + 2, 0, T.costTotalValues, { style: "note" });
  return b.build({ rows: head + 1, cols: 1 });

  function perValue(c: CostRow, f: InsatsReport, j: number): number | string {
    if (c.cost === null) return NOT_COMPUTABLE;
    if (isHidden(denominator(f, FIGURES[j]), hideSmall)) return HIDDEN;
    return orDash(c[COST_KEYS[j]]);
  }
}
