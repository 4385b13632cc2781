import fc from "fast-check";
import { cleanText, firstVisibleChar, levenshtein, normalizeKey } from "./text";

/** Strings rich in the characters the functions treat specially. */
const messy = fc.string({
  unit: fc.constantFrom(
    " ",
    "  ",
    "\t",
    "\n",
    "\r",
    "\u00a0",
    "\u202f",
    "\u2007",
    "\u3000",
    "a",
    "B",
    "å",
    "Ä",
    "Ö",
    "ø",
    "É",
    "è",
    "ü",
    "à",
    "Á",
    "â",
    "ß",
    "İ",
    "\u212a",
    "\u212b",
    "-",
    "/",
    "(",
    "1",
    "9",
    "😀",
  ),
  maxLength: 30,
});
const anyString = fc.oneof(fc.string(), fc.string({ unit: "binary" }), messy);

describe("cleanText", () => {
  test("folds non-breaking spaces, tabs and newlines to single spaces and trims", () => {
    expect(cleanText("\u00a0 1\u202f044\t493  kr\n")).toBe("1 044 493 kr");
    expect(cleanText("a\u2007b\r\nc")).toBe("a b c");
    expect(cleanText("   ")).toBe("");
    expect(cleanText("")).toBe("");
    expect(cleanText("Kvinna")).toBe("Kvinna");
  });

  test("agrees with a regex reference on any string, and is idempotent", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const c = cleanText(s);
        expect(c).toBe(s.replace(/\s+/g, " ").trim());
        expect(cleanText(c)).toBe(c);
        expect(c).not.toMatch(/^ | $| {2}|[\t\n\r\u00a0\u202f\u2007]/);
      }),
    );
  });

  test("firstVisibleChar is the first character of the cleaned text", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const c = cleanText(s);
        expect(firstVisibleChar(s)).toBe(c === "" ? -1 : c.charCodeAt(0));
      }),
    );
  });
});

describe("normalizeKey", () => {
  test("ignores case, spaces, punctuation and folds å/ä/ö and friends", () => {
    expect(normalizeKey("Födelseår (ÅÅÅÅ)")).toBe("fodelsearaaaa");
    expect(normalizeKey("Deltagar-ID")).toBe("deltagarid");
    expect(normalizeKey("Kvinna/Man")).toBe("kvinnaman");
    expect(normalizeKey(" Avslutsorsak ")).toBe(normalizeKey("AVSLUTSORSAK"));
    expect(normalizeKey("Café Ølstué à la Müller")).toBe("cafeolstuealamuller");
    expect(normalizeKey("ÀÁÄÅÖØÉÈÜ")).toBe("aaaaooeeu");
    expect(normalizeKey("âçß 2024")).toBe("2024");
    expect(normalizeKey("")).toBe("");
    expect(normalizeKey("kvinna")).toBe("kvinna");
  });

  test("agrees with the specification written as regexes, on any string", () => {
    const reference = (s: string) =>
      s
        .toLowerCase()
        .replace(/[åäàá]/g, "a")
        .replace(/[öø]/g, "o")
        .replace(/[éè]/g, "e")
        .replace(/ü/g, "u")
        .replace(/[^a-z0-9]/g, "");
    fc.assert(fc.property(anyString, (s) => expect(normalizeKey(s)).toBe(reference(s))));
  });

  test("yields only a–z and 0–9 and is idempotent", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const k = normalizeKey(s);
        expect(k).toMatch(/^[a-z0-9]*$/);
        expect(normalizeKey(k)).toBe(k);
      }),
    );
  });
});

describe("levenshtein", () => {
  /** Textbook full-table distance, as an independent oracle. */
  function reference(a: string, b: string): number {
    const t = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        t[i][j] = Math.min(
          t[i - 1][j] + 1,
          t[i][j - 1] + 1,
          t[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
    return t[a.length][b.length];
  }
  const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "å", "ä"), maxLength: 10 });

  test("known distances", () => {
    expect(levenshtein("arbette", "arbete")).toBe(1);
    expect(levenshtein("", "abc")).toBe(3);
    expect(levenshtein("abc", "")).toBe(3);
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("studier", "studeri")).toBe(2);
    expect(levenshtein("flaw", "lawn")).toBe(2);
  });

  test("matches the textbook algorithm", () => {
    fc.assert(fc.property(word, word, (a, b) => expect(levenshtein(a, b)).toBe(reference(a, b))));
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) =>
        expect(levenshtein(a, b)).toBe(reference(a, b)),
      ),
    );
  });

  test("is a metric", () => {
    fc.assert(
      fc.property(word, word, word, (a, b, c) => {
        const ab = levenshtein(a, b);
        expect(ab).toBe(levenshtein(b, a));
        expect(ab === 0).toBe(a === b);
        expect(ab).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(ab).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(levenshtein(a, c)).toBeLessThanOrEqual(ab + levenshtein(b, c));
      }),
    );
  });
});
