import { budgetRowFor } from "../../report/budgetFigures";
import { HIDDEN, NOT_COMPUTABLE, orDash, showCount } from "../display";
import { absCell, relCell } from "../formulaText";
import { countExpr } from "../registerFormulas";
import { FORMATS } from "../sheetSpec";
import { inColumn, type TabellerContext } from "./context";
import { countFigure, writeTable, type Figure, type FigureRow } from "./tableRows";
import { tabellerText as TT } from "./text.sv";

/** Skillnad and andel over the planned (B) and actual (C) cells of a row: "–" without a plan, ".." when the count is hidden. */
function compared(row: number, planned: number | null, actual: number, hideSmall: boolean) {
  const B = relCell(row, 1);
  const C = relCell(row, 2);
  const hidden = showCount(actual, hideSmall) === HIDDEN;
  const orElse = `IF(ISNUMBER(${C}),"${NOT_COMPUTABLE}","${HIDDEN}")`;
  const difference: Figure = {
    value: hidden ? HIDDEN : orDash(planned === null ? null : actual - planned),
    formula: `IF(AND(ISNUMBER(${B}),ISNUMBER(${C})),${C}-${B},${orElse})`,
  };
  const share: Figure = {
    value: hidden ? HIDDEN : orDash(!planned ? null : actual / planned),
    formula: `IF(AND(ISNUMBER(${B}),ISNUMBER(${C})),IF(${B}<>0,${C}/${B},"${NOT_COMPUTABLE}"),${orElse})`,
    numFmt: FORMATS.share,
  };
  return [difference, share];
}

/**
 * Planerat mot faktiskt antal deltagare, when the budget table has the column: the plan read from
 * its cell, the period's participants counted over the register, the difference and share, and
 * the Summa over the insatser with a plan.
 */
export function plannedBlock(t: TabellerContext): void {
  const rows = t.p.model.plannedParticipants;
  if (rows === null) return;
  const first = t.row + 1;
  const insatser = t.columns.slice(0, -1);
  const figureRows: FigureRow[] = rows.map((r, k) => {
    const c = insatser[k];
    const used = budgetRowFor(t.p.budget, r.insats);
    const col = used?.table.columns.planned;
    const readable =
      col !== undefined &&
      r.planned !== null &&
      t.read(used!.table.sheet, used!.row.row, col) === r.planned;
    return {
      label: r.insats,
      numFmt: FORMATS.count,
      cells: [
        {
          value: orDash(r.planned),
          formula: readable ? absCell(used!.row.row, col, used!.table.sheet) : undefined,
        },
        inColumn(c, countFigure(r.actual, countExpr(c.terms, t.alts.participants), t.hideSmall)),
        ...compared(first + k, r.planned, r.actual, t.hideSmall),
      ],
    };
  });
  const withPlan = rows
    .map((r, k) => ({ r, c: insatser[k] }))
    .filter(({ r }) => r.planned !== null);
  const planned = withPlan.reduce((s, { r }) => s + r.planned!, 0);
  const actual = withPlan.reduce((s, { r }) => s + r.actual, 0);
  const sumRow = first + rows.length;
  const fig = countFigure(
    actual,
    countExpr(
      withPlan.flatMap(({ c }) => c.terms),
      t.alts.participants,
    ),
    t.hideSmall,
  );
  figureRows.push({
    label: TT.plannedSum,
    numFmt: FORMATS.count,
    style: "total",
    cells: [
      { value: planned, formula: `SUM(${relCell(first, 1)}:${relCell(sumRow - 1, 1)})` },
      withPlan.some(({ c }) => c.values) ? { value: fig.value } : fig,
      ...compared(sumRow, planned, actual, t.hideSmall),
    ],
  });
  t.row = writeTable(t.b, "Planerat", t.row, TT.plannedColumns, figureRows).next;
  t.b.put(t.row - 1, 0, TT.plannedNote, { style: "note" });
  t.row++;
}
