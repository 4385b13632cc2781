import fc from "fast-check";
import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import { randomRegister, randomRegisterCase } from "../../../tests/helpers/randomReport";
import { buildReport } from "./buildReport";
import type { InsatsReport } from "./model";

const opts = { today: "2025-06-01", period: { from: "2024-01-01", to: "2024-12-31" } };
const exit = (i: number, gender: string | null, reason: string, extra = {}) =>
  participant(i, {
    gender,
    start: serial("2023-03-01"),
    end: serial("2024-05-01"),
    exit: reason,
    ...extra,
  });

describe("avslutsorsak per kön", () => {
  const rows = [
    exit(1, "Kvinna", "Arbete"),
    exit(2, "Kvinna", "Arbete; Studier"),
    exit(3, "Man", "Drop-out"),
    participant(4, { gender: "Man" }), // not an exit
  ];
  const r = buildReport(workbook(registerSheet(rows)), opts);

  test("every gender of the taxonomy, zeros kept; two reasons count under both", () => {
    const t = r.total.outcomesByGender;
    expect(t.map((g) => [g.key, g.gender, g.exited])).toEqual([
      ["female", "Kvinna", 2],
      ["male", "Man", 1],
      ["otherOrUnknown", "Annat/ej angivet", 0],
    ]);
    const count = (g: number, key: string) => t[g].outcomes.find((o) => o.key === key)!.count;
    expect([count(0, "work"), count(0, "studies"), count(0, "dropout")]).toEqual([2, 1, 0]);
    expect(count(1, "dropout")).toBe(1);
    expect(t[2].outcomes.every((o) => o.count === 0)).toBe(true);
    expect(t[0].outcomes.map((o) => o.label)).toEqual(r.total.outcomes.map((o) => o.label));
  });

  test("exits without a gender get 'Ej ifyllt eller okänt', in every insats, when the total has any", () => {
    const withBlank = buildReport(
      workbook(
        registerSheet([
          ...rows,
          exit(5, null, "Arbete", { insats: "Team B" }),
          exit(6, "Kvinna", "Arbete", { insats: "Team C" }),
        ]),
      ),
      opts,
    );
    for (const f of [withBlank.total, ...withBlank.insatser])
      expect(f.outcomesByGender.map((g) => g.key)).toEqual([
        "female",
        "male",
        "otherOrUnknown",
        "missing",
      ]);
    expect(withBlank.total.outcomesByGender[3]).toMatchObject({
      gender: "Ej ifyllt eller okänt",
      exited: 1,
    });
    expect(r.total.outcomesByGender.some((g) => g.key === "missing")).toBe(false);
  });
});

describe("medelålder", () => {
  test("the period’s end year minus the birth year over the period’s participants with a birth year, one decimal", () => {
    const rows = [
      participant(1, { gender: "Kvinna", birthYear: 1990 }), // 34
      participant(2, { gender: "Kvinna", birthYear: 1985 }), // 39
      participant(3, { gender: "Man", birthYear: 1980 }), // 44
      participant(4, { gender: "Man", birthYear: null }), // no age: left out
      participant(5, { gender: "Kvinna", birthYear: 1990, start: serial("2025-02-01") }), // not in the period
    ];
    const r = buildReport(workbook(registerSheet(rows)), opts);
    expect(r.total.meanAge).toEqual({
      all: 39,
      count: 3,
      byGender: [
        { key: "female", gender: "Kvinna", value: 36.5, count: 2 },
        { key: "male", gender: "Man", value: 44, count: 1 },
        { key: "otherOrUnknown", gender: "Annat/ej angivet", value: null, count: 0 },
      ],
    });
  });

  test("the end year of a period over two years; thirds round to one decimal", () => {
    const rows = [1990, 1991, 1991].map((y, i) => participant(i + 1, { birthYear: y }));
    const r = buildReport(workbook(registerSheet(rows)), {
      ...opts,
      period: { from: "2024-01-01", to: "2025-06-30" },
    });
    expect(r.total.meanAge.all).toBe(34.3); // (35 + 34 + 34) / 3 = 34.33…
  });

  test("without a birth year column: the age at enrolment plus the years since enrolment", () => {
    const headers = ["Deltagar-ID", "Insats", "Kön", "Ålder vid inskrivning", "Inskrivningsdatum"];
    const rows = [
      ["D1", "Team A", "Kvinna", 30, serial("2022-09-01")], // 32 in 2024
      ["D2", "Team A", "Man", 45, serial("2024-02-01")], // 45
    ];
    const r = buildReport(workbook(registerSheet(rows, { headers })), opts);
    expect(r.total.meanAge.all).toBe(38.5);
    expect(r.total.meanAge.byGender.map((g) => g.value)).toEqual([32, 45, null]);
  });

  test("null where nobody has an age", () => {
    const r = buildReport(workbook(registerSheet([participant(1, { birthYear: null })])), opts);
    expect(r.total.meanAge.all).toBeNull();
    expect(r.total.meanAge.byGender.every((g) => g.value === null)).toBe(true);
  });
});

describe("per gender for random registers", () => {
  const sums = (f: InsatsReport) => {
    const g = f.outcomesByGender;
    expect(g.reduce((s, x) => s + x.exited, 0)).toBe(f.participants.exited);
    f.outcomes.forEach((o, i) =>
      expect(g.reduce((s, x) => s + x.outcomes[i].count, 0)).toBe(o.count),
    );
    expect(f.meanAge.byGender.map((x) => x.key)).toEqual(
      f.meanAge.byGender.length > 3
        ? ["female", "male", "otherOrUnknown", "missing"]
        : ["female", "male", "otherOrUnknown"],
    );
  };

  test("summed over genders, every outcome count and exited equal the insats's", () => {
    fc.assert(
      fc.property(randomRegisterCase, (c) => {
        const { grid, period } = randomRegister(c);
        const r = buildReport(grid, { today: "2026-06-01", period });
        r.insatser.forEach(sums);
        sums(r.total);
        const keys = r.total.outcomesByGender.map((g) => g.key);
        for (const f of r.insatser) expect(f.outcomesByGender.map((g) => g.key)).toEqual(keys);
        // The mean over everyone lies within the genders' means.
        const values = r.total.meanAge.byGender
          .map((g) => g.value)
          .filter((v): v is number => v !== null);
        if (r.total.meanAge.all === null) expect(values).toEqual([]);
        else {
          expect(r.total.meanAge.all).toBeGreaterThanOrEqual(Math.min(...values) - 0.05);
          expect(r.total.meanAge.all).toBeLessThanOrEqual(Math.max(...values) + 0.05);
        }
      }),
      { numRuns: 60 },
    );
  });
});
