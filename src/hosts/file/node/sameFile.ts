import { realpath, stat } from "node:fs/promises";

/**
 * Whether two paths name one file, by the file's identity (device and inode), not by its path:
 * a symbolic link, a hard link, "./a/../a.xlsx" and, on a case-insensitive disk, "A.XLSX" for
 * "a.xlsx" all name the same file. A path that does not exist has no identity and is the same
 * as nothing.
 */

export interface FileIdentity {
  dev: bigint;
  ino: bigint;
  /** The real path, for file systems without inode numbers (ino 0). */
  real: string;
}

/** The identity of the file a path names (following links), or null when there is no such file. */
export async function fileIdentity(path: string): Promise<FileIdentity | null> {
  try {
    const s = await stat(path, { bigint: true });
    // Only needed where a file system reports no inode numbers; realpath is then the best we have.
    const real = s.ino === 0n ? await realpath(path) : "";
    return { dev: s.dev, ino: s.ino, real };
  } catch {
    return null;
  }
}

export function sameIdentity(a: FileIdentity | null, b: FileIdentity | null): boolean {
  if (!a || !b || a.dev !== b.dev) return false;
  if (a.ino === 0n || b.ino === 0n) return a.ino === b.ino && a.real !== "" && a.real === b.real;
  return a.ino === b.ino;
}

/** Whether the two paths name one existing file. */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  return sameIdentity(await fileIdentity(a), await fileIdentity(b));
}

/** The first two of the paths that name one existing file (in argument order), or null when all differ. */
export async function findSameFiles(paths: string[]): Promise<[string, string] | null> {
  const ids = await Promise.all(paths.map(fileIdentity));
  for (let j = 1; j < paths.length; j++) {
    for (let i = 0; i < j; i++) if (sameIdentity(ids[i], ids[j])) return [paths[i], paths[j]];
  }
  return null;
}

/** The first of `inputs` that is the same file as `out`, or null (always null when `out` does not exist yet). */
export async function inputAt(out: string, inputs: string[]): Promise<string | null> {
  const target = await fileIdentity(out);
  if (!target) return null;
  for (const input of inputs) if (sameIdentity(target, await fileIdentity(input))) return input;
  return null;
}
