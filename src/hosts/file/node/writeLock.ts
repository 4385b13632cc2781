import { randomBytes } from "node:crypto";
import { link, open, readFile, rename, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { isProcessAlive } from "./pid";

/**
 * One writer per output file: a run that writes `<out>` first creates `<out>.lock` (which must
 * not exist) holding its process id, and removes it when done. A second run finds the lock and
 * stops with OutputLockedError instead of writing the same file at the same time. A lock left by
 * a run that was killed (its process no longer runs on this computer) is taken over.
 */

export class OutputLockedError extends Error {
  constructor(
    readonly path: string,
    readonly lockPath: string,
  ) {
    super(`Another run is writing ${path} (lock file ${lockPath}).`);
    this.name = "OutputLockedError";
  }
}

export interface WriteLock {
  lockPath: string;
  release(): Promise<void>;
}

interface LockContent {
  tool: string;
  pid: number;
  host: string;
  token: string;
}

const TOOL = "finsam-rapport";

export const lockPathFor = (path: string) => `${path}.lock`;

const code = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;

function parseLock(text: string): LockContent | null {
  try {
    const v = JSON.parse(text) as Partial<LockContent>;
    if (
      v &&
      v.tool === TOOL &&
      typeof v.pid === "number" &&
      typeof v.host === "string" &&
      typeof v.token === "string"
    )
      return v as LockContent;
  } catch {
    // Not a lock this program wrote.
  }
  return null;
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}

/**
 * Removes the lock at `lockPath` if a killed run of this program left it: written by us, on this
 * computer, by a process that no longer runs. Anything else (including a file this program did
 * not write) is left alone. Returns whether the lock is gone.
 */
async function removeStaleLock(lockPath: string): Promise<boolean> {
  const seen = await readText(lockPath);
  if (seen === null) return true;
  const lock = parseLock(seen);
  if (!lock || lock.host !== hostname() || isProcessAlive(lock.pid)) return false;
  // Move it aside first and check it is still the stale lock: another run may have taken it over meanwhile.
  const aside = `${lockPath}.${process.pid}.${randomBytes(6).toString("hex")}.stale`;
  try {
    await rename(lockPath, aside);
  } catch {
    return false;
  }
  const moved = await readText(aside);
  if (moved !== seen) await link(aside, lockPath).catch(() => undefined); // a live lock: put it back
  await unlink(aside).catch(() => undefined);
  return moved === seen;
}

/** Takes the lock for writing `path`, or throws OutputLockedError when another run holds it. */
export async function acquireWriteLock(path: string): Promise<WriteLock> {
  const lockPath = lockPathFor(path);
  const content = JSON.stringify({
    tool: TOOL,
    pid: process.pid,
    host: hostname(),
    token: randomBytes(8).toString("hex"),
  } satisfies LockContent);
  for (let attempt = 0; attempt < 2; attempt++) {
    let handle;
    try {
      handle = await open(lockPath, "wx");
    } catch (e) {
      if (code(e) !== "EEXIST") throw e;
      if (attempt === 0 && (await removeStaleLock(lockPath))) continue;
      break;
    }
    try {
      await handle.writeFile(content);
      await handle.close();
    } catch (e) {
      await handle.close().catch(() => undefined);
      await unlink(lockPath).catch(() => undefined);
      throw e;
    }
    return { lockPath, release: () => releaseLock(lockPath, content) };
  }
  throw new OutputLockedError(path, lockPath);
}

/** Removes the lock if it is still ours. */
async function releaseLock(lockPath: string, content: string): Promise<void> {
  if ((await readText(lockPath)) === content) await unlink(lockPath).catch(() => undefined);
}

/** Runs `write` holding the lock for `path`; the lock is removed afterwards, also when `write` fails. */
export async function withWriteLock<T>(path: string, write: () => Promise<T>): Promise<T> {
  const lock = await acquireWriteLock(path);
  try {
    return await write();
  } finally {
    await lock.release();
  }
}
