/** @jest-environment node */
import { syntheticRegister } from "../../samples/synthetic";
import { serialToIso } from "../../core/parse/dates";
import { readWorkbookGrid } from "./xlsx";
import { FileEngine } from "./fileEngine";

jest.setTimeout(60_000);

/** A synthetic register as a semicolon CSV, its dates as ISO text. */
function csvRegister(): Uint8Array {
  const rows = syntheticRegister({ rows: 40, seed: 3, fromYear: 2024, toYear: 2024 }).rows;
  const text = rows
    .map((r) =>
      r
        .map((v, c) =>
          v === null ? "" : (c === 6 || c === 7) && typeof v === "number" ? serialToIso(v) : v,
        )
        .join(";"),
    )
    .join("\n");
  return new TextEncoder().encode(text);
}

describe("the web page's engine on a .csv register", () => {
  test("checks it and downloads a new .xlsx with the register as values and the report", async () => {
    const engine = new FileEngine("2025-06-01");
    const overview = await engine.open([{ name: "team.csv", bytes: csvRegister() }]);
    expect(overview.registerSheets.map((s) => s.name)).toEqual(["team"]);
    const result = await engine.report({
      insatser: overview.insatser,
      sheets: ["resultat"],
      hideSmall: false,
      period: { from: "2024-01-01", to: "2024-12-31" },
    });
    expect(result.fileName).toBe("team-rapport-2024.xlsx");
    expect(result.reportOnlyFileName).toBe("team-rapport-2024-endast-rapport.xlsx");
    expect(result.model.total.participants.total).toBe(40);
    // The download is a workbook: the register sheet (named after the file) and the report.
    const sheets = readWorkbookGrid(result.bytes!, "team-rapport-2024.xlsx").sheets.map(
      (s) => s.name,
    );
    expect(sheets[0]).toBe("team");
    expect(sheets).toContain("Resultat 2024");
  });
});
