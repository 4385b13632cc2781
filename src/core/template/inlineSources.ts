import type { Taxonomy } from "../taxonomy/types";
import { LIST_FIELDS, type ListSources } from "./validation";

/** Excel's limit for a list written in the validation itself. */
const MAX_INLINE = 255;

/**
 * Lists written in the validation itself ("\"Kvinna,Man\""), for a workbook whose Kategorier sheet
 * is the user's own (the add-in never rewrites it). A list too long for Excel, or with a comma or
 * quote in a label, gets no drop-down.
 */
export function inlineSources(taxonomy: Taxonomy, insatser: string[]): ListSources {
  const out: ListSources = {};
  for (const field of LIST_FIELDS) {
    const labels = field === "insats" ? insatser : taxonomy[field].categories.map((c) => c.label);
    const joined = labels.join(",");
    if (labels.length === 0 || labels.some((l) => /[,"]/.test(l)) || joined.length > MAX_INLINE)
      continue;
    out[field] = `"${joined}"`;
  }
  return out;
}
