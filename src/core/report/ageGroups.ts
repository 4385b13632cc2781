/** Age groups at enrolment (docs/domain.md); the first group also takes the rare younger participant. */
export const AGE_GROUPS: { key: string; label: string; max: number }[] = [
  { key: "16-29", label: "16–29 år", max: 29 },
  { key: "30-39", label: "30–39 år", max: 39 },
  { key: "40-49", label: "40–49 år", max: 49 },
  { key: "50-59", label: "50–59 år", max: 59 },
  { key: "60+", label: "60 år eller äldre", max: Infinity },
];

export function ageGroupKey(age: number): string {
  return AGE_GROUPS.find((g) => age <= g.max)!.key;
}
