import type { Category } from "../../taxonomy/types";
import { countFormula, showCount } from "../display";
import { patternCriterion, textCriterion } from "../formulaText";
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
  r.section("Avslutsorsak", T.outcomesCount, cats.length);
  const outcomeRows = cats.map((c, i) =>
    r.count(
      c.label + (c.green ? " *" : ""),
      (f) => f.outcomes[i].count,
      combine(alts.exited, exitAlts(c)),
    ),
  );
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
