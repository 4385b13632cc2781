import { MISSING_KEY } from "../../report/missing";
import { FORMATS } from "../sheetSpec";
import { labelAlternatives, reasonAlternatives } from "./categoryAlternatives";
import { inColumn, type TabellerContext } from "./context";
import { CrossCounts } from "./crossCounts";
import { genderHeading } from "./genderBlock";
import { countFigure, writeTable, type FigureRow } from "./tableRows";
import { tabellerText as TT } from "./text.sv";
import { layoutText as T } from "../text.sv";

/**
 * Avslutsorsak per kön over all insatser: a row per exit reason (two reasons count in both), a
 * column per gender and the total, and the Summa of exits. Genders are exclusive, so the
 * "Ej ifyllt eller okänt" column is the reason's exits less the known genders'.
 */
export function outcomesByGenderBlock(t: TabellerContext): void {
  const total = t.columns[t.columns.length - 1];
  const f = total.f;
  const groups = f.outcomesByGender;
  const genders = t.p.categories.gender;
  const reasons = t.p.categories.exitReason;
  const cross = new CrossCounts(
    total.terms,
    t.alts.exited,
    reasons.map((c) => reasonAlternatives(c, t.multiReasons)),
    genders.map((g) => labelAlternatives("gender", g.label)),
  );
  const colPick = (g: (typeof groups)[number]) =>
    g.key === MISSING_KEY ? "missing" : genders.findIndex((x) => x.key === g.key);
  const fig = (n: number, expr: string) => inColumn(total, countFigure(n, expr, t.hideSmall));
  const rows: FigureRow[] = reasons.map((c, i) => ({
    label: c.label + (c.green ? " *" : ""),
    numFmt: FORMATS.count,
    cells: [
      ...groups.map((g) => fig(g.outcomes[i].count, cross.expr(i, colPick(g)))),
      fig(f.outcomes[i].count, cross.expr(i, "all")),
    ],
  }));
  const exitedByGender = new CrossCounts(
    total.terms,
    t.alts.exited,
    genders.map((g) => labelAlternatives("gender", g.label)),
  );
  rows.push({
    label: TT.exitedSum,
    numFmt: FORMATS.count,
    style: "total",
    cells: [
      ...groups.map((g) => fig(g.exited, exitedByGender.expr(colPick(g)))),
      fig(f.participants.exited, exitedByGender.expr("all")),
    ],
  });
  const header = [
    TT.outcomesByGender,
    ...groups.map((g) => genderHeading(g.key, g.gender)),
    T.total,
  ];
  t.row = writeTable(t.b, "Avslutsorsak_kon", t.row, header, rows).next;
}
