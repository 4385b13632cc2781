import {
  participant,
  registerSheet,
  serial,
  workbook,
  HEADERS,
} from "../../../tests/helpers/registerGrid";
import { serialToIso } from "../parse/dates";
import { buildReport } from "./buildReport";
import { sixMonthsLater } from "./followUp";

const Y2023 = { from: "2023-01-01", to: "2023-12-31" };
const opts = { today: "2025-06-01", period: Y2023 };
const headers = [...HEADERS, "Uppföljning 6 mån"];
const row = (i: number, end: string, exit: string, followUp: string | null, extra = {}) => [
  ...participant(i, { start: serial("2022-01-10"), end: serial(end), exit, ...extra }),
  followUp,
];

describe("six calendar months after an exit", () => {
  test.each([
    ["2023-06-30", "2023-12-30"],
    ["2023-07-01", "2024-01-01"],
    ["2023-08-31", "2024-02-29"], // no 31 February: the month's last day
    ["2022-08-31", "2023-02-28"],
    ["2023-12-31", "2024-06-30"],
    ["2023-03-31", "2023-09-30"],
    ["2023-01-15", "2023-07-15"],
  ])("%s → %s", (from, to) => {
    expect(serialToIso(sixMonthsLater(serial(from)))).toBe(to);
  });
});

describe("uppföljning sex månader efter avslut", () => {
  const rows = [
    row(1, "2023-06-30", "Arbete", "Kvarstår"), // due 2023-12-30: in the 2023 cohort
    row(2, "2023-07-01", "Arbete", "Kvarstår"), // due 2024-01-01: not in 2023
    row(3, "2022-07-01", "Studier", "Kvarstår inte"), // due 2023-01-01: in
    row(4, "2022-06-30", "Studier", "Kvarstår"), // due 2022-12-30: not in
    row(5, "2023-02-01", "Drop-out", "Kvarstår"), // not green: never in the cohort
    row(6, "2023-03-01", "Arbete; Drop-out", "Ej svar"), // green (one green reason): in, not answered
    row(7, "2023-04-01", "Fortsatt aktiv rehabilitering", null), // in, not followed up
    row(8, "2023-05-01", "Arbete", "Ja", { insats: "Team B" }), // in (Ja = Kvarstår)
  ];
  const r = buildReport(workbook(registerSheet(rows, { headers })), opts);

  test("the cohort is every green exit whose date plus six months falls in the period", () => {
    expect(r.insatser[0].followUp).toEqual({
      cohort: 4,
      answered: 2,
      kept: 1,
      answeredShare: 0.5,
      keptShare: 0.5,
    });
    expect(r.insatser[1].followUp).toEqual({
      cohort: 1,
      answered: 1,
      kept: 1,
      answeredShare: 1,
      keptShare: 1,
    });
    expect(r.total.followUp).toEqual({
      cohort: 5,
      answered: 3,
      kept: 2,
      answeredShare: 0.6,
      keptShare: 0.6667,
    });
  });

  test("the 2024 cohort takes the exit of 2023-07-01", () => {
    const r24 = buildReport(workbook(registerSheet(rows, { headers })), {
      ...opts,
      period: { from: "2024-01-01", to: "2024-12-31" },
    });
    expect(r24.insatser[0].followUp).toEqual({
      cohort: 1,
      answered: 1,
      kept: 1,
      answeredShare: 1,
      keptShare: 1,
    });
  });

  test("shares are null without a denominator", () => {
    const none = buildReport(
      workbook(registerSheet([row(1, "2023-06-30", "Arbete", "Ej svar")], { headers })),
      { ...opts, period: { from: "2020-01-01", to: "2020-12-31" } },
    );
    expect(none.total.followUp).toEqual({
      cohort: 0,
      answered: 0,
      kept: 0,
      answeredShare: null,
      keptShare: null,
    });
    const unanswered = buildReport(
      workbook(registerSheet([row(1, "2023-06-30", "Arbete", "Ej svar")], { headers })),
      opts,
    );
    expect(unanswered.total.followUp?.keptShare).toBeNull();
    expect(unanswered.total.followUp?.answeredShare).toBe(0);
  });

  test("null when the register has no follow-up column; only sheets with the column count", () => {
    const plain = registerSheet(
      [participant(1, { start: serial("2022-01-10"), end: serial("2023-03-01"), exit: "Arbete" })],
      { name: "Team C" },
    );
    const without = buildReport(workbook(plain), opts);
    expect(without.total.followUp).toBeNull();
    expect(without.insatser[0].followUp).toBeNull();

    const both = buildReport(
      workbook(
        registerSheet([row(1, "2023-06-30", "Arbete", "Kvarstår", { insats: "Team A" })], {
          headers,
        }),
        {
          ...plain,
          rows: [
            plain.rows[0],
            participant(2, {
              insats: "Team C",
              start: serial("2022-01-10"),
              end: serial("2023-03-01"),
              exit: "Arbete",
            }),
          ],
        },
      ),
      opts,
    );
    expect(both.insatser.map((f) => f.followUp?.cohort ?? null)).toEqual([1, null]);
    expect(both.total.followUp?.cohort).toBe(1);
  });
});
