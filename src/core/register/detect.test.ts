import { validateWorkbook } from "../validateWorkbook";
import {
  HEADERS,
  participant,
  registerSheet,
  serial,
  workbook,
} from "../../../tests/helpers/registerGrid";
import type { CellValue } from "../grid";

describe("register sheets", () => {
  test("header below title rows and notes is found, and row numbers stay the spreadsheet's", () => {
    const sheet = registerSheet([participant(1), participant(2, { exit: "Arbete" })], {
      titleRows: [
        ["Deltagarregister 2024"],
        ["Samordningsförbundet Västra"],
        [],
        ["Uppdaterad 2025-01-10 av verksamhetsledaren"],
      ],
    });
    const r = validateWorkbook(workbook(sheet), { today: "2025-06-01" });
    expect(r.register.sheets).toEqual([{ name: "Deltagare", headerRow: 5, rows: 2 }]);
    const exitNoDate = r.issues.find((i) => i.code === "REG-EXIT-NO-DATE")!;
    expect(exitNoDate.cell).toBe("H7");
    expect(exitNoDate.row).toBe(7);
  });

  test("a header below 20 rows of instructions is found (it gave a silent 0-participant report)", () => {
    const titles: CellValue[][] = Array.from({ length: 40 }, (_, i) => [
      `Instruktion ${i + 1}: fyll i en rad per deltagare`,
    ]);
    const r = validateWorkbook(
      workbook(registerSheet([participant(1), participant(2)], { titleRows: titles })),
    );
    expect(r.register.sheets).toEqual([{ name: "Deltagare", headerRow: 41, rows: 2 }]);
  });

  test("the search stops where data starts: a header-like row under data is not a header", () => {
    const data: CellValue[][] = Array.from({ length: 25 }, (_, i) => [`x${i}`, i, 45000 + i]);
    const r = validateWorkbook(workbook(registerSheet([participant(1)], { titleRows: data })));
    expect(r.register.sheets).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(["WB-NOTHING-FOUND"]);
  });

  test("columns in any order with unknown extra columns; empty rows inside the data do not end it", () => {
    const headers = ["Kommentar", "Inskriven", "ID", "Team", "Handläggare"];
    const rows: CellValue[][] = [
      ["x", serial("2024-01-10"), "A1", "Team Syd", "Eva"],
      [],
      [null, null, null, null, null],
      [null, serial("2024-03-10"), "A2", "Team Syd", null],
    ];
    const r = validateWorkbook(workbook({ name: "Blad1", rows: [headers, ...rows] }), {
      today: "2025-01-01",
    });
    expect(r.register.rows).toBe(2);
    expect(r.register.columns.start).toEqual({ header: "Inskriven", sheet: "Blad1", column: "B" });
    expect(r.register.columns.insats).toEqual({ header: "Team", sheet: "Blad1", column: "D" });
    expect(r.register.insatser).toEqual(["Team Syd"]);
  });

  test("several register sheets are combined, insatser in order of appearance", () => {
    const a = registerSheet([participant(1, { insats: "Team A" })], { name: "Team A 2024" });
    const b = registerSheet(
      [participant(2, { insats: "Team B" }), participant(3, { insats: "team a " })],
      { name: "Team B 2024" },
    );
    const r = validateWorkbook(workbook(a, b), { today: "2025-01-01" });
    expect(r.register.rows).toBe(3);
    expect(r.register.insatser).toEqual(["Team A", "Team B"]);
    const norm = r.issues.filter((i) => i.code === "REG-VALUE-NORMALIZED");
    expect(norm.map((i) => [i.sheet, i.cell, i.severity])).toEqual([["Team B 2024", "B3", "info"]]);
  });

  test("a note line under the data is not a participant", () => {
    const r = validateWorkbook(
      workbook(registerSheet([participant(1), [], ["Källa: eget register, uttag 2025-01-05"]])),
      { today: "2025-01-01" },
    );
    expect(r.register.rows).toBe(1);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("a total line under the data (any total word the budget knows) is not a participant", () => {
    for (const word of ["Summa", "Totalt", "Totalsumma", "TOTALT:"]) {
      const r = validateWorkbook(workbook(registerSheet([participant(1), [word]])), {
        today: "2025-01-01",
      });
      expect([word, r.register.rows, r.issues.filter((i) => i.severity === "error")]).toEqual([
        word,
        1,
        [],
      ]);
    }
  });

  test("the user's mapping corrections are applied", () => {
    const headers = ["Löpnr", "Datum 1", "Datum 2", "Insats"];
    const rows: CellValue[][] = [["P1", serial("2024-01-10"), serial("2024-05-01"), "Team X"]];
    const sheet = { name: "Reg", rows: [headers, ...rows] };
    expect(validateWorkbook(workbook(sheet)).register.rows).toBe(0);
    const r = validateWorkbook(workbook(sheet), {
      today: "2025-01-01",
      mapping: { Reg: { columns: { start: "B", end: "C" } } },
    });
    expect(r.register.rows).toBe(1);
    expect(r.register.columns.end?.column).toBe("C");
  });

  test("when there is no Insats column the sheet name is the insats, with a warning", () => {
    const headers = HEADERS.filter((h) => h !== "Insats");
    const row = participant(1);
    row.splice(1, 1);
    const r = validateWorkbook(workbook(registerSheet([row], { name: "Team Öst", headers })), {
      today: "2025-01-01",
    });
    expect(r.register.insatser).toEqual(["Team Öst"]);
    const w = r.issues.find((i) => i.code === "REG-COLUMN-MISSING")!;
    expect(w.severity).toBe("warning");
    expect(w.row).toBe(1);
    expect(w.message).toContain("Team Öst");
    const withSetting = validateWorkbook(workbook(registerSheet([row], { headers })), {
      today: "2025-01-01",
      defaultInsats: "Team Väst",
    });
    expect(withSetting.register.insatser).toEqual(["Team Väst"]);
    expect(withSetting.issues.some((i) => i.code === "REG-COLUMN-MISSING")).toBe(false);
  });
});
