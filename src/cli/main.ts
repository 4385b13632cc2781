import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  parseFixArgs,
  parseReportArgs,
  parseTemplateArgs,
  parseValidateArgs,
  UsageError,
  wantsHelp,
} from "./args";
import type { CliIo } from "./io";
import { text } from "./text.sv";

/*
 * The command's entry: help, version and the choice of command. Kept light: the commands (and
 * with them the core, the file host and ExcelJS) are loaded only when one runs, so that
 * `finsam-rapport --version` and `--help` start at once.
 */

export type { CliIo };

const defaultIo: CliIo = {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
};

/** The installed package's version: package.json two folders up (lib/cli → the package; src/cli in tests). */
export function packageVersion(): string | null {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version?: unknown;
    };
    return typeof pkg.version === "string" ? pkg.version : null;
  } catch {
    return null;
  }
}

const HELP: Record<string, string> = {
  validate: text.validateHelp,
  report: text.reportHelp,
  template: text.templateHelp,
  fix: text.fixHelp,
};

/**
 * Runs the command line `argv` (without node and the script). Exit codes, the same for every
 * command with and without --json: 0 = no errors in the source, 1 = errors found in the source,
 * 2 = the command could not do its job (arguments, reading, writing, insatser conflicting between files).
 */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.err(`${text.noCommand}\n\n${text.usage}`);
      return 2;
    }
    if (command === "--help" || command === "-h") {
      io.out(text.usage);
      return 0;
    }
    if (command === "help") {
      // "finsam-rapport help report" as well as "finsam-rapport report --help".
      const about = rest[0];
      if (about !== undefined && !HELP[about]) throw new UsageError(text.unknownCommand(about));
      io.out(about === undefined ? text.usage : HELP[about]);
      return 0;
    }
    if (command === "--version" || command === "-v") {
      const version = packageVersion();
      if (version === null) {
        io.err(text.noVersion);
        return 2;
      }
      io.out(text.version(version));
      return 0;
    }
    if (HELP[command] && wantsHelp(rest)) {
      io.out(HELP[command]);
      return 0;
    }
    if (command === "validate") {
      const args = parseValidateArgs(rest);
      const { validateCommand } = await import("./validate");
      return await validateCommand(args, io);
    }
    if (command === "report") {
      const args = parseReportArgs(rest);
      const { reportCommand } = await import("./report");
      return await reportCommand(args, io);
    }
    if (command === "template") {
      const args = parseTemplateArgs(rest);
      const { templateCommand } = await import("./template");
      return await templateCommand(args, io);
    }
    if (command === "fix") {
      const args = parseFixArgs(rest);
      const { fixCommand } = await import("./fix");
      return await fixCommand(args, io);
    }
    throw new UsageError(text.unknownCommand(command));
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
}
