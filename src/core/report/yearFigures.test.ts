import fc from "fast-check";
import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import { randomRegister, randomRegisterCase } from "../../../tests/helpers/randomReport";
import { buildReport } from "./buildReport";
import type { YearFigures } from "./model";

const opts = { today: "2026-06-01", period: { from: "2024-01-01", to: "2024-12-31" } };

describe("jämförelse årsvis", () => {
  const rows = [
    participant(1, { start: serial("2021-03-01"), end: serial("2022-02-01"), exit: "Arbete" }),
    participant(2, { start: serial("2022-05-01"), end: serial("2024-02-01"), exit: "Drop-out" }),
    participant(3, { start: serial("2024-05-01"), insats: "Team B" }),
  ];
  const r = buildReport(workbook(registerSheet(rows)), opts);

  test("every calendar year from the register's first enrolment year to the period's year", () => {
    expect(r.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024]);
    // Team B starts in 2024 but lists the same years, so that tables line up.
    expect(r.insatser[1].years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(r.years).toBe(r.total.years);
  });

  test("each year by the period arithmetic", () => {
    const y = Object.fromEntries(r.years.map((x) => [x.year, x]));
    expect(y[2021].participants).toEqual({
      total: 1,
      new: 1,
      carriedOver: 0,
      exited: 0,
      ongoing: 1,
    });
    expect(y[2022]).toEqual({
      year: 2022,
      participants: { total: 2, new: 1, carriedOver: 1, exited: 1, ongoing: 1 },
      greenExits: 1,
      greenShare: 1,
    });
    expect(y[2023].participants).toEqual({
      total: 1,
      new: 0,
      carriedOver: 1,
      exited: 0,
      ongoing: 1,
    });
    expect(y[2023].greenShare).toBeNull();
    expect(y[2024].participants).toEqual(r.total.participants);
  });

  test("a period before the register's first enrolment has its own year only", () => {
    const early = buildReport(workbook(registerSheet(rows)), {
      ...opts,
      period: { from: "2019-01-01", to: "2019-12-31" },
    });
    expect(early.years.map((y) => y.year)).toEqual([2019]);
    expect(early.years[0].participants.total).toBe(0);
  });
});

describe("year figures for random registers", () => {
  const identities = (y: YearFigures) => {
    const p = y.participants;
    expect(p.total).toBe(p.carriedOver + p.new);
    expect(p.total).toBe(p.exited + p.ongoing);
    expect(y.greenExits).toBeLessThanOrEqual(p.exited);
  };

  test("totalt = kvar + nya = avslutade + pågående each year, and the total is the sum of the insatser", () => {
    fc.assert(
      fc.property(randomRegisterCase, (c) => {
        const { grid, period } = randomRegister(c);
        const r = buildReport(grid, { today: "2026-06-01", period });
        const endYear = Number(period.to.slice(0, 4));
        expect(r.years[r.years.length - 1].year).toBe(endYear);
        for (const f of [...r.insatser, r.total]) {
          expect(f.years.map((y) => y.year)).toEqual(r.years.map((y) => y.year));
          f.years.forEach(identities);
        }
        r.total.years.forEach((y, i) => {
          for (const k of ["total", "new", "carriedOver", "exited", "ongoing"] as const)
            expect(y.participants[k]).toBe(
              r.insatser.reduce((s, f) => s + f.years[i].participants[k], 0),
            );
          expect(y.greenExits).toBe(r.insatser.reduce((s, f) => s + f.years[i].greenExits, 0));
        });
        // A whole calendar year's own figures are the period's.
        if (period.to === `${endYear}-12-31` && period.from === `${endYear}-01-01`)
          expect(r.total.years[r.years.length - 1].participants).toEqual(r.total.participants);
      }),
      { numRuns: 60 },
    );
  });
});
