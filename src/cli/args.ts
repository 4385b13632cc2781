import { isoToSerial } from "../core/parse/dates";
import { text } from "./text.sv";

/**
 * The commands' arguments. Light on purpose: main.ts loads this for every run (also --version),
 * so it imports nothing heavier than the core's date parsing.
 */

/** The command could not start (wrong arguments, a folder for a file): exit 2 with the message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface ValidateArgs {
  files: string[];
  json: boolean;
  all: boolean;
  today?: string;
}

export interface ReportArgs {
  files: string[];
  period: { from: string; to: string };
  out?: string;
  /** --skriv-over: replace an existing output file (otherwise refused). */
  overwrite: boolean;
  json: boolean;
  hideSmall: boolean;
  today?: string;
  budgetSheet?: string;
  reportOnly: boolean;
}

export interface TemplateArgs {
  out?: string;
  /** --kategorier: a workbook whose categories (its Kategorier sheet) and insatser the lists take. */
  categoriesFrom?: string;
  overwrite: boolean;
  today?: string;
}

/** Whether the arguments ask for the command's help (-h or --help anywhere). */
export const wantsHelp = (args: string[]) => args.some((a) => a === "--help" || a === "-h");

/** "--flag=value" → ["--flag", "value"]; anything else as it is. */
function splitInline(arg: string): [string, string | undefined] {
  if (!arg.startsWith("--") || !arg.includes("=")) return [arg, undefined];
  const at = arg.indexOf("=");
  return [arg.slice(0, at), arg.slice(at + 1)];
}

/** Walks the arguments: `take` gets each option with a way to read its value; anything not an option is a file. */
function walk(
  args: string[],
  command: string,
  take: (flag: string, value: () => string) => boolean,
): string[] {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = splitInline(args[i]);
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(text.missingValue(flag));
      return v;
    };
    if (take(flag, value)) continue;
    if (flag.startsWith("-") && flag !== "-")
      throw new UsageError(text.unknownOption(flag, command));
    files.push(args[i]);
  }
  return files;
}

const isLeapYear = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Checks an ISO date given to `option`, saying which part is wrong: the form, the month or the day. */
export function checkDate(option: string, v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) throw new UsageError(text.notADate(option, v));
  const [y, month, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) throw new UsageError(text.noSuchMonth(option, v, month));
  if (d < 1 || d > daysInMonth(y, month))
    throw new UsageError(text.noSuchDay(option, v, month, daysInMonth(y, month)));
  if (isoToSerial(v) === null) throw new UsageError(text.outsideExcel(option, v));
  return v;
}

export function parseValidateArgs(args: string[]): ValidateArgs {
  const a: ValidateArgs = { files: [], json: false, all: false };
  a.files = walk(args, "validate", (flag, value) => {
    if (flag === "--json") a.json = true;
    else if (flag === "--all") a.all = true;
    else if (flag === "--today") a.today = checkDate("--today", value());
    else return false;
    return true;
  });
  if (a.files.length === 0) throw new UsageError(text.noFiles);
  return a;
}

/** The period from --period or --from/--to; each mistake named (a missing half, a wrong year, from after to, both kinds). */
export function parsePeriod(
  year: string | undefined,
  from: string | undefined,
  to: string | undefined,
): { from: string; to: string } {
  if (year !== undefined && (from !== undefined || to !== undefined))
    throw new UsageError(text.periodAndRange);
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year)) throw new UsageError(text.badYear(year));
    return { from: checkDate("--period", `${year}-01-01`), to: `${year}-12-31` };
  }
  if (from === undefined && to === undefined) throw new UsageError(text.noPeriod);
  if (to === undefined) throw new UsageError(text.missingTo);
  if (from === undefined) throw new UsageError(text.missingFrom);
  checkDate("--from", from);
  checkDate("--to", to);
  if (from > to) throw new UsageError(text.fromAfterTo(from, to));
  return { from, to };
}

export function parseReportArgs(args: string[]): ReportArgs {
  let year: string | undefined;
  let from: string | undefined;
  let to: string | undefined;
  const a: Omit<ReportArgs, "period" | "files"> = {
    overwrite: false,
    json: false,
    hideSmall: false,
    reportOnly: false,
  };
  const files = walk(args, "report", (flag, value) => {
    if (flag === "--period") year = value();
    else if (flag === "--from") from = value();
    else if (flag === "--to") to = value();
    else if (flag === "-o" || flag === "--out") a.out = value();
    else if (flag === "--skriv-over" || flag === "--overwrite") a.overwrite = true;
    else if (flag === "--json") a.json = true;
    else if (flag === "--dolj-sma" || flag === "--hide-small") a.hideSmall = true;
    else if (flag === "--budget") a.budgetSheet = value();
    else if (flag === "--endast-rapport" || flag === "--report-only") a.reportOnly = true;
    else if (flag === "--today") a.today = checkDate("--today", value());
    else return false;
    return true;
  });
  if (files.length === 0) throw new UsageError(text.noReportFiles);
  return { ...a, files, period: parsePeriod(year, from, to) };
}

export function parseTemplateArgs(args: string[]): TemplateArgs {
  const a: TemplateArgs = { overwrite: false };
  const files = walk(args, "template", (flag, value) => {
    if (flag === "-o" || flag === "--out") a.out = value();
    else if (flag === "--kategorier" || flag === "--categories") a.categoriesFrom = value();
    else if (flag === "--skriv-over" || flag === "--overwrite") a.overwrite = true;
    else if (flag === "--today") a.today = checkDate("--today", value());
    else return false;
    return true;
  });
  if (files.length > 0) throw new UsageError(text.templateNoFiles(files[0]));
  return a;
}

export interface FixArgs {
  file: string;
  out?: string;
  overwrite: boolean;
  today?: string;
}

/** `fix register.xlsx [-o rättad.xlsx] [--skriv-over]`: one file, repaired into a copy. */
export function parseFixArgs(args: string[]): FixArgs {
  const a: Omit<FixArgs, "file"> = { overwrite: false };
  const files = walk(args, "fix", (flag, value) => {
    if (flag === "-o" || flag === "--out") a.out = value();
    else if (flag === "--skriv-over" || flag === "--overwrite") a.overwrite = true;
    else if (flag === "--today") a.today = checkDate("--today", value());
    else return false;
    return true;
  });
  if (files.length === 0) throw new UsageError(text.noFixFile);
  if (files.length > 1) throw new UsageError(text.fixOneFile);
  return { ...a, file: files[0] };
}
