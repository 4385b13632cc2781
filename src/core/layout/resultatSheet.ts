import type { PreparedReport } from "../report/buildReport";
import { absCell } from "./formulaText";
import { figureColumns } from "./figureColumns";
import { PERIOD_FROM, PERIOD_TO, periodHeader } from "./periodHeader";
import { periodAlternatives } from "./registerFormulas";
import { backgroundBlocks } from "./resultat/backgroundBlocks";
import { outcomesBlock } from "./resultat/outcomesBlock";
import { participantsBlock } from "./resultat/participantsBlock";
import { ResultatRows } from "./resultat/rows";
import { timeBlock } from "./resultat/timeBlock";
import { SheetBuilder } from "./sheetBuilder";
import type { SheetSpec } from "./sheetSpec";
import { layoutText as T } from "./text.sv";

/** Where the Kostnad sheet finds the Resultat figures it divides by. */
export interface ResultatAnchors {
  sheet: string;
  cell: (insats: string, figure: "total" | "new" | "exited" | "greenExits") => string;
}

const FROM = PERIOD_FROM;
const TO = PERIOD_TO;

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

  const columns = figureColumns(p, valueInsatser);

  // Title, source and the period cells every formula reads.
  periodHeader(b, p, T.resultatTitle(heading));
  b.put(3, 0, m.excludedRows.length ? T.excluded(m.excludedRows.length) : T.noneExcluded, {
    style: "note",
  });
  b.put(4, 0, T.formulasNote, { style: "note" });
  const notes: string[] = [];
  if (valueInsatser.size) notes.push(T.valuesNote([...valueInsatser]));
  const r = new ResultatRows(b, columns, hideSmall, 6);
  const figures = participantsBlock(r, alts);
  const outcomes = outcomesBlock(
    r,
    m.total,
    p.categories.exitReason,
    alts,
    figures.exited,
    multiReasons,
  );
  timeBlock(r, alts, outcomes.greenAlts);
  const background = backgroundBlocks(r, m.total, p.categories, alts);
  notes.push(T.ageNote);

  // Footnotes.
  b.put(r.row++, 0, T.greenFootnote, { style: "note" });
  if (m.total.exitsWithTwoReasons > 0)
    b.put(r.row++, 0, T.twoReasons(m.total.exitsWithTwoReasons), { style: "note" });
  if (hideSmall) b.put(r.row++, 0, T.hiddenNote, { style: "note" });
  for (const n of notes) b.put(r.row++, 0, n, { style: "note" });

  const table = (key: string) => `${tablePrefix}_${key}`.replace(/[^A-Za-z0-9_]/g, "_");
  b.chart({
    kind: "stackedBar",
    title: T.outcomesChart,
    table: table("Avslutsorsak"),
    row: outcomes.outcomesTableRow,
    col: columns.length + 2,
  });
  b.chart({
    kind: "clusteredBar",
    title: T.genderChart,
    table: table("Kon"),
    row: background.genderTableRow,
    col: columns.length + 2,
  });
  b.chart({
    kind: "clusteredBar",
    title: T.incomeChart,
    table: table("Forsorjning_fore"),
    row: background.incomeBeforeTableRow,
    col: columns.length + 2,
  });

  // Insatser only: an insats named "Totalt" must not be confused with the total column.
  const byName = new Map(columns.slice(0, -1).map((c) => [c.name, c]));
  const figureRows = {
    total: figures.total,
    new: figures.new,
    exited: figures.exited,
    greenExits: outcomes.greenRow,
  };
  return {
    spec: b.build({ rows: 3, cols: 1 }),
    anchors: {
      sheet: name,
      cell: (insats, figure) => absCell(figureRows[figure], byName.get(insats)!.col, name),
    },
  };
}
