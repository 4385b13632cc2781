import { serialToYmd, daysInMonth } from "../../parse/dates";
import { KEPT_KEY, NOT_KEPT_KEY } from "../../report/followUp";
import type { FollowUp } from "../../report/model";
import { relCell, str, textCriterion } from "../formulaText";
import { combine, countExpr, type Alternative, type Term } from "../registerFormulas";
import { FORMATS } from "../sheetSpec";
import { inColumn, type TabellerContext } from "./context";
import { shareFigure } from "./shareFigure";
import { countFigure, writeTable, type Figure, type FigureRow } from "./tableRows";
import { tabellerText as TT } from "./text.sv";

/**
 * Whether COUNTIFS can find the cohort: exit + six months falls in [S, E] exactly when the exit
 * falls in [EDATE(S, −6), EOMONTH(E, −6)], as long as S is a month's first day and E its last
 * (a shorter month's last day stands for the days it has not).
 */
export function cohortByFormula(from: number, to: number): boolean {
  const s = serialToYmd(from);
  const e = serialToYmd(to);
  return s.d === 1 && e.d === daysInMonth(e.y, e.m);
}

/**
 * Uppföljning sex månader efter avslut, a row per insats with the follow-up column and the total:
 * cohort, besvarade, kvarstår and both shares, the cohort's definition in a note.
 */
export function followUpBlock(t: TabellerContext): void {
  if (t.p.model.total.followUp === null) return;
  const cats = t.p.parsed.taxonomy.followUp.categories;
  const kept = cats.find((c) => c.key === KEPT_KEY);
  const notKept = cats.find((c) => c.key === NOT_KEPT_KEY);
  const byFormula =
    cohortByFormula(t.p.period.from, t.p.period.to) &&
    t.green !== null &&
    kept !== undefined &&
    notKept !== undefined;
  const cohort = combine(
    [
      [
        ["start", `${str("<=")}&${t.to}`],
        ["end", `${str(">=")}&EDATE(${t.from},-6)`],
        ["end", `${str("<=")}&EOMONTH(${t.to},-6)`],
      ],
    ],
    t.green ?? [],
  );
  const answeredAlts = combine(
    cohort,
    [kept, notKept].map((c): Alternative => [["followUp", textCriterion(c?.label ?? "")]]),
  );
  const keptAlts = combine(cohort, [[["followUp", textCriterion(kept?.label ?? "")]]]);

  const columns = t.columns.filter((c) => c.f.followUp !== null);
  const first = t.row + 1;
  const rows: FigureRow[] = columns.map((c, k) => {
    const f = c.f.followUp as FollowUp;
    // Only sheets with the column count, as the engine counts only their rows.
    const terms: Term[] = c.terms.filter((x) => x.sheet.columns.followUp !== undefined);
    const count = (n: number, alts: Alternative[]): Figure =>
      inColumn(c, countFigure(n, byFormula ? countExpr(terms, alts) : null, t.hideSmall));
    const row = first + k;
    // Shares read the count cells beside them, values or formulas alike.
    const share = (n: number, of: number, a: number, b: number): Figure => ({
      ...shareFigure(n, of, relCell(row, a), relCell(row, b), t.hideSmall),
      numFmt: FORMATS.share,
    });
    return {
      label: c.name,
      numFmt: FORMATS.count,
      style: c.col === t.columns.length ? "total" : undefined,
      cells: [
        count(f.cohort, cohort),
        count(f.answered, answeredAlts),
        count(f.kept, keptAlts),
        share(f.answered, f.cohort, 2, 1),
        share(f.kept, f.answered, 3, 2),
      ],
    };
  });
  t.row = writeTable(t.b, "Uppfoljning", t.row, TT.followUpColumns, rows).next;
  t.b.put(t.row - 1, 0, TT.followUpNote, { style: "note" });
  t.row++;
  if (!byFormula) t.notes.push(TT.followUpValues);
}
