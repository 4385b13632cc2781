import fc from "fast-check";
import { cleanText, levenshtein, normalizeKey } from "./text";

describe("text", () => {
  test("normalizeKey ignores case, spaces, punctuation and å/ä/ö", () => {
    expect(normalizeKey("Födelseår (ÅÅÅÅ)")).toBe("fodelsearaaaa");
    expect(normalizeKey("Deltagar-ID")).toBe("deltagarid");
    expect(normalizeKey("Kvinna/Man")).toBe("kvinnaman");
    expect(normalizeKey(" Avslutsorsak ")).toBe(normalizeKey("AVSLUTSORSAK"));
  });

  test("normalizeKey is idempotent and yields only a–z and 0–9", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const k = normalizeKey(s);
        expect(k).toMatch(/^[a-z0-9]*$/);
        expect(normalizeKey(k)).toBe(k);
      }),
    );
  });

  test("cleanText folds non-breaking spaces and trims", () => {
    expect(cleanText("\u00a0 1\u202f044\t493  kr\n")).toBe("1 044 493 kr");
  });

  test("levenshtein is a distance", () => {
    expect(levenshtein("arbette", "arbete")).toBe(1);
    expect(levenshtein("", "abc")).toBe(3);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(levenshtein(a, b)).toBe(levenshtein(b, a));
        expect(levenshtein(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(levenshtein(a, a)).toBe(0);
      }),
    );
  });
});
