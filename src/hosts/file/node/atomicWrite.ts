import { randomBytes } from "node:crypto";
import { open, readdir, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isProcessAlive } from "./pid";

/**
 * Writes a file so that its final name only ever holds a complete file: the bytes go to a new
 * temporary file in the same folder, are flushed to disk, and the temporary file is then renamed
 * over the final name (atomic within one folder). Killed, out of disk or failing half-way, the
 * final name still holds whatever was there before (or nothing), never a partial file.
 */

/** The part of an open file the write needs; Node's FileHandle is one. */
export interface WritableFile {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls the write makes; replaceable in tests to make a call fail. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const nodeFs: AtomicWriteFs = {
  open: (path, flags, mode) => open(path, flags, mode),
  rename,
  unlink,
};

const TEMP_SUFFIX = ".tmp";
/** Long names are cut in the temporary name so it stays within the file system's name limit. */
const MAX_STEM = 100;

const tempStem = (path: string) => basename(path).slice(0, MAX_STEM);

/** A new temporary name beside `path`: ".<name>.<pid>.<random>.tmp". */
export function tempPathFor(path: string): string {
  return join(
    dirname(path),
    `.${tempStem(path)}.${process.pid}.${randomBytes(6).toString("hex")}${TEMP_SUFFIX}`,
  );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Removes temporary files that an earlier, killed write to `path` left behind (those whose
 * process no longer runs). Best effort: a file that cannot be listed or removed is left.
 */
export async function removeStaleTemps(
  path: string,
  fs: AtomicWriteFs = nodeFs,
): Promise<string[]> {
  const pattern = new RegExp(
    `^\\.${escapeRegExp(tempStem(path))}\\.(\\d+)\\.[0-9a-f]{12}${escapeRegExp(TEMP_SUFFIX)}$`,
  );
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || isProcessAlive(Number(m[1]))) continue;
    try {
      await fs.unlink(join(dirname(path), name));
      removed.push(name);
    } catch {
      // Someone else removed it, or it cannot be removed: not this write's concern.
    }
  }
  return removed;
}

function shortWrite(): NodeJS.ErrnoException {
  return Object.assign(new Error("The file system accepted no bytes."), { code: "EIO" });
}

/** Flushes a folder's entries (the rename) to disk where the system allows it; ignored elsewhere (Windows). */
async function syncFolder(folder: string, fs: AtomicWriteFs): Promise<void> {
  let handle: WritableFile | undefined;
  try {
    handle = await fs.open(folder, "r");
    await handle.sync();
  } catch {
    // Not supported here: the rename is still atomic, only its durability after a power cut is weaker.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Writes `data` to `path` atomically (see above). On any error the temporary file is removed, an
 * earlier file at `path` is left as it was, and the error (with its code, e.g. ENOSPC) is rethrown.
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array,
  fs: AtomicWriteFs = nodeFs,
): Promise<void> {
  await removeStaleTemps(path, fs);
  const temp = tempPathFor(path);
  let created = false;
  let handle: WritableFile | undefined;
  try {
    // "wx": a new file only, never one that exists (not an input, not another run's temporary file).
    handle = await fs.open(temp, "wx", 0o666);
    created = true;
    for (let at = 0; at < data.length;) {
      const { bytesWritten } = await handle.write(data, at, data.length - at, at);
      if (bytesWritten <= 0) throw shortWrite();
      at += bytesWritten;
    }
    await handle.sync();
    const closing = handle;
    handle = undefined;
    await closing.close();
    await fs.rename(temp, path);
    created = false;
  } catch (e) {
    await handle?.close().catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
  await syncFolder(dirname(path), fs);
}
