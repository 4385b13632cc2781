import { normalizeKey } from "../parse/text";
import { classifyBudgetHeader } from "./headers";

/** The columns of a förbund's own cost-per-participant table. */
export type CostColumn = "cost" | "count" | "perParticipant";

const UNIT_WORDS = /\b(tkr|kr|kronor|sek)\b/gi;
const PARENTHESIS = /\([^)]*\)/g;
const YEARS = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g;

const PER = [
  "kostnadperdeltagare",
  "kostnaddeltagare",
  "krperdeltagare",
  "krdeltagare",
  "perdeltagare",
  "kostnadperperson",
  "snittkostnad",
  "genomsnittligkostnad",
  "kostnadpersondeltagare",
];
const COUNT = ["antaldeltagare", "antal", "deltagare", "antalpersoner", "antalindivider"];
const COST = [
  "totalkostnad",
  "totalakostnader",
  "totalakostnaden",
  "kostnad",
  "kostnader",
  "utfall",
  "anvandamedel",
  "faktiskkostnad",
  "kostnadtotalt",
];

/**
 * "Insats | Total kostnad | Antal deltagare | Kostnad/deltagare" and the variants people
 * write ("Kostnad per deltagare (kr)", "Antal", "Kr/deltagare", "Snittkostnad").
 */
export function classifyCostHeader(text: string): CostColumn | "label" | null {
  // "Kr/deltagare" names its unit in the header itself: look for it before units are dropped.
  const withUnits = normalizeKey(text.replace(PARENTHESIS, " ").replace(YEARS, " "));
  if (PER.some((p) => withUnits.startsWith(p) || withUnits.endsWith(p))) return "perParticipant";
  const norm = normalizeKey(
    text.replace(PARENTHESIS, " ").replace(UNIT_WORDS, " ").replace(YEARS, " "),
  );
  if (!norm) return null;
  if (COUNT.includes(norm) || norm.startsWith("antaldeltagare")) return "count";
  if (COST.includes(norm)) return "cost";
  return classifyBudgetHeader(text)?.kind === "label" ? "label" : null;
}
