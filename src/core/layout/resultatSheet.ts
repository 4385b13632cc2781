import type { PreparedReport } from "../report/buildReport";
import type { BreakdownItem, InsatsReport, SplitItem } from "../report/model";
import type { RegisterRow } from "../register/types";
import type { Category } from "../taxonomy/types";
import { countFormula, durationFormula, durationText, HIDDEN, NOT_COMPUTABLE, orDash, shareFormula, showCount } from "./display";
import { absCell, relCell, str, textCriterion, patternCriterion } from "./formulaText";
import { combine, countExpr, periodAlternatives, sumExpr, type Alternative, type Term } from "./registerFormulas";
import { SheetBuilder } from "./sheetBuilder";
import { FORMATS, type SheetSpec } from "./sheetSpec";
import { layoutText as T } from "./text.sv";

/** One column of figures: an insats, or the total. */
interface Column {
  name: string;
  col: number;
  f: InsatsReport;
  terms: Term[];
  /** Formulas would count differently from the engine (rows only the engine can leave out): values instead. */
  values: boolean;
  /** Exits with two reasons: green figures as values (COUNTIFS cannot count "at least one green reason"). */
  greenValues: boolean;
}

/** Where the Kostnad sheet finds the Resultat figures it divides by. */
export interface ResultatAnchors {
  sheet: string;
  cell: (insats: string, figure: "total" | "new" | "exited" | "greenExits") => string;
}

const PERIOD_ROW = 2;
const FROM = absCell(PERIOD_ROW, 1);
const TO = absCell(PERIOD_ROW, 3);

export function resultatSheet(
  p: PreparedReport,
  name: string,
  heading: string,
  tablePrefix: string,
  hideSmall: boolean,
  /** Insatser whose figures formulas could not count as the engine does: written as values. */
  valueInsatser: Set<string>,
): { spec: SheetSpec; anchors: ResultatAnchors } {
  const b = new SheetBuilder("resultat", name, tablePrefix);
  const m = p.model;
  const alts = periodAlternatives(FROM, TO);
  const multiReasons = p.parsed.register.rows.some((r) => r.exitReasons.length > 1);

  const termsFor = (insats: string, rows: RegisterRow[]): Term[] => {
    const sheets = [...new Set(rows.map((r) => r.sheet))];
    // An insats with no rows still gets a formula, over every sheet (it counts 0 and updates when rows are added).
    const names = sheets.length ? sheets : p.parsed.register.sheets.map((s) => s.name);
    return names
      .map((s) => p.parsed.register.sheets.find((x) => x.name === s)!)
      .filter((s) => s.columns.insats !== undefined || rows.length > 0)
      .map((s) => ({ sheet: s, insats: s.columns.insats === undefined ? null : insats }));
  };
  const columns: Column[] = m.insatser.map((f, i) => {
    const rows = p.rowsByInsats.get(f.name) ?? [];
    return { name: f.name, col: i + 1, f, terms: termsFor(f.name, rows), values: valueInsatser.has(f.name), greenValues: f.exitsWithTwoReasons > 0 };
  });
  columns.push({
    name: T.total,
    col: columns.length + 1,
    f: m.total,
    terms: columns.flatMap((c) => c.terms),
    values: columns.some((c) => c.values),
    greenValues: m.total.exitsWithTwoReasons > 0,
  });
  const header = (title: string) => [title, ...columns.map((c) => c.name)];

  // Title, source and the period cells every formula reads.
  b.put(0, 0, T.resultatTitle(heading), { style: "title" });
  b.put(1, 0, T.source(p.parsed.register.sheets.map((s) => [s.name, s.headerRow + 2, s.lastRow + 1] as const)), { style: "subtitle" });
  b.put(PERIOD_ROW, 0, T.periodFrom, { style: "label" });
  b.put(PERIOD_ROW, 1, p.period.from, { numFmt: FORMATS.date });
  b.put(PERIOD_ROW, 2, T.periodTo, { style: "label" });
  b.put(PERIOD_ROW, 3, p.period.to, { numFmt: FORMATS.date });
  b.put(3, 0, m.excludedRows.length ? T.excluded(m.excludedRows.length) : T.noneExcluded, { style: "note" });
  b.put(4, 0, T.formulasNote, { style: "note" });
  let row = 6;
  const notes: string[] = [];
  if (valueInsatser.size) notes.push(T.valuesNote([...valueInsatser]));

  type Cell = { value: number | string; formula?: string };
  /** A row of figures: each column's value, and its formula unless that column is written as values. */
  const figureRow = (labelText: string, numFmt: string, cell: (c: Column) => Cell, green = false) => {
    b.put(row, 0, labelText, { style: "label" });
    for (const c of columns) {
      const { value, formula } = cell(c);
      const asValue = c.values || (green && c.greenValues);
      b.put(row, c.col, value, { numFmt, formula: asValue ? undefined : formula });
    }
    return row++;
  };
  const count = (labelText: string, pick: (f: InsatsReport) => number, a: Alternative[]) =>
    figureRow(labelText, FORMATS.count, (c) => ({ value: showCount(pick(c.f), hideSmall), formula: countFormula(countExpr(c.terms, a), hideSmall) }));
  const share = (labelText: string, pick: (f: InsatsReport) => number | null, countRow: number, ofRow: number, hiddenIf: (f: InsatsReport) => number[]) =>
    figureRow(labelText, FORMATS.share, (c) => ({
      value: hiddenIf(c.f).some((n) => showCount(n, hideSmall) === HIDDEN) ? HIDDEN : orDash(pick(c.f)),
      formula: shareFormula(relCell(countRow, c.col), relCell(ofRow, c.col), hideSmall),
    }));
  const section = (key: string, title: string, rows: number) => {
    b.table(key, row, 0, header(title), rows);
    row++;
  };

  // 1. Participants.
  section("Deltagare", T.participants, 5);
  const totalRow = count(T.total_participants, (f) => f.participants.total, alts.participants);
  const newRow = count(T.new, (f) => f.participants.new, alts.new);
  count(T.carriedOver, (f) => f.participants.carriedOver, alts.carriedOver);
  const exitedRow = count(T.exited, (f) => f.participants.exited, alts.exited);
  count(T.ongoing, (f) => f.participants.ongoing, alts.ongoing);
  row++;

  // 2. Outcomes: count and share of exits per category, then stegförflyttning.
  const exitAlts = (c: Category): Alternative[] =>
    multiReasons
      ? [
          ["exitReason", textCriterion(c.label)],
          ["exitReason", patternCriterion("", c.label, "; *")],
          ["exitReason", patternCriterion("*; ", c.label, "")],
          ["exitReason", patternCriterion("*; ", c.label, "; *")],
        ].map((cond) => [cond as ["exitReason", string]])
      : [[["exitReason", textCriterion(c.label)]]];
  const cats = p.categories.exitReason;
  const outcomeTable = `${tablePrefix}_Avslutsorsak`.replace(/[^A-Za-z0-9_]/g, "_");
  const outcomeRow0 = row;
  section("Avslutsorsak", T.outcomesCount, cats.length);
  const outcomeRows = cats.map((c, i) => count(c.label + (c.green ? " *" : ""), (f) => f.outcomes[i].count, combine(alts.exited, exitAlts(c))));
  row++;
  section("Avslutsorsak_andel", T.outcomesShare, cats.length);
  cats.forEach((c, i) =>
    share(c.label + (c.green ? " *" : ""), (f) => f.outcomes[i].share, outcomeRows[i], exitedRow, (f) => [f.outcomes[i].count, f.participants.exited]),
  );
  row++;
  const green = cats.filter((c) => c.green);
  const greenAlts = green.map((c): Alternative => [["exitReason", textCriterion(c.label)]]);
  section("Stegforflyttning", T.steps, 2);
  const greenRow = figureRow(
    T.greenExits,
    FORMATS.count,
    (c) => ({ value: showCount(c.f.greenExits, hideSmall), formula: countFormula(countExpr(c.terms, combine(alts.exited, greenAlts)), hideSmall) }),
    true,
  );
  share(T.greenShare, (f) => f.greenShare, greenRow, exitedRow, (f) => [f.greenExits, f.participants.exited]);
  row++;

  // 3. Time in the insats: mean days, and the same as years and months.
  section("Tid", T.time, 4);
  const meanFormula = (c: Column, a: Alternative[]) => {
    const n = countExpr(c.terms, a);
    return `IF((${n})=0,"${NOT_COMPUTABLE}",ROUND(((${sumExpr("end", c.terms, a)})-(${sumExpr("start", c.terms, a)}))/(${n}),0))`;
  };
  const greenDays = figureRow(T.daysGreen, FORMATS.days, (c) => ({ value: orDash(c.f.meanDaysInProgram.green), formula: meanFormula(c, combine(alts.exited, greenAlts)) }), true);
  figureRow(T.durationGreen, "@", (c) => ({ value: durationValue(c.f.meanDaysInProgram.green), formula: durationFormula(relCell(greenDays, c.col)) }));
  const allDays = figureRow(T.daysAll, FORMATS.days, (c) => ({ value: orDash(c.f.meanDaysInProgram.all), formula: meanFormula(c, alts.exited) }));
  figureRow(T.durationAll, "@", (c) => ({ value: durationValue(c.f.meanDaysInProgram.all), formula: durationFormula(relCell(allDays, c.col)) }));
  row++;

  // 4. Background: who the participants were.
  const breakdown = (key: string, title: string, items: (f: InsatsReport) => BreakdownItem[], base: Alternative[], catAlts: ((i: number) => Alternative[]) | null) => {
    const first = items(m.total);
    section(key, title, first.length);
    const rows: number[] = [];
    first.forEach((item, i) => {
      const isMissing = i === first.length - 1;
      rows.push(
        figureRow(item.label, FORMATS.count, (c) => {
          const value = showCount(items(c.f)[i].count, hideSmall);
          if (!catAlts) return { value };
          if (!isMissing) return { value, formula: countFormula(countExpr(c.terms, combine(base, catAlts(i))), hideSmall) };
          const all = countExpr(c.terms, base);
          const known = first.slice(0, -1).map((_, j) => countExpr(c.terms, combine(base, catAlts(j))));
          return { value, formula: countFormula(`(${all})-(${known.join("+") || "0"})`, hideSmall) };
        }),
      );
    });
    row++;
    return rows;
  };
  const labelAlts = (field: "gender" | "education" | "incomeBefore" | "incomeAfter" | "referrer" | "municipality", list: { label: string }[]) => (i: number): Alternative[] => [
    [[field, textCriterion(list[i].label)]],
  ];
  breakdown("Kon", T.gender, (f) => f.breakdowns.gender, alts.participants, labelAlts("gender", p.categories.gender));
  breakdown("Alder", T.ageGroup, (f) => f.breakdowns.ageGroup, alts.participants, null);
  notes.push(T.ageNote);
  breakdown("Utbildning", T.education, (f) => f.breakdowns.education, alts.participants, labelAlts("education", p.categories.education));
  breakdown("Offentlig_forsorjning", T.yearsOnBenefits, (f) => f.breakdowns.yearsOnBenefits, alts.participants, (i) => yearsAlternatives(p.categories.yearsOnBenefits[i]));
  const beforeTable = `${tablePrefix}_Forsorjning_fore`.replace(/[^A-Za-z0-9_]/g, "_");
  const beforeRow0 = row;
  breakdown("Forsorjning_fore", T.incomeBefore, (f) => f.breakdowns.incomeBefore, alts.participants, labelAlts("incomeBefore", p.categories.incomeBefore));
  breakdown("Forsorjning_efter", T.incomeAfter, (f) => f.breakdowns.incomeAfter, alts.exited, labelAlts("incomeAfter", p.categories.incomeAfter));
  const splitItems = (pick: (f: InsatsReport) => SplitItem[], which: "new" | "total") => (f: InsatsReport) => pick(f).map((x) => ({ key: x.key, label: x.label, count: x[which] }));
  breakdown("Remittent_nya", T.referrerNew, splitItems((f) => f.breakdowns.referrer, "new"), alts.new, labelAlts("referrer", p.categories.referrer));
  breakdown("Remittent_totalt", T.referrerTotal, splitItems((f) => f.breakdowns.referrer, "total"), alts.participants, labelAlts("referrer", p.categories.referrer));
  breakdown("Hemkommun_nya", T.municipalityNew, splitItems((f) => f.breakdowns.municipality, "new"), alts.new, labelAlts("municipality", p.categories.municipality));
  breakdown("Hemkommun_totalt", T.municipalityTotal, splitItems((f) => f.breakdowns.municipality, "total"), alts.participants, labelAlts("municipality", p.categories.municipality));

  // Footnotes.
  b.put(row++, 0, T.greenFootnote, { style: "note" });
  if (m.total.exitsWithTwoReasons > 0) b.put(row++, 0, T.twoReasons(m.total.exitsWithTwoReasons), { style: "note" });
  if (hideSmall) b.put(row++, 0, T.hiddenNote, { style: "note" });
  for (const n of notes) b.put(row++, 0, n, { style: "note" });

  b.chart({ kind: "stackedBar", title: T.outcomesChart, table: outcomeTable, row: outcomeRow0, col: columns.length + 2 });
  b.chart({ kind: "clusteredBar", title: T.incomeChart, table: beforeTable, row: beforeRow0, col: columns.length + 2 });

  // Insatser only: an insats named "Totalt" must not be confused with the total column.
  const byName = new Map(columns.slice(0, -1).map((c) => [c.name, c]));
  const figureRows = { total: totalRow, new: newRow, exited: exitedRow, greenExits: greenRow };
  return {
    spec: b.build({ rows: 3, cols: 1 }),
    anchors: { sheet: name, cell: (insats, figure) => absCell(figureRows[figure], byName.get(insats)!.col, name) },
  };

  function durationValue(days: number | null): string {
    return days === null ? NOT_COMPUTABLE : durationText(days);
  }
}

/** Numeric bucket bounds of the default "years on public support" categories. */
const YEAR_BOUNDS: Record<string, [string, string | null]> = {
  none: ["=0", null],
  under1: [">0", "<1"],
  y1to3: [">=1", "<4"],
  y4to6: [">=4", "<7"],
  y7plus: [">=7", null],
};

/** A bucket is its label typed as text, or a number of years within its bounds. */
function yearsAlternatives(c: Category): Alternative[] {
  const alts: Alternative[] = [[["yearsOnBenefits", textCriterion(c.label)]]];
  const bounds = YEAR_BOUNDS[c.key];
  if (bounds) {
    const [lo, hi] = bounds;
    const numeric: Alternative = [["yearsOnBenefits", str(lo)]];
    if (hi) numeric.push(["yearsOnBenefits", str(hi)]);
    alts.push(numeric);
  }
  return alts;
}
