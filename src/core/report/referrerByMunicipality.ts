import type { RegisterRow } from "../register/types";
import type { Category } from "../taxonomy/types";
import { municipalityKey } from "./insatsFigures";
import { MISSING_KEY, MISSING_LABEL } from "./missing";
import type { ReferrerByMunicipality } from "./model";

/**
 * Remitterande part × hemkommun over the period's participants: every referrer category, then
 * "Ej ifyllt eller okänt", each with every municipality and the same last row, so that row sums
 * are the referrer totals and column sums the municipality totals of `breakdowns`.
 */
export function referrerByMunicipality(
  participants: RegisterRow[],
  referrers: Category[],
  municipalities: Category[],
): ReferrerByMunicipality[] {
  const refIndex = new Map(referrers.map((c, i) => [c.key, i]));
  const munIndex = new Map(municipalities.map((c, i) => [c.key, i]));
  const counts = Array.from({ length: referrers.length + 1 }, () =>
    new Array<number>(municipalities.length + 1).fill(0),
  );
  for (const r of participants) {
    const i = (r.referrer && refIndex.get(r.referrer.key)) ?? referrers.length;
    const m = r.municipality === null ? undefined : munIndex.get(municipalityKey(r.municipality));
    counts[i][m ?? municipalities.length]++;
  }
  const withMissing = (cats: Category[]) => [
    ...cats.map((c) => ({ key: c.key, label: c.label })),
    { key: MISSING_KEY, label: MISSING_LABEL },
  ];
  const mun = withMissing(municipalities);
  return withMissing(referrers).map((ref, i) => ({
    key: ref.key,
    referrer: ref.label,
    municipality: mun.map((m, j) => ({ key: m.key, label: m.label, count: counts[i][j] })),
    total: counts[i].reduce((s, x) => s + x, 0),
  }));
}
