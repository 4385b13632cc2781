import fc from "fast-check";
import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import type { CellValue } from "../grid";
import { syntheticRegister } from "../../samples/synthetic";
import { buildReport, ReportOptionsError } from "./buildReport";
import type { InsatsReport } from "./model";

const Y2024 = { from: "2024-01-01", to: "2024-12-31" };
const opts = { today: "2025-06-01", period: Y2024 };
const P = (
  i: number,
  start: string,
  end: string | null = null,
  exit: string | null = null,
  extra = {},
) =>
  participant(i, { start: serial(start), end: end === null ? null : serial(end), exit, ...extra });

describe("period arithmetic", () => {
  const rows = [
    P(1, "2023-05-01"), // before, still enrolled: carried over, ongoing
    P(2, "2023-05-01", "2024-03-01", "Arbete"), // before, ended in: carried over, exited
    P(3, "2023-05-01", "2023-12-31", "Studier"), // ended before: not counted
    P(4, "2024-02-01", "2025-02-01", "Arbete"), // new, ended after: ongoing at period end
    P(5, "2025-01-01"), // starts after: not counted
    P(6, "2024-12-31"), // new on the last day
    P(7, "2023-01-01", "2024-01-01", "Drop-out"), // exits on the first day
    P(8, "2024-06-01", "2024-08-31", "Arbete; Studier"), // two reasons
    P(9, "2022-01-01", "2022-06-01", "Arbete", { id: "D0001" }), // participant 1 enrolled earlier: separate enrolment
  ];
  const r = buildReport(workbook(registerSheet(rows)), opts);
  const t = r.insatser[0];

  test("counts each kind of participant", () => {
    expect(t.participants).toEqual({ total: 6, new: 3, carriedOver: 3, exited: 3, ongoing: 3 });
  });

  test("outcomes are shares of exits; two reasons count in both", () => {
    const byKey = Object.fromEntries(t.outcomes.map((o) => [o.key, [o.count, o.share]]));
    expect(byKey.work).toEqual([2, 0.6667]);
    expect(byKey.studies).toEqual([1, 0.3333]);
    expect(byKey.dropout).toEqual([1, 0.3333]);
    expect(byKey.medicalRehab).toEqual([0, 0]);
    expect(t.exitsWithTwoReasons).toBe(1);
    expect(t.greenExits).toBe(2);
    expect(t.greenShare).toBe(0.6667);
  });

  test("mean days in the insats for green and all exits", () => {
    const d = (a: string, b: string) => serial(b) - serial(a);
    const green = [d("2023-05-01", "2024-03-01"), d("2024-06-01", "2024-08-31")];
    const all = [...green, d("2023-01-01", "2024-01-01")];
    const mean = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) / xs.length);
    expect(t.meanDaysInProgram).toEqual({ green: mean(green), all: mean(all) });
  });

  test("the total is over all insatser, with null where nothing can be computed", () => {
    const empty = buildReport(
      workbook(registerSheet([P(1, "2020-01-01", "2020-02-01", "Arbete")])),
      opts,
    );
    expect(empty.total.participants.total).toBe(0);
    expect(empty.total.greenShare).toBeNull();
    expect(empty.total.meanDaysInProgram).toEqual({ green: null, all: null });
    expect(empty.total.outcomes.every((o) => o.share === null)).toBe(true);
  });

  test("background tables count participants; försörjning efter counts exits; blanks are 'Ej ifyllt'", () => {
    const gender = Object.fromEntries(t.breakdowns.gender.map((g) => [g.key, g.count]));
    expect(gender.female + gender.male + gender.missing).toBe(6);
    const after = t.breakdowns.incomeAfter;
    expect(after.find((x) => x.key === "missing")!.count).toBe(3);
    expect(after.reduce((s, x) => s + x.count, 0)).toBe(3);
    const ref = t.breakdowns.referrer.find((x) => x.key === "fk")!;
    expect([ref.new, ref.total]).toEqual([3, 6]);
  });

  test("rows without insats or readable enrolment date, or with an exit before the start, are left out and listed", () => {
    const bad = buildReport(
      workbook(
        registerSheet([
          P(1, "2024-02-01"),
          participant(2, { insats: null }),
          participant(3, { start: "i våras" }),
          participant(4, {
            start: serial("2024-05-01"),
            end: serial("2024-04-01"),
            exit: "Arbete",
          }),
          participant(5, { end: "snart", exit: "Arbete" }),
        ]),
      ),
      opts,
    );
    expect(bad.total.participants.total).toBe(1);
    expect(bad.excludedRows).toEqual([
      { sheet: "Deltagare", row: 3, reason: "no-insats" },
      { sheet: "Deltagare", row: 4, reason: "no-start" },
      { sheet: "Deltagare", row: 5, reason: "exit-before-start" },
      { sheet: "Deltagare", row: 6, reason: "unreadable-end" },
    ]);
  });
});

describe("nothing to report", () => {
  test("an empty workbook, or one without register or budget, is refused with the check's own message", () => {
    expect(() => buildReport({ sheets: [{ name: "Blad1", rows: [] }] }, opts)).toThrow(
      new ReportOptionsError(
        "Arbetsboken är tom. Öppna arbetsboken med deltagarregistret och försök igen.",
      ),
    );
    expect(() =>
      buildReport({ sheets: [{ name: "Blad1", rows: [["Anteckningar"]] }] }, opts),
    ).toThrow(/^Hittade varken ett deltagarregister eller en budgettabell \(blad: ”Blad1”\)/);
  });

  test("a register with only its header row is a report of zeros, not an error", () => {
    expect(buildReport(workbook(registerSheet([])), opts).total.participants.total).toBe(0);
  });
});

describe("budget and cost", () => {
  const budget = {
    name: "Budget",
    rows: [
      ["Budget 2024 (tkr)"],
      ["Insats", "Tilldelade medel", "Använda medel", "Differens"],
      ["Samordningsteam Norra", 1528, 1284, 241],
      ["Team Syd", 1000, 1100, -100],
      ["Totalt", 2528, 2384, 141],
    ] as CellValue[][],
  };
  const rows = [
    P(1, "2024-01-10", "2024-06-01", "Arbete"),
    P(2, "2024-02-10"),
    P(3, "2023-02-10", "2024-03-01", "Drop-out"),
    P(4, "2024-03-10", null, null, { insats: "Team Väst" }),
  ];
  const r = buildReport(workbook(registerSheet(rows), budget), opts);

  test("budget in kronor with deviation and used share computed, not copied", () => {
    expect(r.budget!.unit).toBe("tkr");
    expect(r.budget!.rows[0]).toEqual({
      insats: "Samordningsteam Norra",
      budget: 1528000,
      actual: 1284000,
      deviation: 244000,
      usedShare: 0.8403,
    });
    expect(r.budget!.total).toEqual({
      budget: 2528000,
      actual: 2384000,
      deviation: 144000,
      usedShare: 0.943,
    });
  });

  test("cost per participant with every denominator; null where it cannot be computed", () => {
    expect(r.cost).toEqual([
      {
        insats: "Samordningsteam Norra",
        cost: 1284000,
        perParticipant: 428000,
        perNew: 642000,
        perExited: 642000,
        perGreenExit: 1284000,
      },
      {
        insats: "Team Väst",
        cost: null,
        perParticipant: null,
        perNew: null,
        perExited: null,
        perGreenExit: null,
      },
      // A budget row without participants keeps its utfall, so the costs add up to the budget's.
      {
        insats: "Team Syd",
        cost: 1100000,
        perParticipant: null,
        perNew: null,
        perExited: null,
        perGreenExit: null,
      },
    ]);
    expect(r.cost.reduce((s, c) => s + (c.cost ?? 0), 0)).toBe(r.budget!.total.actual);
    expect(r.costTotal).toEqual({
      insats: "Totalt",
      cost: 1284000,
      perParticipant: 428000,
      perNew: 642000,
      perExited: 642000,
      perGreenExit: 1284000,
    });
  });
});

describe("identities for random registers", () => {
  const arb = fc.record({
    rows: fc.integer({ min: 0, max: 300 }),
    seed: fc.integer(),
    messiness: fc.double({ min: 0, max: 0.3, noNaN: true }),
    from: fc.integer({ min: 2022, max: 2025 }),
    months: fc.integer({ min: 1, max: 24 }),
  });
  const identities = (f: InsatsReport) => {
    const p = f.participants;
    expect(p.total).toBe(p.carriedOver + p.new);
    expect(p.total).toBe(p.exited + p.ongoing);
    expect(f.outcomes.reduce((s, o) => s + o.count, 0)).toBeGreaterThanOrEqual(f.greenExits);
    for (const b of ["gender", "ageGroup", "education", "yearsOnBenefits", "incomeBefore"] as const)
      expect(f.breakdowns[b].reduce((s, x) => s + x.count, 0)).toBe(p.total);
    expect(f.breakdowns.incomeAfter.reduce((s, x) => s + x.count, 0)).toBe(p.exited);
    expect(f.breakdowns.municipality.reduce((s, x) => s + x.new, 0)).toBe(p.new);
  };

  test("totalt = kvar + nya = avslutade + pågående, and the total is the sum of the insatser", () => {
    fc.assert(
      fc.property(arb, ({ rows, seed, messiness, from, months }) => {
        const grid = {
          sheets: [syntheticRegister({ rows, seed, messiness, fromYear: 2021, toYear: 2025 })],
        };
        const end = new Date(Date.UTC(from, months, 0)).toISOString().slice(0, 10);
        const r = buildReport(grid, {
          today: "2026-01-01",
          period: { from: `${from}-01-01`, to: end },
        });
        r.insatser.forEach(identities);
        identities(r.total);
        for (const k of ["total", "new", "carriedOver", "exited", "ongoing"] as const)
          expect(r.total.participants[k]).toBe(
            r.insatser.reduce((s, f) => s + f.participants[k], 0),
          );
        expect(r.total.greenExits).toBe(r.insatser.reduce((s, f) => s + f.greenExits, 0));
        r.total.outcomes.forEach((o, i) =>
          expect(o.count).toBe(r.insatser.reduce((s, f) => s + f.outcomes[i].count, 0)),
        );
      }),
      { numRuns: 60 },
    );
  });
});
