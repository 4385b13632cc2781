import { MISSING_LABEL } from "../../report/missing";
import type { InsatsReport } from "../../report/model";
import type { Category } from "../../taxonomy/types";
import { countFormula, showCount } from "../display";
import { patternCriterion, relCell, textCriterion } from "../formulaText";
import { combine, countExpr, type Alternative, type PeriodAlternatives } from "../registerFormulas";
import { FORMATS } from "../sheetSpec";
import { layoutText as T } from "../text.sv";
import type { ResultatRows } from "./rows";

/**
 * Avslutsorsak in numbers and as shares of the exits, then stegförflyttning. A cell may hold two
 * reasons ("Arbete; Studier"): then each category is also matched inside such a cell.
 */
export function outcomesBlock(
  r: ResultatRows,
  total: InsatsReport,
  cats: Category[],
  alts: PeriodAlternatives,
  exitedRow: number,
  multiReasons: boolean,
): { outcomesTableRow: number; greenRow: number; greenAlts: Alternative[] } {
  const exitAlts = (c: Category): Alternative[] =>
    multiReasons
      ? [
          ["exitReason", textCriterion(c.label)],
          ["exitReason", patternCriterion("", c.label, "; *")],
          ["exitReason", patternCriterion("*; ", c.label, "")],
          ["exitReason", patternCriterion("*; ", c.label, "; *")],
        ].map((cond) => [cond as ["exitReason", string]])
      : [[["exitReason", textCriterion(c.label)]]];
  const outcomesTableRow = r.row;
  // Exits of the period counted under no reason (blank or unknown): shown only when there are
  // some, and only when no exit has two reasons (then the counts overlap and cannot say it).
  const twoReasons = total.exitsWithTwoReasons > 0;
  const noReason = (f: InsatsReport) =>
    f.participants.exited - f.outcomes.reduce((n, o) => n + o.count, 0);
  const withMissing = !twoReasons && noReason(total) > 0;
  r.section("Avslutsorsak", T.outcomesCount, cats.length + (withMissing ? 1 : 0));
  const outcomeRows = cats.map((c, i) =>
    r.count(
      c.label + (c.green ? " *" : ""),
      (f) => f.outcomes[i].count,
      combine(alts.exited, exitAlts(c)),
    ),
  );
  if (withMissing)
    r.figureRow(MISSING_LABEL, FORMATS.count, (c) => {
      const known = cats.map((x) => countExpr(c.terms, combine(alts.exited, exitAlts(x))));
      return {
        value: showCount(noReason(c.f), r.hideSmall),
        formula: countFormula(
          `(${countExpr(c.terms, alts.exited)})-(${known.join("+") || "0"})`,
          r.hideSmall,
        ),
      };
    });
  // A reader expects the column to add up: it does unless exits have two reasons; then the row
  // is the number of exits, named so, and a footnote says why the reasons add up to more.
  if (twoReasons)
    r.figureRow(
      T.sumExited,
      FORMATS.count,
      (c) => ({
        value: showCount(c.f.participants.exited, r.hideSmall),
        formula: relCell(exitedRow, c.col),
      }),
      false,
      "total",
    );
  else
    r.sumRow(T.sum, outcomeRows[0] ?? r.row, r.row - 1, (f) => f.participants.exited, alts.exited);
  r.gap();
  r.section("Avslutsorsak_andel", T.outcomesShare, cats.length);
  cats.forEach((c, i) =>
    r.share(
      c.label + (c.green ? " *" : ""),
      (f) => f.outcomes[i].share,
      outcomeRows[i],
      exitedRow,
      (f) => [f.outcomes[i].count, f.participants.exited],
    ),
  );
  r.gap();
  const greenAlts = cats
    .filter((c) => c.green)
    .map((c): Alternative => [["exitReason", textCriterion(c.label)]]);
  r.section("Stegforflyttning", T.steps, 2);
  const greenRow = r.figureRow(
    T.greenExits,
    FORMATS.count,
    (c) => ({
      value: showCount(c.f.greenExits, r.hideSmall),
      formula: countFormula(countExpr(c.terms, combine(alts.exited, greenAlts)), r.hideSmall),
    }),
    true,
  );
  r.share(
    T.greenShare,
    (f) => f.greenShare,
    greenRow,
    exitedRow,
    (f) => [f.greenExits, f.participants.exited],
  );
  r.gap();
  return { outcomesTableRow, greenRow, greenAlts };
}
