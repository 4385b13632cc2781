import type { IssueCollector } from "../issueCollector";
import { serialToYmd } from "../parse/dates";
import type { RegisterCells } from "../register/cellRef";
import type { RegisterRow } from "../register/types";

export const MIN_AGE = 16;
export const MAX_AGE = 67;

/** Age at enrolment: the age column when given, otherwise enrolment year − birth year. */
export function ageAtEnrolment(row: RegisterRow): number | null {
  if (row.age !== null) return row.age;
  if (row.birthYear === null || row.start === null) return null;
  return serialToYmd(row.start).y - row.birthYear;
}

/** Finsam serves people of working age; an age outside 16–67 is usually a typing mistake. */
export function checkAges(rows: RegisterRow[], cells: RegisterCells, issues: IssueCollector): void {
  for (const row of rows) {
    const age = ageAtEnrolment(row);
    if (age === null || (age >= MIN_AGE && age <= MAX_AGE)) continue;
    const field = row.age !== null ? "age" : "birthYear";
    issues.add(
      "REG-AGE-RANGE",
      cells.ref(row, field),
      row.age ?? row.birthYear,
      issues.msg.ageRange(age),
    );
  }
}
