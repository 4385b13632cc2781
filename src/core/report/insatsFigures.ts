import { ageAtEnrolment } from "../validate/ageRules";
import { municipalityKey } from "../register/openList";
import type { RegisterRow } from "../register/types";
import type { Category } from "../taxonomy/types";
import { AGE_GROUPS, ageGroupKey } from "./ageGroups";
import type { BreakdownItem, Breakdowns, InsatsReport, SplitItem } from "./model";
import type { Period } from "./period";
import { roundExcel, share } from "./round";
import { meanAge, outcomesByGender } from "./byGender";
import { followUpFigures } from "./followUp";
import { MISSING_KEY, MISSING_LABEL } from "./missing";
import { isGreenExit, participantCounts, periodRows } from "./participantCounts";
import type { ReportContext } from "./reportContext";
import { yearsFigures } from "./yearFigures";

export { MISSING_KEY, MISSING_LABEL, municipalityKey };

/** The categories each breakdown lists, the same for every insats so that tables line up. */
export interface BreakdownCategories {
  exitReason: Category[];
  gender: Category[];
  education: Category[];
  yearsOnBenefits: Category[];
  incomeBefore: Category[];
  incomeAfter: Category[];
  referrer: Category[];
  municipality: Category[];
}

type CategoryOf = (row: RegisterRow) => string | null;

function tally(rows: RegisterRow[], categories: Category[], keyOf: CategoryOf): BreakdownItem[] {
  const counts = new Map<string, number>(categories.map((c) => [c.key, 0]));
  let missing = 0;
  for (const r of rows) {
    const k = keyOf(r);
    if (k !== null && counts.has(k)) counts.set(k, counts.get(k)! + 1);
    else missing++;
  }
  return [
    ...categories.map((c) => ({ key: c.key, label: c.label, count: counts.get(c.key)! })),
    { key: MISSING_KEY, label: MISSING_LABEL, count: missing },
  ];
}

function split(
  all: RegisterRow[],
  fresh: RegisterRow[],
  categories: Category[],
  keyOf: CategoryOf,
): SplitItem[] {
  const total = tally(all, categories, keyOf);
  const nw = tally(fresh, categories, keyOf);
  return total.map((t, i) => ({ key: t.key, label: t.label, new: nw[i].count, total: t.count }));
}

function meanDays(rows: RegisterRow[]): number | null {
  if (rows.length === 0) return null;
  const sum = rows.reduce((s, r) => s + (r.end! - r.start!), 0);
  return roundExcel(sum / rows.length);
}

/** Every figure of one insats (or of the total) for the period, from rows that can be counted. */
export function insatsFigures(
  name: string,
  rows: RegisterRow[],
  period: Period,
  cats: BreakdownCategories,
  ctx: ReportContext,
): InsatsReport {
  const inPeriod = periodRows(rows, period);
  const { participants, fresh, exits } = inPeriod;
  const greenExitRows = exits.filter(isGreenExit);
  const exited = exits.length;

  const outcomes = cats.exitReason.map((c) => {
    const count = exits.filter((r) => r.exitReasons.some((x) => x.key === c.key)).length;
    return { key: c.key, label: c.label, count, share: share(count, exited), green: c.green };
  });

  const breakdowns: Breakdowns = {
    gender: tally(participants, cats.gender, (r) => r.gender?.key ?? null),
    ageGroup: tally(
      participants,
      AGE_GROUPS.map((g) => ({ key: g.key, label: g.label, green: false, synonyms: [] })),
      (r) => {
        const age = ageAtEnrolment(r);
        return age === null ? null : ageGroupKey(age);
      },
    ),
    education: tally(participants, cats.education, (r) => r.education?.key ?? null),
    yearsOnBenefits: tally(
      participants,
      cats.yearsOnBenefits,
      (r) => r.yearsOnBenefits?.key ?? null,
    ),
    incomeBefore: tally(participants, cats.incomeBefore, (r) => r.incomeBefore?.key ?? null),
    incomeAfter: tally(exits, cats.incomeAfter, (r) => r.incomeAfter?.key ?? null),
    referrer: split(participants, fresh, cats.referrer, (r) => r.referrer?.key ?? null),
    municipality: split(participants, fresh, cats.municipality, (r) =>
      r.municipality === null ? null : municipalityKey(r.municipality),
    ),
  };

  return {
    name,
    participants: participantCounts(rows, period, inPeriod),
    outcomes,
    greenExits: greenExitRows.length,
    greenShare: share(greenExitRows.length, exited),
    meanDaysInProgram: { green: meanDays(greenExitRows), all: meanDays(exits) },
    exitsWithTwoReasons: exits.filter((r) => r.exitReasons.length > 1).length,
    breakdowns,
    years: yearsFigures(rows, ctx.years),
    outcomesByGender: outcomesByGender(
      exits,
      cats.gender,
      cats.exitReason,
      ctx.missingGender.exits,
    ),
    meanAge: meanAge(participants, ctx.endYear, cats.gender, ctx.missingGender.ages),
    followUp: followUpOf(rows, period, ctx.followUpSheets),
  };
}

/** Over the rows of register sheets with the follow-up column; null when none of the rows is on one. */
function followUpOf(rows: RegisterRow[], period: Period, sheets: Set<string>) {
  const followed = sheets.size === 0 ? [] : rows.filter((r) => sheets.has(r.sheet));
  return followed.length === 0 ? null : followUpFigures(followed, period);
}
