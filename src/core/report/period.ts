import { isoToSerial, serialToIso, ymdToSerial } from "../parse/dates";
import type { RegisterRow } from "../register/types";

/** A reporting period as Excel serials, both days included. */
export interface Period {
  from: number;
  to: number;
}

export function periodFromIso(from: string, to: string): Period | null {
  const f = isoToSerial(from);
  const t = isoToSerial(to);
  return f === null || t === null || f > t ? null : { from: f, to: t };
}

export function yearPeriod(year: number): Period | null {
  const f = ymdToSerial(year, 1, 1);
  const t = ymdToSerial(year, 12, 31);
  return f === null || t === null ? null : { from: f, to: t };
}

export function periodToIso(p: Period): { from: string; to: string } {
  return { from: serialToIso(p.from), to: serialToIso(p.to) };
}

/** Label for headings: "2024" for a calendar year, else "2024-01-01–2024-06-30". */
export function periodLabel(p: Period): string {
  const { from, to } = periodToIso(p);
  if (from.endsWith("-01-01") && to.endsWith("-12-31") && from.slice(0, 4) === to.slice(0, 4))
    return from.slice(0, 4);
  return `${from}–${to}`;
}

/*
 * Period arithmetic (docs/domain.md). Each function takes a row that can be counted:
 * it has an insats and a readable start, and no end before its start.
 */
type Dated = Pick<RegisterRow, "start" | "end">;

/** Enrolled at some time in the period. */
export const inPeriod = (r: Dated, p: Period) =>
  r.start! <= p.to && (r.end === null || r.end >= p.from);
export const isNew = (r: Dated, p: Period) => r.start! >= p.from && r.start! <= p.to;
export const isCarriedOver = (r: Dated, p: Period) =>
  r.start! < p.from && (r.end === null || r.end >= p.from);
export const isExited = (r: Dated, p: Period) => r.end !== null && r.end >= p.from && r.end <= p.to;
export const isOngoing = (r: Dated, p: Period) =>
  inPeriod(r, p) && (r.end === null || r.end > p.to);
