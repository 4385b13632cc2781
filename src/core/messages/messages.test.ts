import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import type { Issue } from "../issue";
import { MASKED_PERSONNUMMER } from "../privacy/mask";
import { readWorkbook } from "../readWorkbook";
import { buildReport, ReportOptionsError } from "../report/buildReport";
import { messagesFor, ruleTitle } from "./catalogue";
import { en, enTitles } from "./en";
import { RULES, type RuleCode } from "./rules";
import { sv } from "./sv";

/**
 * One argument that serves every parameter of a message: it reads as "X" in text, maps and
 * joins as a list, and has the header/amount of budgetDiff's columns.
 */
const arg = Object.assign(["X"], { header: "H", amount: "1 kr" });
const text = (m: unknown) =>
  typeof m === "function"
    ? String((m as (...a: unknown[]) => unknown)(arg, arg, arg, arg, arg, arg))
    : String(m);

describe("message catalogues", () => {
  test("en has every key of sv, with the same kind and arity, and nothing more", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const k of Object.keys(sv) as (keyof typeof sv)[]) {
      const s = sv[k] as unknown;
      const e = en[k] as unknown;
      expect({ k, type: typeof e }).toEqual({ k, type: typeof s });
      if (typeof s === "function")
        expect({ k, arity: (e as () => unknown).length }).toEqual({
          k,
          arity: (s as () => unknown).length,
        });
    }
  });

  test("every English message is non-empty, and differs from the Swedish one", () => {
    const keys = Object.keys(sv) as (keyof typeof sv)[];
    for (const k of keys)
      expect({ k, empty: text(en[k]).trim() === "" }).toEqual({ k, empty: false });
    const same = keys.filter((k) => text(en[k]) === text(sv[k]));
    expect(same).toEqual([]);
  });

  test("every rule has an English title, and the helper picks the language", () => {
    const codes = Object.keys(RULES) as RuleCode[];
    expect(Object.keys(enTitles).sort()).toEqual([...codes].sort());
    for (const c of codes)
      expect({ c, empty: enTitles[c].trim() === "" }).toEqual({ c, empty: false });
    expect(codes.filter((c) => enTitles[c] === RULES[c].title)).toEqual([]);
    expect(ruleTitle("BUDGET-DIFF")).toBe("Differensen stämmer inte");
    expect(ruleTitle("BUDGET-DIFF", "sv")).toBe("Differensen stämmer inte");
    expect(ruleTitle("BUDGET-DIFF", "en")).toBe("The difference does not add up");
  });

  test("Swedish is the default catalogue", () => {
    expect(messagesFor()).toBe(sv);
    expect(messagesFor("sv")).toBe(sv);
    expect(messagesFor("en")).toBe(en);
  });
});

describe("readWorkbook and buildReport in English", () => {
  const opts = { today: "2025-06-01" };
  const exited = (i: number, exit: string) => participant(i, { end: serial("2024-10-01"), exit });
  const budget = {
    name: "Budget",
    rows: [
      ["Budget och utfall 2024 (tkr)"],
      [],
      ["Insats", "Tilldelade medel", "Använda medel", "Differens"],
      ["Samordningsteam Norra", 1528, 1284, 241],
    ],
  };
  const grid = () =>
    workbook(
      registerSheet([
        participant(1),
        participant(2, { id: "D0001" }),
        exited(3, "Arbette"),
        exited(4, "811218-9876"),
      ]),
      budget,
    );
  const find = (issues: Issue[], code: RuleCode, cell?: string) =>
    issues.find((i) => i.code === code && (cell === undefined || i.cell === cell))!;

  test("issues are written in English: a duplicate id, an unknown category with a suggestion, a budget differens", () => {
    const r = readWorkbook(grid(), { ...opts, lang: "en" });
    expect(find(r.issues, "REG-ID-DUPLICATE").message).toBe(
      "The participant “D0001” is already on row 2 in the intervention “Samordningsteam Norra”, with a period that overlaps this one. " +
        "Remove the duplicate, or correct the dates if the participant was enrolled again.",
    );
    const unknown = find(r.issues, "REG-CATEGORY-UNKNOWN", "I4");
    expect(unknown.message).toMatch(
      /^Avslutsorsak: “Arbette” is not one of the categories\. Did you mean “Arbete”\? Use one of: .*\bArbete\b.* — or add the value on the “Kategorier” sheet\.$/,
    );
    expect(unknown.suggestion).toBe("Arbete");
    expect(find(r.issues, "BUDGET-DIFF").message).toBe(
      "Tilldelade medel 1 528 tkr minus Använda medel 1 284 tkr is 244 tkr, but the table says 241 tkr. Correct the difference or the amounts.",
    );
    expect(find(r.issues, "REG-COLUMNS-OPTIONAL")).toBeUndefined();
  });

  test("the same workbook without lang is Swedish, as before; only the messages differ", () => {
    const s = readWorkbook(grid(), opts);
    const e = readWorkbook(grid(), { ...opts, lang: "en" });
    expect(find(s.issues, "REG-ID-DUPLICATE").message).toContain(
      "Deltagaren ”D0001” finns redan på rad 2",
    );
    expect(find(s.issues, "BUDGET-DIFF").message).toContain("tabellen säger 241 tkr");
    const strip = (issues: Issue[]) => issues.map((i) => ({ ...i, message: null }));
    expect(strip(e.issues)).toEqual(strip(s.issues));
    expect(e.issues.every((i, n) => i.message !== s.issues[n].message)).toBe(true);
  });

  test("a personnummer in an unknown category cell is masked in the English message too", () => {
    const r = readWorkbook(grid(), { ...opts, lang: "en" });
    const issue = find(r.issues, "REG-CATEGORY-UNKNOWN", "I5");
    expect(issue.value).toBe(MASKED_PERSONNUMMER);
    expect(issue.message).toContain(
      `Avslutsorsak: “${MASKED_PERSONNUMMER}” is not one of the categories.`,
    );
    expect(find(r.issues, "PRIVACY-PERSONNUMMER", "I5").message).toMatch(
      /^The cell seems to contain a personnummer\./,
    );
    for (const i of r.issues) expect(JSON.stringify(i)).not.toMatch(/9876/);
  });

  test("the report's own issues, budget status and refusals follow the language", () => {
    const half = { ...opts, lang: "en" as const, period: { from: "2024-01-01", to: "2024-06-30" } };
    const model = buildReport(grid(), half);
    expect(model.budgetStatus.message).toMatch(
      /^The period 2024-01-01–2024-06-30 is not a whole calendar year, but the actual costs in the budget are for 2024\./,
    );
    expect(find(model.issues, "BUDGET-PERIOD-NOT-YEAR").message).toBe(model.budgetStatus.message);
    expect(buildReport(grid(), { ...half, lang: undefined }).budgetStatus.message).toMatch(
      /^Perioden 2024-01-01–2024-06-30 är inte ett helt kalenderår/,
    );

    const none = buildReport(workbook(registerSheet([participant(1)])), {
      ...half,
      period: { from: "2024-01-01", to: "2024-12-31" },
    });
    expect(none.budgetStatus.message).toMatch(/^The workbook has no budget table/);

    const wrongYear = buildReport(grid(), {
      ...half,
      period: { from: "2023-01-01", to: "2023-12-31" },
    });
    expect(wrongYear.budgetStatus.message).toBe(
      "No budget table is for 2023: the table on the sheet “Budget” (header row 3) is for 2024. Budget vs actual and cost per participant are not shown for 2023. " +
        "Add the budget for the year (with the year in the headers or the title), or choose a period the budget covers.",
    );

    expect(() =>
      buildReport(grid(), { ...half, period: { from: "2024-12-31", to: "2024-01-01" } }),
    ).toThrow(
      new ReportOptionsError(
        "The period 2024-12-31–2024-01-01 is not valid. Enter the dates as YYYY-MM-DD, the from date before the to date.",
      ),
    );
    expect(() => buildReport(grid(), { ...half, budgetSheet: "Deltagare" })).toThrow(
      /^The sheet “Deltagare” has no budget table that Finsam-rapport can read\. There are budget tables on “Budget”\.$/,
    );
  });
});
