import fc from "fast-check";
import { formatAmountSv, parseAmount } from "./amounts";

describe("parseAmount", () => {
  test.each([
    ["1 044 493 kr", 1044493, "kr"],
    ["1044493 kr", 1044493, "kr"],
    ["1 044 493 kronor", 1044493, "kr"],
    ["1 044 493 SEK", 1044493, "kr"],
    ["4 920:-", 4920, "kr"],
    ["- 4 920 kr", -4920, "kr"],
    ["-4 920 kr", -4920, "kr"],
    ["\u22124 920", -4920, null],
    ["(4 920)", -4920, null],
    ["- kr", 0, "kr"],
    ["-", 0, null],
    ["– kr", 0, "kr"],
    ["1 250 tkr", 1250, "tkr"],
    ["1 250 Tkr", 1250, "tkr"],
    ["1250 tkr.", 1250, "tkr"],
    ["1 250,5 tkr", 1250.5, "tkr"],
    ["1\u00a0044\u00a0493 kr", 1044493, "kr"],
    ["1\u202f044 kr", 1044, "kr"],
    ["1.044.493", 1044493, null],
    ["12.5", 12.5, null],
  ])("%p → %p %p", (text, value, unit) => {
    expect(parseAmount(text)).toEqual({ ok: true, value, unit, normalized: true });
  });

  test("numbers are taken as they are", () => {
    expect(parseAmount(1528)).toEqual({ ok: true, value: 1528, unit: null, normalized: false });
  });

  test.each(["abc", "12 kr 13", "1,2,3", "kr", "1 04 493", "Infinity"])("%p is not an amount", (text) => {
    expect(parseAmount(text)).toEqual({ ok: false });
  });

  test("blank is null; nothing throws", () => {
    expect(parseAmount(null)).toBeNull();
    expect(parseAmount("  ")).toBeNull();
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (v) => void parseAmount(v)));
  });

  test("an amount formatted the Swedish way reads back as the same number and unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), fc.constantFrom("kr" as const, "tkr" as const), (n, unit) => {
        expect(parseAmount(formatAmountSv(n, unit))).toEqual({ ok: true, value: n, unit, normalized: true });
      }),
    );
  });

  test("formatAmountSv groups thousands with spaces", () => {
    expect(formatAmountSv(1044493, "kr")).toBe("1 044 493 kr");
    expect(formatAmountSv(-4920, "kr")).toBe("-4 920 kr");
    expect(formatAmountSv(1250.5, "tkr")).toBe("1 250,5 tkr");
    expect(formatAmountSv(0, "tkr")).toBe("0 tkr");
  });
});
