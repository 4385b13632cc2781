import type { RegisterRow } from "../register/types";
import type { ParticipantCounts } from "./model";
import { inPeriod, isCarriedOver, isExited, isNew, isOngoing, type Period } from "./period";

/** The period arithmetic of docs/domain.md over rows that can be counted. */
export function periodRows(rows: RegisterRow[], period: Period) {
  const participants = rows.filter((r) => inPeriod(r, period));
  return {
    participants,
    fresh: participants.filter((r) => isNew(r, period)),
    exits: participants.filter((r) => isExited(r, period)),
  };
}

export function participantCounts(
  rows: RegisterRow[],
  period: Period,
  { participants, fresh, exits } = periodRows(rows, period),
): ParticipantCounts {
  return {
    total: participants.length,
    new: fresh.length,
    carriedOver: participants.filter((r) => isCarriedOver(r, period)).length,
    exited: exits.length,
    ongoing: participants.filter((r) => isOngoing(r, period)).length,
  };
}

/** Exits with at least one green reason (stegförflyttning). */
export const isGreenExit = (r: RegisterRow) => r.exitReasons.some((c) => c.green);
