import { cleanText } from "../parse/text";
import type { Category } from "../taxonomy/types";

/**
 * What makes two values of an open list the same row: case and spacing ignored, nothing else
 * (docs/domain.md, "Closed and open lists"), as COUNTIFS compares text once spaces are trimmed.
 */
export function openListKey(text: string): string {
  return cleanText(text).toLowerCase();
}

/** Municipalities are plain text in the register: their display name makes their key. */
export function municipalityKey(name: string): string {
  return "m-" + name;
}

interface Group {
  category: Category;
  /** Spelling → how many cells wrote it, in order of first appearance. */
  spellings: Map<string, number>;
}

/**
 * The values of one open list (referrer, municipality) as the register writes them: every
 * distinct value is a category of its own, labelled with its most frequent spelling (ties: the
 * first seen). Labels are settled once every sheet is read, so categories handed out earlier
 * are updated in place.
 */
export class OpenList {
  private readonly groups = new Map<string, Group>();

  constructor(
    /** A category's key from its grouping key and settled label, e.g. the taxonomy's "fk" for "Försäkringskassan". */
    private readonly keyFor: (groupKey: string, label: string) => string,
  ) {}

  /** The category of a (cleaned, non-empty) value. */
  add(text: string): Category {
    const k = openListKey(text);
    let g = this.groups.get(k);
    if (!g) {
      g = {
        category: { key: this.keyFor(k, text), label: text, green: false, synonyms: [] },
        spellings: new Map(),
      };
      this.groups.set(k, g);
    }
    g.spellings.set(text, (g.spellings.get(text) ?? 0) + 1);
    return g.category;
  }

  /** Gives every category its most frequent spelling; returns them in order of first appearance. */
  settle(): Category[] {
    for (const [k, g] of this.groups) {
      let best = g.category.label;
      let most = 0;
      for (const [spelling, n] of g.spellings)
        if (n > most) {
          best = spelling;
          most = n;
        }
      g.category.label = best;
      g.category.key = this.keyFor(k, best);
    }
    return [...this.groups.values()].map((g) => g.category);
  }
}
