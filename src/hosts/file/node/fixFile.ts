import type { ReadOptions } from "../../../core/options";
import { repairWorkbook, type RepairedWorkbook } from "../repairWorkbook";
import { writeFileAtomic } from "./atomicWrite";
import { exists, OutputExistsError, OutputIsInputError, readSource } from "./reportFile";
import { inputAt } from "./sameFile";
import { withWriteLock } from "./writeLock";

/**
 * Reads `input`, repairs its register and writes the copy to `out` atomically; never in place
 * (OutputIsInputError, by the file's identity), one run at a time. Nothing is written when there
 * is nothing to repair.
 */
export async function writeRepairedFile(
  input: string,
  out: string,
  options: ReadOptions & { keepExisting?: boolean } = {},
): Promise<RepairedWorkbook> {
  const same = await inputAt(out, [input]);
  if (same !== null) throw new OutputIsInputError(same, out);
  return withWriteLock(out, async () => {
    if (options.keepExisting && (await exists(out))) throw new OutputExistsError(out);
    const source = await readSource(input);
    const repaired = repairWorkbook(source.bytes, source.name, options);
    if (repaired.bytes) await writeFileAtomic(out, repaired.bytes);
    return repaired;
  });
}
