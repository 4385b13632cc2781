import { HEADERS, participant, registerSheet, workbook } from "../../../tests/helpers/registerGrid";
import { issuesOf } from "../../../tests/helpers/issues";
import { validateWorkbook } from "../validateWorkbook";

const opts = { today: "2025-06-01" };

function without(...drop: string[]) {
  const keep = HEADERS.map((h, i) => [h, i] as const).filter(([h]) => !drop.includes(h));
  return {
    headers: keep.map(([h]) => h),
    row: (i: number) => {
      const p = participant(i);
      return keep.map(([, c]) => p[c]);
    },
  };
}

describe("columns", () => {
  test("missing exit columns are warnings pointing at the header row's first free cell", () => {
    const t = without("Avslutsdatum", "Avslutsorsak");
    const r = validateWorkbook(
      workbook(registerSheet([t.row(1)], { headers: t.headers, titleRows: [["Register"]] })),
      opts,
    );
    expect(issuesOf(r.issues, "REG-COLUMN-MISSING")).toEqual([
      ["L2", "warning"],
      ["L2", "warning"],
    ]);
    expect(
      r.issues.filter((i) => i.code === "REG-COLUMN-MISSING").map((i) => i.message.slice(0, 30)),
    ).toEqual(["Kolumnen ”Avslutsdatum” saknas", "Kolumnen ”Avslutsorsak” saknas"]);
  });

  test("missing background columns are one info", () => {
    const t = without("Kön", "Utbildningsnivå");
    const r = validateWorkbook(workbook(registerSheet([t.row(1)], { headers: t.headers })), opts);
    const info = r.issues.filter((i) => i.code === "REG-COLUMNS-OPTIONAL");
    expect(info.map((i) => i.severity)).toEqual(["info"]);
    expect(info[0].message).toContain("”Kön”");
    expect(info[0].message).toContain("”Utbildningsnivå”");
  });

  test("a complete register has no column issues", () => {
    const r = validateWorkbook(workbook(registerSheet([participant(1)])), opts);
    expect(r.issues).toEqual([]);
  });

  test("a second column for the same field is a warning and is not read", () => {
    const headers = [...HEADERS, "Startdatum"];
    const r = validateWorkbook(
      workbook(registerSheet([[...participant(1), "inte ett datum"]], { headers })),
      opts,
    );
    expect(issuesOf(r.issues, "REG-COLUMN-DUPLICATE")).toEqual([["N1", "warning"]]);
    expect(r.issues.some((i) => i.code === "REG-DATE-UNREADABLE")).toBe(false);
  });
});

describe("error values", () => {
  test("an error value in any register cell is an error, and is not reported twice", () => {
    const headers = [...HEADERS, "Beräkning"];
    const rows = [
      [...participant(1, { start: "#N/A" }), null],
      [...participant(2), "#DIV/0!"],
    ];
    const r = validateWorkbook(workbook(registerSheet(rows, { headers })), opts);
    expect(issuesOf(r.issues, "CELL-ERROR-VALUE")).toEqual([
      ["G2", "error"],
      ["N3", "error"],
    ]);
    expect(r.issues.filter((i) => i.severity === "error").length).toBe(2);
  });

  test("an error value as ID or insats is that error only, not also a missing ID or insats", () => {
    const r = validateWorkbook(
      workbook(
        registerSheet([participant(1, { id: "#N/A" }), participant(2, { insats: "#REF!" })]),
      ),
      opts,
    );
    expect(r.issues.filter((i) => i.severity === "error").map((i) => [i.cell, i.code])).toEqual([
      ["A2", "CELL-ERROR-VALUE"],
      ["B3", "CELL-ERROR-VALUE"],
    ]);
  });

  test("an error value with spaces around it is still an error value, as on the budget sheet", () => {
    const r = validateWorkbook(
      workbook(
        registerSheet([
          participant(1, { id: " #N/A" }),
          participant(2, { exit: "\u00a0#VALUE! " }),
        ]),
      ),
      opts,
    );
    expect(issuesOf(r.issues, "CELL-ERROR-VALUE")).toEqual([
      ["A2", "error"],
      ["I3", "error"],
    ]);
    expect(r.issues.find((i) => i.cell === "I3")!.message).toContain("#VALUE!");
  });
});
