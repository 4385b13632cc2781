import { readWorkbook } from "./readWorkbook";
import { validateWorkbook } from "./validateWorkbook";

describe("workbooks without a register or budget", () => {
  test("an empty workbook gives one clear error", () => {
    const r = validateWorkbook({ sheets: [{ name: "Blad1", rows: [] }] });
    expect(r.issues.map((i) => [i.code, i.severity, i.sheet, i.cell])).toEqual([
      ["WB-EMPTY", "error", "Blad1", "A1"],
    ]);
  });

  test("a workbook with other content gives one message naming its sheets", () => {
    const r = validateWorkbook({
      sheets: [
        {
          name: "Inköp",
          rows: [
            ["Vara", "Pris"],
            ["Penna", 10],
          ],
        },
      ],
    });
    expect(r.issues.map((i) => i.code)).toEqual(["WB-NOTHING-FOUND"]);
    expect(r.issues[0].message).toContain("”Inköp”");
    expect(r.register.rows).toBe(0);
    expect(r.budget).toBeNull();
  });

  test("today defaults to the current date", () => {
    const d = new Date();
    const r = readWorkbook({ sheets: [] });
    expect(r.today).toBeGreaterThan(45000);
    expect(new Date(Date.UTC(1899, 11, 30) + r.today * 86400000).getUTCFullYear()).toBe(
      d.getFullYear(),
    );
  });
});
