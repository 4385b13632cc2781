import { normalizeKey } from "../parse/text";

/**
 * Headers of a budget table's planned-participants column as förbund write them ("Planerat antal
 * deltagare", "Beräknat antal", "Planerade deltagare 2024"): normalised prefixes, checked before
 * the amount words so that "Budgeterat antal deltagare" is a count, not a budget.
 */
const PLANNED = [
  "planeratantal",
  "planeradeantal",
  "planeradedeltagare",
  "planeratdeltagarantal",
  "beraknatantal",
  "beraknadeantal",
  "beraknadedeltagare",
  "budgeteratantal",
  "budgeteradedeltagare",
  "malantal",
  "antalplanerade",
];

export function isPlannedParticipantsHeader(text: string): boolean {
  const norm = normalizeKey(text.replace(/\([^)]*\)/g, " ").replace(/\d+/g, " "));
  return PLANNED.some((p) => norm.startsWith(p));
}
