import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import { issuesOf } from "../../../tests/helpers/issues";
import { validateWorkbook } from "../validateWorkbook";

const opts = { today: "2025-06-01" };

describe("participant ids", () => {
  test("a missing id is an error at the id cell", () => {
    const r = validateWorkbook(
      workbook(registerSheet([participant(1), participant(2, { id: "  " })])),
      opts,
    );
    expect(issuesOf(r.issues, "REG-ID-MISSING")).toEqual([["A3", "error"]]);
  });

  test("the same id twice in one insats with overlapping periods is an error on the later row", () => {
    const rows = [
      participant(1, {
        id: "P7",
        start: serial("2024-01-10"),
        end: serial("2024-06-30"),
        exit: "Arbete",
      }),
      participant(2, { id: "p7", start: serial("2024-05-01") }),
    ];
    const r = validateWorkbook(workbook(registerSheet(rows)), opts);
    expect(issuesOf(r.issues, "REG-ID-DUPLICATE")).toEqual([["A3", "error"]]);
    expect(r.issues.find((i) => i.code === "REG-ID-DUPLICATE")!.message).toContain("rad 2");
  });

  test("re-enrolment after an exit, and the same id in another insats, are fine", () => {
    const rows = [
      participant(1, {
        id: "P7",
        start: serial("2023-01-10"),
        end: serial("2023-06-30"),
        exit: "Arbete",
      }),
      participant(2, { id: "P7", start: serial("2024-02-01") }),
      participant(3, { id: "P7", insats: "Team Syd", start: serial("2024-03-01") }),
    ];
    const r = validateWorkbook(workbook(registerSheet(rows)), opts);
    expect(issuesOf(r.issues, "REG-ID-DUPLICATE")).toEqual([]);
  });

  test("duplicates across register sheets are found and name the other sheet", () => {
    const a = registerSheet([participant(1, { id: "Q1" })], { name: "2023" });
    const b = registerSheet([participant(2, { id: "Q1" })], { name: "2024" });
    const r = validateWorkbook(workbook(a, b), opts);
    const dup = r.issues.filter((i) => i.code === "REG-ID-DUPLICATE");
    expect(dup.map((i) => [i.sheet, i.cell])).toEqual([["2024", "A2"]]);
    expect(dup[0].message).toContain("”2023”");
  });

  test("three copies of one row give two errors", () => {
    const rows = [
      participant(1, { id: "X" }),
      participant(2, { id: "X" }),
      participant(3, { id: "X" }),
    ];
    expect(
      issuesOf(validateWorkbook(workbook(registerSheet(rows)), opts).issues, "REG-ID-DUPLICATE"),
    ).toEqual([
      ["A3", "error"],
      ["A4", "error"],
    ]);
  });
});
