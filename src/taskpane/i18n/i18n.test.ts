import { en } from "./en";
import { sv } from "./sv";

/** Every leaf of a strings object, with functions called on sample arguments. */
function leaves(o: unknown, path = ""): [string, string][] {
  if (typeof o === "string") return [[path, o]];
  // ["X"] reads as "X" where a text is expected and serves lists too.
  if (typeof o === "function")
    return [[path, String((o as (...a: unknown[]) => unknown)(["X"], 2, 3))]];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k),
  );
}

describe("i18n", () => {
  test("en has exactly the keys of sv, none empty", () => {
    const s = leaves(sv);
    const e = leaves(en);
    expect(e.map(([k]) => k)).toEqual(s.map(([k]) => k));
    for (const [k, v] of [...s, ...e])
      expect({ k, empty: v.trim() === "" }).toEqual({ k, empty: false });
  });

  test("the Swedish text really is Swedish where the English differs", () => {
    const s = new Map(leaves(sv));
    const differing = leaves(en).filter(([k, v]) => s.get(k) !== v);
    expect(differing.length).toBeGreaterThan(60);
  });
});
