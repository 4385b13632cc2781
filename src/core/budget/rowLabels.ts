import { normalizeKey } from "../parse/text";

/**
 * What a row of a budget table is, by its label (docs/domain.md, Budget and cost):
 * - total: the table's own total ("Totalt", "Summa", "TOTALT 2024"), the last row read;
 * - subtotal: "Summa insatser", "Delsumma": the sum of the rows since the previous subtotal;
 * - other: a cost that is not an insats ("Styrelse", "Kansli"), counted in the sums;
 * - outside: income and result rows ("Intäkter", "Resultat"), neither insats nor cost;
 * - insats: everything else.
 */
export type BudgetRowKind = "insats" | "other" | "outside" | "subtotal" | "total";

const TOTALS = new Set([
  "total",
  "totalt",
  "summa",
  "totalsumma",
  "summatotalt",
  "totaltsumma",
  "totalasumma",
  "summaalls",
  "totaltalls",
  "summakostnader",
  "totalakostnader",
]);
const OVERHEAD = [
  "styrelse",
  "kansli",
  "administration",
  "ledning",
  "revision",
  "forbundsgemensam",
  "gemensammakostnader",
  "gemensamkostnad",
  "overgripandekostnader",
  "lokaler",
  "personalkansli",
];
const OUTSIDE = [
  "intakter",
  "intakt",
  "resultat",
  "aretsresultat",
  "medlemsavgift",
  "medlemsinsats",
  "bidrag",
  "overskott",
  "underskott",
  "egetkapital",
  "ingaendebalans",
  "utgaendebalans",
  "ingaendeeget",
  "utgaendeeget",
  "finansiellaintakter",
  "rantor",
];

/** A label that closes a table: its total. */
export function isTotalLabel(text: string): boolean {
  const n = normalizeKey(text).replace(/\d+$/, "");
  return TOTALS.has(n) || n.startsWith("totalt") || n.startsWith("summatotal");
}

function isSubtotalLabel(n: string): boolean {
  return n.startsWith("summa") || n.startsWith("delsum");
}

export function budgetRowKind(text: string): BudgetRowKind {
  if (isTotalLabel(text)) return "total";
  const n = normalizeKey(text);
  if (isSubtotalLabel(n)) return "subtotal";
  if (OUTSIDE.some((w) => n.startsWith(w))) return "outside";
  if (OVERHEAD.some((w) => n.startsWith(w))) return "other";
  return "insats";
}

/** A subtotal whose rows are overhead ("Summa kansli och styrelse"): the rows it sums are not insatser. */
export function subtotalOfOverhead(text: string): boolean {
  const n = normalizeKey(text);
  return OVERHEAD.some((w) => n.includes(w));
}
