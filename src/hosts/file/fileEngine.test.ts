/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FileEngine } from "./fileEngine";

const sample = {
  name: "finsam-exempel.xlsx",
  bytes: new Uint8Array(
    readFileSync(join(__dirname, "..", "..", "..", "samples", "finsam-exempel.xlsx")),
  ),
};
const request = { insatser: [] as string[], sheets: ["resultat" as const], hideSmall: false };

describe("the web page's engine", () => {
  test("the downloaded file is named as the CLI names it: the year, or the range's short label", async () => {
    const engine = new FileEngine("2025-06-01");
    await engine.open([sample]);
    expect(
      (await engine.report({ ...request, period: { from: "2024-01-01", to: "2024-12-31" } }))
        .fileName,
    ).toBe("finsam-exempel-rapport-2024.xlsx");
    const half = await engine.report({
      ...request,
      period: { from: "2024-01-01", to: "2024-06-30" },
    });
    expect([half.fileName, half.sheets[0]]).toEqual([
      "finsam-exempel-rapport-240101–240630.xlsx",
      "Resultat 240101–240630",
    ]);
  }, 30000);

  test("the budget choice is kept for the session and passed to the report; a sheet without budget tables is refused in Swedish", async () => {
    const engine = new FileEngine("2025-06-01");
    const opened = await engine.open([sample]);
    expect([opened.budgetTables, opened.budgetSheet]).toEqual([
      [{ sheet: "Budget", headerRow: 3, year: 2024, unit: "tkr" }],
      null,
    ]);
    expect((await engine.chooseBudget("Budget")).budgetSheet).toBe("Budget");
    const year = { ...request, period: { from: "2024-01-01", to: "2024-12-31" } };
    expect((await engine.report(year)).model.budget?.tables.map((t) => t.sheet)).toEqual([
      "Budget",
    ]);
    // A choice the workbook has no budget table for reads as automatic; asked for in a request, it is refused.
    expect((await engine.chooseBudget("Deltagare")).budgetSheet).toBeNull();
    await expect(engine.report({ ...year, budgetSheet: "Deltagare" })).rejects.toMatchObject({
      name: "ReportOptionsError",
      message: expect.stringMatching(/^Bladet ”Deltagare” har ingen budgettabell/),
    });
  }, 30000);
});
