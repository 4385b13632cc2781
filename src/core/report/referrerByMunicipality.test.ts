import fc from "fast-check";
import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import { randomRegister, randomRegisterCase } from "../../../tests/helpers/randomReport";
import { buildReport } from "./buildReport";

const opts = { today: "2025-06-01", period: { from: "2024-01-01", to: "2024-12-31" } };

describe("remitterande part × hemkommun", () => {
  test("the period's participants per referrer and municipality, blanks under Ej ifyllt eller okänt", () => {
    const rows = [
      participant(1, { referrer: "Försäkringskassan", municipality: "Sala" }),
      participant(2, { referrer: "Försäkringskassan", municipality: "Heby" }),
      participant(3, { referrer: "Arbetsförmedlingen", municipality: "Sala" }),
      participant(4, { referrer: null, municipality: "Sala" }),
      participant(5, { referrer: "Arbetsförmedlingen", municipality: null }),
      // Left the year before: not a participant of 2024.
      participant(6, {
        municipality: "Sala",
        start: serial("2022-01-01"),
        end: serial("2023-06-01"),
        exit: "Arbete",
      }),
    ];
    const r = buildReport(workbook(registerSheet(rows)), opts);
    const cell = (referrer: string, municipality: string) =>
      r.referrerByMunicipality
        .find((x) => x.referrer === referrer)!
        .municipality.find((m) => m.label === municipality)!.count;
    expect(cell("Försäkringskassan", "Sala")).toBe(1);
    expect(cell("Försäkringskassan", "Heby")).toBe(1);
    expect(cell("Arbetsförmedlingen", "Sala")).toBe(1);
    expect(cell("Arbetsförmedlingen", "Ej ifyllt eller okänt")).toBe(1);
    expect(cell("Ej ifyllt eller okänt", "Sala")).toBe(1);
    expect(r.referrerByMunicipality.reduce((s, x) => s + x.total, 0)).toBe(5);
  });

  test("row sums are the referrer totals and column sums the municipality totals", () => {
    fc.assert(
      fc.property(randomRegisterCase, (c) => {
        const { grid, period } = randomRegister(c);
        const r = buildReport(grid, { today: "2026-06-01", period });
        const table = r.referrerByMunicipality;
        const referrers = r.total.breakdowns.referrer;
        const municipalities = r.total.breakdowns.municipality;
        expect(table.map((x) => [x.key, x.referrer])).toEqual(
          referrers.map((x) => [x.key, x.label]),
        );
        table.forEach((row, i) => {
          expect(row.municipality.map((m) => m.key)).toEqual(municipalities.map((m) => m.key));
          const sum = row.municipality.reduce((s, m) => s + m.count, 0);
          expect(sum).toBe(row.total);
          expect(row.total).toBe(referrers[i].total);
        });
        municipalities.forEach((m, j) =>
          expect(table.reduce((s, row) => s + row.municipality[j].count, 0)).toBe(m.total),
        );
        expect(table.reduce((s, row) => s + row.total, 0)).toBe(r.total.participants.total);
      }),
      { numRuns: 60 },
    );
  });
});
