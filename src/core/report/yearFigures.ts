import { serialToYmd } from "../parse/dates";
import type { RegisterRow } from "../register/types";
import type { YearFigures } from "./model";
import { isGreenExit, participantCounts, periodRows } from "./participantCounts";
import { yearPeriod, type Period } from "./period";
import { share } from "./round";

/**
 * The years of jämförelse årsvis: from the register's first enrolment year to the period's (end)
 * year. Every insats gets the same years, so that tables line up; a register without countable
 * rows, or one that starts after the period, gets the period's year alone.
 */
export function comparisonYears(registerRows: RegisterRow[], period: Period): number[] {
  const last = serialToYmd(period.to).y;
  let first = last;
  for (const r of registerRows)
    if (r.start !== null) first = Math.min(first, serialToYmd(r.start).y);
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

/** One calendar year's participants and stegförflyttning, by the period arithmetic. */
export function yearFigures(rows: RegisterRow[], year: number): YearFigures {
  const p = yearPeriod(year)!;
  const inYear = periodRows(rows, p);
  const participants = participantCounts(rows, p, inYear);
  const greenExits = inYear.exits.filter(isGreenExit).length;
  return { year, participants, greenExits, greenShare: share(greenExits, participants.exited) };
}

export function yearsFigures(rows: RegisterRow[], years: number[]): YearFigures[] {
  return years.map((y) => yearFigures(rows, y));
}
