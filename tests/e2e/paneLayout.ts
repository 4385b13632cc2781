import type { Page } from "playwright-core";

/** What a person sees of the pane's layout: measured in the page, at its current width. */
export interface PaneLayout {
  /** Each tab's top edge, rounded: one value means one line. */
  tabTops: number[];
  /** Each tab's right edge, rounded, against the viewport's width. */
  tabRights: number[];
  viewport: number;
  /** The document's width: more than the viewport means sideways scrolling. */
  scrollWidth: number;
  /** Font sizes (px) of the charts' labels and values. */
  chartFonts: number[];
  /** The figures written on the charts' bars. */
  barValues: string[];
}

export function measurePane(page: Page): Promise<PaneLayout> {
  return page.evaluate(() => {
    const rect = (e: Element) => e.getBoundingClientRect();
    const tabs = [...document.querySelectorAll('[role="tab"]')];
    const chartText = [
      ...document.querySelectorAll('[data-testid="chart-bar"] span, figure li'),
    ].filter((e) => (e.textContent ?? "").trim() !== "");
    return {
      tabTops: [...new Set(tabs.map((t) => Math.round(rect(t).top)))],
      tabRights: tabs.map((t) => Math.round(rect(t).right)),
      viewport: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      chartFonts: chartText.map((e) => parseFloat(getComputedStyle(e).fontSize)),
      barValues: [...document.querySelectorAll('[data-testid="bar-value"]')].map(
        (e) => e.textContent ?? "",
      ),
    };
  });
}
