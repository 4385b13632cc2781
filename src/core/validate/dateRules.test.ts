import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import { issuesOf } from "../../../tests/helpers/issues";
import { validateWorkbook } from "../validateWorkbook";

const opts = { today: "2025-06-01" };
const check = (...rows: ReturnType<typeof participant>[]) =>
  validateWorkbook(workbook(registerSheet(rows)), opts).issues;

describe("dates", () => {
  test("dates typed as text in any common form are read, each noted as info", () => {
    const forms = ["2024-03-05", "5/3/2024", "05.03.2024", "5 mars 2024"];
    const issues = check(...forms.map((start, i) => participant(i + 1, { start })));
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    const infos = issues.filter((i) => i.code === "REG-VALUE-NORMALIZED");
    expect(infos.map((i) => i.cell)).toEqual(["G2", "G3", "G4", "G5"]);
    for (const i of infos) expect(i.message).toContain("2024-03-05");
  });

  test("impossible dates are errors, never rolled over", () => {
    const issues = check(
      participant(1, { start: "31/02/2025" }),
      participant(2, { start: "2024-13-01" }),
    );
    expect(issuesOf(issues, "REG-DATE-IMPOSSIBLE")).toEqual([
      ["G2", "error"],
      ["G3", "error"],
    ]);
  });

  test("unreadable and implausible dates", () => {
    const issues = check(
      participant(1, { start: "i våras" }),
      participant(2, { start: serial("1924-03-05") }),
      participant(3, { start: 5 }),
    );
    expect(issuesOf(issues, "REG-DATE-UNREADABLE")).toEqual([["G2", "error"]]);
    expect(issuesOf(issues, "REG-DATE-IMPLAUSIBLE")).toEqual([
      ["G3", "error"],
      ["G4", "error"],
    ]);
  });

  test("a missing enrolment date is an error", () => {
    expect(issuesOf(check(participant(1, { start: null })), "REG-START-MISSING")).toEqual([
      ["G2", "error"],
    ]);
  });

  test("an enrolment date after today is a warning", () => {
    const issues = check(
      participant(1, { start: serial("2025-06-02") }),
      participant(2, { start: serial("2025-06-01") }),
    );
    expect(issuesOf(issues, "REG-START-FUTURE")).toEqual([["G2", "warning"]]);
  });
});
