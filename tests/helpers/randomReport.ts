import fc from "fast-check";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { syntheticRegister } from "../../src/samples/synthetic";

/** A random synthetic register and period, with some genders blanked or unknown. */
export const randomRegisterCase = fc.record({
  rows: fc.integer({ min: 0, max: 250 }),
  seed: fc.integer(),
  messiness: fc.double({ min: 0, max: 0.3, noNaN: true }),
  from: fc.integer({ min: 2021, max: 2025 }),
  months: fc.integer({ min: 1, max: 24 }),
  blankGender: fc.integer({ min: 0, max: 20 }),
});

export type RandomRegisterCase =
  typeof randomRegisterCase extends fc.Arbitrary<infer T> ? T : never;

export function randomRegister(c: RandomRegisterCase): {
  grid: WorkbookGrid;
  period: { from: string; to: string };
} {
  const sheet = syntheticRegister({
    rows: c.rows,
    seed: c.seed,
    messiness: c.messiness,
    fromYear: 2020,
    toYear: 2025,
  });
  const gender = (sheet.rows[0] as CellValue[]).indexOf("Kön");
  // Every blankGender-th participant without a gender (0: none blanked).
  if (c.blankGender > 0)
    sheet.rows.forEach((r, i) => {
      if (i > 0 && i % c.blankGender === 0) r[gender] = null;
    });
  const to = new Date(Date.UTC(c.from, c.months, 0)).toISOString().slice(0, 10);
  return { grid: { sheets: [sheet] }, period: { from: `${c.from}-01-01`, to } };
}
