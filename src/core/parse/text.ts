/** Every character JavaScript counts as white space (\s), non-breaking ones included. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True when s has no leading, trailing, doubled or non-plain spaces, i.e. cleanText would return it unchanged. */
function isClean(s: string): boolean {
  let prevSpace = true; // a leading space is not clean
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (isSpace(c)) return false;
    else prevSpace = false;
  }
  return !prevSpace || s.length === 0;
}

/** Char code of the first non-space character, or -1 for a blank string: lets parsers reject text before cleaning it. */
export function firstVisibleChar(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpace(c)) return c;
  }
  return -1;
}

/**
 * Trims and folds every run of white space (tabs, newlines, U+00A0, U+202F, U+2007)
 * to one plain space.
 */
export function cleanText(s: string): string {
  // Most cells are already clean: skip the allocation.
  if (isClean(s)) return s;
  let out = "";
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    if (i > start) out = out === "" ? s.slice(start, i) : out + " " + s.slice(start, i);
  }
  return out;
}

/** Folded forms of the accented letters normalizeKey keeps, upper and lower case. */
const FOLD = new Map<number, string>();
for (const [letters, to] of [
  ["åäàá", "a"],
  ["öø", "o"],
  ["éè", "e"],
  ["ü", "u"],
]) {
  for (const ch of letters + letters.toUpperCase()) FOLD.set(ch.charCodeAt(0), to);
}

/**
 * The form used to compare header names and category labels: lower case,
 * å/ä/à/á → a, ö/ø → o, é/è → e, ü → u, and nothing but a–z and 0–9
 * ("Födelseår (ÅÅÅÅ)" → "fodelsearaaaa").
 */
export function normalizeKey(s: string): string {
  let out = "";
  let runStart = 0; // start of a run of characters kept as they are
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (runStart < i) out += s.slice(runStart, i);
    runStart = i + 1;
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c >= 128) {
      const f = FOLD.get(c);
      if (f !== undefined) out += f;
      else {
        // Same result as lower-casing the whole string first: a few letters lower-case
        // to ASCII (U+212A KELVIN SIGN → k, U+212B ANGSTROM SIGN → å).
        const lower = s[i].toLowerCase();
        if (lower !== s[i]) out += normalizeKey(lower);
      }
    }
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

/** Edit distance (insertions, deletions, substitutions), over UTF-16 code units. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  // A shared prefix and suffix never change the distance; dropping them keeps the table small.
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start))
    start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(start + i - 1);
    for (let j = 1; j <= m; j++) {
      const cost = ca === b.charCodeAt(start + j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}
