import type { Category } from "../taxonomy/types";

/**
 * Default bucket keys by number of years on public support: [key, from (inclusive), to (exclusive)].
 * 0 years is "Under 1 år": "Ingen" is never a number, only its label or no public support before.
 */
const BUCKETS: [string, number, number][] = [
  ["under1", 0, 1],
  ["y1to3", 1, 4],
  ["y4to6", 4, 7],
  ["y7plus", 7, Infinity],
];

/** The key of the bucket "Ingen" (docs/domain.md), and of "Ingen offentlig försörjning" among incomes. */
export const NO_SUPPORT_KEY = "none";

/**
 * The bucket a number of years falls in ("3" → "1–3 år"); null when the
 * workbook's own taxonomy has no such bucket.
 */
export function bucketForYears(categories: Category[], years: number): Category | null {
  const b = BUCKETS.find(([, from, to]) => years >= from && years < to);
  return (b && categories.find((c) => c.key === b[0])) ?? null;
}

/**
 * The years-on-support bucket of a participant: "Ingen" when Försörjning före is "Ingen offentlig
 * försörjning" (whatever the years cell says), else the bucket read from the years cell. Without
 * an "Ingen" bucket in the workbook's taxonomy, the years cell alone.
 */
export function yearsWithIncome(
  categories: Category[],
  fromCell: Category | null,
  incomeBefore: Category | null,
): Category | null {
  if (incomeBefore?.key !== NO_SUPPORT_KEY) return fromCell;
  return categories.find((c) => c.key === NO_SUPPORT_KEY) ?? fromCell;
}
