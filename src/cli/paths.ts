import { stat } from "node:fs/promises";
import { UsageError } from "./args";
import { text } from "./text.sv";

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    // Missing or unreadable: the read (or write) says so in its own words.
    return false;
  }
}

/** Refuses a folder given where a file belongs: an input, or the output (-o). */
export async function refuseFolders(inputs: string[], out?: string): Promise<void> {
  for (const input of inputs)
    if (await isFolder(input)) throw new UsageError(text.folderGiven(input));
  if (out !== undefined && (await isFolder(out))) throw new UsageError(text.folderAsOut(out));
}
