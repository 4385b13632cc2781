/**
 * @jest-environment jsdom
 */
import { screen, within } from "@testing-library/react";
import fc from "fast-check";
import { formatCount } from "../format/format";
import { sv } from "../i18n/sv";
import { reportResult } from "../testing/fixtures";
import { renderPane } from "../testing/renderWithProviders";
import { BarChart, type ChartData } from "./BarChart";
import { textOn } from "./chartPalette";
import { genderChart, incomeChart, outcomeChart, yearsChart } from "./ReportPage";

const figures = (el: HTMLElement, id: string) =>
  within(el)
    .queryAllByTestId(id)
    .map((e) => e.textContent);

describe("bar charts", () => {
  test("stacked: every bar's total is written after it, and wide segments carry their value", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (series) => {
          const data: ChartData = {
            bars: ["A", "B", "C"],
            series: series.map((values, i) => ({ label: `S${i}`, values })),
          };
          const { container, unmount } = renderPane(
            <BarChart title="T" data={data} tableLabel="Siffror" />,
          );
          const bars = within(container).getAllByTestId("chart-bar");
          const totals = [0, 1, 2].map((b) => series.reduce((sum, v) => sum + v[b], 0));
          expect(bars.map((b) => figures(b, "bar-value"))).toEqual(
            totals.map((t) => [formatCount(t)]),
          );
          // A segment of a tenth of the longest bar or more shows its figure, in the readable text colour.
          const max = Math.max(1, ...totals);
          bars.forEach((bar, b) => {
            const wide = series.map((v) => v[b]).filter((v) => v > 0 && v / max >= 0.1);
            expect(figures(bar, "segment-value")).toEqual(wide.map(formatCount));
          });
          unmount();
        },
      ),
      { numRuns: 20 },
    );
  });

  test("grouped: one bar per series with its own figure; segments' text colours contrast", () => {
    const data: ChartData = {
      bars: ["2023", "2024"],
      series: [
        { label: "Totalt", values: [151, 1274] },
        { label: "Nya", values: [151, 148] },
      ],
    };
    renderPane(<BarChart layout="grouped" title="År" data={data} tableLabel="Siffror" />);
    const bars = screen.getAllByTestId("chart-bar");
    expect(bars.map((b) => figures(b, "bar-value"))).toEqual([
      ["151", "151"],
      [formatCount(1274), "148"],
    ]);
    expect(screen.getByRole("img", { name: "År" })).toBeTruthy();
    expect(textOn("#0072B2")).toBe("#FFFFFF");
  });

  test("the report's charts: exit reasons per insats, income before/after, years and gender from the model", () => {
    const { model } = reportResult();
    const outcomes = outcomeChart(model);
    expect(outcomes.bars).toEqual(model.insatser.map((i) => i.name));
    const income = incomeChart(model, "Före", "Efter");
    const before = model.total.breakdowns.incomeBefore;
    const after = model.total.breakdowns.incomeAfter;
    const used = before.filter((x, k) => x.count > 0 || after[k].count > 0);
    expect(income.bars).toEqual(used.map((x) => x.label));
    expect(income.series[0].values).toEqual(used.map((x) => x.count));
    expect(income.series[1].values).toEqual(
      used.map((x) => after.find((y) => y.key === x.key)!.count),
    );
    const years = yearsChart(model, sv.report.yearsSeries);
    expect(years.bars).toEqual(model.years.map((y) => String(y.year)));
    expect(years.series.map((x) => x.values)).toEqual([
      model.years.map((y) => y.participants.total),
      model.years.map((y) => y.participants.new),
      model.years.map((y) => y.participants.exited),
    ]);
    const gender = genderChart(model, "Deltagare");
    const counts = model.total.breakdowns.gender.map((g) => g.count);
    expect(gender.series[0].values).toEqual(counts);
    const all = counts.reduce((a, b) => a + b, 0);
    gender.bars.forEach((label, k) =>
      expect(label).toContain(`${Math.round((counts[k] / all) * 100)}\u00A0%`),
    );
  });
});
