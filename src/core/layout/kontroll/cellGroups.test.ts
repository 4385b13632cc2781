import fc from "fast-check";
import { FIRST_CELLS, groupCells, type PlacedCell } from "./cellGroups";
import { moreAddresses } from "./links";

const cell = (sheet: string, cell: string, column = "A"): PlacedCell => ({ sheet, cell, column });

describe("groupCells", () => {
  const item = fc.record({
    key: fc.constantFrom("a", "b", "c"),
    column: fc.constantFrom("Kön", "Insats", "Inskrivningsdatum"),
    row: fc.nat(500),
  });

  test("counts add up, the first five are each key's first items in order, columns count their cells", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const groups = groupCells(
          items,
          (i) => i.key,
          (i) => cell("S", `B${i.row}`, i.column),
        );
        expect(groups.reduce((s, g) => s + g.count, 0)).toBe(items.length);
        // Keys in order of first appearance.
        expect(groups.map((g) => g.key)).toEqual([...new Set(items.map((i) => i.key))]);
        for (const g of groups) {
          const mine = items.filter((i) => i.key === g.key);
          expect(g.count).toBe(mine.length);
          expect(g.first).toEqual(
            mine.slice(0, FIRST_CELLS).map((i) => cell("S", `B${i.row}`, i.column)),
          );
          expect(g.columns.map((c) => c.name)).toEqual([...new Set(mine.map((i) => i.column))]);
          for (const c of g.columns)
            expect(c.count).toBe(mine.filter((i) => i.column === c.name).length);
        }
      }),
    );
  });
});

describe("moreAddresses", () => {
  test("the cells after the first; the sheet named only where it differs from the first's", () => {
    expect(
      moreAddresses([cell("Deltagare", "G5"), cell("Deltagare", "G6"), cell("Budget", "D4")]),
    ).toBe("G6, Budget!D4");
    expect(moreAddresses([cell("Deltagare", "G5")])).toBe("");
  });
});
