/**
 * The pane's chart colours: Okabe–Ito's colour-blind-safe set (one red-orange only), each with
 * the text colour (black or white) that reads best on it, so values can sit on the bars.
 */
export const CHART_COLORS = [
  "#0072B2", // blue
  "#E69F00", // orange
  "#009E73", // bluish green
  "#CC79A7", // reddish purple
  "#56B4E9", // sky blue
  "#D55E00", // vermilion
  "#F0E442", // yellow
  "#595959", // grey
  "#332288", // indigo
  "#117733", // dark green
] as const;

const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG relative luminance of "#RRGGBB". */
export function luminance(hex: string): number {
  const [r, g, b] = [0, 1, 2].map((i) => linear(channel(hex, i)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever contrasts more with the background. */
export function textOn(background: string): "#000000" | "#FFFFFF" {
  return contrast(background, "#000000") >= contrast(background, "#FFFFFF") ? "#000000" : "#FFFFFF";
}

/** A series' colour, cycling when there are more series than colours. */
export const seriesColor = (i: number) => CHART_COLORS[i % CHART_COLORS.length];
