import { serialToYmd } from "../parse/dates";
import type { RegisterRow } from "../register/types";
import type { Category } from "../taxonomy/types";
import { MISSING_KEY, MISSING_LABEL } from "./missing";
import type { GenderOutcomes, MeanAge } from "./model";
import { roundExcel } from "./round";

/**
 * The gender groups a per-gender figure lists: every gender of the taxonomy (zeros kept), then
 * "Ej ifyllt eller okänt" for rows without a known gender when `withMissing` (decided over the
 * total, so that every insats lists the same groups).
 */
export interface GenderGroup {
  key: string;
  label: string;
  rows: RegisterRow[];
}

export function byGender(
  rows: RegisterRow[],
  genders: Category[],
  withMissing: boolean,
): GenderGroup[] {
  const groups: GenderGroup[] = genders.map((g) => ({ key: g.key, label: g.label, rows: [] }));
  const missing: GenderGroup = { key: MISSING_KEY, label: MISSING_LABEL, rows: [] };
  const index = new Map(groups.map((g) => [g.key, g]));
  for (const r of rows) ((r.gender && index.get(r.gender.key)) || missing).rows.push(r);
  return withMissing ? [...groups, missing] : groups;
}

/** Whether some row has no known gender: then the per-gender figures get a row for them. */
export function hasMissingGender(rows: RegisterRow[], genders: Category[]): boolean {
  const known = new Set(genders.map((g) => g.key));
  return rows.some((r) => !r.gender || !known.has(r.gender.key));
}

/** Avslutsorsak per kön: the period's exits of each gender per exit reason (two reasons count in both). */
export function outcomesByGender(
  exits: RegisterRow[],
  genders: Category[],
  reasons: Category[],
  withMissing: boolean,
): GenderOutcomes[] {
  return byGender(exits, genders, withMissing).map((g) => ({
    key: g.key,
    gender: g.label,
    exited: g.rows.length,
    outcomes: reasons.map((c) => ({
      key: c.key,
      label: c.label,
      count: g.rows.filter((r) => r.exitReasons.some((x) => x.key === c.key)).length,
    })),
  }));
}

/**
 * A participant's age in the period's end year: end year − birth year; without a birth year, the
 * age at enrolment plus the years from enrolment to the end year; null without either.
 */
export function ageInYear(r: RegisterRow, endYear: number): number | null {
  if (r.birthYear !== null) return endYear - r.birthYear;
  if (r.age !== null && r.start !== null) return r.age + (endYear - serialToYmd(r.start).y);
  return null;
}

function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return roundExcel(values.reduce((s, x) => s + x, 0) / values.length, 1);
}

/** Medelålder over the period's participants with an age, in total and per gender; one decimal. */
export function meanAge(
  participants: RegisterRow[],
  endYear: number,
  genders: Category[],
  withMissing: boolean,
): MeanAge {
  const ageOf = (r: RegisterRow) => ageInYear(r, endYear);
  const withAge = participants.filter((r) => ageOf(r) !== null);
  const ages = (rows: RegisterRow[]) => rows.map((r) => ageOf(r)!);
  return {
    all: mean(ages(withAge)),
    count: withAge.length,
    byGender: byGender(withAge, genders, withMissing).map((g) => ({
      key: g.key,
      gender: g.label,
      value: mean(ages(g.rows)),
      count: g.rows.length,
    })),
  };
}
