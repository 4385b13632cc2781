import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { ymdToSerial } from "../../src/core/parse/dates";
import { REGISTER_HEADERS } from "../../src/samples/synthetic";

/** Excel serial for a date, for writing expectations readably. */
export function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  const s = ymdToSerial(y, m, d);
  if (s === null) throw new Error("bad date in test: " + iso);
  return s;
}

export const HEADERS = REGISTER_HEADERS;

export interface Participant {
  id?: CellValue;
  insats?: CellValue;
  gender?: CellValue;
  birthYear?: CellValue;
  municipality?: CellValue;
  referrer?: CellValue;
  start?: CellValue;
  end?: CellValue;
  exit?: CellValue;
  before?: CellValue;
  after?: CellValue;
  education?: CellValue;
  years?: CellValue;
}

/** A clean participant row; override what a test is about. */
export function participant(i: number, p: Participant = {}): CellValue[] {
  const base: Participant = {
    id: `D${String(i).padStart(4, "0")}`,
    insats: "Samordningsteam Norra",
    gender: i % 2 ? "Kvinna" : "Man",
    birthYear: 1970 + (i % 30),
    municipality: "Fagersta",
    referrer: "Försäkringskassan",
    start: serial("2024-02-01"),
    end: null,
    exit: null,
    before: "Sjukpenning",
    after: null,
    education: "Gymnasial",
    years: 3,
  };
  const v = { ...base, ...p };
  return [
    v.id,
    v.insats,
    v.gender,
    v.birthYear,
    v.municipality,
    v.referrer,
    v.start,
    v.end,
    v.exit,
    v.before,
    v.after,
    v.education,
    v.years,
  ].map((x) => (x === undefined ? null : x));
}

export function registerSheet(
  rows: CellValue[][],
  opts: { name?: string; titleRows?: CellValue[][]; headers?: string[] } = {},
): SheetGrid {
  return {
    name: opts.name ?? "Deltagare",
    rows: [...(opts.titleRows ?? []), opts.headers ?? HEADERS, ...rows],
  };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}
