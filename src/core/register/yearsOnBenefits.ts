import type { Category } from "../taxonomy/types";

/** Default bucket keys by number of years on public support: [key, from (inclusive), to (exclusive)]. */
const BUCKETS: [string, number, number][] = [
  ["none", 0, Number.MIN_VALUE],
  ["under1", Number.MIN_VALUE, 1],
  ["y1to3", 1, 4],
  ["y4to6", 4, 7],
  ["y7plus", 7, Infinity],
];

/**
 * The bucket a number of years falls in ("3" → "1–3 år"); null when the
 * workbook's own taxonomy has no such bucket.
 */
export function bucketForYears(categories: Category[], years: number): Category | null {
  const b = BUCKETS.find(([, from, to]) => years >= from && years < to);
  return (b && categories.find((c) => c.key === b[0])) ?? null;
}
