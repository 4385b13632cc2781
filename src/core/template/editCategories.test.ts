import fc from "fast-check";
import type { Issue } from "../issue";
import { defaultTaxonomy } from "../taxonomy/defaults";
import { applyCategoryEdits, newlyUnknown } from "./editCategories";

const issue = (cell: string, value: string, code = "REG-CATEGORY-UNKNOWN"): Issue => ({
  code,
  severity: "error",
  sheet: "Reg",
  cell,
  row: 2,
  column: "Avslutsorsak",
  value,
  message: "",
  suggestion: null,
});

describe("applyCategoryEdits", () => {
  test("replaces only the edited field; trims, drops blanks and repeats, keeps default keys", () => {
    const base = defaultTaxonomy();
    const t = applyCategoryEdits(base, {
      exitReason: [
        { label: " Arbete ", green: true, synonyms: [" Jobb ", ""] },
        { label: "arbete", green: false, synonyms: [] },
        { label: "", green: false, synonyms: [] },
        { label: "Redo för arbete", green: true, synonyms: [] },
      ],
      gender: [{ label: "Kvinna", green: true, synonyms: [] }],
    });
    expect(t.exitReason.categories).toEqual([
      { key: "work", label: "Arbete", green: true, synonyms: ["Jobb"] },
      { key: "redoForArbete", label: "Redo för arbete", green: true, synonyms: [] },
    ]);
    expect(t.exitReason.source).toBe("Kategorier");
    // Stegförflyttning belongs to exit reasons only.
    expect(t.gender.categories[0].green).toBe(false);
    expect(t.education).toEqual(base.education);
  });
});

describe("newlyUnknown", () => {
  test("counts per value the cells unknown after the edit and not before", () => {
    const before = [issue("I2", "Drop-out"), issue("C2", "x", "REG-VALUE-NORMALIZED")];
    const after = [
      issue("I2", "Drop-out"),
      issue("I3", "Studier"),
      issue("I4", "Studier"),
      issue("I5", "Avbrott"),
    ];
    expect(newlyUnknown(before, after)).toEqual([
      { column: "Avslutsorsak", value: "Studier", count: 2 },
      { column: "Avslutsorsak", value: "Avbrott", count: 1 },
    ]);
  });

  test("the counts add up to the newly unknown cells", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 2, max: 40 }), fc.constantFrom("a", "b", "c"), fc.boolean()),
        ),
        (cells) => {
          const unique = [...new Map(cells.map((c) => [c[0], c])).values()];
          const after = unique.map(([r, v]) => issue(`I${r}`, v));
          const before = unique.filter(([, , was]) => was).map(([r, v]) => issue(`I${r}`, v));
          const total = newlyUnknown(before, after).reduce((n, u) => n + u.count, 0);
          expect(total).toBe(unique.filter(([, , was]) => !was).length);
        },
      ),
    );
  });
});
