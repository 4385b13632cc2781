import { HEADERS, participant, registerSheet, workbook } from "../../../tests/helpers/registerGrid";
import { issuesOf } from "../../../tests/helpers/issues";
import { validateWorkbook } from "../validateWorkbook";
import { MASKED_PERSONNUMMER } from "./privacy";

const opts = { today: "2025-06-01" };

describe("privacy", () => {
  test("a personnummer in any column, any sheet, with or without dash, is an error that never repeats the number", () => {
    const headers = [...HEADERS, "Anteckning"];
    const rows = [
      [...participant(1, { id: "811218-9876" }), null],
      [...participant(2), "Pnr 19811218-9876"],
      [...participant(3), "198112189876"],
      [...participant(4), 8112189876],
    ];
    const other = { name: "Anteckningar", rows: [["811218-9876"]] };
    const r = validateWorkbook(workbook(registerSheet(rows, { headers }), other), opts);
    expect(issuesOf(r.issues, "PRIVACY-PERSONNUMMER")).toEqual([
      ["A2", "error"],
      ["N3", "error"],
      ["N4", "error"],
      ["N5", "error"],
      ["A1", "error"],
    ]);
    for (const i of r.issues) expect(JSON.stringify(i)).not.toMatch(/9876/);
    expect(r.issues.find((i) => i.code === "PRIVACY-PERSONNUMMER")!.value).toBe(
      MASKED_PERSONNUMMER,
    );
  });

  test("numbers with a wrong check digit are not flagged", () => {
    const r = validateWorkbook(
      workbook(registerSheet([participant(1, { id: "811218-9877" })])),
      opts,
    );
    expect(issuesOf(r.issues, "PRIVACY-PERSONNUMMER")).toEqual([]);
  });

  test("a column of names is a warning at its header", () => {
    const headers = ["Förnamn", ...HEADERS];
    const r = validateWorkbook(
      workbook(registerSheet([["Anna", ...participant(1)]], { headers })),
      opts,
    );
    expect(issuesOf(r.issues, "PRIVACY-NAME-COLUMN")).toEqual([["A1", "warning"]]);
    for (const i of r.issues) expect(JSON.stringify(i)).not.toContain("Anna");
  });
});
