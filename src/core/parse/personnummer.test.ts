import fc from "fast-check";
import {
  containsPersonnummer,
  looksLikePersonnummer,
  personnummerForm,
  replacePersonnummer,
} from "./personnummer";

/** Luhn check digit for the nine digits YYMMDDNNN, computed independently of the code under test. */
function checkDigit(nine: string): number {
  const sum = [...nine].reduce((s, ch, i) => {
    const p = Number(ch) * (i % 2 === 0 ? 2 : 1);
    return s + Math.floor(p / 10) + (p % 10);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

/** Independent oracle for a bare 10-digit string. */
function validTen(ten: string): boolean {
  const month = Number(ten.slice(2, 4));
  const day = Number(ten.slice(4, 6));
  return (
    month >= 1 &&
    month <= 12 &&
    ((day >= 1 && day <= 31) || (day >= 61 && day <= 91)) &&
    checkDigit(ten.slice(0, 9)) === Number(ten[9])
  );
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** A valid personnummer (or samordningsnummer) from a random date and birth number. */
const personnummer = fc
  .record({
    y: fc.integer({ min: 1800, max: 2099 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    serial: fc.integer({ min: 0, max: 999 }),
    samordning: fc.boolean(),
  })
  .map(({ y, m, d, serial, samordning }) => {
    const nine = pad(y % 100) + pad(m) + pad(samordning ? d + 60 : d) + pad(serial, 3);
    const ten = nine + checkDigit(nine);
    return { century: String(Math.floor(y / 100)), ten };
  });

const anyTen = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 10, maxLength: 10 });
/** Ten digits near the valid ones: months 0–13, days 0–95, any check digit (about one in ten valid). */
const nearTen = fc
  .tuple(
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 95 }),
    fc.integer({ min: 0, max: 9999 }),
  )
  .map(([y, m, d, rest]) => pad(y) + pad(m) + pad(d) + pad(rest, 4));

const dash = (ten: string, sep = "-") => `${ten.slice(0, 6)}${sep}${ten.slice(6)}`;

describe("looksLikePersonnummer", () => {
  test("known examples", () => {
    expect(checkDigit("811218987")).toBe(6); // the test helper itself
    expect(looksLikePersonnummer("811218-9876")).toBe(true);
    expect(looksLikePersonnummer("8112189876")).toBe(true);
    expect(looksLikePersonnummer("19811218-9876")).toBe(true);
    expect(looksLikePersonnummer("198112189876")).toBe(true);
    expect(looksLikePersonnummer("811218+9876")).toBe(true);
    expect(looksLikePersonnummer("201701102384")).toBe(true);
    expect(looksLikePersonnummer("20170110-2384")).toBe(true);
    expect(looksLikePersonnummer(" 811218-9876 ")).toBe(true);
    expect(looksLikePersonnummer("\u00a0811218-9876\t")).toBe(true);
    expect(looksLikePersonnummer("701063-2391")).toBe(true); // samordningsnummer, day 3 + 60
    expect(looksLikePersonnummer(8112189876)).toBe(true);
    expect(looksLikePersonnummer(198112189876)).toBe(true);
  });

  test("valid numbers in every written form are recognised", () => {
    fc.assert(
      fc.property(personnummer, ({ century, ten }) => {
        for (const form of [
          ten,
          dash(ten),
          dash(ten, "+"),
          century + ten,
          century + dash(ten),
          ` ${ten} `,
          `  ${century}${dash(ten)}\u00a0`,
        ])
          expect(looksLikePersonnummer(form)).toBe(true);
        expect(looksLikePersonnummer(Number(century + ten))).toBe(true);
        if (ten[0] !== "0") expect(looksLikePersonnummer(Number(ten))).toBe(true);
      }),
    );
  });

  test("any single wrong digit outside the century is caught", () => {
    fc.assert(
      fc.property(
        personnummer,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        ({ century, ten }, pos, delta, twelve) => {
          const wrong = ten.slice(0, pos) + ((Number(ten[pos]) + delta) % 10) + ten.slice(pos + 1);
          expect(looksLikePersonnummer(twelve ? century + dash(wrong) : wrong)).toBe(false);
        },
      ),
    );
  });

  test("agrees with an independent oracle on any 10 digits", () => {
    fc.assert(
      fc.property(fc.oneof(anyTen, nearTen), (ten) => {
        expect(looksLikePersonnummer(ten)).toBe(validTen(ten));
        expect(looksLikePersonnummer(dash(ten))).toBe(validTen(ten));
        expect(looksLikePersonnummer("19" + ten)).toBe(validTen(ten));
      }),
    );
  });

  test("twelve digits need the century 18, 19 or 20", () => {
    fc.assert(
      fc.property(personnummer, fc.integer({ min: 0, max: 99 }), ({ ten }, century) => {
        const ok = century >= 18 && century <= 20;
        expect(looksLikePersonnummer(pad(century) + ten)).toBe(ok);
        expect(looksLikePersonnummer(pad(century) + dash(ten))).toBe(ok);
      }),
    );
  });

  test.each([
    ["8112", true], // boundaries that are fine: month 12, 01; day 01, 31, 61, 91
    ["8101", true],
    ["811201", true],
    ["811231", true],
    ["811261", true],
    ["811291", true],
    ["8113", false], // month 13
    ["8100", false], // month 00
    ["811200", false], // day 00
    ["811232", false], // day 32
    ["811260", false], // day 60
    ["811292", false], // day 92
  ])("date part %p with a correct check digit: %p", (prefix, ok) => {
    const nine = (prefix.length === 4 ? prefix + "18" : prefix) + "987";
    const ten = nine + checkDigit(nine);
    expect(looksLikePersonnummer(ten)).toBe(ok);
    expect(looksLikePersonnummer("19" + dash(ten))).toBe(ok);
  });

  test.each([
    "811318-9876", // month 13
    "811218-9877", // wrong check digit
    "8112-18-9876",
    "81121-89876",
    "811218--9876",
    "12345678901",
    "1234567890123",
    "8112189876543",
    "21811218-9876",
    "17811218-9876",
    "19811218+-9876",
    "1 044 493 kr",
    "2024-03-05",
    "20240305",
    "45356",
    "D000123",
    "19811218",
    "",
    "Kvinna",
    "Telefon 0701234567",
  ])("%p is not a personnummer", (v) => {
    expect(looksLikePersonnummer(v)).toBe(false);
  });

  test("numbers other than 10- or 12-digit integers are not personnummer", () => {
    expect(looksLikePersonnummer(1044493)).toBe(false);
    expect(looksLikePersonnummer(45356)).toBe(false);
    expect(looksLikePersonnummer(8112189876.5)).toBe(false);
    expect(looksLikePersonnummer(81121898761)).toBe(false); // 11 digits
    expect(looksLikePersonnummer(-8112189876)).toBe(false);
    expect(looksLikePersonnummer(Number.NaN)).toBe(false);
    expect(looksLikePersonnummer(true)).toBe(false);
    expect(looksLikePersonnummer(null)).toBe(false);
  });

  test("never throws; nothing shorter than 10 or with other characters is accepted", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.double(),
          fc.integer(),
          fc.boolean(),
          fc.constant(null),
        ),
        (v) => {
          const r = looksLikePersonnummer(v);
          if (
            typeof v === "string" &&
            !/^\s*\d{6}(?:\d{2})?[-+ \u2010\u2011\u2013\u2014\u2212]?(?:\d{4}|[A-Za-z]\d{3})\s*$/.test(
              v,
            )
          )
            expect(r).toBe(false);
          if (
            typeof v === "number" &&
            !(Number.isInteger(v) && [9, 10, 12].includes(String(v).length))
          )
            expect(r).toBe(false);
        },
      ),
    );
  });
});

describe("the forms that leaked", () => {
  test("a space, an en dash or a minus sign before the last four; a T-number; a wrong check digit", () => {
    for (const v of [
      "811218 9876",
      "811218–9876",
      "19811218–9876",
      "811218\u22129876",
      "850312-T231",
      "19850312T231",
    ])
      expect(personnummerForm(v)).toBe("valid");
    // A mistyped personnummer still identifies someone: found, as its own kind.
    expect(personnummerForm("811218-9877")).toBe("check-digit");
    expect(personnummerForm("811318-9877")).toBeNull(); // month 13: not a date
  });

  test("born 2000–2009 and stored as a number: the leading zero is lost, nine digits remain", () => {
    fc.assert(
      fc.property(personnummer, ({ ten }) => {
        // Born 2000 (two zeros lost) leaves eight digits, as many amounts have: not guessed at.
        if (ten[0] === "0" && ten[1] !== "0") expect(personnummerForm(Number(ten))).toBe("valid");
      }),
    );
    expect(personnummerForm(503121234)).toBe(validTen("0503121234") ? "valid" : null);
    expect(personnummerForm(123456789)).toBeNull();
  });

  test("masking replaces every form inside text, and nothing else", () => {
    expect(
      replacePersonnummer(
        "Olle 850312 1231 och 19811218-9876, tel 070-123 45 67, 2024-03-05",
        "ÅÅMMDD-****",
      ),
    ).toBe("Olle ÅÅMMDD-**** och ÅÅMMDD-****, tel 070-123 45 67, 2024-03-05");
  });
});

describe("containsPersonnummer", () => {
  test("finds a personnummer inside free text", () => {
    fc.assert(
      fc.property(
        personnummer,
        fc.constantFrom("Pnr ", "Deltagare ", "(", ""),
        fc.constantFrom(", ring på tisdag", ")", ""),
        ({ century, ten }, before, after) => {
          expect(containsPersonnummer(`${before}${century}${dash(ten)}${after}`)).toBe(true);
          expect(containsPersonnummer(`${before}${ten}${after}`)).toBe(true);
        },
      ),
    );
  });

  test("ignores numbers that are not personnummer", () => {
    expect(containsPersonnummer("Telefon 070-123 45 67")).toBe(false);
    expect(containsPersonnummer("Budget 1 044 493 kr")).toBe(false);
    expect(containsPersonnummer("Start 2024-03-05")).toBe(false);
    expect(containsPersonnummer("811218-9877")).toBe(false);
    expect(containsPersonnummer("kort")).toBe(false);
  });
});
