import fc from "fast-check";
import { isoToSerial, parseDate, serialToIso, serialToYmd, ymdToSerial } from "./dates";

const LAST_SERIAL = 2958465;
const DAY_MS = 86400000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Independent oracle: the serial by way of Date, which rolls impossible dates over (we check that it did not). */
function referenceSerial(y: number, m: number, d: number): number | null {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  const serial = Math.round((t.getTime() - EXCEL_EPOCH_MS) / DAY_MS);
  return y >= 1900 && y <= 9999 && serial >= 61 ? serial : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const validDate = fc.integer({ min: 61, max: LAST_SERIAL }).map((s) => {
  const t = new Date(EXCEL_EPOCH_MS + s * DAY_MS);
  return { serial: s, y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
});
const recentDate = validDate.filter(({ y }) => y >= 2000 && y <= 2099);

const anyCell = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({
    unit: fc.constantFrom(
      "0",
      "1",
      "2",
      "3",
      "9",
      "-",
      "/",
      ".",
      ":",
      " ",
      "T",
      "e",
      "a",
      "mars",
      "sept",
      "\u00a0",
    ),
    maxLength: 14,
  }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const MONTHS_FULL = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];
const MONTHS_SHORT = [
  "jan",
  "feb",
  "mar",
  "apr",
  "maj",
  "jun",
  "jul",
  "aug",
  "sep",
  "okt",
  "nov",
  "dec",
];

describe("Excel serials", () => {
  test("known anchors of the 1900 system", () => {
    expect(ymdToSerial(1900, 3, 1)).toBe(61);
    expect(ymdToSerial(1900, 1, 1)).toBeNull(); // before 1900-03-01: distorted by Excel's fake leap day
    expect(ymdToSerial(1900, 2, 28)).toBeNull();
    expect(ymdToSerial(1900, 2, 29)).toBeNull();
    expect(ymdToSerial(2024, 3, 5)).toBe(45356);
    expect(ymdToSerial(1970, 1, 1)).toBe(25569);
    expect(ymdToSerial(9999, 12, 31)).toBe(LAST_SERIAL);
    expect(ymdToSerial(2024, 2, 29)).toBe(45351);
    expect(ymdToSerial(2000, 2, 29)).toBe(36585);
  });

  test("impossible or out-of-range dates have no serial", () => {
    expect(ymdToSerial(2025, 2, 31)).toBeNull();
    expect(ymdToSerial(2023, 2, 29)).toBeNull();
    expect(ymdToSerial(2100, 2, 29)).toBeNull();
    expect(ymdToSerial(2024, 4, 31)).toBeNull();
    expect(ymdToSerial(2024, 13, 1)).toBeNull();
    expect(ymdToSerial(2024, 0, 1)).toBeNull();
    expect(ymdToSerial(2024, 1, 0)).toBeNull();
    expect(ymdToSerial(1899, 12, 31)).toBeNull();
    expect(ymdToSerial(10000, 1, 1)).toBeNull();
    expect(ymdToSerial(2024.5, 1, 1)).toBeNull();
    expect(ymdToSerial(Number.NaN, 1, 1)).toBeNull();
  });

  test("ymdToSerial agrees with Date for any year, month and day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 10010 }),
        fc.integer({ min: -1, max: 14 }),
        fc.integer({ min: -1, max: 33 }),
        (y, m, d) => {
          expect(ymdToSerial(y, m, d)).toBe(referenceSerial(y, m, d));
        },
      ),
    );
  });

  test("serial → date → serial round trips, by parts and by ISO text", () => {
    fc.assert(
      fc.property(validDate, ({ serial, y, m, d }) => {
        expect(serialToYmd(serial)).toEqual({ y, m, d });
        expect(ymdToSerial(y, m, d)).toBe(serial);
        const iso = serialToIso(serial);
        expect(iso).toBe(`${y}-${pad(m)}-${pad(d)}`);
        expect(isoToSerial(iso)).toBe(serial);
      }),
    );
  });

  test("consecutive serials are consecutive days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: LAST_SERIAL - 1 }), (s) => {
        const a = serialToYmd(s);
        const b = serialToYmd(s + 1);
        const next =
          a.d < daysIn(a.y, a.m)
            ? { ...a, d: a.d + 1 }
            : a.m < 12
              ? { y: a.y, m: a.m + 1, d: 1 }
              : { y: a.y + 1, m: 1, d: 1 };
        expect(b).toEqual(next);
      }),
    );
  });

  test("a time of day is dropped", () => {
    expect(serialToIso(45356.99)).toBe("2024-03-05");
    expect(serialToYmd(45356.5)).toEqual({ y: 2024, m: 3, d: 5 });
  });

  test("serials below 61 read as Excel shows them", () => {
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(59)).toBe("1900-02-28");
    expect(serialToIso(60)).toBe("1900-02-29");
    expect(serialToIso(61)).toBe("1900-03-01");
  });

  test("isoToSerial is strict", () => {
    expect(isoToSerial("2024-03-05")).toBe(45356);
    for (const s of [
      "2024-3-5",
      "2024/03/05",
      " 2024-03-05",
      "2024-03-05 ",
      "20240305",
      "2024-02-30",
      "2024-13-01",
      "abcd-ef-gh",
      "2024-03-0x",
      "+024-03-05",
      "",
    ])
      expect(isoToSerial(s)).toBeNull();
  });
});

describe("parseDate", () => {
  test("never throws; null only for blanks; results are well formed", () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = parseDate(v);
        const blank = v === null || (typeof v === "string" && v.trim() === "");
        expect(r === null).toBe(blank);
        if (r === null) return;
        if (r.ok) {
          expect(Number.isInteger(r.serial)).toBe(true);
          expect(r.serial).toBeGreaterThanOrEqual(1);
          expect(r.serial).toBeLessThanOrEqual(LAST_SERIAL);
          expect(r.normalized).toBe(typeof v === "string");
        } else expect(["unreadable", "impossible"]).toContain(r.reason);
        if (typeof v === "boolean") expect(r).toEqual({ ok: false, reason: "unreadable" });
      }),
    );
  });

  test("numbers are serials; a time of day is dropped", () => {
    expect(parseDate(45356)).toEqual({ ok: true, serial: 45356, normalized: false });
    expect(parseDate(45356.75)).toEqual({ ok: true, serial: 45356, normalized: false });
    expect(parseDate(1)).toEqual({ ok: true, serial: 1, normalized: false });
    expect(parseDate(LAST_SERIAL + 0.9)).toEqual({
      ok: true,
      serial: LAST_SERIAL,
      normalized: false,
    });
    for (const n of [0, 0.5, -1, LAST_SERIAL + 1, Infinity, -Infinity])
      expect(parseDate(n)).toEqual({ ok: false, reason: "impossible" });
    expect(parseDate(Number.NaN)).toEqual({ ok: false, reason: "unreadable" });
    expect(parseDate(true)).toEqual({ ok: false, reason: "unreadable" });
  });

  test("any number is accepted exactly when its integer part is in 1..2958465", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: -10, max: 3e6, noNaN: true }), fc.integer({ min: -5, max: 3e6 })),
        (x) => {
          const serial = Math.floor(x);
          const expected =
            serial >= 1 && serial <= LAST_SERIAL
              ? { ok: true, serial, normalized: false }
              : { ok: false, reason: "impossible" };
          expect(parseDate(x)).toEqual(expected);
        },
      ),
    );
  });

  test.each([
    ["2024-03-05", 45356],
    ["2024-3-5", 45356],
    ["2024/03/05", 45356],
    ["2024.03.05", 45356],
    ["2024-03-05 00:00:00", 45356],
    ["2024-03-05T00:00:00", 45356],
    ["2024-03-05 23:59", 45356],
    ["05/03/2024 13:45", 45356],
    ["2024-03-05T13:45:10.250", 45356],
    ["20240305", 45356],
    ["5/3/2024", 45356],
    ["05/03/2024", 45356],
    ["05.03.2024", 45356],
    ["5.3.2024", 45356],
    ["5-3-2024", 45356],
    ["05-03-2024", 45356],
    ["5/3/24", 45356],
    ["05.03.24", 45356],
    ["5/3/99", ymdToSerial(2099, 3, 5)],
    ["5 mars 2024", 45356],
    ["5 Mar 2024", 45356],
    ["5 MARS 2024", 45356],
    ["5:e mars 2024", 45356],
    ["1:a maj 2024", 45413],
    ["2:a maj 2024", 45414],
    ["05 sept. 2024", 45540],
    ["5 sep 2024", 45540],
    ["5 Sept 2024", 45540],
    ["5 september 2024", 45540],
    ["5 okt. 2024", 45570],
    ["31 december 2024", 45657],
    ["\u00a05  MARS\t2024 ", 45356],
    ["45356", 45356],
    [" 45356 ", 45356],
    ["00061", 61],
  ])("text %p is read as serial %p", (text, serial) => {
    expect(parseDate(text)).toEqual({ ok: true, serial, normalized: true });
  });

  test.each([
    "31/02/2025",
    "2024-13-01",
    "2024-02-30",
    "2023-02-29",
    "29.02.2023",
    "31/04/2024",
    "0/3/2024",
    "5/0/2024",
    "32 mars 2024",
    "0 mars 2024",
    "29 feb 2023",
    "20241301",
    "20240230",
    "1899-12-31",
    "1900-02-28",
    "2024-03-05 24:00",
    "05/03/2024 25:00",
    "2024-03-05 12:60",
    "00000",
  ])("%p is impossible, never rolled over", (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: "impossible" });
  });

  test.each([
    "snart",
    "mars 2024",
    "5 mars",
    "2024",
    "5 marsipan 2024",
    "5 constructor 2024",
    "1/2/3/4",
    "2024-03/05",
    "5/3-2024",
    "5/3/2024/",
    "5/3/202",
    "24-03-05",
    "2024-03-05T",
    "2024-03-05 kl 12",
    "123456",
    "4535",
    "-45356",
    "45356,5",
    "2024-03-05Z",
    "mars 5 2024",
    "5 mars 24",
    "1e5",
    "#N/A",
  ])("%p is unreadable", (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: "unreadable" });
  });

  test("blank cells are null", () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate("")).toBeNull();
    expect(parseDate(" \u00a0\t\n")).toBeNull();
  });

  test("every valid date written in any supported form reads back as the same serial", () => {
    fc.assert(
      fc.property(
        validDate,
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(
          (s: string) => s,
          (s: string) => s.toUpperCase(),
          (s: string) => s[0].toUpperCase() + s.slice(1),
        ),
        ({ serial, y, m, d }, form, casing) => {
          const text = [
            `${y}-${pad(m)}-${pad(d)}`,
            `${y}-${m}-${d}`,
            `${y}/${pad(m)}/${pad(d)}`,
            `${y}-${pad(m)}-${pad(d)} 00:00:00`,
            `${y}-${pad(m)}-${pad(d)}T12:30:00`,
            `${y}${pad(m)}${pad(d)}`,
            `${d}/${m}/${y}`,
            `${pad(d)}.${pad(m)}.${y}`,
            `${d}-${m}-${y}`,
            `${d} ${casing(MONTHS_FULL[m - 1])} ${y}`,
            `${pad(d)} ${casing(MONTHS_SHORT[m - 1])}. ${y}`,
            `${d}:${d <= 2 ? "a" : "e"} ${casing(MONTHS_FULL[m - 1])} ${y}`,
            `${d} ${casing(MONTHS_SHORT[m - 1])} ${y}`,
          ][form];
          expect(parseDate(text)).toEqual({ ok: true, serial, normalized: true });
        },
      ),
    );
  });

  test("two-digit years always mean 20yy", () => {
    fc.assert(
      fc.property(recentDate, fc.constantFrom("/", "."), ({ serial, y, m, d }, sep) => {
        expect(parseDate(`${d}${sep}${m}${sep}${pad(y % 100)}`)).toEqual({
          ok: true,
          serial,
          normalized: true,
        });
      }),
    );
  });

  test("a serial written as five digits of text reads as that serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10000, max: 99999 }), (s) =>
        expect(parseDate(String(s))).toEqual({ ok: true, serial: s, normalized: true }),
      ),
    );
  });

  test("a day past the end of its month is impossible in every form", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 4 }),
        (y, m, over, form) => {
          const d = daysIn(y, m) + over;
          const text = [
            `${y}-${pad(m)}-${pad(d)}`,
            `${d}/${m}/${y}`,
            `${pad(d)}.${pad(m)}.${y}`,
            `${d} ${MONTHS_FULL[m - 1]} ${y}`,
            `${y}${pad(m)}${pad(d)}`,
          ][form];
          expect(parseDate(text)).toEqual({ ok: false, reason: "impossible" });
        },
      ),
    );
  });

  test("a month past 12 is impossible", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2200 }),
        fc.integer({ min: 13, max: 99 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          expect(parseDate(`${y}-${m}-${d}`)).toEqual({ ok: false, reason: "impossible" });
          expect(parseDate(`${d}/${m}/${y}`)).toEqual({ ok: false, reason: "impossible" });
        },
      ),
    );
  });

  test("text that does not start with a digit is never a date", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => !/^\s*\d/.test(s) && s.trim() !== ""),
        (s) => {
          expect(parseDate(s)).toEqual({ ok: false, reason: "unreadable" });
        },
      ),
    );
  });
});
