import { basename } from "node:path";
import type { Issue } from "../core/issue";
import type { InsatsConflict } from "../core/report/sources";
import { validateWorkbook } from "../core/validateWorkbook";
import { readXlsxFile } from "../hosts/file/node/readXlsxFile";
import { findSameFiles } from "../hosts/file/node/sameFile";
import { WorkbookReadError } from "../hosts/file/xlsx";
import type { ValidateArgs } from "./args";
import { crossFileConflicts, type NamedGrid } from "./crossFile";
import { formatValidation } from "./formatIssues";
import type { CliIo } from "./io";
import { refuseFolders } from "./paths";
import { text } from "./text.sv";

/** The conflicts between files, as validate prints them (counted as errors). */
function formatConflicts(files: string[], conflicts: InsatsConflict[]): string {
  const lines = [text.crossFileHeading(files)];
  for (const c of conflicts)
    lines.push(`  ${text.severity.error} – ${text.conflict(c.insats, c.files[0], c.files[1])}`);
  lines.push("", text.crossFileSummary(conflicts.length));
  return lines.join("\n");
}

/**
 * `finsam-rapport validate`: each file's issues, and with several files the conflicts `report`
 * would stop at. Exit 0 without errors, 1 with errors (a conflict is one), 2 when a file cannot be read.
 */
export async function validateCommand(args: ValidateArgs, io: CliIo): Promise<number> {
  await refuseFolders(args.files);
  const same = await findSameFiles(args.files);
  if (same) {
    io.err(text.sameFileTwice(same[0], same[1]));
    return 2;
  }
  let exit = 0;
  const jsonIssues: (Issue & { file: string })[] = [];
  const unreadable: { file: string; message: string }[] = [];
  const read: NamedGrid[] = [];
  for (const path of args.files) {
    const file = basename(path);
    let result;
    try {
      const grid = await readXlsxFile(path);
      result = validateWorkbook(grid, { today: args.today });
      if (args.files.length > 1) read.push({ name: file, grid });
    } catch (e) {
      const message = e instanceof WorkbookReadError ? e.message : text.unexpected(file);
      if (args.json) unreadable.push({ file, message });
      else io.err(message);
      exit = 2;
      continue;
    }
    if (result.issues.some((i) => i.severity === "error") && exit === 0) exit = 1;
    if (args.json)
      for (const i of result.issues)
        jsonIssues.push(args.files.length > 1 ? { ...i, file } : (i as Issue & { file: string }));
    else io.out(formatValidation(file, result, args.all) + "\n");
  }
  // The files that could be read, checked together as report combines them.
  let conflicts: InsatsConflict[] = [];
  try {
    conflicts = crossFileConflicts(read, { today: args.today });
  } catch (e) {
    // Too many rows together to be checked as one: said, and the files' own checks stand.
    if (!(e instanceof WorkbookReadError)) throw e;
    io.err(e.message);
    exit = 2;
  }
  if (conflicts.length && exit === 0) exit = 1;
  if (args.json) {
    const doc: Record<string, unknown> = { schemaVersion: 1, issues: jsonIssues };
    if (conflicts.length)
      doc.conflicts = conflicts.map((c) => ({
        insats: c.insats,
        files: c.files,
        severity: "error",
        message: text.conflict(c.insats, c.files[0], c.files[1]),
      }));
    if (unreadable.length) doc.unreadableFiles = unreadable;
    io.out(JSON.stringify(doc, null, 2));
  } else if (conflicts.length)
    io.out(
      formatConflicts(
        read.map((f) => f.name),
        conflicts,
      ) + "\n",
    );
  return exit;
}
