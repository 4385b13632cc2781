import { NO_SUPPORT_KEY } from "../../register/yearsOnBenefits";
import type { BreakdownCategories } from "../../report/insatsFigures";
import type { BreakdownItem, InsatsReport, SplitItem } from "../../report/model";
import type { Category } from "../../taxonomy/types";
import { countFormula, showCount } from "../display";
import { notTextCriterion, str, textCriterion } from "../formulaText";
import { combine, countExpr, type Alternative, type PeriodAlternatives } from "../registerFormulas";
import { FORMATS } from "../sheetSpec";
import { layoutText as T } from "../text.sv";
import type { ResultatRows } from "./rows";

/**
 * Numeric bucket bounds of the default "years on public support" categories
 * (register/yearsOnBenefits.ts): 0 years is "Under 1 år"; "Ingen" is never a number.
 */
const YEAR_BOUNDS: Record<string, [string, string | null]> = {
  under1: [">=0", "<1"],
  y1to3: [">=1", "<4"],
  y4to6: [">=4", "<7"],
  y7plus: [">=7", null],
};

/**
 * A bucket is its label typed as text, or a number of years within its bounds. When both the
 * buckets and Försörjning före have "none" (Ingen / Ingen offentlig försörjning), a participant
 * without public support before is "Ingen" whatever the years cell says, and in no other bucket.
 */
function yearsAlternatives(c: Category, cats: BreakdownCategories): Alternative[] {
  const alts: Alternative[] = [[["yearsOnBenefits", textCriterion(c.label)]]];
  const bounds = YEAR_BOUNDS[c.key];
  if (bounds) {
    const [lo, hi] = bounds;
    const numeric: Alternative = [["yearsOnBenefits", str(lo)]];
    if (hi) numeric.push(["yearsOnBenefits", str(hi)]);
    alts.push(numeric);
  }
  const noneBucket = cats.yearsOnBenefits.find((x) => x.key === NO_SUPPORT_KEY);
  const noIncome = noneBucket && cats.incomeBefore.find((x) => x.key === NO_SUPPORT_KEY);
  if (!noIncome) return alts;
  if (c.key === NO_SUPPORT_KEY)
    return [
      ...alts,
      [
        ["incomeBefore", textCriterion(noIncome.label)],
        ["yearsOnBenefits", notTextCriterion(c.label)],
      ],
    ];
  return alts.map((alt) => [...alt, ["incomeBefore", notTextCriterion(noIncome.label)]]);
}

/** How a background table lists its categories (docs/domain.md, "Closed and open lists"). */
interface BlockRows {
  /** An open list (referrer, municipality): rows whose every figure is 0 are not shown. */
  open?: boolean;
  /** The label a row shows, when the reports' words differ from the register's ("Kvinnor"). */
  display?: (item: BreakdownItem) => string;
}

/**
 * One background table: a row per category counted over `base`; the last row (not filled in or
 * unknown) is everyone in `base` minus the known rows, shown only when someone is in it. Then
 * the block's Summa, equal to the base figure. Without category conditions (age groups,
 * computed from birth years) the figures are values.
 */
function breakdown(
  r: ResultatRows,
  total: InsatsReport,
  key: string,
  title: string,
  items: (f: InsatsReport) => BreakdownItem[],
  base: Alternative[],
  catAlts: ((i: number) => Alternative[]) | null,
  how: BlockRows = {},
): void {
  const first = items(total);
  const missingAt = first.length - 1;
  // The total counts every insats's rows: a row 0 in the total is 0 in every column.
  const shown = first
    .map((item, i) => ({ item, i }))
    .filter(({ item, i }) => (i === missingAt || how.open ? item.count > 0 : true));
  r.section(key, title, shown.length);
  const top = r.row;
  for (const { item, i } of shown)
    r.figureRow(how.display?.(item) ?? item.label, FORMATS.count, (c) => {
      const value = showCount(items(c.f)[i].count, r.hideSmall);
      if (!catAlts) return { value };
      if (i !== missingAt)
        return {
          value,
          formula: countFormula(countExpr(c.terms, combine(base, catAlts(i))), r.hideSmall),
        };
      const all = countExpr(c.terms, base);
      const known = first.slice(0, -1).map((_, j) => countExpr(c.terms, combine(base, catAlts(j))));
      return { value, formula: countFormula(`(${all})-(${known.join("+") || "0"})`, r.hideSmall) };
    });
  r.sumRow(T.sum, top, r.row - 1, (f) => items(f).reduce((n, x) => n + x.count, 0), base);
  r.gap();
}

type LabelField =
  "gender" | "education" | "incomeBefore" | "incomeAfter" | "referrer" | "municipality";

/** Bakgrund: kön, ålder, utbildning, tid i offentlig försörjning, försörjning före och efter, remittent, hemkommun. */
export function backgroundBlocks(
  r: ResultatRows,
  total: InsatsReport,
  categories: BreakdownCategories,
  alts: PeriodAlternatives,
): { genderTableRow: number; incomeBeforeTableRow: number } {
  const labelAlts =
    (field: LabelField, list: { label: string }[]) =>
    (i: number): Alternative[] => [[[field, textCriterion(list[i].label)]]];
  const table = (
    key: string,
    title: string,
    items: (f: InsatsReport) => BreakdownItem[],
    base: Alternative[],
    catAlts: ((i: number) => Alternative[]) | null,
    how?: BlockRows,
  ) => breakdown(r, total, key, title, items, base, catAlts, how);
  // The reports' words for the rows; the formulas still count the taxonomy's labels.
  const genderTableRow = r.row;
  table(
    "Kon",
    T.gender,
    (f) => f.breakdowns.gender,
    alts.participants,
    labelAlts("gender", categories.gender),
    { display: (item) => T.genderRows[item.key] ?? item.label },
  );
  table("Alder", T.ageGroup, (f) => f.breakdowns.ageGroup, alts.participants, null);
  table(
    "Utbildning",
    T.education,
    (f) => f.breakdowns.education,
    alts.participants,
    labelAlts("education", categories.education),
  );
  table(
    "Offentlig_forsorjning",
    T.yearsOnBenefits,
    (f) => f.breakdowns.yearsOnBenefits,
    alts.participants,
    (i) => yearsAlternatives(categories.yearsOnBenefits[i], categories),
  );
  const incomeBeforeTableRow = r.row;
  table(
    "Forsorjning_fore",
    T.incomeBefore,
    (f) => f.breakdowns.incomeBefore,
    alts.participants,
    labelAlts("incomeBefore", categories.incomeBefore),
  );
  table(
    "Forsorjning_efter",
    T.incomeAfter,
    (f) => f.breakdowns.incomeAfter,
    alts.exited,
    labelAlts("incomeAfter", categories.incomeAfter),
  );
  const split =
    (pick: (f: InsatsReport) => SplitItem[], which: "new" | "total") => (f: InsatsReport) =>
      pick(f).map((x) => ({ key: x.key, label: x.label, count: x[which] }));
  table(
    "Remittent_nya",
    T.referrerNew,
    split((f) => f.breakdowns.referrer, "new"),
    alts.new,
    labelAlts("referrer", categories.referrer),
    { open: true },
  );
  table(
    "Remittent_totalt",
    T.referrerTotal,
    split((f) => f.breakdowns.referrer, "total"),
    alts.participants,
    labelAlts("referrer", categories.referrer),
    { open: true },
  );
  table(
    "Hemkommun_nya",
    T.municipalityNew,
    split((f) => f.breakdowns.municipality, "new"),
    alts.new,
    labelAlts("municipality", categories.municipality),
    { open: true },
  );
  table(
    "Hemkommun_totalt",
    T.municipalityTotal,
    split((f) => f.breakdowns.municipality, "total"),
    alts.participants,
    labelAlts("municipality", categories.municipality),
    { open: true },
  );
  return { genderTableRow, incomeBeforeTableRow };
}
