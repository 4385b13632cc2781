import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { prepareReport, type PreparedReport, type ReportOptions } from "../../../core/report/buildReport";
import { readErrors } from "../readXlsx";
import { rejectEncrypted } from "./readXlsxFile";
import { buildReportWorkbook, combineGrids, type BuildOptions, type BuiltReport, type ReportSource } from "../reportWorkbook";
import { writeFileAtomic, type AtomicWriteFs } from "./atomicWrite";
import { findSameFiles, inputAt } from "./sameFile";
import { withWriteLock } from "./writeLock";

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

export async function readSource(path: string): Promise<ReportSource> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw readErrors.notFound(basename(path));
  }
  rejectEncrypted(bytes, basename(path));
  return { name: basename(path), bytes };
}

/** Reads each input once; refuses the same file given twice. */
async function readSources(inputs: string[]): Promise<ReportSource[]> {
  const same = await findSameFiles(inputs);
  if (same) throw new SameInputTwiceError(same[0], same[1]);
  return Promise.all(inputs.map(readSource));
}

export interface WriteDeps {
  /** The file-system calls of the final write (tests make them fail). */
  fs?: AtomicWriteFs;
}

/**
 * Reads the files, builds the report and writes it to `out`; the inputs are only read. `out` must
 * not be an input (OutputIsInputError); one run at a time writes it (OutputLockedError); the write
 * is atomic, so a failed or killed run leaves an earlier file at `out` as it was.
 */
export async function writeReportFile(inputs: string[], out: string, options: BuildOptions, deps: WriteDeps = {}): Promise<BuiltReport> {
  const input = await inputAt(out, inputs);
  if (input !== null) throw new OutputIsInputError(input, out);
  return withWriteLock(out, async () => {
    const sources = await readSources(inputs);
    const built = await buildReportWorkbook(sources, options);
    if (built.bytes) await writeFileAtomic(out, built.bytes, deps.fs);
    return built;
  });
}

/** The report as data only (for --json): no workbook is built or written. */
export async function reportFromFiles(inputs: string[], options: ReportOptions): Promise<PreparedReport> {
  const sources = await readSources(inputs);
  const combined = combineGrids(sources);
  return prepareReport(combined.grid, { ...options, sheetFiles: sources.length > 1 ? combined.sheetFiles : undefined });
}
