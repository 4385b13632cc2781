import type { PreparedReport } from "../report/buildReport";
import { absCell } from "./formulaText";
import type { SheetBuilder } from "./sheetBuilder";
import { FORMATS } from "./sheetSpec";
import { layoutText as T } from "./text.sv";

const PERIOD_ROW = 2;
/** The period's first and last day on a sheet with periodHeader: the cells every formula reads. */
export const PERIOD_FROM = absCell(PERIOD_ROW, 1);
export const PERIOD_TO = absCell(PERIOD_ROW, 3);

/**
 * The top of a sheet of figures over the register (Resultat, Tabeller): its title, the register
 * rows it counts, and the period in the cells PERIOD_FROM and PERIOD_TO.
 */
export function periodHeader(b: SheetBuilder, p: PreparedReport, title: string): void {
  b.put(0, 0, title, { style: "title" });
  b.put(
    1,
    0,
    T.source(
      p.parsed.register.sheets.map((s) => [s.name, s.headerRow + 2, s.lastRow + 1] as const),
    ),
    { style: "subtitle" },
  );
  b.put(PERIOD_ROW, 0, T.periodFrom, { style: "label" });
  b.put(PERIOD_ROW, 1, p.period.from, { numFmt: FORMATS.date });
  b.put(PERIOD_ROW, 2, T.periodTo, { style: "label" });
  b.put(PERIOD_ROW, 3, p.period.to, { numFmt: FORMATS.date });
}
