import fc from "fast-check";
import {
  amountUnit,
  formatAmount,
  formatCount,
  formatIssueValue,
  formatShare,
  NBSP,
  THIN,
} from "./format";

const plain = (s: string) => s.replaceAll(THIN, "").replaceAll(NBSP, " ");
const tables = [
  { sheet: "Budget", headerRow: 3, unit: "tkr" as const },
  { sheet: "Budget", headerRow: 20, unit: "kr" as const },
];

describe("pane formatting", () => {
  test("counts: the digits unchanged, grouped in threes from the right with a narrow no-break space", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const s = formatCount(n);
        expect(plain(s)).toBe(String(n));
        const groups = s.replace("-", "").split(THIN);
        expect(groups.slice(1).every((g) => g.length === 3)).toBe(true);
        expect(groups[0].length).toBeGreaterThanOrEqual(1);
        expect(groups[0].length).toBeLessThanOrEqual(3);
        expect(s).not.toContain(" ");
      }),
    );
  });

  test("amounts: as in the sheets, the unit after a no-break space, no breakable space", () => {
    expect(formatAmount(1284000, "kr")).toBe(`1${THIN}284${THIN}000${NBSP}kr`);
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom("kr", "tkr"), (n, u) => {
        const s = formatAmount(n, u as "kr" | "tkr");
        expect(s).toBe(`${formatCount(n)}${NBSP}${u}`);
        expect(s).not.toContain(" ");
      }),
    );
    expect(plain(formatAmount(1250.5, "tkr"))).toBe("1250,5 tkr");
  });

  test("shares: whole per cent as the sheets' 0 %, a dash for none", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
        expect(formatShare(x)).toBe(`${Math.round(x * 100)}${NBSP}%`);
      }),
    );
    expect(formatShare(null)).toBe("–");
  });

  test("an amount's unit: the header's own, else the nearest budget table above on the sheet, else kr", () => {
    expect(amountUnit({ sheet: "Budget", row: 5, column: "Differens" }, tables)).toBe("tkr");
    expect(amountUnit({ sheet: "Budget", row: 25, column: "Differens" }, tables)).toBe("kr");
    expect(amountUnit({ sheet: "Budget", row: 25, column: "Utfall (tkr)" }, tables)).toBe("tkr");
    expect(amountUnit({ sheet: "Kostnad", row: 5, column: "Kostnad" }, tables)).toBe("kr");
  });

  test("issue values: budget amounts with their unit, dates as yyyy-mm-dd, the rest as typed", () => {
    const at = { sheet: "Budget", row: 30, column: "Differens" };
    expect(formatIssueValue({ ...at, code: "BUDGET-DIFF", value: 1284000 }, tables)).toBe(
      formatAmount(1284000, "kr"),
    );
    expect(formatIssueValue({ ...at, row: 4, code: "BUDGET-TOTAL", value: 241 }, tables)).toBe(
      `241${NBSP}tkr`,
    );
    // Excel's serial 1 is 1900-01-01 with its 1900 leap-year bug: serials from 61 on are days since 1899-12-30.
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const iso = new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
        const reg = { sheet: "Deltagare", row: 5, column: "Startdatum" };
        expect(formatIssueValue({ ...reg, code: "REG-START-FUTURE", value: serial }, [])).toBe(iso);
      }),
    );
    const reg = { sheet: "Deltagare", row: 5, column: "Ålder" };
    expect(formatIssueValue({ ...reg, code: "REG-AGE-RANGE", value: 241 }, tables)).toBe("241");
    expect(formatIssueValue({ ...reg, code: "REG-DATE-UNREADABLE", value: "31/2" }, [])).toBe(
      "31/2",
    );
    expect(formatIssueValue({ ...reg, code: "REG-ID-MISSING", value: null }, [])).toBe("");
  });
});
