import type { PeriodAlternatives } from "../registerFormulas";
import { layoutText as T } from "../text.sv";
import type { ResultatRows } from "./rows";

/** Deltagare: totalt, nya, kvar från tidigare, avslutade, pågående. Returns the rows others refer to. */
export function participantsBlock(
  r: ResultatRows,
  alts: PeriodAlternatives,
): { total: number; new: number; exited: number } {
  r.section("Deltagare", T.participants, 5);
  const total = r.count(T.total_participants, (f) => f.participants.total, alts.participants);
  const fresh = r.count(T.new, (f) => f.participants.new, alts.new);
  r.count(T.carriedOver, (f) => f.participants.carriedOver, alts.carriedOver);
  const exited = r.count(T.exited, (f) => f.participants.exited, alts.exited);
  r.count(T.ongoing, (f) => f.participants.ongoing, alts.ongoing);
  r.gap();
  return { total, new: fresh, exited };
}
