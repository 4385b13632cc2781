import type { CellValue } from "../grid";
import { personnummerForm, replacePersonnummer } from "../parse/personnummer";
import { cleanText } from "../parse/text";

/** What is shown instead of a personnummer: issues end up in logs, sheets and screenshots. */
export const MASKED_PERSONNUMMER = "ÅÅMMDD-****";
/** What is shown instead of a name from a column that holds people's names or ids. */
export const MASKED_NAME = "(namn)";

// A name word: a capital letter, then lower-case letters; double names with a hyphen.
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
// An initial: "B" or "B."
const INITIAL = /^\p{Lu}\.?$/u;

/** Capitalised words and initials only, at least one a whole name word, within the word counts. */
function nameWords(text: string, min: number): boolean {
  const words = cleanText(text).split(" ");
  return (
    words.length >= min &&
    words.length <= 4 &&
    words.every((w) => NAME_WORD.test(w) || INITIAL.test(w)) &&
    words.some((w) => NAME_WORD.test(w))
  );
}

/** "Olle Berg", "Anna-Karin Svensson", "Olle B.": two to four capitalised words or initials. */
export function looksLikeFullName(text: string): boolean {
  return nameWords(text, 2);
}

/** In a column of names or ids even one capitalised word ("Olle") may be a name. */
function looksLikeNameInPersonalColumn(text: string): boolean {
  return nameWords(text, 1);
}

/**
 * The one masking rule every value shown to a user passes: a personnummer-like value
 * (any form, any check digit) becomes ÅÅMMDD-****; in a column of names or ids, a value that
 * looks like a name becomes (namn); text that contains a personnummer has it replaced.
 */
export function maskValue(v: CellValue, personalColumn: boolean): CellValue {
  if (v === null || typeof v === "boolean") return v;
  if (personnummerForm(v)) return MASKED_PERSONNUMMER;
  if (typeof v !== "string") return v;
  if (personalColumn && looksLikeNameInPersonalColumn(v)) return MASKED_NAME;
  return replacePersonnummer(v, MASKED_PERSONNUMMER);
}

/**
 * A message or other text with a masked value's own spellings replaced by its mask, and any
 * personnummer left in it masked too.
 */
export function maskText(text: string, original: CellValue, masked: CellValue): string {
  let out = text;
  if (original !== null && original !== masked && typeof original !== "boolean") {
    const forms = new Set(
      [String(original), String(original).trim(), cleanText(String(original))].filter(
        (f) => f.length > 0,
      ),
    );
    for (const f of [...forms].sort((a, b) => b.length - a.length))
      out = out.split(f).join(String(masked));
  }
  return replacePersonnummer(out, MASKED_PERSONNUMMER);
}
