/** What a cell shows for figures that cannot be computed (docs/domain.md: never #DIV/0!). */
export const NOT_COMPUTABLE = "–";
/** What a hidden small count shows (statistics practice). */
export const HIDDEN = "..";

/** Counts of 1 and 2 are hidden when publishing; 0 identifies nobody and is shown. */
export function isHidden(n: number, hideSmall: boolean): boolean {
  return hideSmall && n > 0 && n < 3;
}

export function showCount(n: number, hideSmall: boolean): number | string {
  return isHidden(n, hideSmall) ? HIDDEN : n;
}

export function orDash(v: number | null): number | string {
  return v === null ? NOT_COMPUTABLE : v;
}

/** Wraps a count expression so that the sheet hides 1 and 2 exactly as showCount does. */
export function countFormula(expr: string, hideSmall: boolean): string {
  return hideSmall ? `IF(AND((${expr})>0,(${expr})<3),"${HIDDEN}",${expr})` : expr;
}

/** A share of two cells, "–" without denominator, ".." when either count is hidden. */
export function shareFormula(count: string, of: string, hideSmall: boolean): string {
  const plain = `IF(${of}=0,"${NOT_COMPUTABLE}",${count}/${of})`;
  return hideSmall ? `IF(AND(ISNUMBER(${count}),ISNUMBER(${of})),${plain},"${HIDDEN}")` : plain;
}

/** "1 år och 4 månader" from a number of days: months of 30.4375 days, rounded. */
export function durationText(days: number): string {
  const months = Math.round(days / 30.4375);
  if (months === 0) return "under 1 månad";
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts: string[] = [];
  if (y > 0) parts.push(`${y} år`);
  if (m > 0) parts.push(`${m} ${m === 1 ? "månad" : "månader"}`);
  return parts.join(" och ");
}

/** The same text as durationText, as a formula over a cell holding days. */
export function durationFormula(cell: string): string {
  const months = `ROUND(${cell}/30.4375,0)`;
  const y = `INT(${months}/12)`;
  const m = `MOD(${months},12)`;
  return (
    `IF(NOT(ISNUMBER(${cell})),"${NOT_COMPUTABLE}",IF(${months}=0,"under 1 månad",` +
    `IF(${y}>0,${y}&" år","")&IF(AND(${y}>0,${m}>0)," och ","")&IF(${m}>0,${m}&IF(${m}=1," månad"," månader"),"")))`
  );
}
