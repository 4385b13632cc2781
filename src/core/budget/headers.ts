import type { AmountUnit } from "../parse/amounts";
import { normalizeKey } from "../parse/text";

/** The amount columns of a budget table. */
export type AmountColumn = "budget" | "actual" | "difference";
export const AMOUNT_COLUMNS: readonly AmountColumn[] = ["budget", "actual", "difference"];

/** What a header cell of a budget table names: the label column, or an amount column and the year it is for. */
export type BudgetHeader = { kind: "label" } | { kind: AmountColumn; year: number | null };

/** Headers of the label column as published tables write them (docs/domain.md, Budget and cost). */
const LABELS = new Set([
  "insats",
  "insatser",
  "insatsnamn",
  "individinriktadeinsatser",
  "strukturovergripandeinsatser",
  "strukturinriktadeinsatser",
  "uppdrag",
  "projekt",
  "verksamhet",
  "verksamheter",
  "team",
  "samordningsteam",
  "enhet",
]);

// Checked in this order, first as prefixes, then anywhere in the header:
// "Budgetavvikelse" is a difference and "Utfall i förhållande till budget" an utfall.
const WORDS: [AmountColumn, string[], string[]][] = [
  [
    "difference",
    [
      "differens",
      "avvikelse",
      "budgetavvikelse",
      "diff",
      "aterstaende",
      "kvarmedel",
      "kvarstaende",
    ],
    ["differens", "avvikelse"],
  ],
  [
    "actual",
    [
      "anvandamedel",
      "anvantmedel",
      "anvantamedel",
      "utfall",
      "forbrukat",
      "forbrukademedel",
      "faktiskkostnad",
      "faktiskakostnader",
      "redovisade",
      "redovisat",
      "bokfort",
    ],
    ["utfall", "anvandamedel", "forbrukat", "redovisadekostnad"],
  ],
  [
    "budget",
    [
      "tilldeladmedel",
      "tilldelademedel",
      "tilldelat",
      "budget",
      "budgeterat",
      "beviljademedel",
      "beviljat",
      "beviljad",
      "beslutadbudget",
    ],
    ["budget", "tilldelade", "beviljade"],
  ],
];

const UNIT_WORDS = /\b(tkr|kr|kronor|sek|ksek|tusental kronor|tusen kronor)\b/gi;
const PARENTHESIS = /\([^)]*\)/g;
const YEARS = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g;

/** The one calendar year a text names ("Budget 2024", "t o m dec. 2016"); null for none or several. */
export function yearInText(text: string): number | null {
  const years = new Set([...text.matchAll(YEARS)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : null;
}

/** Every calendar year a text names. */
export function yearsInText(text: string): number[] {
  return [...new Set([...text.matchAll(YEARS)].map((m) => Number(m[1])))];
}

export function classifyBudgetHeader(text: string): BudgetHeader | null {
  const year = yearInText(text);
  const norm = normalizeKey(
    text.replace(PARENTHESIS, " ").replace(UNIT_WORDS, " ").replace(YEARS, " "),
  );
  if (!norm) return null;
  if (LABELS.has(norm)) return { kind: "label" };
  for (const [kind, prefixes] of WORDS)
    if (prefixes.some((p) => norm.startsWith(p))) return { kind, year };
  for (const [kind, , anywhere] of WORDS)
    if (anywhere.some((p) => norm.includes(p))) return { kind, year };
  return null;
}

/** The unit a header or title names: "Budget (tkr)", "Belopp i tusental kronor", "Utfall, kr". */
export function unitInText(text: string): AmountUnit | null {
  const t = text.toLowerCase();
  if (/\btkr\b|tusental kronor|tusen kronor|\bksek\b/.test(t)) return "tkr";
  if (/\bkr\b|\bkronor\b|\bsek\b/.test(t)) return "kr";
  return null;
}
