import { yearPeriod } from "../../report/period";
import type { YearFigures } from "../../report/model";
import { absCell, relCell } from "../formulaText";
import { combine, countExpr, periodAlternatives, type Alternative } from "../registerFormulas";
import { FORMATS } from "../sheetSpec";
import { layoutText as T } from "../text.sv";
import { inColumn, type TabellerContext } from "./context";
import { shareFigure } from "./shareFigure";
import { countFigure, writeTable, type Figure } from "./tableRows";
import { tabellerText as TT } from "./text.sv";

/**
 * Jämförelse årsvis: one table per insats and the total, a column per calendar year (as reports
 * print "2021 2022 2023 2024"), each year's formulas over its own first and last day written
 * above the tables.
 */
export function yearsBlock(t: TabellerContext): void {
  const years = t.p.model.years.map((y) => y.year);
  const bounds = t.row;
  t.b.put(bounds, 0, TT.yearFirstDay, { style: "label" });
  t.b.put(bounds + 1, 0, TT.yearLastDay, { style: "label" });
  years.forEach((y, k) => {
    const p = yearPeriod(y)!;
    t.b.put(bounds, k + 1, p.from, { numFmt: FORMATS.date });
    t.b.put(bounds + 1, k + 1, p.to, { numFmt: FORMATS.date });
  });
  const yearAlts = years.map((_, k) =>
    periodAlternatives(absCell(bounds, k + 1), absCell(bounds + 1, k + 1)),
  );
  t.row = bounds + 3;

  for (const c of t.columns) {
    const head = t.row;
    const first = head + 1;
    const counts = (
      pick: (y: YearFigures) => number,
      alts: (k: number) => Alternative[],
      asValue = false,
    ): Figure[] =>
      c.f.years.map((y, k) =>
        inColumn(
          c,
          countFigure(pick(y), asValue ? null : countExpr(c.terms, alts(k)), t.hideSmall),
        ),
      );
    // Row order: totalt = kvar + nya, then the exits; the share reads the two rows above it.
    const exitedRow = first + 3;
    const greenRow = first + 4;
    t.row = writeTable(
      t.b,
      `Ar_${c.col}`,
      head,
      [TT.yearsTable(c.name), ...years.map(String)],
      [
        {
          label: T.total_participants,
          numFmt: FORMATS.count,
          cells: counts(
            (y) => y.participants.total,
            (k) => yearAlts[k].participants,
          ),
        },
        {
          label: T.carriedOver,
          numFmt: FORMATS.count,
          cells: counts(
            (y) => y.participants.carriedOver,
            (k) => yearAlts[k].carriedOver,
          ),
        },
        {
          label: T.new,
          numFmt: FORMATS.count,
          cells: counts(
            (y) => y.participants.new,
            (k) => yearAlts[k].new,
          ),
        },
        {
          label: T.exited,
          numFmt: FORMATS.count,
          cells: counts(
            (y) => y.participants.exited,
            (k) => yearAlts[k].exited,
          ),
        },
        {
          label: T.greenExits,
          numFmt: FORMATS.count,
          cells: counts(
            (y) => y.greenExits,
            (k) => combine(yearAlts[k].exited, t.green ?? []),
            t.green === null,
          ),
        },
        {
          label: T.greenShare,
          numFmt: FORMATS.share,
          cells: c.f.years.map((y, k) =>
            inColumn(
              c,
              shareFigure(
                y.greenExits,
                y.participants.exited,
                relCell(greenRow, k + 1),
                relCell(exitedRow, k + 1),
                t.hideSmall,
              ),
            ),
          ),
        },
      ],
    ).next;
  }
  t.notes.push(TT.yearsNote);
  if (t.green === null) t.notes.push(TT.yearsGreenValues);
}
