import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import { issuesOf } from "../../../tests/helpers/issues";
import { validateWorkbook } from "../validateWorkbook";

const opts = { today: "2025-06-01" };
const check = (...rows: ReturnType<typeof participant>[]) =>
  validateWorkbook(workbook(registerSheet(rows)), opts).issues;

describe("exits", () => {
  test("reason without exit date points at the empty date cell", () => {
    expect(issuesOf(check(participant(1, { exit: "Studier" })), "REG-EXIT-NO-DATE")).toEqual([
      ["H2", "error"],
    ]);
  });

  test("exit date without reason points at the empty reason cell", () => {
    expect(
      issuesOf(check(participant(1, { end: serial("2024-05-05") })), "REG-EXIT-NO-REASON"),
    ).toEqual([["I2", "error"]]);
  });

  test("exit before enrolment", () => {
    const issues = check(
      participant(1, { start: serial("2024-05-05"), end: serial("2024-05-04"), exit: "Arbete" }),
    );
    expect(issuesOf(issues, "REG-DATE-ORDER")).toEqual([["H2", "error"]]);
    expect(issues.find((i) => i.code === "REG-DATE-ORDER")!.message).toBe(
      "Avslutsdatum 2024-05-04 ligger före inskrivningsdatum 2024-05-05. Rätta något av datumen.",
    );
  });

  test("exit on the enrolment day and a complete exit are fine", () => {
    const issues = check(
      participant(1, {
        start: serial("2024-05-05"),
        end: serial("2024-05-05"),
        exit: "Arbete; Studier",
      }),
    );
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  test("an unreadable exit date is one error, not also 'date missing'", () => {
    const issues = check(participant(1, { end: "snart", exit: "Arbete" }));
    expect(issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual([
      "REG-DATE-UNREADABLE",
    ]);
  });
});
