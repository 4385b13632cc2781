import { MISSING_KEY } from "../../report/missing";
import { HIDDEN, isHidden, NOT_COMPUTABLE, orDash } from "../display";
import { str } from "../formulaText";
import { combine, sumExpr } from "../registerFormulas";
import { labelAlternatives } from "./categoryAlternatives";
import { inColumn, type TabellerContext } from "./context";
import { CrossCounts } from "./crossCounts";
import { genderHeading } from "./genderBlock";
import { writeTable, type Figure, type FigureRow } from "./tableRows";
import { tabellerText as TT } from "./text.sv";

/** Ages with one decimal, as the engine rounds them. */
const AGE_FORMAT = "0.0";

/**
 * Whether formulas can compute the engine's ages: every row's age comes from a birth year the
 * copy holds as that number, and a row without one has neither a numeric birth-year cell nor an
 * age (an age without a birth year is counted from the enrolment year, which COUNTIFS cannot).
 */
export function agesByFormula(t: Pick<TabellerContext, "p" | "read">): boolean {
  const sheets = new Map(t.p.parsed.register.sheets.map((s) => [s.name, s]));
  return t.p.parsed.register.rows.every((r) => {
    const col = sheets.get(r.sheet)?.columns.birthYear;
    const cell = col === undefined ? null : t.read(r.sheet, r.row, col);
    if (r.birthYear !== null) return cell === r.birthYear;
    return typeof cell !== "number" && r.age === null;
  });
}

/**
 * Medelålder: the period's end year − birth year, averaged over the period's participants with a
 * birth year, one decimal; a row for everyone, then one per gender, a column per insats and total.
 */
export function meanAgeBlock(t: TabellerContext): void {
  const byFormula = agesByFormula(t);
  const groups = t.p.model.total.meanAge.byGender;
  const genders = t.p.categories.gender;
  const withAge = combine(t.alts.participants, [[["birthYear", str(">0")]]]);
  const genderAlts = genders.map((g) => labelAlternatives("gender", g.label));
  const pick = (key: string) =>
    key === MISSING_KEY ? "missing" : genders.findIndex((x) => x.key === key);

  const figure = (
    c: (typeof t.columns)[number],
    value: number | null,
    key: string | null,
    count: number,
  ) => {
    // A mean over one or two people discloses their ages: hidden like their count when publishing.
    const shown = isHidden(count, t.hideSmall) ? HIDDEN : orDash(value);
    if (!byFormula) return { value: shown };
    const p = key === null ? "all" : pick(key);
    const n = new CrossCounts(c.terms, withAge, genderAlts).expr(p);
    const s = new CrossCounts(c.terms, withAge, genderAlts, [], (terms, alts) =>
      sumExpr("birthYear", terms, alts),
    ).expr(p);
    const mean = `IF((${n})=0,"${NOT_COMPUTABLE}",ROUND((YEAR(${t.to})*(${n})-(${s}))/(${n}),1))`;
    const fig: Figure = {
      value: shown,
      formula: t.hideSmall ? `IF(AND((${n})>0,(${n})<3),"${HIDDEN}",${mean})` : mean,
    };
    return inColumn(c, fig);
  };
  const rows: FigureRow[] = [
    {
      label: TT.meanAgeAll,
      numFmt: AGE_FORMAT,
      cells: t.columns.map((c) => figure(c, c.f.meanAge.all, null, c.f.meanAge.count)),
    },
    ...groups.map((g, i) => ({
      label: genderHeading(g.key, g.gender),
      numFmt: AGE_FORMAT,
      cells: t.columns.map((c) =>
        figure(c, c.f.meanAge.byGender[i].value, g.key, c.f.meanAge.byGender[i].count),
      ),
    })),
  ];
  t.row = writeTable(
    t.b,
    "Medelalder",
    t.row,
    [TT.meanAge, ...t.columns.map((c) => c.name)],
    rows,
  ).next;
  t.notes.push(TT.meanAgeNote);
  if (!byFormula) t.notes.push(TT.meanAgeValues);
}
