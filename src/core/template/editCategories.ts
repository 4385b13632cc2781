import type { Issue } from "../issue";
import { cleanText, normalizeKey } from "../parse/text";
import { defaultKeyForLabel } from "../taxonomy/defaults";
import { keyFromLabel, uniqueKey } from "../taxonomy/kategorierSheet";
import type { Category, CategoryField, Taxonomy } from "../taxonomy/types";

/** A category as the user edits it in Inställningar. */
export interface EditedCategory {
  label: string;
  green: boolean;
  synonyms: string[];
}

/** The fields the user edited, each with its whole new list in report order. */
export type CategoryEdits = Partial<Record<CategoryField, EditedCategory[]>>;

/**
 * The taxonomy with each edited field replaced, as the Kategorier sheet would replace it: labels
 * trimmed, blanks and repeats (ignoring case and spaces) dropped, green for exit reasons only,
 * and the default keys kept for default labels ("Arbete" stays "work").
 */
export function applyCategoryEdits(base: Taxonomy, edits: CategoryEdits): Taxonomy {
  const out = { ...base };
  for (const [field, list] of Object.entries(edits) as [CategoryField, EditedCategory[]][]) {
    const categories: Category[] = [];
    for (const e of list) {
      const label = cleanText(e.label);
      const norm = normalizeKey(label);
      if (!norm || categories.some((c) => normalizeKey(c.label) === norm)) continue;
      categories.push({
        key: uniqueKey(
          categories,
          defaultKeyForLabel(field, norm, normalizeKey) ?? keyFromLabel(label),
        ),
        label,
        green: field === "exitReason" && e.green,
        synonyms: e.synonyms.map((s) => cleanText(s)).filter(Boolean),
      });
    }
    out[field] = { ...base[field], categories, source: "Kategorier" };
  }
  return out;
}

/** A register value the edited lists no longer know, with how many cells hold it. */
export interface UnknownValue {
  column: string;
  value: string;
  count: number;
}

/**
 * Values unknown after the edit that were understood before, counted per column and value. The
 * values come from the issues, so they are masked by the same rule as every issue.
 */
export function newlyUnknown(before: Issue[], after: Issue[]): UnknownValue[] {
  const code = "REG-CATEGORY-UNKNOWN";
  const was = new Set(before.filter((i) => i.code === code).map((i) => `${i.sheet}!${i.cell}`));
  const counts = new Map<string, UnknownValue>();
  for (const i of after) {
    if (i.code !== code || was.has(`${i.sheet}!${i.cell}`)) continue;
    const value = String(i.value ?? "");
    const key = `${i.column}\u0000${value}`;
    const u = counts.get(key) ?? { column: i.column, value, count: 0 };
    u.count++;
    counts.set(key, u);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
