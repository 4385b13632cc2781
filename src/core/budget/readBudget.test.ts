import type { CellValue, SheetGrid } from "../grid";
import { participant, registerSheet, workbook } from "../../../tests/helpers/registerGrid";
import { issuesOf } from "../../../tests/helpers/issues";
import { readWorkbook } from "../readWorkbook";

const opts = { today: "2025-06-01" };
const budgetSheet = (rows: CellValue[][], name = "Budget"): SheetGrid => ({ name, rows });

describe("budget tables", () => {
  test("a tkr table (unit in the title) with the published FNS differens mistake and a wrong total", () => {
    const sheet = budgetSheet([
      ["Budget och utfall 2024 (tkr)"],
      [],
      ["Insats", "Tilldelade medel", "Använda medel", "Differens"],
      ["Samordningsteam FNS", 1528, 1284, 241],
      ["Samordningsteam Sala", 1590, 1535, 55],
      ["Totalt", 3170, 2819, 296],
    ]);
    const r = readWorkbook(workbook(sheet), opts);
    const b = r.budgets[0];
    expect([b.unit, b.unitSource]).toEqual(["tkr", "title"]);
    expect(b.rows.map((x) => [x.insats, x.budget, x.actual, x.difference])).toEqual([
      ["Samordningsteam FNS", 1528000, 1284000, 241000],
      ["Samordningsteam Sala", 1590000, 1535000, 55000],
    ]);
    // The total row's own differens (3 170 − 2 819 = 351) is wrong too.
    expect(issuesOf(r.issues, "BUDGET-DIFF")).toEqual([
      ["D4", "error"],
      ["D6", "error"],
    ]);
    expect(r.issues.find((i) => i.code === "BUDGET-DIFF")!.message).toContain("är 244 tkr");
    // Budget total 3 170 vs rows 3 118: wrong; actual 2 819 = sum; differens 296 = sum.
    expect(issuesOf(r.issues, "BUDGET-TOTAL")).toEqual([["B6", "error"]]);
  });

  test("±1 tkr is rounding, but in kr the arithmetic is exact", () => {
    const tkr = budgetSheet([
      ["Insats", "Budget (tkr)", "Utfall (tkr)", "Avvikelse (tkr)"],
      ["A", 1000, 700, 301],
      ["Summa", 1000, 700, 299],
    ]);
    expect(issuesOf(readWorkbook(workbook(tkr), opts).issues, "BUDGET-DIFF")).toEqual([]);
    const kr = budgetSheet([
      ["Insats", "Tilldelade medel", "Använda medel", "Differens"],
      ["Sala", "1 590 000 kr", "1 488 614 kr", "54 358 kr"],
      ["Totalt", "1 590 000 kr", "1 488 614 kr", "101 386 kr"],
    ]);
    const r = readWorkbook(workbook(kr), opts);
    expect(r.budgets[0].unit).toBe("kr");
    expect(issuesOf(r.issues, "BUDGET-DIFF")).toEqual([["D2", "error"]]);
    expect(issuesOf(r.issues, "BUDGET-TOTAL")).toEqual([["D3", "error"]]);
  });

  test("amounts as people type them", () => {
    const sheet = budgetSheet([
      ["Insats", "Budget", "Utfall", "Differens"],
      ["A", "1 044 493 kr", "1\u00a0049\u00a0413 kr", "- 4 920 kr"],
      ["B", "500 000 kr", "500 000 kr", "- kr"],
      ["TOTALT", "1 544 493 kr", "1 549 413 kr", "-4 920 kr"],
    ]);
    const r = readWorkbook(workbook(sheet), opts);
    expect(r.budgets[0].rows.map((x) => x.difference)).toEqual([-4920, 0]);
    expect([r.budgets[0].unit, r.budgets[0].unitSource]).toEqual(["kr", "cells"]);
    expect(
      r.issues.filter((i) => i.code.startsWith("BUDGET-") && i.code !== "BUDGET-NO-PARTICIPANTS"),
    ).toEqual([]);
  });

  test("mixed units are an error at the odd cell", () => {
    const sheet = budgetSheet([
      ["Insats", "Budget (tkr)", "Utfall (tkr)"],
      ["A", "1 250 tkr", "1 100 tkr"],
      ["B", "900 000 kr", "800 tkr"],
    ]);
    expect(issuesOf(readWorkbook(workbook(sheet), opts).issues, "BUDGET-UNIT-MIXED")).toEqual([
      ["B3", "error"],
    ]);
  });

  test("a difference written as actual − budget is explained", () => {
    const sheet = budgetSheet([
      ["Insats", "Budget (kr)", "Utfall (kr)", "Differens (kr)"],
      ["A", 100000, 90000, -10000],
    ]);
    const issue = readWorkbook(workbook(sheet), opts).issues.find((i) => i.code === "BUDGET-DIFF")!;
    expect(issue.message).toBe(
      "Budget (kr) 100 000 kr minus Utfall (kr) 90 000 kr är 10 000 kr, tabellen säger -10 000 kr. " +
        "Differensen verkar vara räknad åt andra hållet (Utfall (kr) minus Budget (kr)); rätta den så att den räknas som tabellens övriga rader.",
    );
  });

  test("unreadable amounts, rows without insats, duplicate insatser, no unit", () => {
    const sheet = budgetSheet([
      ["Insats", "Budget", "Utfall"],
      ["A", "mycket", 10],
      [null, 5, 5],
      ["a", 1, 1],
    ]);
    const r = readWorkbook(workbook(sheet), opts);
    expect(issuesOf(r.issues, "BUDGET-AMOUNT-INVALID")).toEqual([["B2", "error"]]);
    expect(issuesOf(r.issues, "BUDGET-ROW-NO-INSATS")).toEqual([["A3", "error"]]);
    expect(issuesOf(r.issues, "BUDGET-DUPLICATE-ROW")).toEqual([["A4", "error"]]);
    expect(issuesOf(r.issues, "BUDGET-UNIT-ASSUMED")).toEqual([["B1", "info"]]);
  });

  test("insatser in the budget but not the register, and the other way round, are warnings", () => {
    const reg = registerSheet([
      participant(1, { insats: "Team Norr" }),
      participant(2, { insats: "Team Syd" }),
    ]);
    const sheet = budgetSheet([
      ["Insats", "Budget (kr)", "Utfall (kr)"],
      ["team norr", 100, 100],
      ["Team Väst", 100, 100],
    ]);
    const r = readWorkbook(workbook(reg, sheet), opts);
    expect(
      r.issues
        .filter((i) => i.code === "BUDGET-NO-PARTICIPANTS")
        .map((i) => [i.sheet, i.cell, i.severity]),
    ).toEqual([["Budget", "A3", "warning"]]);
    expect(
      r.issues
        .filter((i) => i.code === "BUDGET-ROW-MISSING")
        .map((i) => [i.sheet, i.cell, i.severity]),
    ).toEqual([["Deltagare", "B3", "warning"]]);
  });
});
