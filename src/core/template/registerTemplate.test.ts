import fc from "fast-check";
import { columnIndex, type SheetGrid } from "../grid";
import { normalizeKey } from "../parse/text";
import { readWorkbook } from "../readWorkbook";
import { FIELD_HEADERS } from "../register/fields";
import { defaultTaxonomy } from "../taxonomy/defaults";
import { CATEGORY_FIELDS, type Taxonomy } from "../taxonomy/types";
import { fieldValidations, isOwnValidation } from "./fieldValidations";
import { inlineSources } from "./inlineSources";
import { kategorierSheet } from "./kategorierLayout";
import { registerDropDowns, registerTemplate, ROOM_BELOW } from "./registerTemplate";

const TODAY = "2025-06-01";

/** The labels a list source names, looked up in the sheet's rows ("Kategorier!$B$4:$B$6"). */
function labelsAt(rows: (string | null)[][], source: string): (string | null)[] {
  const m = /!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(source)!;
  const col = columnIndex(m[1]);
  return rows.slice(Number(m[2]) - 1, Number(m[4])).map((r) => r[col] ?? null);
}

const asGrid = (rows: (string | null)[][]): SheetGrid => ({ name: "Kategorier", rows });
const comparable = (t: Taxonomy) =>
  CATEGORY_FIELDS.map((f) => t[f].categories.map((c) => [c.key, c.label, c.green, c.synonyms]));

describe("the register template", () => {
  const t = registerTemplate({ taxonomy: defaultTaxonomy(), insatser: [], today: TODAY });

  test("has every canonical header, frozen, and dates formatted", () => {
    expect(t.register.headers).toEqual(Object.values(FIELD_HEADERS).map((h) => h.canonical));
    expect(t.register.freezeRows).toBe(1);
    expect(t.register.dateColumns.map((c) => t.register.headers[c])).toEqual([
      "Inskrivningsdatum",
      "Avslutsdatum",
    ]);
    expect(t.register.columnWidths).toHaveLength(t.register.headers.length);
  });

  test("each drop-down lists its field's categories from the Kategorier sheet", () => {
    const tax = defaultTaxonomy();
    const lists = t.register.validations.filter((v) => v.rule.kind === "list");
    expect(lists.map((v) => t.register.headers[v.col])).toEqual([
      "Insats",
      "Kön",
      "Remitterande part",
      "Avslutsorsak",
      "Försörjning före",
      "Försörjning efter",
      "Utbildningsnivå",
      "Uppföljning 6 mån",
    ]);
    for (const v of lists) {
      const source = (v.rule as { source: string }).source;
      expect(source).toMatch(/^Kategorier!\$B\$\d+:\$B\$\d+$/);
      const labels = labelsAt(t.kategorier.rows, source);
      if (v.field === "insats") expect(labels.every((l) => l === null)).toBe(true);
      else expect(labels).toEqual(tax[v.field as keyof Taxonomy].categories.map((c) => c.label));
      expect(isOwnValidation(v.error.title)).toBe(true);
    }
  });

  test("open lists and exit reasons warn; closed lists stop", () => {
    const style = Object.fromEntries(t.register.validations.map((v) => [v.field, v.error.style]));
    expect(style).toMatchObject({
      gender: "stop",
      education: "stop",
      followUp: "stop",
      referrer: "warning",
      exitReason: "warning",
    });
  });

  test("dates, exit on or after enrolment, birth year up to this year", () => {
    const by = Object.fromEntries(t.register.validations.map((v) => [v.field, v.rule]));
    expect(by.start).toEqual({ kind: "date", min: "2000-01-01", max: "2099-12-31" });
    expect(by.end).toEqual({ kind: "custom", formula: "AND(ISNUMBER(I2),I2>=H2)" });
    expect(by.birthYear).toEqual({ kind: "whole", min: 1900, max: 2025 });
  });

  test("the workbook's insatser fill the Insats list", () => {
    const w = registerTemplate({
      taxonomy: defaultTaxonomy(),
      insatser: ["Team Norr", "Team Syd"],
      today: TODAY,
    });
    const v = w.register.validations.find((x) => x.field === "insats")!;
    expect(labelsAt(w.kategorier.rows, (v.rule as { source: string }).source)).toEqual([
      "Team Norr",
      "Team Syd",
    ]);
  });
});

describe("the Kategorier sheet", () => {
  test("is read back as the same taxonomy, without warnings", () => {
    const sheet = kategorierSheet(defaultTaxonomy(), ["Team Norr"]);
    const r = readWorkbook({ sheets: [asGrid(sheet.rows)] }, { today: TODAY });
    expect(r.issues.filter((i) => i.code.startsWith("KAT"))).toEqual([]);
    expect(comparable(r.taxonomy)).toEqual(comparable(defaultTaxonomy()));
    expect(r.taxonomy.exitReason.source).toBe("Kategorier");
  });

  const label = fc
    .stringMatching(/^[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö /-]{0,20}[A-Za-zÅÄÖåäö]$/)
    .filter((s) => !/\s\s/.test(s));
  test("a workbook's own categories round-trip: labels, order, green, synonyms", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(label, fc.boolean(), fc.array(label, { maxLength: 2 })), {
          minLength: 1,
          maxLength: 8,
          selector: ([l]) => normalizeKey(l),
        }),
        fc.boolean(),
        (cats, split) => {
          const tax = defaultTaxonomy();
          tax.exitReason.categories = cats.map(([l, green, syn], i) => ({
            key: `k${i}`,
            label: l,
            green,
            synonyms: syn,
          }));
          // Different income lists are written as two groups.
          if (split) tax.incomeAfter.categories = tax.incomeAfter.categories.slice(0, 3);
          const sheet = kategorierSheet(tax, []);
          const back = readWorkbook({ sheets: [asGrid(sheet.rows)] }, { today: TODAY }).taxonomy;
          const strip = (t: Taxonomy) =>
            CATEGORY_FIELDS.map((f) => t[f].categories.map((c) => [c.label, c.green, c.synonyms]));
          expect(strip(back)).toEqual(strip(tax));
          const before = labelsAt(sheet.rows, sheet.sources.incomeBefore!);
          const after = labelsAt(sheet.rows, sheet.sources.incomeAfter!);
          expect(after).toEqual(tax.incomeAfter.categories.map((c) => c.label));
          expect(before).toEqual(tax.incomeBefore.categories.map((c) => c.label));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("drop-downs for an existing register", () => {
  test("cover the mapped columns' data rows and room below, nothing else", () => {
    const sheet = {
      name: "Reg",
      headerRow: 2,
      columns: { id: 0, start: 3, end: 5, gender: 1, referrer: 6 },
      headers: [],
      rowCount: 40,
      lastRow: 42,
    };
    const v = registerDropDowns(sheet, { gender: "Kategorier!$B$4:$B$6" }, TODAY);
    expect(v.map((x) => [x.field, x.col, x.firstRow, x.lastRow])).toEqual([
      ["gender", 1, 3, 42 + ROOM_BELOW],
      ["start", 3, 3, 42 + ROOM_BELOW],
      ["end", 5, 3, 42 + ROOM_BELOW],
    ]);
    expect(v[2].rule).toEqual({ kind: "custom", formula: "AND(ISNUMBER(F4),F4>=D4)" });
  });

  test("inline lists when the Kategorier sheet is the user's own", () => {
    const s = inlineSources(defaultTaxonomy(), ["Team, Norr", "Syd"]);
    expect(s.gender).toBe('"Kvinna,Man,Annat/ej angivet"');
    expect(s.insats).toBeUndefined();
    const v = fieldValidations({
      columns: { gender: 2 },
      firstRow: 1,
      lastRow: 9,
      sources: s,
      year: 2025,
    });
    expect(v[0].rule).toEqual({ kind: "list", source: s.gender });
  });
});
