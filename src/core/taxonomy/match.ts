import { cleanText, levenshtein, normalizeKey } from "../parse/text";
import type { Category, FieldTaxonomy } from "./types";

export type CategoryMatch =
  /** Typed exactly as a label. */
  | { kind: "exact"; categories: Category[] }
  /** Understood only after trimming, case folding or through a synonym. */
  | { kind: "normalized"; categories: Category[] }
  /** Not in the list; `suggestion` is the nearest label when one is close. */
  | {
      kind: "unknown";
      unknown: string[];
      suggestion: string | null;
      known: Category[];
      canonical: string;
    };

/** Two reasons as written in canonical form. */
export function joinLabels(categories: Category[]): string {
  return categories.map((c) => c.label).join("; ");
}

/** Parts of an exit cell holding two reasons: "Arbete; Studier". */
const MULTI_SEPARATOR = /\s*[;\n]\s*/;

/**
 * Maps typed values to categories of one field. Results are cached per raw text,
 * since registers repeat a handful of values over thousands of rows.
 */
export class CategoryMatcher {
  private readonly index = new Map<string, Category>();
  private readonly cache = new Map<string, CategoryMatch>();
  private readonly candidates: { norm: string; label: string }[] = [];

  constructor(
    readonly taxonomy: FieldTaxonomy,
    private readonly allowMultiple: boolean,
  ) {
    // Labels win over synonyms when two normalise alike.
    for (const c of taxonomy.categories) this.add(normalizeKey(c.label), c);
    for (const c of taxonomy.categories) for (const s of c.synonyms) this.add(normalizeKey(s), c);
  }

  private add(norm: string, c: Category): void {
    if (!norm || this.index.has(norm)) return;
    this.index.set(norm, c);
    this.candidates.push({ norm, label: c.label });
  }

  match(raw: string): CategoryMatch {
    let m = this.cache.get(raw);
    if (!m) {
      m = this.compute(raw);
      this.cache.set(raw, m);
    }
    return m;
  }

  private compute(raw: string): CategoryMatch {
    const exact = this.taxonomy.categories.find((c) => c.label === raw);
    if (exact) return { kind: "exact", categories: [exact] };
    const whole = this.index.get(normalizeKey(raw));
    if (whole) return { kind: "normalized", categories: [whole] };

    const parts = this.allowMultiple
      ? raw.split(MULTI_SEPARATOR).filter((p) => p.trim() !== "")
      : [raw];
    if (parts.length > 1) {
      const found: Category[] = [];
      const unknown: string[] = [];
      const canonicalParts: string[] = [];
      for (const p of parts) {
        const c = this.index.get(normalizeKey(p));
        if (!c) unknown.push(cleanText(p));
        else if (!found.includes(c)) found.push(c);
        if (!c || !canonicalParts.includes(c.label))
          canonicalParts.push(c ? c.label : cleanText(p));
      }
      // Exact only in the canonical form "Arbete; Studier" that formulas count.
      if (unknown.length === 0)
        return { kind: raw === joinLabels(found) ? "exact" : "normalized", categories: found };
      // The known reasons still count, as they do in the report's formulas.
      return {
        kind: "unknown",
        unknown,
        suggestion: this.suggest(unknown[0]),
        known: found,
        canonical: canonicalParts.join("; "),
      };
    }

    const text = cleanText(raw);
    return {
      kind: "unknown",
      unknown: [text],
      suggestion: this.suggest(text),
      known: [],
      canonical: text,
    };
  }

  /** The nearest label, when it is close enough to be a typing mistake. */
  suggest(text: string): string | null {
    const norm = normalizeKey(text);
    if (!norm) return null;
    const limit = Math.min(3, Math.max(1, Math.floor(norm.length / 4)));
    let best: string | null = null;
    let bestDistance = limit + 1;
    for (const c of this.candidates) {
      if (Math.abs(c.norm.length - norm.length) > limit) continue;
      const d = levenshtein(norm, c.norm);
      if (d < bestDistance) {
        bestDistance = d;
        best = c.label;
      }
    }
    return best;
  }
}
