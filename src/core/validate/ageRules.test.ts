import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import { issuesOf } from "../../../tests/helpers/issues";
import { validateWorkbook } from "../validateWorkbook";

const opts = { today: "2025-06-01" };
const check = (...rows: ReturnType<typeof participant>[]) =>
  validateWorkbook(workbook(registerSheet(rows)), opts).issues;

describe("birth year and age", () => {
  test("implausible birth years are errors", () => {
    const issues = check(
      participant(1, { birthYear: 1850 }),
      participant(2, { birthYear: 2031 }),
      participant(3, { birthYear: "85" }),
      participant(4, { birthYear: "nittiotal" }),
    );
    expect(issuesOf(issues, "REG-BIRTHYEAR-INVALID")).toEqual([
      ["D2", "error"],
      ["D3", "error"],
      ["D4", "error"],
      ["D5", "error"],
    ]);
  });

  test("a birth year stored as text is read, noted as info", () => {
    const issues = check(participant(1, { birthYear: " 1985" }));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["REG-VALUE-NORMALIZED", "D2"]]);
  });

  test("age at enrolment outside 16–67 is a warning", () => {
    const issues = check(
      participant(1, { birthYear: 2010, start: serial("2024-03-01") }),
      participant(2, { birthYear: 1956, start: serial("2024-03-01") }),
      participant(3, { birthYear: 1957, start: serial("2024-03-01") }),
      participant(4, { birthYear: 2008, start: serial("2024-03-01") }),
    );
    expect(issuesOf(issues, "REG-AGE-RANGE")).toEqual([
      ["D2", "warning"],
      ["D3", "warning"],
    ]);
  });
});
