import { durationFormula, durationText, NOT_COMPUTABLE, orDash } from "../display";
import { relCell } from "../formulaText";
import {
  combine,
  countExpr,
  sumExpr,
  type Alternative,
  type PeriodAlternatives,
} from "../registerFormulas";
import { FORMATS } from "../sheetSpec";
import { layoutText as T } from "../text.sv";
import type { Column, ResultatRows } from "./rows";

const durationValue = (days: number | null): string =>
  days === null ? NOT_COMPUTABLE : durationText(days);

/** Genomsnittlig tid i insatsen: mean days, and the same as years and months, for green and for all exits. */
export function timeBlock(
  r: ResultatRows,
  alts: PeriodAlternatives,
  greenAlts: Alternative[],
): void {
  r.section("Tid", T.time, 4);
  const meanFormula = (c: Column, a: Alternative[]) => {
    const n = countExpr(c.terms, a);
    return `IF((${n})=0,"${NOT_COMPUTABLE}",ROUND(((${sumExpr("end", c.terms, a)})-(${sumExpr("start", c.terms, a)}))/(${n}),0))`;
  };
  const greenDays = r.figureRow(
    T.daysGreen,
    FORMATS.days,
    (c) => ({
      value: orDash(c.f.meanDaysInProgram.green),
      formula: meanFormula(c, combine(alts.exited, greenAlts)),
    }),
    true,
  );
  r.figureRow(T.durationGreen, "@", (c) => ({
    value: durationValue(c.f.meanDaysInProgram.green),
    formula: durationFormula(relCell(greenDays, c.col)),
  }));
  const allDays = r.figureRow(T.daysAll, FORMATS.days, (c) => ({
    value: orDash(c.f.meanDaysInProgram.all),
    formula: meanFormula(c, alts.exited),
  }));
  r.figureRow(T.durationAll, "@", (c) => ({
    value: durationValue(c.f.meanDaysInProgram.all),
    formula: durationFormula(relCell(allDays, c.col)),
  }));
  r.gap();
}
