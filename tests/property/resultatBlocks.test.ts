import fc from "fast-check";
import { layoutReport } from "../../src/core/layout/layoutReport";
import { layoutText as T } from "../../src/core/layout/text.sv";
import { prepareReport } from "../../src/core/report/buildReport";
import type { InsatsReport } from "../../src/core/report/model";
import { prng } from "../../src/samples/synthetic";
import { randomRegister, randomRegisterCase } from "../helpers/randomReport";
import { block } from "../helpers/resultatBlocks";
import { messUpOpenLists } from "../spreadsheet/openListWorkbook";

const BASES: [string, (f: InsatsReport) => number, boolean][] = [
  [T.gender, (f) => f.participants.total, false],
  [T.ageGroup, (f) => f.participants.total, false],
  [T.education, (f) => f.participants.total, false],
  [T.yearsOnBenefits, (f) => f.participants.total, false],
  [T.incomeBefore, (f) => f.participants.total, false],
  [T.incomeAfter, (f) => f.participants.exited, false],
  [T.referrerNew, (f) => f.participants.new, true],
  [T.referrerTotal, (f) => f.participants.total, true],
  [T.municipalityNew, (f) => f.participants.new, true],
  [T.municipalityTotal, (f) => f.participants.total, true],
  [T.outcomesCount, (f) => f.participants.exited, false],
];

describe("Resultat's blocks on random registers", () => {
  test("every block's Summa equals its base figure and the sum of its rows (unless exits have two reasons); open lists show no all-zero row", () => {
    fc.assert(
      fc.property(randomRegisterCase, fc.double({ min: 0, max: 0.6, noNaN: true }), (c, share) => {
        const { grid, period } = randomRegister(c);
        messUpOpenLists(grid.sheets[0].rows, prng(c.seed), share);
        const p = prepareReport(grid, { period, today: "2026-06-01" });
        const sheet = layoutReport(p, grid, { sheets: ["resultat"] }).sheets[0];
        const figures = [...p.model.insatser, p.model.total];
        const twoReasons = p.model.total.exitsWithTwoReasons > 0;
        for (const [title, base, open] of BASES) {
          const rows = block(sheet, title);
          const sum = rows[rows.length - 1];
          const shown = rows.slice(0, -1);
          expect(sum.style).toBe("total");
          expect(sum.cells.map((x) => x.value)).toEqual(figures.map(base));
          const twoReasonBlock = title === T.outcomesCount && twoReasons;
          expect(sum.label).toBe(twoReasonBlock ? T.sumExited : T.sum);
          if (!twoReasonBlock)
            figures.forEach((_, i) =>
              expect(shown.reduce((n, r) => n + Number(r.cells[i].value), 0)).toBe(
                sum.cells[i].value,
              ),
            );
          // A row of zeros in every column: only a closed list's category may be one.
          for (const r of shown)
            if (r.cells.every((x) => x.value === 0))
              expect({ title, label: r.label, open }).toEqual({
                title,
                label: r.label,
                open: false,
              });
          expect(
            shown
              .filter((r) => r.label === "Ej ifyllt eller okänt")
              .every((r) => r.cells.some((x) => x.value !== 0)),
          ).toBe(true);
        }
        // The open lists' rows are the register's spellings, one per value whatever its case or spaces.
        const labels = block(sheet, T.municipalityTotal)
          .slice(0, -1)
          .map((r) => r.label.toLowerCase());
        expect(new Set(labels).size).toBe(labels.length);
        expect(labels.every((l) => l === l.trim() && !l.includes("  "))).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 120000);
});
