import { daysInMonth, serialToYmd, ymdToSerial } from "../parse/dates";
import type { RegisterRow } from "../register/types";
import type { FollowUp } from "./model";
import { isGreenExit } from "./participantCounts";
import type { Period } from "./period";
import { share } from "./round";

/** Keys of the default follow-up categories (taxonomy/defaults.ts). */
export const KEPT_KEY = "kept";
export const NOT_KEPT_KEY = "notKept";

/**
 * The date six calendar months after a date: the same day of the month, or the month's last day
 * when it has no such day (2023-08-31 → 2024-02-29).
 */
export function sixMonthsLater(serial: number): number {
  const { y, m, d } = serialToYmd(serial);
  const total = m - 1 + 6;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  return ymdToSerial(year, month, Math.min(d, daysInMonth(year, month)))!;
}

/**
 * Uppföljning sex månader efter avslut (docs/domain.md): the cohort is every green exit whose
 * exit date plus six months falls in the period; answered are its rows marked Kvarstår or
 * Kvarstår inte, kept those marked Kvarstår.
 */
export function followUpFigures(rows: RegisterRow[], period: Period): FollowUp {
  const cohort = rows.filter((r) => {
    if (r.end === null || !isGreenExit(r)) return false;
    const due = sixMonthsLater(r.end);
    return due >= period.from && due <= period.to;
  });
  const kept = cohort.filter((r) => r.followUp?.key === KEPT_KEY).length;
  const answered = kept + cohort.filter((r) => r.followUp?.key === NOT_KEPT_KEY).length;
  return {
    cohort: cohort.length,
    answered,
    kept,
    answeredShare: share(answered, cohort.length),
    keptShare: share(kept, answered),
  };
}
