import type { CellValue } from "../../grid";
import type { PreparedReport } from "../../report/buildReport";
import type { Alternative, PeriodAlternatives } from "../registerFormulas";
import type { Column } from "../resultat/rows";
import type { SheetBuilder } from "../sheetBuilder";
import type { Figure } from "./tableRows";

/** What every block of the Tabeller sheet reads, and the row the next block starts at. */
export interface TabellerContext {
  b: SheetBuilder;
  p: PreparedReport;
  /** One per insats, then the total. */
  columns: Column[];
  /** The period conditions over the sheet's period cells. */
  alts: PeriodAlternatives;
  /** The period's first and last day: absolute cells on this sheet. */
  from: string;
  to: string;
  hideSmall: boolean;
  /** Some exit has two reasons: reasons are also matched inside a two-reason cell. */
  multiReasons: boolean;
  /** Exits with a green reason as COUNTIFS alternatives; null when formulas cannot count them. */
  green: Alternative[] | null;
  /** Reads a register cell as the written copy holds it. */
  read: (sheet: string, row: number, col: number) => CellValue;
  /** Notes written under the last block. */
  notes: string[];
  row: number;
}

/** A column whose formulas would count differently from the engine keeps the value only. */
export function inColumn(c: Column, fig: Figure): Figure {
  return c.values ? { value: fig.value, numFmt: fig.numFmt } : fig;
}
