import fc from "fast-check";
import { layoutReport } from "../../src/core/layout/layoutReport";
import { readWorkbook } from "../../src/core/readWorkbook";
import { applyRepairs } from "../../src/core/repair/applyRepairs";
import { planRepairs } from "../../src/core/repair/planRepairs";
import { prepareReport } from "../../src/core/report/buildReport";
import { randomRegister, randomRegisterCase } from "../helpers/randomReport";

const today = "2026-01-15";

describe("repairing a register (property)", () => {
  it("keeps every register figure, is idempotent, and leaves no value insatser it could fix", () => {
    fc.assert(
      fc.property(randomRegisterCase, (c) => {
        const { grid, period } = randomRegister(c);
        const parsed = readWorkbook(grid, { today });
        const repairs = planRepairs(parsed, grid);
        const fixed = applyRepairs(grid, repairs);
        const again = readWorkbook(fixed, { today });

        expect(again.register.rows).toEqual(parsed.register.rows);
        expect(again.register.insatser).toEqual(parsed.register.insatser);
        expect(planRepairs(again, fixed)).toEqual([]);

        const before = prepareReport(parsed, { period, today });
        const after = prepareReport(again, { period, today });
        // Every figure the same; only the notes about normalised cells go.
        expect({ ...after.model, issues: [] }).toEqual({ ...before.model, issues: [] });
        // Inside Excel (no rewritten copy), only rows the engine leaves out can still force values.
        const inCopy = layoutReport(before, grid, { canRewriteSource: true }).valueInsatser;
        const repaired = layoutReport(after, fixed, { canRewriteSource: false }).valueInsatser;
        for (const i of repaired) expect(inCopy).toContain(i);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
