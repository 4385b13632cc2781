import type { SheetGrid } from "../grid";
import { findHeaderRow, type HeaderRow } from "../headerRow";
import type { AmountUnit } from "../parse/amounts";
import { normalizeKey } from "../parse/text";
import type { BudgetColumn } from "./types";

const INSATS = new Set(["insats", "insatser", "team", "samordningsteam", "verksamhet", "enhet", "projekt"]);
// Checked in this order: "Budgetavvikelse" is a difference, not a budget.
const PREFIXES: [BudgetColumn, string[]][] = [
  ["difference", ["differens", "avvikelse", "budgetavvikelse", "diff", "aterstaende", "kvarmedel"]],
  ["actual", ["anvandamedel", "anvantmedel", "anvantamedel", "utfall", "forbrukat", "forbrukademedel", "faktiskkostnad"]],
  ["budget", ["tilldeladmedel", "tilldelademedel", "tilldelat", "budget", "budgeterat", "beviljademedel", "beviljat"]],
];
const UNIT_WORDS = /\b(tkr|kr|kronor|sek|tusental kronor|tusen kronor)\b/gi;
const PARENTHESIS = /\([^)]*\)/g;

export function classifyBudgetHeader(text: string): BudgetColumn | null {
  const norm = normalizeKey(text.replace(PARENTHESIS, " ").replace(UNIT_WORDS, " "));
  if (!norm) return null;
  if (INSATS.has(norm)) return "insats";
  for (const [column, prefixes] of PREFIXES) if (prefixes.some((p) => norm.startsWith(p))) return column;
  if (norm.includes("differens") || norm.includes("avvikelse")) return "difference";
  return null;
}

/** The unit a header or title names: "Budget (tkr)", "Belopp i tusental kronor", "Utfall, kr". */
export function unitInText(text: string): AmountUnit | null {
  const t = text.toLowerCase();
  if (/\btkr\b|tusental kronor|tusen kronor|\bksek\b/.test(t)) return "tkr";
  if (/\bkr\b|\bkronor\b|\bsek\b/.test(t)) return "kr";
  return null;
}

export function detectBudgetHeader(sheet: SheetGrid): HeaderRow<BudgetColumn> | null {
  return findHeaderRow(sheet, classifyBudgetHeader, (c) => c.insats !== undefined && c.budget !== undefined && c.actual !== undefined);
}
