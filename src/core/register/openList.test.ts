import { participant, registerSheet, workbook } from "../../../tests/helpers/registerGrid";
import { readWorkbook } from "../readWorkbook";
import { buildReport } from "../report/buildReport";
import { OpenList, openListKey } from "./openList";

describe("OpenList: the register's own spelling per value", () => {
  test("the most frequent spelling names the row; a tie goes to the first seen", () => {
    const list = new OpenList((k) => "x-" + k);
    const a = list.add("kommunen");
    for (const s of ["Kommunen", "Kommunen", "KOMMUNEN", "Kommunen"]) list.add(s);
    const tie = list.add("Region Västmanland");
    list.add("region västmanland");
    expect(list.settle().map((c) => c.label)).toEqual(["Kommunen", "Region Västmanland"]);
    // Categories handed out while reading carry the settled label.
    expect(a.label).toBe("Kommunen");
    expect(tie.label).toBe("Region Västmanland");
  });

  test("grouping ignores case and surrounding or doubled spaces, and nothing else", () => {
    expect(openListKey("  Kommunen   -  KAA ")).toBe(openListKey("kommunen - kaa"));
    expect(openListKey("Kommunen - KAA")).not.toBe(openListKey("Kommunen KAA"));
    expect(openListKey("Kommun")).not.toBe(openListKey("Kommunen"));
  });

  test("keys come from the grouping key and the settled label", () => {
    const list = new OpenList((_, label) => "m-" + label);
    list.add("sala");
    list.add("Sala");
    list.add("Sala");
    expect(list.settle()).toEqual([{ key: "m-Sala", label: "Sala", green: false, synonyms: [] }]);
  });
});

describe("reading open lists from a register", () => {
  const referrers = [
    "Kommunen",
    " Kommunen",
    "kommunen",
    "Kommunen - KAA",
    "FK",
    "Försäkringskassan",
  ];
  const municipalities = ["Sala", "sala ", "Sala", "Heby", "Heby", "HEBY"];
  const grid = workbook(
    registerSheet(
      referrers.map((referrer, i) =>
        participant(i + 1, { referrer, municipality: municipalities[i] }),
      ),
    ),
  );
  const parsed = readWorkbook(grid, { today: "2025-01-15" });
  const columnOf = (header: string) => registerSheet([]).rows[0].indexOf(header);

  test("no issue of any kind for the values of an open list", () => {
    const cols = [columnOf("Remitterande part"), columnOf("Hemkommun")];
    const at = parsed.issues.filter((i) => ["Remitterande part", "Hemkommun"].includes(i.column));
    expect(cols.every((c) => c >= 0)).toBe(true);
    expect(at).toEqual([]);
  });

  test("values keep the register's spelling: Kommunen is not renamed Kommun, FK is its own row", () => {
    expect(parsed.register.openLists.referrer.map((c) => c.label)).toEqual([
      "Kommunen",
      "Kommunen - KAA",
      "FK",
      "Försäkringskassan",
    ]);
    expect(parsed.register.openLists.municipality.map((c) => c.label)).toEqual(["Sala", "Heby"]);
    expect(parsed.register.rows.map((r) => r.municipality)).toEqual([
      "Sala",
      "Sala",
      "Sala",
      "Heby",
      "Heby",
      "Heby",
    ]);
  });

  test("a value written as a taxonomy label keeps the taxonomy's key; others get their own", () => {
    const keys = Object.fromEntries(
      parsed.register.openLists.referrer.map((c) => [c.label, c.key]),
    );
    expect(keys["Försäkringskassan"]).toBe("fk");
    expect(keys["Kommunen"]).toBe("x-kommunen");
    expect(keys["FK"]).toBe("x-fk");
  });

  test("only cells with stray spaces are trimmed in the copy (COUNTIFS ignores case, not spaces)", () => {
    const fixed = parsed.register.fixes
      .filter((f) => f.field === "referrer" || f.field === "municipality")
      .map((f) => [f.original, f.value]);
    expect(fixed).toEqual([
      ["sala ", "sala"],
      [" Kommunen", "Kommunen"],
    ]);
  });

  test("the report lists the values in use, taxonomy labels first, with their counts", () => {
    const m = buildReport(grid, {
      period: { from: "2024-01-01", to: "2024-12-31" },
      today: "2025-01-15",
    });
    expect(m.total.breakdowns.referrer.map((x) => [x.label, x.total])).toEqual([
      ["Försäkringskassan", 1],
      ["Kommunen", 3],
      ["Kommunen - KAA", 1],
      ["FK", 1],
      ["Ej ifyllt eller okänt", 0],
    ]);
    expect(m.total.breakdowns.municipality.map((x) => [x.key, x.total])).toEqual([
      ["m-Sala", 3],
      ["m-Heby", 3],
      ["missing", 0],
    ]);
  });
});
