import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import {
  prepareReport,
  type PreparedReport,
  type ReportOptions,
} from "../../../core/report/buildReport";
import { readErrors } from "../readXlsx";
import {
  buildReportWorkbook,
  combineGrids,
  type BuildOptions,
  type BuiltReport,
  type ReportSource,
} from "../reportWorkbook";
import { writeFileAtomic, type AtomicWriteFs } from "./atomicWrite";
import { useNodeInflate } from "./nodeInflate";
import { findSameFiles, inputAt } from "./sameFile";
import { withWriteLock } from "./writeLock";

useNodeInflate();

/** The same file was given twice (by any path: a link, another spelling); it would be counted twice. */
export class SameInputTwiceError extends Error {
  constructor(
    readonly first: string,
    readonly second: string,
  ) {
    super(`${first} and ${second} are the same file.`);
    this.name = "SameInputTwiceError";
  }
}

/** The output path names one of the inputs (by any path): writing it would replace the register. */
export class OutputIsInputError extends Error {
  constructor(
    readonly input: string,
    readonly out: string,
  ) {
    super(`The output ${out} is the input ${input}.`);
    this.name = "OutputIsInputError";
  }
}

/** The output file exists and the caller asked to keep existing files (the CLI without --skriv-over). */
export class OutputExistsError extends Error {
  constructor(readonly out: string) {
    super(`The output ${out} exists.`);
    this.name = "OutputExistsError";
  }
}

/** Whether anything is at `path` (a file, or a link to one); a dangling link counts as nothing. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export async function readSource(path: string): Promise<ReportSource> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw readErrors.notFound(basename(path));
  }
  return { name: basename(path), bytes };
}

/** Refuses the same file given twice (SameInputTwiceError). */
async function refuseSameInputs(inputs: string[]): Promise<void> {
  const same = await findSameFiles(inputs);
  if (same) throw new SameInputTwiceError(same[0], same[1]);
}

/** Reads each input once; refuses the same file given twice. */
async function readSources(inputs: string[]): Promise<ReportSource[]> {
  await refuseSameInputs(inputs);
  return Promise.all(inputs.map(readSource));
}

export interface WriteDeps {
  /** The file-system calls of the final write (tests make them fail). */
  fs?: AtomicWriteFs;
  /** Refuse to replace a file already at `out` (OutputExistsError); by default it is replaced atomically. */
  keepExisting?: boolean;
}

/**
 * Reads the files, builds the report and writes it to `out`; the inputs are only read. `out` must
 * not be an input (OutputIsInputError); one run at a time writes it (OutputLockedError); the write
 * is atomic, so a failed or killed run leaves an earlier file at `out` as it was. With
 * `keepExisting`, a file already at `out` is refused (OutputExistsError) before anything is read;
 * checked holding the lock, so a run that finished meanwhile is seen.
 */
export async function writeReportFile(
  inputs: string[],
  out: string,
  options: BuildOptions,
  deps: WriteDeps = {},
): Promise<BuiltReport> {
  const input = await inputAt(out, inputs);
  if (input !== null) throw new OutputIsInputError(input, out);
  // Mistakes in the arguments first, before an existing output or another run is reported.
  await refuseSameInputs(inputs);
  return withWriteLock(out, async () => {
    if (deps.keepExisting && (await exists(out))) throw new OutputExistsError(out);
    const sources = await readSources(inputs);
    const built = await buildReportWorkbook(sources, options);
    if (built.bytes) await writeFileAtomic(out, built.bytes, deps.fs);
    return built;
  });
}

/** The report as data only (for --json): no workbook is built or written. */
export async function reportFromFiles(
  inputs: string[],
  options: ReportOptions,
): Promise<PreparedReport> {
  const sources = await readSources(inputs);
  const combined = combineGrids(sources);
  return prepareReport(combined.grid, {
    ...options,
    sheetFiles: sources.length > 1 ? combined.sheetFiles : undefined,
  });
}
