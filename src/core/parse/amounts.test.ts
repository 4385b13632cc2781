import fc from "fast-check";
import { formatAmountSv, parseAmount, type AmountUnit } from "./amounts";

const anyCell = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({
    unit: fc.constantFrom(
      "1",
      "0",
      "9",
      " ",
      ",",
      ".",
      "-",
      "\u2013",
      "(",
      ")",
      ":-",
      "kr",
      "tkr",
      "SEK",
      "\u00a0",
      "a",
    ),
    maxLength: 12,
  }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

/** Groups digits in threes with the given separator, independently of the code under test. */
function group(int: string, sep: string): string {
  let out = "";
  for (let i = 0; i < int.length; i++)
    out += (i > 0 && (int.length - i) % 3 === 0 ? sep : "") + int[i];
  return out;
}

describe("parseAmount", () => {
  test.each<[string, number, AmountUnit | null]>([
    ["1 044 493 kr", 1044493, "kr"],
    ["1044493 kr", 1044493, "kr"],
    ["1044493kr", 1044493, "kr"],
    ["1 044 493 KR", 1044493, "kr"],
    ["1 044 493 kr.", 1044493, "kr"],
    ["1 044 493 kronor", 1044493, "kr"],
    ["1 044 493 SEK", 1044493, "kr"],
    ["1 044 493 sek", 1044493, "kr"],
    ["4 920:-", 4920, "kr"],
    ["4 920 :-", 4920, "kr"],
    ["- 4 920 kr", -4920, "kr"],
    ["-4 920 kr", -4920, "kr"],
    ["\u22124 920", -4920, null],
    ["\u2013 4 920 kr", -4920, "kr"],
    ["(4 920)", -4920, null],
    ["(4 920) kr", -4920, "kr"],
    ["(4 920 kr)", -4920, "kr"],
    ["- kr", 0, "kr"],
    ["-kr", 0, "kr"],
    ["-", 0, null],
    ["\u2013", 0, null],
    ["\u2013 kr", 0, "kr"],
    ["- tkr", 0, "tkr"],
    ["-0 kr", 0, "kr"],
    ["0", 0, null],
    ["1 250 tkr", 1250, "tkr"],
    ["1 250 Tkr", 1250, "tkr"],
    ["1 250 TKR", 1250, "tkr"],
    ["1250 tkr.", 1250, "tkr"],
    ["1 250,5 tkr", 1250.5, "tkr"],
    ["1 250 tusen kronor", 1250, "tkr"],
    ["1\u00a0044\u00a0493 kr", 1044493, "kr"],
    ["1\u202f044 kr", 1044, "kr"],
    ["1\u2007044\u00a0kr", 1044, "kr"],
    [" 1 044 493 kr\n", 1044493, "kr"],
    ["1.044.493", 1044493, null],
    ["1.044.493 kr", 1044493, "kr"],
    ["12.044.493,50 kr", 12044493.5, "kr"],
    ["1.044", 1.044, null],
    ["12.5", 12.5, null],
    ["12,50", 12.5, null],
    ["1 044 493,75", 1044493.75, null],
  ])("%p → %p %p", (text, value, unit) => {
    expect(parseAmount(text)).toEqual({ ok: true, value, unit, normalized: true });
  });

  test("numbers are taken as they are", () => {
    expect(parseAmount(1528)).toEqual({ ok: true, value: 1528, unit: null, normalized: false });
    expect(parseAmount(-4920.5)).toEqual({
      ok: true,
      value: -4920.5,
      unit: null,
      normalized: false,
    });
    expect(parseAmount(Number.NaN)).toEqual({ ok: false });
    expect(parseAmount(Infinity)).toEqual({ ok: false });
    expect(parseAmount(true)).toEqual({ ok: false });
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) =>
        expect(parseAmount(x)).toEqual({ ok: true, value: x, unit: null, normalized: false }),
      ),
    );
  });

  test.each([
    "abc",
    "12 kr 13",
    "1,2,3",
    "kr",
    "tkr",
    ":-",
    "1 04 493",
    "1 0444",
    "1.04.493",
    "1.044.49",
    "1.044,5",
    "123.456,75",
    "1.044,493.5",
    "Infinity",
    "NaN",
    "1e5",
    "kr 100",
    "SEK 100",
    "100 mkr",
    "100 euro",
    "(-4 920)",
    "(4 920",
    "4 920)",
    "()",
    "--4 920",
    "4 920-",
    "+4 920",
    "#N/A",
    "ca 5 000 kr",
    "5 000 kr kr",
    "9".repeat(400),
  ])("%p is not an amount", (text) => {
    expect(parseAmount(text)).toEqual({ ok: false });
  });

  test("blank is null", () => {
    expect(parseAmount(null)).toBeNull();
    expect(parseAmount("")).toBeNull();
    expect(parseAmount("  \u00a0\t")).toBeNull();
  });

  test("never throws; null only for blanks; ok values are finite and strings are normalized", () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = parseAmount(v);
        expect(r === null).toBe(v === null || (typeof v === "string" && v.trim() === ""));
        if (r !== null && r.ok) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.normalized).toBe(typeof v === "string");
          expect([null, "kr", "tkr"]).toContain(r.unit);
        }
      }),
    );
  });

  test("an amount written any supported way reads back as its value and unit", () => {
    const suffix = fc.constantFrom<[string, AmountUnit | null]>(
      ["", null],
      [" kr", "kr"],
      ["kr", "kr"],
      [" KR", "kr"],
      [" kr.", "kr"],
      [" kronor", "kr"],
      [" SEK", "kr"],
      [":-", "kr"],
      [" tkr", "tkr"],
      [" Tkr", "tkr"],
      [" tkr.", "tkr"],
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 1e12 }),
          fc.integer({ min: 0, max: 1e9 }).map((c) => c / 100),
        ),
        fc.constantFrom(" ", "\u00a0", "\u202f", "", "."),
        fc.constantFrom("", "-", "- ", "\u2212", "\u2013 ", "(", "(-"),
        suffix,
        fc.constantFrom(",", "."),
        (n, sep, sign, [unitText, unit], decimalSep) => {
          const [int, dec] = n.toFixed(Number.isInteger(n) ? 0 : 2).split(".");
          // Dots group thousands only with at least two groups, and then decimals take a comma.
          fc.pre(sep !== "." || int.length >= 7);
          const body = group(int, sep) + (dec ? (sep === "." ? "," : decimalSep) + dec : "");
          const negative = sign !== "" && n !== 0;
          if (sign === "(-") {
            expect(parseAmount(`(-${body})${unitText}`)).toEqual({ ok: false });
            return;
          }
          const text = sign === "(" ? `(${body})${unitText}` : `${sign}${body}${unitText}`;
          expect(parseAmount(text)).toEqual({
            ok: true,
            value: negative ? -n : n,
            unit,
            normalized: true,
          });
        },
      ),
    );
  });

  test("parentheses and a leading minus mean the same negative amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e10 }), fc.constantFrom("kr", "tkr"), (n, unit) => {
        const plain = formatAmountSv(n, unit as AmountUnit);
        expect(parseAmount(`(${plain})`)).toEqual(parseAmount("-" + plain));
      }),
    );
  });
});

describe("formatAmountSv", () => {
  test("groups thousands with plain spaces and a decimal comma", () => {
    expect(formatAmountSv(1044493, "kr")).toBe("1 044 493 kr");
    expect(formatAmountSv(-4920, "kr")).toBe("-4 920 kr");
    expect(formatAmountSv(1250.5, "tkr")).toBe("1 250,5 tkr");
    expect(formatAmountSv(1250.05, "tkr")).toBe("1 250,05 tkr");
    expect(formatAmountSv(0.1 + 0.2, "kr")).toBe("0,3 kr");
    expect(formatAmountSv(999, "kr")).toBe("999 kr");
    expect(formatAmountSv(1000, "kr")).toBe("1 000 kr");
    expect(formatAmountSv(100000, "kr")).toBe("100 000 kr");
    expect(formatAmountSv(0, "tkr")).toBe("0 tkr");
    expect(formatAmountSv(-0, "kr")).toBe("0 kr");
    expect(formatAmountSv(-0.001, "kr")).toBe("0 kr");
    expect(formatAmountSv(2.999, "kr")).toBe("3 kr");
  });

  test("uses only plain spaces, never non-breaking ones", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.constantFrom<AmountUnit>("kr", "tkr"),
        (n, unit) => {
          expect(formatAmountSv(n, unit)).toMatch(/^-?\d{1,3}(?: \d{3})*(?:,\d{1,2})? (?:kr|tkr)$/);
        },
      ),
    );
  });

  test("a formatted amount reads back as the same number and unit", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e10, max: 1e10 }),
          fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
          fc.maxSafeInteger(),
        ),
        fc.constantFrom<AmountUnit>("kr", "tkr"),
        (n, unit) => {
          expect(parseAmount(formatAmountSv(n, unit))).toEqual({
            ok: true,
            value: n === 0 ? 0 : n,
            unit,
            normalized: true,
          });
        },
      ),
    );
  });

  test("a random amount is rounded to whole cents", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const r = parseAmount(formatAmountSv(n, "kr"));
        if (r === null || !r.ok) throw new Error(`not read back: ${formatAmountSv(n, "kr")}`);
        expect(Math.abs(r.value - n)).toBeLessThanOrEqual(0.005 + 1e-6);
      }),
    );
  });
});
