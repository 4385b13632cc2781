import { ageAtEnrolment } from "../validate/ageRules";
import type { RegisterRow } from "../register/types";
import type { Category } from "../taxonomy/types";
import { AGE_GROUPS, ageGroupKey } from "./ageGroups";
import type { BreakdownItem, Breakdowns, InsatsReport, SplitItem } from "./model";
import { inPeriod, isCarriedOver, isExited, isNew, isOngoing, type Period } from "./period";
import { roundExcel, share } from "./round";

/** The row every breakdown ends with: participants whose cell is blank or not a known category. */
export const MISSING_KEY = "missing";
export const MISSING_LABEL = "Ej ifyllt eller okänt";

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
): InsatsReport {
  const participants = rows.filter((r) => inPeriod(r, period));
  const fresh = participants.filter((r) => isNew(r, period));
  const exits = participants.filter((r) => isExited(r, period));
  const greenExitRows = exits.filter((r) => r.exitReasons.some((c) => c.green));
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
    participants: {
      total: participants.length,
      new: fresh.length,
      carriedOver: participants.filter((r) => isCarriedOver(r, period)).length,
      exited,
      ongoing: participants.filter((r) => isOngoing(r, period)).length,
    },
    outcomes,
    greenExits: greenExitRows.length,
    greenShare: share(greenExitRows.length, exited),
    meanDaysInProgram: { green: meanDays(greenExitRows), all: meanDays(exits) },
    exitsWithTwoReasons: exits.filter((r) => r.exitReasons.length > 1).length,
    breakdowns,
  };
}

/** Municipalities are plain text in the register: their display name is their key. */
export function municipalityKey(name: string): string {
  return "m-" + name;
}
