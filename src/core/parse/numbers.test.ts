import fc from "fast-check";
import { parseNumber, parseWholeNumber } from "./numbers";

describe("parseNumber", () => {
  test.each([
    ["1985", 1985],
    [" 1985 ", 1985],
    ["1 985", 1985],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["-3", -3],
    ["\u22123", -3],
  ])("%p → %p", (text, value) => expect(parseNumber(text)).toEqual({ ok: true, value, normalized: true }));

  test.each(["tre", "1985a", "19 85", "", "   "])("%p is not a number (or blank)", (text) => {
    const r = parseNumber(text);
    if (text.trim() === "") expect(r).toBeNull();
    else expect(r).toEqual({ ok: false });
  });

  test("numbers as text read back; whole numbers reject decimals", () => {
    fc.assert(fc.property(fc.integer(), (n) => expect(parseWholeNumber(String(n))).toEqual({ ok: true, value: n, normalized: true })));
    expect(parseWholeNumber(3.5)).toEqual({ ok: false });
    expect(parseWholeNumber(Number.NaN)).toEqual({ ok: false });
    expect(parseWholeNumber(true)).toEqual({ ok: false });
  });
});
