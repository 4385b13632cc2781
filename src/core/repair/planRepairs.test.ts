import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import { a1, type WorkbookGrid } from "../grid";
import { readWorkbook } from "../readWorkbook";
import { FORMATS } from "../layout/sheetSpec";
import { applyRepairs } from "./applyRepairs";
import { planRepairs } from "./planRepairs";
import { previewRepairs } from "./preview";
import type { Repair } from "./types";

const today = "2025-06-01";
const plan = (grid: WorkbookGrid) => planRepairs(readWorkbook(grid, { today }), grid);
const at = (repairs: Repair[], cell: string) => repairs.find((r) => a1(r.row, r.col) === cell);

// Header on row 1: participant i sits on spreadsheet row i + 1.
const messy = workbook(
  registerSheet([
    participant(1, { start: "5/3/2024", gender: "kvinna" }),
    participant(2, { insats: "Samordningsteam Norra ", id: " D0002 " }),
    participant(3, { birthYear: "1985", end: serial("2024-06-01"), exit: " arbete " }),
    participant(4, { municipality: "Fagersta  ", end: "  " }),
    participant(5, { gender: "Kvinnna", start: "31/02/2024" }),
    participant(6, { id: "D0007 " }),
    participant(7, { id: " D0007" }),
  ]),
);

describe("planRepairs", () => {
  const repairs = plan(messy);

  it("turns a text date into a date with a date format", () => {
    expect(at(repairs, "G2")).toMatchObject({
      rule: "date",
      before: "5/3/2024",
      after: serial("2024-03-05"),
      numFmt: FORMATS.date,
    });
  });

  it("gives closed-list values the category's label", () => {
    expect(at(repairs, "C2")).toMatchObject({ rule: "category", after: "Kvinna" });
    expect(at(repairs, "I4")).toMatchObject({ rule: "category", after: "Arbete" });
  });

  it("turns whole numbers typed as text into numbers", () => {
    expect(at(repairs, "D4")).toMatchObject({ rule: "number", before: "1985", after: 1985 });
  });

  it("trims ids, insatser and open-list values, keeping their spelling", () => {
    expect(at(repairs, "A3")).toMatchObject({ rule: "trim", after: "D0002" });
    expect(at(repairs, "B3")).toMatchObject({ rule: "trim", after: "Samordningsteam Norra" });
    expect(at(repairs, "E5")).toMatchObject({ rule: "trim", after: "Fagersta" });
    expect(at(repairs, "H5")).toMatchObject({ rule: "blank", after: null });
  });

  it("never touches a cell that needs a human decision", () => {
    expect(at(repairs, "C6")).toBeUndefined(); // unknown category
    expect(at(repairs, "G6")).toBeUndefined(); // impossible date
    expect(at(repairs, "A8")).toBeUndefined(); // a duplicate id
  });

  it("is empty once applied, and the register reads the same", () => {
    const fixed = applyRepairs(messy, repairs);
    expect(plan(fixed)).toEqual([]);
    expect(readWorkbook(fixed, { today }).register.rows).toEqual(
      readWorkbook(messy, { today }).register.rows,
    );
  });
});

describe("previewRepairs", () => {
  const repairs = plan(messy);

  it("counts each rule and shows its first cells before → after", () => {
    const groups = previewRepairs(repairs, new Set(), 2);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(repairs.length);
    for (const g of groups) {
      const mine = repairs.filter((r) => r.rule === g.rule);
      expect(g.count).toBe(mine.length);
      expect(g.examples.map((e) => e.cell)).toEqual(mine.slice(0, 2).map((r) => a1(r.row, r.col)));
    }
    expect(groups.find((g) => g.rule === "date")!.examples[0]).toMatchObject({
      sheet: "Deltagare",
      before: "5/3/2024",
      after: serial("2024-03-05"),
    });
  });

  it("masks names and personnummer in personal columns", () => {
    const grid = workbook(registerSheet([participant(1, { id: "Olle Berg " })]));
    const parsed = readWorkbook(grid, { today });
    const [g] = previewRepairs(planRepairs(parsed, grid), parsed.personalColumns);
    expect(g.rule).toBe("trim");
    expect(JSON.stringify(g.examples)).not.toContain("Olle");
  });
});
