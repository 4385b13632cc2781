import { MISSING_KEY } from "../../report/missing";
import { relCell } from "../formulaText";
import { FORMATS } from "../sheetSpec";
import { labelAlternatives } from "./categoryAlternatives";
import { inColumn, type TabellerContext } from "./context";
import { CrossCounts, type Pick } from "./crossCounts";
import { shareFigure } from "./shareFigure";
import { countFigure, writeTable, type Figure, type FigureRow } from "./tableRows";
import { tabellerText as TT } from "./text.sv";

/** Items of an open list with participants in the period: the register's labels, all-zero rows left out. */
function shownItems<I extends { key: string; label: string }>(items: I[], total: (i: I) => number) {
  return items.map((item, i) => ({ item, i })).filter(({ item }) => total(item) > 0);
}

/** Hemkommun: participants per municipality and insats, the Summa, and each municipality's share of it. */
export function municipalityBlock(t: TabellerContext): void {
  const items = t.p.model.total.breakdowns.municipality;
  const shown = shownItems(items, (x) => x.total);
  const known = shown.filter(({ item }) => item.key !== MISSING_KEY);
  const totalCol = t.columns.length;
  const counts = (c: (typeof t.columns)[number]) =>
    new CrossCounts(
      c.terms,
      t.alts.participants,
      known.map(({ item }) => labelAlternatives("municipality", item.label)),
    );
  const first = t.row + 1;
  const sumRow = first + shown.length;
  const shareCell = (k: number, n: number): Figure => {
    const total = t.columns[totalCol - 1];
    const fig = inColumn(
      total,
      shareFigure(
        n,
        total.f.participants.total,
        relCell(first + k, totalCol),
        relCell(sumRow, totalCol),
        t.hideSmall,
      ),
    );
    return { ...fig, numFmt: FORMATS.share };
  };
  const rows: FigureRow[] = shown.map(({ item, i }, k) => ({
    label: item.label,
    numFmt: FORMATS.count,
    cells: [
      ...t.columns.map((c) =>
        inColumn(
          c,
          countFigure(
            c.f.breakdowns.municipality[i].total,
            counts(c).expr(item.key === MISSING_KEY ? "missing" : k),
            t.hideSmall,
          ),
        ),
      ),
      shareCell(k, item.total),
    ],
  }));
  rows.push({
    label: TT.summa,
    numFmt: FORMATS.count,
    style: "total",
    cells: [
      ...t.columns.map((c) =>
        inColumn(c, countFigure(c.f.participants.total, counts(c).expr("all"), t.hideSmall)),
      ),
      shareCell(shown.length, t.p.model.total.participants.total),
    ],
  });
  t.row = writeTable(
    t.b,
    "Hemkommun",
    t.row,
    [TT.municipality, ...t.columns.map((c) => c.name), TT.share],
    rows,
  ).next;
}

/**
 * Remitterande part × hemkommun over all insatser: a row per referrer and a column per
 * municipality with participants, "Ej ifyllt eller okänt" where some have none, and Summa both ways.
 */
export function referrerMunicipalityBlock(t: TabellerContext): void {
  const total = t.columns[t.columns.length - 1];
  const table = t.p.model.referrerByMunicipality;
  if (table.length === 0) return;
  const rowsShown = shownItems(
    table.map((r) => ({ ...r, label: r.referrer })),
    (r) => r.total,
  );
  const colTotals = table[0].municipality.map((_, j) =>
    table.reduce((s, r) => s + r.municipality[j].count, 0),
  );
  const colsShown = shownItems(
    table[0].municipality,
    (m) => colTotals[table[0].municipality.indexOf(m)],
  );
  const knownRows = rowsShown.filter(({ item }) => item.key !== MISSING_KEY);
  const knownCols = colsShown.filter(({ item }) => item.key !== MISSING_KEY);
  const cross = new CrossCounts(
    total.terms,
    t.alts.participants,
    knownRows.map(({ item }) => labelAlternatives("referrer", item.label)),
    knownCols.map(({ item }) => labelAlternatives("municipality", item.label)),
  );
  const pickOf = (key: string, k: number): Pick => (key === MISSING_KEY ? "missing" : k);
  const fig = (n: number, expr: string) => inColumn(total, countFigure(n, expr, t.hideSmall));
  const rows: FigureRow[] = rowsShown.map(({ item }, k) => ({
    label: item.referrer,
    numFmt: FORMATS.count,
    cells: [
      ...colsShown.map(({ item: m, i: j }, l) =>
        fig(item.municipality[j].count, cross.expr(pickOf(item.key, k), pickOf(m.key, l))),
      ),
      fig(item.total, cross.expr(pickOf(item.key, k), "all")),
    ],
  }));
  rows.push({
    label: TT.summa,
    numFmt: FORMATS.count,
    style: "total",
    cells: [
      ...colsShown.map(({ item: m, i: j }, l) =>
        fig(colTotals[j], cross.expr("all", pickOf(m.key, l))),
      ),
      fig(total.f.participants.total, cross.expr("all", "all")),
    ],
  });
  const header = [TT.referrerByMunicipality, ...colsShown.map(({ item }) => item.label), TT.summa];
  t.row = writeTable(t.b, "Remittent_hemkommun", t.row, header, rows).next;
}
