import { MISSING_KEY } from "../../report/missing";
import { relCell } from "../formulaText";
import { FORMATS } from "../sheetSpec";
import { labelAlternatives } from "./categoryAlternatives";
import { inColumn, type TabellerContext } from "./context";
import { CrossCounts } from "./crossCounts";
import { shareFigure } from "./shareFigure";
import { countFigure, writeTable, type FigureRow } from "./tableRows";
import { tabellerText as TT } from "./text.sv";

/** A gender's heading as reports write it ("Kvinnor"), or the category's own label. */
export const genderHeading = (key: string, label: string) => TT.genderHeading[key] ?? label;

/**
 * Kön: the period's participants per gender and insats with their Summa, then the same as shares
 * of the Summa. "Ej ifyllt eller okänt" is listed when some participant has no known gender.
 */
export function genderBlock(t: TabellerContext): void {
  const items = t.p.model.total.breakdowns.gender;
  const shown = items
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => item.key !== MISSING_KEY || item.count > 0);
  const genders = t.p.categories.gender;
  const counts = (col: (typeof t.columns)[number]) =>
    new CrossCounts(
      col.terms,
      t.alts.participants,
      genders.map((g) => labelAlternatives("gender", g.label)),
    );
  const header = (title: string) => [title, ...t.columns.map((c) => c.name)];
  const label = (i: number) => genderHeading(items[i].key, items[i].label);

  const countHead = t.row;
  const first = countHead + 1;
  const sumRow = first + shown.length;
  const rows: FigureRow[] = shown.map(({ item, i }) => ({
    label: label(i),
    numFmt: FORMATS.count,
    cells: t.columns.map((c) =>
      inColumn(
        c,
        countFigure(
          c.f.breakdowns.gender[i].count,
          counts(c).expr(item.key === MISSING_KEY ? "missing" : i),
          t.hideSmall,
        ),
      ),
    ),
  }));
  rows.push({
    label: TT.summa,
    numFmt: FORMATS.count,
    style: "total",
    cells: t.columns.map((c) =>
      inColumn(c, countFigure(c.f.participants.total, counts(c).expr("all"), t.hideSmall)),
    ),
  });
  t.row = writeTable(t.b, "Kon_antal", countHead, header(TT.genderCount), rows).next;

  const shareRows: FigureRow[] = shown.map(({ i }, k) => ({
    label: label(i),
    numFmt: FORMATS.share,
    cells: t.columns.map((c) =>
      inColumn(
        c,
        shareFigure(
          c.f.breakdowns.gender[i].count,
          c.f.participants.total,
          relCell(first + k, c.col),
          relCell(sumRow, c.col),
          t.hideSmall,
        ),
      ),
    ),
  }));
  t.row = writeTable(t.b, "Kon_andel", t.row, header(TT.genderShare), shareRows).next;
}
