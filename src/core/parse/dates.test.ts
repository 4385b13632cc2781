import fc from "fast-check";
import { isoToSerial, parseDate, serialToIso, serialToYmd, ymdToSerial } from "./dates";

const anyCell = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
const validDate = fc.date({ min: new Date("1900-03-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => ({
  y: d.getUTCFullYear(),
  m: d.getUTCMonth() + 1,
  d: d.getUTCDate(),
}));
const pad = (n: number) => String(n).padStart(2, "0");

describe("Excel serials", () => {
  test("known anchors of the 1900 system", () => {
    expect(ymdToSerial(1900, 3, 1)).toBe(61);
    expect(ymdToSerial(2024, 3, 5)).toBe(45356);
    expect(serialToIso(45356)).toBe("2024-03-05");
    expect(ymdToSerial(2025, 2, 31)).toBeNull();
    expect(ymdToSerial(2024, 2, 29)).toBe(45351);
    expect(ymdToSerial(2023, 2, 29)).toBeNull();
    expect(isoToSerial("2024-3-5")).toBeNull();
  });

  test("serial → date → serial round trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (s) => {
        const { y, m, d } = serialToYmd(s);
        expect(ymdToSerial(y, m, d)).toBe(s);
        expect(isoToSerial(serialToIso(s))).toBe(s);
      }),
    );
  });
});

describe("parseDate", () => {
  test("never throws, and answers null only for blanks", () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = parseDate(v);
        if (r === null) expect(v === null || (typeof v === "string" && v.trim() === "")).toBe(true);
      }),
    );
  });

  test.each([
    ["2024-03-05", 45356],
    ["2024-3-5", 45356],
    ["2024/03/05", 45356],
    ["2024-03-05 00:00:00", 45356],
    ["2024-03-05T00:00:00", 45356],
    ["20240305", 45356],
    ["5/3/2024", 45356],
    ["05/03/2024", 45356],
    ["05.03.2024", 45356],
    ["5.3.2024", 45356],
    ["5-3-2024", 45356],
    ["5/3/24", 45356],
    ["5 mars 2024", 45356],
    ["5 Mar 2024", 45356],
    ["5:e mars 2024", 45356],
    ["1:a maj 2024", 45413],
    ["05 sept. 2024", 45540],
    ["\u00a05 MARS 2024 ", 45356],
    ["45356", 45356],
  ])("text %p is read as serial %p", (text, serial) => {
    expect(parseDate(text)).toEqual({ ok: true, serial, normalized: true });
  });

  test("numbers are serials; a time of day is dropped", () => {
    expect(parseDate(45356)).toEqual({ ok: true, serial: 45356, normalized: false });
    expect(parseDate(45356.75)).toEqual({ ok: true, serial: 45356, normalized: false });
  });

  test.each(["31/02/2025", "2024-13-01", "2024-02-30", "29.02.2023", "32 mars 2024"])("%p is impossible, never rolled over", (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: "impossible" });
  });

  test.each(["snart", "mars 2024", "5 mars", "2024", "5 marsipan 2024", "1/2/3/4"])("%p is unreadable", (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: "unreadable" });
  });

  test("every valid date written in any supported form reads back as the same serial", () => {
    const months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
    fc.assert(
      fc.property(validDate, fc.integer({ min: 0, max: 4 }), ({ y, m, d }, form) => {
        const text = [`${y}-${pad(m)}-${pad(d)}`, `${d}/${m}/${y}`, `${pad(d)}.${pad(m)}.${y}`, `${d} ${months[m - 1]} ${y}`, `${y}${pad(m)}${pad(d)}`][form];
        expect(parseDate(text)).toEqual({ ok: true, serial: ymdToSerial(y, m, d), normalized: true });
      }),
    );
  });
});
