import { basename } from "node:path";
import { isoToSerial } from "../core/parse/dates";
import { validateWorkbook } from "../core/validateWorkbook";
import type { Issue } from "../core/issue";
import { WorkbookReadError } from "../hosts/file/readXlsx";
import { readXlsxFile } from "../hosts/file/readXlsxFile";
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

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.out(text.usage);
      return command === undefined ? 2 : 0;
    }
    if (command === "validate") return await validateCommand(parseValidateArgs(rest), io);
    throw new UsageError(text.unknownCommand(command));
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
}
