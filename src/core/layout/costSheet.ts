import type { PreparedReport } from "../report/buildReport";
import { budgetOnlyRows, budgetRowFor } from "../report/budgetFigures";
import type { CostRow, InsatsReport } from "../report/model";
import { budgetCellFormula, inUnit, type UnfixedCells } from "./budgetSource";
import { HIDDEN, isHidden, NOT_COMPUTABLE, orDash, showCount } from "./display";
import { relCell } from "./formulaText";
import type { ResultatAnchors } from "./resultatSheet";
import { SheetBuilder } from "./sheetBuilder";
import { FORMATS, type SheetSpec } from "./sheetSpec";
import { layoutText as T } from "./text.sv";

const FIGURES = ["total", "new", "exited", "greenExits"] as const;
const COST_KEYS = ["perParticipant", "perNew", "perExited", "perGreenExit"] as const;
const denominator = (
  f: Pick<InsatsReport, "participants" | "greenExits">,
  k: (typeof FIGURES)[number],
) => (k === "greenExits" ? f.greenExits : k === "total" ? f.participants.total : f.participants[k]);

/**
 * Cost over a count cell, in kronor whatever the cost's unit (`kr` = "*1000" for tkr): "–" without
 * a cost (or 0) or with a zero count, ".." when the count is hidden.
 */
function perFormula(cost: string, count: string, kr: string): string {
  return `IF(OR(NOT(ISNUMBER(${cost})),${cost}=0),"${NOT_COMPUTABLE}",IF(NOT(ISNUMBER(${count})),"${HIDDEN}",IF(${count}=0,"${NOT_COMPUTABLE}",ROUND(${cost}${kr}/${count},0))))`;
}

export interface CostSheetInput {
  p: PreparedReport;
  anchors: ResultatAnchors;
  name: string;
  heading: string;
  tablePrefix: string;
  hideSmall: boolean;
  unfixed: UnfixedCells;
}

/**
 * Kostnad per deltagare: each register insats's utfall over every denominator, each shown
 * beside its cost; then budget insatser without participants, and the total utfall, which
 * equals the budget's (docs/domain.md).
 */
export function costSheet({
  p,
  anchors,
  name,
  heading,
  tablePrefix,
  hideSmall,
  unfixed,
}: CostSheetInput): SheetSpec {
  const b = new SheetBuilder("kostnad", name, tablePrefix);
  const m = p.model;
  const choice = p.budget;
  const perAllowed = m.budgetStatus.costPerParticipant;
  // Costs in the budget table's unit (a tkr table stays tkr); per participant always in kronor.
  const unit = m.budget?.unit ?? "kr";
  const costFmt = unit === "tkr" ? FORMATS.tkr : FORMATS.kr;
  const toKr = unit === "tkr" ? "*1000" : "";
  const shown = (kr: number | null) => orDash(inUnit(kr, unit));
  b.put(0, 0, T.costTitle(heading), { style: "title" });
  b.put(
    1,
    0,
    m.budget
      ? T.costSource(choice.tables, anchors.sheet, unit)
      : (m.budgetStatus.message ?? T.noBudget),
    { style: m.budget ? "subtitle" : "warn" },
  );
  if (m.budget && m.budgetStatus.message) b.put(2, 0, m.budgetStatus.message, { style: "warn" });
  const head = 4;
  const insatser = m.insatser;
  b.table("Kostnad", head, 0, T.costColumns(unit), insatser.length + 1);

  insatser.forEach((f, i) => {
    const row = head + 1 + i;
    const c = m.cost[i];
    const src = budgetRowFor(choice, c.insats);
    b.put(row, 0, c.insats, { style: "label" });
    b.put(row, 1, shown(c.cost), {
      numFmt: costFmt,
      formula: src && c.cost !== null ? budgetCellFormula(src, "actual", unit, unfixed) : undefined,
    });
    FIGURES.forEach((k, j) => {
      const countCol = 2 + j * 2;
      b.put(row, countCol, showCount(denominator(f, k), hideSmall), {
        numFmt: FORMATS.count,
        formula: anchors.cell(c.insats, k),
      });
      b.put(row, countCol + 1, perValue(c, f, j), {
        numFmt: FORMATS.kr,
        formula: perAllowed ? perFormula(relCell(row, 1), relCell(row, countCol), toKr) : undefined,
      });
    });
  });

  // The sum over the register's insatser that have a cost.
  const row = head + 1 + insatser.length;
  const first = head + 1;
  const last = row - 1;
  const t = m.costTotal;
  const withCost = insatser.filter((_, i) => m.cost[i].cost !== null);
  const hiddenDenominators = withCost.some((f) =>
    FIGURES.some((k) => isHidden(denominator(f, k), hideSmall)),
  );
  b.put(row, 0, T.costSum, { style: "total" });
  b.put(row, 1, shown(t?.cost ?? null), {
    numFmt: costFmt,
    style: "total",
    formula: t && insatser.length ? `SUM(${relCell(first, 1)}:${relCell(last, 1)})` : undefined,
  });
  FIGURES.forEach((k, j) => {
    const countCol = 2 + j * 2;
    const n = withCost.reduce((s, f) => s + denominator(f, k), 0);
    const sumFormula = `SUMPRODUCT(ISNUMBER(${relCell(first, 1)}:${relCell(last, 1)})*1,${relCell(first, countCol)}:${relCell(last, countCol)})`;
    b.put(row, countCol, t ? n : NOT_COMPUTABLE, {
      numFmt: FORMATS.count,
      style: "total",
      formula: t && !hiddenDenominators ? sumFormula : undefined,
    });
    b.put(row, countCol + 1, t ? orDash(t[COST_KEYS[j]]) : NOT_COMPUTABLE, {
      numFmt: FORMATS.kr,
      style: "total",
      formula:
        t && perAllowed ? perFormula(relCell(row, 1), relCell(row, countCol), toKr) : undefined,
    });
  });
  let next = row + 2;
  if (hiddenDenominators && t) b.put(next++, 0, T.costTotalValues, { style: "note" });
  if (!m.budget) return b.build({ rows: head + 1, cols: 1 });

  // Budget insatser without participants in the register, so that the utfall adds up to the budget's.
  const extra = budgetOnlyRows(
    choice,
    insatser.map((f) => f.name),
  );
  const extraCost = m.cost.slice(insatser.length);
  const costCells = [`${relCell(first, 1)}:${relCell(last, 1)}`];
  if (extra.length) {
    b.put(next++, 0, T.costWithoutParticipants, { style: "subtitle" });
    b.table("Utan_deltagare", next++, 0, T.costWithoutParticipantsColumns(unit), extra.length);
    extra.forEach((u, i) => {
      b.put(next + i, 0, u.row.insats, { style: "label" });
      b.put(next + i, 1, shown(extraCost[i].cost), {
        numFmt: costFmt,
        formula: budgetCellFormula(u, "actual", unit, unfixed),
      });
      b.put(next + i, 2, NOT_COMPUTABLE);
    });
    costCells.push(`${relCell(next, 1)}:${relCell(next + extra.length - 1, 1)}`);
    next += extra.length + 1;
  }
  const allCost = m.cost.reduce<number | null>(
    (s, c) => (c.cost === null ? s : (s ?? 0) + c.cost),
    null,
  );
  b.put(next, 0, T.costAllRows, { style: "total" });
  b.put(next, 1, shown(allCost), {
    numFmt: costFmt,
    style: "total",
    formula: `SUM(${costCells.join(",")})`,
  });
  b.put(
    next + 1,
    0,
    T.costReconciles(inUnit(m.budget.total.actual, unit), unit, m.budget.otherRows.length > 0),
    {
      style: "note",
    },
  );
  return b.build({ rows: head + 1, cols: 1 });

  function perValue(c: CostRow, f: InsatsReport, j: number): number | string {
    if (!perAllowed || c.cost === null || c.cost === 0) return NOT_COMPUTABLE;
    if (isHidden(denominator(f, FIGURES[j]), hideSmall)) return HIDDEN;
    return orDash(c[COST_KEYS[j]]);
  }
}
