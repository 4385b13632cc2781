import type { RegisterRow } from "../register/types";

export interface InsatsConflict {
  insats: string;
  files: [string, string];
}

function signature(r: RegisterRow): string {
  return JSON.stringify([
    r.id,
    r.start,
    r.end,
    r.exitReasons.map((c) => c.key),
    r.gender?.key,
    r.birthYear,
    r.age,
    r.municipality,
    r.referrer?.key,
    r.incomeBefore?.key,
    r.incomeAfter?.key,
    r.education?.key,
    r.yearsOnBenefits?.key,
    r.followUp?.key,
  ]);
}

/**
 * Registers from several files (one per team, as a kansli receives them): an insats
 * found in two files is the same data sent twice when its rows are identical (the
 * later copy is left out), and a conflict otherwise.
 */
export function resolveSources(
  rows: RegisterRow[],
  fileOf: (sheet: string) => string,
): { keep: RegisterRow[]; conflicts: InsatsConflict[] } {
  const byInsats = new Map<string, Map<string, RegisterRow[]>>();
  for (const r of rows) {
    if (r.insats === null) continue;
    const files = byInsats.get(r.insats) ?? new Map<string, RegisterRow[]>();
    byInsats.set(r.insats, files);
    const file = fileOf(r.sheet);
    const list = files.get(file);
    if (list) list.push(r);
    else files.set(file, [r]);
  }
  const dropped = new Set<RegisterRow>();
  const conflicts: InsatsConflict[] = [];
  for (const [insats, files] of byInsats) {
    const [first, ...others] = [...files.entries()];
    const firstSig = first[1].map(signature).sort().join("\n");
    for (const [file, list] of others) {
      if (list.map(signature).sort().join("\n") === firstSig) list.forEach((r) => dropped.add(r));
      else conflicts.push({ insats, files: [first[0], file] });
    }
  }
  return { keep: rows.filter((r) => !dropped.has(r)), conflicts };
}
