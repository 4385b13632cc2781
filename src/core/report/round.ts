/** Rounds half away from zero, as Excel's ROUND does (Math.round rounds -2.5 to -2). */
export function roundExcel(x: number, decimals = 0): number {
  const f = 10 ** decimals;
  // The epsilon absorbs binary noise such as 1.005 * 100 = 100.49999999999999.
  const r = Math.round(Math.abs(x) * f * (1 + Number.EPSILON)) / f;
  return x < 0 ? -r : r;
}

/** Shares are fractions with four decimals (docs/report-json.md); null when there is no denominator. */
export function share(count: number, of: number): number | null {
  return of === 0 ? null : roundExcel(count / of, 4);
}
