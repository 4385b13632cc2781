import {
  HEADERS,
  participant,
  registerSheet,
  serial,
  workbook,
} from "../../../tests/helpers/registerGrid";
import { issuesOf } from "../../../tests/helpers/issues";
import type { SheetGrid } from "../grid";
import { readWorkbook } from "../readWorkbook";
import { validateWorkbook } from "../validateWorkbook";

const opts = { today: "2025-06-01" };
const exited = (i: number, exit: string) => participant(i, { end: serial("2024-10-01"), exit });

describe("category values", () => {
  test("a near miss is an error with the nearest label as suggestion", () => {
    const r = validateWorkbook(workbook(registerSheet([exited(1, "Arbette")])), opts);
    const issue = r.issues.find((i) => i.code === "REG-CATEGORY-UNKNOWN")!;
    expect([issue.cell, issue.severity, issue.suggestion, issue.value]).toEqual([
      "I2",
      "error",
      "Arbete",
      "Arbette",
    ]);
    expect(issue.message).toContain("Menade du ”Arbete”?");
  });

  test("a value far from every label has no suggestion", () => {
    const issue = validateWorkbook(
      workbook(registerSheet([exited(1, "Pension")])),
      opts,
    ).issues.find((i) => i.code === "REG-CATEGORY-UNKNOWN")!;
    expect(issue.suggestion).toBeNull();
  });

  test("spaces, case and synonyms are understood and noted as info, never errors", () => {
    const rows = [
      exited(1, " arbete "),
      exited(2, "Till studier"),
      participant(3, { gender: "kvinna" }),
      participant(4, { education: "GYMNASIAL" }),
    ];
    const r = readWorkbook(workbook(registerSheet(rows)), opts);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(issuesOf(r.issues, "REG-VALUE-NORMALIZED")).toEqual([
      ["I2", "info"],
      ["I3", "info"],
      ["C4", "info"],
      ["L5", "info"],
    ]);
    expect(r.register.rows.map((x) => x.exitReasons.map((c) => c.key))).toEqual([
      ["work"],
      ["studies"],
      [],
      [],
    ]);
  });

  test("two exit reasons in one cell", () => {
    const r = readWorkbook(
      workbook(registerSheet([exited(1, "Arbete; Studier"), exited(2, "Arbete;Okänt")])),
      opts,
    );
    expect(r.register.rows[0].exitReasons.map((c) => c.label)).toEqual(["Arbete", "Studier"]);
    expect(issuesOf(r.issues, "REG-CATEGORY-UNKNOWN")).toEqual([["I3", "error"]]);
  });

  test("the referrer list is open: other values are categories of their own", () => {
    const r = readWorkbook(
      workbook(registerSheet([participant(1, { referrer: "Kriminalvården" })])),
      opts,
    );
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.register.extraCategories.referrer?.map((c) => c.label)).toEqual(["Kriminalvården"]);
  });

  test("years on support as a number falls in its bucket; a bucket label is read too", () => {
    const rows = [
      participant(1, { years: 0 }),
      participant(2, { years: 0.5 }),
      participant(3, { years: 3 }),
      participant(4, { years: "4-6 år" }),
      participant(5, { years: 12 }),
    ];
    const r = readWorkbook(workbook(registerSheet(rows)), opts);
    expect(r.register.rows.map((x) => x.yearsOnBenefits?.label)).toEqual([
      "Under 1 år",
      "Under 1 år",
      "1–3 år",
      "4–6 år",
      "7 år eller mer",
    ]);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("Ingen only when the cell says so or there was no public support before", () => {
    const rows = [
      participant(1, { years: "Ingen" }),
      participant(2, { years: "0 år" }),
      participant(3, { years: 0 }),
      participant(4, { years: 5, before: "Ingen offentlig försörjning" }),
      participant(5, { years: null, before: "Ingen offentlig försörjning" }),
      participant(6, { years: null, before: "Sjukpenning" }),
    ];
    const r = readWorkbook(workbook(registerSheet(rows)), opts);
    expect(r.register.rows.map((x) => x.yearsOnBenefits?.label ?? null)).toEqual([
      "Ingen",
      "Under 1 år",
      "Under 1 år",
      "Ingen",
      "Ingen",
      null,
    ]);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("the follow-up column is a closed list; blank is not followed up", () => {
    const headers = [...HEADERS, "Uppföljning efter 6 månader"];
    const rows = [
      [...participant(1), "Ja"],
      [...participant(2), "Kvarstår inte"],
      [...participant(3), "ej nådd"],
      [...participant(4), null],
      [...participant(5), "Kanske"],
    ];
    const r = readWorkbook(workbook(registerSheet(rows, { headers })), opts);
    expect(r.register.sheets[0].columns.followUp).toBe(HEADERS.length);
    expect(r.register.rows.map((x) => x.followUp?.key ?? null)).toEqual([
      "kept",
      "notKept",
      "noAnswer",
      null,
      null,
    ]);
    expect(issuesOf(r.issues, "REG-CATEGORY-UNKNOWN")).toEqual([["N6", "error"]]);
  });
});

describe("the Kategorier sheet", () => {
  const kategorier: SheetGrid = {
    name: "Kategorier",
    rows: [
      ["Kategorier för uppföljning"],
      ["Fält", "Kategori", "Synonymer", "Stegförflyttning"],
      ["Avslutsorsak", "Redo för arbete", "Redo; Klar för arbete", "Ja"],
      ["Avslutsorsak", "Arbete", "", "Ja"],
      ["Avslutsorsak", "Avbrott/flytt", "Avbrott; Flytt", "Nej"],
      ["Avslutsorsak", "I väntan på insats", "", "nej"],
      ["Försörjning", "Lön", "", ""],
      ["Försörjning", "Bidrag", "Försörjningsstöd", ""],
      ["Favoritfärg", "Blå", "", ""],
      ["Avslutsorsak", "Studier", "", "Kanske"],
    ],
  };

  test("replaces the listed fields in row order and keeps the defaults for the rest", () => {
    const r = readWorkbook(workbook(registerSheet([]), kategorier), opts);
    const exit = r.taxonomy.exitReason;
    expect(exit.source).toBe("Kategorier");
    expect(exit.categories.map((c) => [c.key, c.label, c.green])).toEqual([
      ["redoForArbete", "Redo för arbete", true],
      ["work", "Arbete", true],
      ["avbrottFlytt", "Avbrott/flytt", false],
      ["iVantanPaInsats", "I väntan på insats", false],
      ["studies", "Studier", false],
    ]);
    expect(r.taxonomy.incomeBefore.categories.map((c) => c.label)).toEqual(["Lön", "Bidrag"]);
    expect(r.taxonomy.incomeAfter.categories.map((c) => c.label)).toEqual(["Lön", "Bidrag"]);
    expect(r.taxonomy.gender.source).toBe("default");
    expect(issuesOf(r.issues, "KAT-FIELD-UNKNOWN")).toEqual([["A9", "warning"]]);
    expect(issuesOf(r.issues, "KAT-GREEN-INVALID")).toEqual([["D10", "warning"]]);
  });

  test("register values are checked against the workbook's own categories", () => {
    const rows = [
      participant(1, { end: serial("2024-10-01"), exit: "Klar för arbete", before: "Lön" }),
      participant(2, { end: serial("2024-10-01"), exit: "Drop-out", before: "Bidrag" }),
      participant(3, { before: "Sjukpenning" }),
    ];
    const r = readWorkbook(workbook(registerSheet(rows), kategorier), opts);
    expect(r.register.rows[0].exitReasons.map((c) => c.label)).toEqual(["Redo för arbete"]);
    expect(issuesOf(r.issues, "REG-CATEGORY-UNKNOWN")).toEqual([
      ["I3", "error"],
      ["J4", "error"],
    ]);
  });
});
