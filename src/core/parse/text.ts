const SPACES = /[\u00a0\u202f\u2007\t\r\n\s]+/g;

/** Trims and folds every kind of space (non-breaking ones too) to a single plain space. */
export function cleanText(s: string): string {
  return s.replace(SPACES, " ").trim();
}

const FOLD: Record<string, string> = { å: "a", ä: "a", à: "a", á: "a", â: "a", ö: "o", ø: "o", ó: "o", é: "e", è: "e", ê: "e", ü: "u", ú: "u" };
const NOT_KEY = /[^a-z0-9]/g;
const ACCENTED = /[åäàáâöøóéèêüú]/g;

/**
 * The form used to compare header names and category labels: lower case,
 * å/ä → a, ö → o, and nothing but letters and digits ("Födelseår (ÅÅÅÅ)" → "fodelsearaaaa").
 */
export function normalizeKey(s: string): string {
  return s.toLowerCase().replace(ACCENTED, (ch) => FOLD[ch]).replace(NOT_KEY, "");
}

/** Edit distance (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
