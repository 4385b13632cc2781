import fc from "fast-check";
import { containsPersonnummer, looksLikePersonnummer } from "./personnummer";

/** Check digit by the Luhn rule, computed independently of the code under test. */
function checkDigit(nine: string): number {
  const sum = [...nine].reduce((s, ch, i) => {
    const p = Number(ch) * (i % 2 === 0 ? 2 : 1);
    return s + Math.floor(p / 10) + (p % 10);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const personnummer = fc
  .record({ y: fc.integer({ min: 1920, max: 2010 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), serial: fc.integer({ min: 0, max: 999 }), samordning: fc.boolean() })
  .map(({ y, m, d, serial, samordning }) => {
    const nine = pad(y % 100) + pad(m) + pad(samordning ? d + 60 : d) + pad(serial, 3);
    return { century: String(Math.floor(y / 100)), nine, check: checkDigit(nine) };
  });

describe("personnummer", () => {
  test("valid numbers in every written form are found", () => {
    fc.assert(
      fc.property(personnummer, ({ century, nine, check }) => {
        const ten = nine + check;
        for (const form of [ten, `${ten.slice(0, 6)}-${ten.slice(6)}`, century + ten, `${century}${ten.slice(0, 6)}-${ten.slice(6)}`, ` ${ten} `])
          expect(looksLikePersonnummer(form)).toBe(true);
        expect(looksLikePersonnummer(Number(century + ten))).toBe(true);
        expect(containsPersonnummer(`Pnr ${century}${ten.slice(0, 6)}-${ten.slice(6)}, ring på tisdag`)).toBe(true);
      }),
    );
  });

  test("a wrong check digit is not a personnummer", () => {
    fc.assert(
      fc.property(personnummer, fc.integer({ min: 1, max: 9 }), ({ nine, check }, delta) => {
        expect(looksLikePersonnummer(nine + ((check + delta) % 10))).toBe(false);
      }),
    );
  });

  test.each(["811318-9876", "811200-9874", "12345678901", "1 044 493 kr", "2024-03-05", "45356", "D000123", "19811218", "8112189876543"])("%p is not a personnummer", (v) => {
    expect(looksLikePersonnummer(v)).toBe(false);
  });

  test("known examples", () => {
    expect(looksLikePersonnummer("811218-9876")).toBe(true);
    expect(looksLikePersonnummer("19811218-9876")).toBe(true);
    expect(looksLikePersonnummer("201701102384")).toBe(true);
    expect(looksLikePersonnummer("811218+9876")).toBe(true);
    expect(looksLikePersonnummer(1044493)).toBe(false);
    expect(containsPersonnummer("Telefon 070-123 45 67")).toBe(false);
  });
});
