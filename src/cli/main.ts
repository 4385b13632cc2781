import { basename, dirname, extname, join } from "node:path";
import { reportLabel } from "../core/layout/layoutReport";
import { periodFromIso, periodLabel, yearPeriod, periodToIso } from "../core/report/period";
import { ReportOptionsError } from "../core/report/buildReport";
import { OutputIsInputError, reportFromFiles, SameInputTwiceError, writeReportFile } from "../hosts/file/node/reportFile";
import { reportFileName, reportOnlyFileName } from "../hosts/file/reportWorkbook";
import { isoToSerial } from "../core/parse/dates";
import { validateWorkbook } from "../core/validateWorkbook";
import type { Issue } from "../core/issue";
import { WorkbookReadError } from "../hosts/file/readXlsx";
import { readXlsxFile } from "../hosts/file/node/readXlsxFile";
import { findSameFiles } from "../hosts/file/node/sameFile";
import { OutputLockedError } from "../hosts/file/node/writeLock";
import { formatValidation } from "./formatIssues";
import { text } from "./text.sv";

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: CliIo = { out: (s) => process.stdout.write(s + "\n"), err: (s) => process.stderr.write(s + "\n") };

interface ValidateArgs {
  files: string[];
  json: boolean;
  all: boolean;
  today?: string;
}

class UsageError extends Error {}

function parseValidateArgs(args: string[]): ValidateArgs {
  const a: ValidateArgs = { files: [], json: false, all: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json") a.json = true;
    else if (arg === "--all") a.all = true;
    else if (arg === "--today" || arg.startsWith("--today=")) {
      const v = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[++i];
      if (v === undefined) throw new UsageError(text.missingValue("--today"));
      if (isoToSerial(v) === null) throw new UsageError(text.badToday(v));
      a.today = v;
    } else if (arg.startsWith("-")) throw new UsageError(text.unknownOption(arg));
    else a.files.push(arg);
  }
  if (a.files.length === 0) throw new UsageError(text.noFiles);
  return a;
}

/** `finsam-rapport validate`: exit 0 without errors, 1 with errors, 2 when a file cannot be read. */
async function validateCommand(args: ValidateArgs, io: CliIo): Promise<number> {
  const same = await findSameFiles(args.files);
  if (same) {
    io.err(text.sameFileTwice(same[0], same[1]));
    return 2;
  }
  let exit = 0;
  const jsonIssues: (Issue & { file: string })[] = [];
  const unreadable: { file: string; message: string }[] = [];
  for (const path of args.files) {
    const file = basename(path);
    let result;
    try {
      const grid = await readXlsxFile(path);
      result = validateWorkbook(grid, { today: args.today });
    } catch (e) {
      const message = e instanceof WorkbookReadError ? e.message : text.unexpected(file);
      if (args.json) unreadable.push({ file, message });
      else io.err(message);
      exit = 2;
      continue;
    }
    if (result.issues.some((i) => i.severity === "error") && exit === 0) exit = 1;
    if (args.json) for (const i of result.issues) jsonIssues.push(args.files.length > 1 ? { ...i, file } : (i as Issue & { file: string }));
    else io.out(formatValidation(file, result, args.all) + "\n");
  }
  if (args.json) {
    const doc: Record<string, unknown> = { schemaVersion: 1, issues: jsonIssues };
    if (unreadable.length) doc.unreadableFiles = unreadable;
    io.out(JSON.stringify(doc, null, 2));
  }
  return exit;
}

interface ReportArgs {
  files: string[];
  period: { from: string; to: string };
  out?: string;
  json: boolean;
  hideSmall: boolean;
  today?: string;
  budgetSheet?: string;
  reportOnly: boolean;
}

function parseReportArgs(args: string[]): ReportArgs {
  const files: string[] = [];
  let year: string | undefined;
  let from: string | undefined;
  let to: string | undefined;
  let out: string | undefined;
  let json = false;
  let hideSmall = false;
  let today: string | undefined;
  let budgetSheet: string | undefined;
  let reportOnly = false;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith("--") && args[i].includes("=") ? [args[i].slice(0, args[i].indexOf("=")), args[i].slice(args[i].indexOf("=") + 1)] : [args[i], undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(text.missingValue(flag));
      return v;
    };
    if (flag === "--period") year = value();
    else if (flag === "--from") from = value();
    else if (flag === "--to") to = value();
    else if (flag === "-o" || flag === "--out") out = value();
    else if (flag === "--json") json = true;
    else if (flag === "--dolj-sma" || flag === "--hide-small") hideSmall = true;
    else if (flag === "--budget") budgetSheet = value();
    else if (flag === "--endast-rapport" || flag === "--report-only") reportOnly = true;
    else if (flag === "--today") {
      today = value();
      if (isoToSerial(today) === null) throw new UsageError(text.badToday(today));
    } else if (flag.startsWith("-")) throw new UsageError(text.unknownOption(flag));
    else files.push(flag);
  }
  if (files.length === 0) throw new UsageError(text.noFiles);
  let period;
  if (year !== undefined) {
    const p = /^\d{4}$/.test(year) ? yearPeriod(Number(year)) : null;
    if (!p) throw new UsageError(text.badPeriod(year));
    period = periodToIso(p);
  } else if (from !== undefined && to !== undefined) {
    if (!periodFromIso(from, to)) throw new UsageError(text.badPeriod(`${from}–${to}`));
    period = { from, to };
  } else throw new UsageError(text.noPeriod);
  return { files, period, out, json, hideSmall, today, budgetSheet, reportOnly };
}

/**
 * The Swedish message for an error from reading the inputs or writing `out`, or null for an
 * unexpected error (a bug: left to the launcher's generic message).
 */
export function reportErrorMessage(e: unknown, out: string): string | null {
  if (e instanceof WorkbookReadError || e instanceof ReportOptionsError) return e.message;
  if (e instanceof SameInputTwiceError) return text.sameFileTwice(e.first, e.second);
  if (e instanceof OutputIsInputError) return text.sameAsInput;
  if (e instanceof OutputLockedError) return text.outputLocked(out, e.lockPath);
  // A file-system error (not checked with instanceof Error: Node's errors may come from another realm).
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  if (typeof code === "string") return code === "ENOSPC" || code === "EDQUOT" ? text.diskFull(out) : text.writeFailed(out);
  return null;
}

/** `finsam-rapport report`: writes a copy with the report sheets, or prints the ReportModel. */
async function reportCommand(args: ReportArgs, io: CliIo): Promise<number> {
  const first = args.files[0];
  const p = periodFromIso(args.period.from, args.period.to)!;
  const label = reportLabel({ period: p });
  const fileName = (args.reportOnly ? reportOnlyFileName : reportFileName)(basename(first, extname(first)), label);
  const out = args.out ?? join(dirname(first), fileName);
  const options = { period: args.period, today: args.today, hideSmall: args.hideSmall, budgetSheet: args.budgetSheet, reportOnly: args.reportOnly };
  let built;
  try {
    if (args.json) {
      const prepared = await reportFromFiles(args.files, options);
      for (const c of prepared.conflicts) io.err(text.conflict(c.insats, c.files[0], c.files[1]));
      if (prepared.conflicts.length) return 1;
      io.out(JSON.stringify(prepared.model, null, 2));
      return prepared.model.issues.some((i) => i.severity === "error") ? 1 : 0;
    }
    // Refuses an output that is an input, the same input twice and a second run writing `out`; writes atomically.
    built = await writeReportFile(args.files, out, options);
  } catch (e) {
    const message = reportErrorMessage(e, out);
    if (message === null) throw e;
    io.err(message);
    return 2;
  }
  const { prepared } = built;
  for (const c of prepared.conflicts) io.err(text.conflict(c.insats, c.files[0], c.files[1]));
  if (prepared.conflicts.length) return 1;
  const errors = prepared.model.issues.filter((i) => i.severity === "error").length;
  const m = prepared.model;
  io.out(text.reportSummary(m.total.participants.total, m.insatser.length, periodLabel(p)));
  // Which budget the figures come from, or why there are none: never silent.
  io.out(m.budget ? text.reportBudget(m.budget.tables, m.budget.unit) : text.reportNoBudget);
  if (m.budgetStatus.message) io.out(m.budgetStatus.message);
  for (const [wanted, used] of built.plan.renamed) io.out(text.reportRenamed(wanted, used));
  if (built.plan.replace.length) io.out(text.reportReplaced(built.plan.replace));
  io.out(text.reportWritten(out, built.sheets));
  // Which file holds personal data: the full copy has the register, the report alone does not.
  io.out(args.reportOnly ? text.reportOnlyWritten : text.copyHoldsRegister);
  // The report was written: problems in the source are listed on its Kontroll sheet.
  if (errors) io.out(text.reportIssues(errors));
  return 0;
}

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.out(text.usage);
      return command === undefined ? 2 : 0;
    }
    if (command === "validate") return await validateCommand(parseValidateArgs(rest), io);
    if (command === "report") return await reportCommand(parseReportArgs(rest), io);
    throw new UsageError(text.unknownCommand(command));
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
}
