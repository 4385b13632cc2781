import fc from "fast-check";
import { parseNumber, parseWholeNumber, unsignedSv } from "./numbers";

/** Writes a number the Swedish way, in one of the styles people type. */
function writeSv(n: number, opts: { group: string; decimal: string; minus: string }): string {
  const [int, dec] = Math.abs(n)
    .toFixed(n % 1 === 0 ? 0 : 2)
    .split(".");
  const grouped = opts.group === "" ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, opts.group);
  return (n < 0 ? opts.minus : "") + grouped + (dec ? opts.decimal + dec : "");
}
const style = fc.record({
  group: fc.constantFrom("", " ", "\u00a0", "\u202f"),
  decimal: fc.constantFrom(",", "."),
  minus: fc.constantFrom("-", "\u2212", "- "),
});
const anyCell = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({
    unit: fc.constantFrom("1", "0", "9", " ", ",", ".", "-", "\u2212", "\u00a0", "e", "a"),
    maxLength: 14,
  }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

describe("parseNumber", () => {
  test.each([
    ["1985", 1985],
    [" 1985 ", 1985],
    ["1 985", 1985],
    ["1\u00a0985", 1985],
    ["1\u202f985", 1985],
    ["1 044 493", 1044493],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["1 985,25", 1985.25],
    ["0,5", 0.5],
    ["007", 7],
    ["-3", -3],
    ["- 3", -3],
    ["\u22123", -3],
    ["-1 985,5", -1985.5],
    ["-0", 0],
    ["123456789012345678901", 1.2345678901234568e20],
  ])("%p → %p", (text, value) =>
    expect(parseNumber(text)).toEqual({ ok: true, value, normalized: true }),
  );

  test.each([
    "tre",
    "1985a",
    "19 85",
    "1 98",
    "1 985 0",
    "12,",
    ",5",
    ".5",
    "1,2,3",
    "1.2.3",
    "1 985.000.1",
    "+3",
    "--3",
    "3-",
    "1e5",
    "0x10",
    "Infinity",
    "NaN",
    "-",
    "1 0000",
    "1234 567",
    "9".repeat(400),
  ])("%p is not a number", (text) => expect(parseNumber(text)).toEqual({ ok: false }));

  test("numbers are taken as they are, except NaN and infinities; booleans are not numbers", () => {
    expect(parseNumber(3.25)).toEqual({ ok: true, value: 3.25, normalized: false });
    expect(parseNumber(-7)).toEqual({ ok: true, value: -7, normalized: false });
    expect(parseNumber(Number.NaN)).toEqual({ ok: false });
    expect(parseNumber(Infinity)).toEqual({ ok: false });
    expect(parseNumber(-Infinity)).toEqual({ ok: false });
    expect(parseNumber(true)).toEqual({ ok: false });
    expect(parseNumber(false)).toEqual({ ok: false });
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) =>
        expect(parseNumber(x)).toEqual({ ok: true, value: x, normalized: false }),
      ),
    );
  });

  test("blank is null", () => {
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber("")).toBeNull();
    expect(parseNumber(" \u00a0\t")).toBeNull();
  });

  test("never throws; ok values are finite", () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = parseNumber(v);
        if (r === null) expect(v === null || (typeof v === "string" && v.trim() === "")).toBe(true);
        else if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
    );
  });

  test("a number written the Swedish way reads back as the same number", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e12, max: 1e12 }),
          fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
        ),
        style,
        (n, st) => {
          const r = parseNumber(writeSv(n, st));
          expect(r).toEqual({
            ok: true,
            value: n === 0 ? 0 : Number(n.toFixed(2)),
            normalized: true,
          });
        },
      ),
    );
  });

  test("integers as plain text read back", () => {
    fc.assert(
      fc.property(fc.integer(), (n) =>
        expect(parseNumber(String(n))).toEqual({ ok: true, value: n, normalized: true }),
      ),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), (n) =>
        expect(parseNumber(String(n))).toEqual({
          ok: true,
          value: Number(String(n)),
          normalized: true,
        }),
      ),
    );
  });

  test("text with a letter in it is never a number", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom("a", "k", "x", "E", "å"),
        fc.string(),
        (a, letter, b) => {
          expect(parseNumber(a + letter + b)).toEqual({ ok: false });
        },
      ),
    );
  });
});

describe("unsignedSv", () => {
  // The same grammar as a regex, as an oracle for the hand-written scanner.
  const GRAMMAR = /^(?:\d{1,3}(?: \d{3})+|\d+)(?:[,.]\d+)?$/;
  test("accepts exactly the strings of the grammar, with their value", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("0", "1", "5", "9", " ", ",", ".", "-"), maxLength: 16 }),
        (s) => {
          const v = unsignedSv(s);
          if (GRAMMAR.test(s)) expect(v).toBe(Number(s.replace(/ /g, "").replace(",", ".")));
          else expect(v).toBeNaN();
        },
      ),
    );
  });
});

describe("parseWholeNumber", () => {
  test("rejects decimals, accepts whole numbers as numbers or text", () => {
    expect(parseWholeNumber(3.5)).toEqual({ ok: false });
    expect(parseWholeNumber("3,5")).toEqual({ ok: false });
    expect(parseWholeNumber("1 985")).toEqual({ ok: true, value: 1985, normalized: true });
    expect(parseWholeNumber("12,0")).toEqual({ ok: true, value: 12, normalized: true });
    expect(parseWholeNumber(1985)).toEqual({ ok: true, value: 1985, normalized: false });
    expect(parseWholeNumber(Number.NaN)).toEqual({ ok: false });
    expect(parseWholeNumber(true)).toEqual({ ok: false });
    expect(parseWholeNumber(null)).toBeNull();
    expect(parseWholeNumber("  ")).toBeNull();
  });

  test("is parseNumber restricted to integers", () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const n = parseNumber(v);
        const w = parseWholeNumber(v);
        if (n === null) expect(w).toBeNull();
        else if (n.ok && Number.isInteger(n.value)) expect(w).toEqual(n);
        else expect(w).toEqual({ ok: false });
      }),
    );
  });

  test("integers as text read back", () => {
    fc.assert(
      fc.property(fc.integer(), (n) =>
        expect(parseWholeNumber(String(n))).toEqual({ ok: true, value: n, normalized: true }),
      ),
    );
  });
});
