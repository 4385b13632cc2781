import { basename, dirname, extname, join } from "node:path";
import { reportLabel } from "../core/layout/layoutReport";
import { ReportOptionsError } from "../core/report/buildReport";
import { periodFromIso, periodLabel } from "../core/report/period";
import {
  OutputExistsError,
  OutputIsInputError,
  reportFromFiles,
  SameInputTwiceError,
  writeReportFile,
} from "../hosts/file/node/reportFile";
import { OutputLockedError } from "../hosts/file/node/writeLock";
import { WorkbookReadError } from "../hosts/file/readXlsx";
import { reportFileName, reportOnlyFileName } from "../hosts/file/reportWorkbook";
import type { InsatsConflict } from "../core/report/sources";
import type { ReportArgs } from "./args";
import type { CliIo } from "./io";
import { refuseFolders } from "./paths";
import { text } from "./text.sv";

/**
 * The Swedish message for an error from reading the inputs or writing `out`, or null for an
 * unexpected error (a bug: left to the launcher's generic message).
 */
export function reportErrorMessage(e: unknown, out: string): string | null {
  if (e instanceof WorkbookReadError || e instanceof ReportOptionsError) return e.message;
  if (e instanceof SameInputTwiceError) return text.sameFileTwice(e.first, e.second);
  if (e instanceof OutputIsInputError) return text.sameAsInput;
  if (e instanceof OutputExistsError) return text.outputExists(out);
  if (e instanceof OutputLockedError) return text.outputLocked(out, e.lockPath);
  // A file-system error (not checked with instanceof Error: Node's errors may come from another realm).
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  if (typeof code === "string")
    return code === "ENOSPC" || code === "EDQUOT" ? text.diskFull(out) : text.writeFailed(out);
  return null;
}

/** Insatser conflicting between files stop the report: nothing is written, and the command could not do its job (2). */
function conflicted(conflicts: InsatsConflict[], io: CliIo): boolean {
  for (const c of conflicts) io.err(text.conflict(c.insats, c.files[0], c.files[1]));
  return conflicts.length > 0;
}

/**
 * `finsam-rapport report`: writes a copy with the report sheets, or prints the ReportModel
 * (--json). Exit 0 when the source has no errors, 1 when it has (the report is still written,
 * its Kontroll sheet lists them), 2 when the report could not be made (reading, writing, an
 * existing output without --skriv-over, insatser conflicting between files).
 */
export async function reportCommand(args: ReportArgs, io: CliIo): Promise<number> {
  await refuseFolders(args.files);
  const first = args.files[0];
  const p = periodFromIso(args.period.from, args.period.to)!;
  const label = reportLabel({ period: p });
  // An .xlsm source keeps its extension (its copy is an .xlsm); any other loses it, as before.
  const source = /\.xls[xm]$/i.test(first) ? basename(first) : basename(first, extname(first));
  const fileName = (args.reportOnly ? reportOnlyFileName : reportFileName)(source, label);
  const out = args.out ?? join(dirname(first), fileName);
  if (!args.json) await refuseFolders([], out);
  const options = {
    period: args.period,
    today: args.today,
    hideSmall: args.hideSmall,
    budgetSheet: args.budgetSheet,
    reportOnly: args.reportOnly,
  };
  let built;
  try {
    if (args.json) {
      const prepared = await reportFromFiles(args.files, options);
      if (conflicted(prepared.conflicts, io)) return 2;
      io.out(JSON.stringify(prepared.model, null, 2));
      return prepared.model.issues.some((i) => i.severity === "error") ? 1 : 0;
    }
    // Refuses an output that is an input, the same input twice, an existing output (without
    // --skriv-over) and a second run writing `out`; writes atomically.
    built = await writeReportFile(args.files, out, options, { keepExisting: !args.overwrite });
  } catch (e) {
    const message = reportErrorMessage(e, out);
    if (message === null) throw e;
    io.err(message);
    return 2;
  }
  const { prepared } = built;
  if (conflicted(prepared.conflicts, io)) return 2;
  const errors = prepared.model.issues.filter((i) => i.severity === "error").length;
  const m = prepared.model;
  io.out(text.reportSummary(m.total.participants.total, m.insatser.length, periodLabel(p)));
  // Which budget the figures come from, or why there are none: never silent.
  io.out(m.budget ? text.reportBudget(m.budget.tables, m.budget.unit) : text.reportNoBudget);
  if (m.budgetStatus.message) io.out(m.budgetStatus.message);
  for (const [wanted, used] of built.plan.renamed) io.out(text.reportRenamed(wanted, used));
  if (built.plan.replace.length) io.out(text.reportReplaced(built.plan.replace));
  io.out(text.reportWritten(out, built.sheets));
  // The report alone holds no register: nothing to say about the register's format then.
  if (built.sourceFormat !== "xlsx" && !args.reportOnly)
    io.out(text.convertedSource(built.sourceFormat));
  // Which file holds personal data: the full copy has the register, the report alone does not.
  io.out(args.reportOnly ? text.reportOnlyWritten : text.copyHoldsRegister);
  if (built.sensitivityLabel) io.out(text.sensitivityKept(built.sensitivityLabel.name));
  // The report was written; problems in the source are listed on its Kontroll sheet, and the exit code says so.
  if (errors) io.out(text.reportIssues(errors));
  return errors ? 1 : 0;
}
