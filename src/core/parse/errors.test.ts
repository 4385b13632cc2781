import fc from "fast-check";
import { isErrorValue } from "./errors";

const ERRORS = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

/** Random upper/lower case per character. */
const recased = (s: string, flips: boolean[]) =>
  [...s].map((ch, i) => (flips[i % flips.length] ? ch.toLowerCase() : ch)).join("");
const space = fc.string({
  unit: fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u202f"),
  maxLength: 3,
});

describe("isErrorValue", () => {
  test.each(ERRORS)("%p is an error value", (e) => {
    expect(isErrorValue(e)).toBe(true);
  });

  test("any casing and surrounding white space is still the error", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ERRORS),
        fc.array(fc.boolean(), { minLength: 1 }),
        space,
        space,
        (e, flips, before, after) => {
          expect(isErrorValue(before + recased(e, flips) + after)).toBe(true);
        },
      ),
    );
  });

  test.each([
    "#N/A!",
    "N/A",
    "#",
    "#REF",
    "# N/A",
    "#N/A x",
    "x #N/A",
    "#DIV/0",
    "#NAME",
    "#GETTING_DATA!",
    "#NA",
    "",
    "   ",
    "Kvinna",
    "##N/A",
  ])("%p is not an error value", (s) => {
    expect(isErrorValue(s)).toBe(false);
  });

  test("only exact error texts count; other cell values never do", () => {
    const upper = new Set(ERRORS);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.constantFrom(...ERRORS).map((e) => e + "x"),
        ),
        (s) => {
          expect(isErrorValue(s)).toBe(upper.has(s.trim().toUpperCase()));
        },
      ),
    );
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.boolean(), fc.constant(null)), (v) =>
        expect(isErrorValue(v)).toBe(false),
      ),
    );
  });
});
