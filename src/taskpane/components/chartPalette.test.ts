import { CHART_COLORS, contrast, textOn } from "./chartPalette";

/** CIE L*a*b* of "#RRGGBB" (D65), for telling colours apart by eye. */
function lab(hex: string): [number, number, number] {
  const lin = [0, 1, 2]
    .map((i) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const [r, g, b] = lin;
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116));
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}
const deltaE = (a: string, b: string) => {
  const [x, y] = [lab(a), lab(b)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
};
const hue = (hex: string) => {
  const [, a, b] = lab(hex);
  return ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
};

describe("chart palette", () => {
  test("values on every colour are readable: contrast at least 4.5:1 (WCAG AA)", () => {
    for (const c of CHART_COLORS) expect(contrast(c, textOn(c))).toBeGreaterThanOrEqual(4.5);
  });

  test("every two colours are clearly different (CIE76 ΔE ≥ 20)", () => {
    for (const [i, a] of CHART_COLORS.entries())
      for (const b of CHART_COLORS.slice(i + 1)) expect(deltaE(a, b)).toBeGreaterThanOrEqual(20);
  });

  test("at most one red: one colour with a saturated hue between magenta-red and orange-red", () => {
    const reds = CHART_COLORS.filter((c) => {
      const [, a, b] = lab(c);
      const h = hue(c);
      return Math.hypot(a, b) > 40 && (h < 45 || h > 345);
    });
    expect(reds.length).toBeLessThanOrEqual(1);
  });

  test("textOn picks the stronger of black and white", () => {
    expect(textOn("#FFFFFF")).toBe("#000000");
    expect(textOn("#000000")).toBe("#FFFFFF");
  });
});
