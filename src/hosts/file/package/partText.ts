/** A package part's bytes and text, read within the reader's limits. */
import { LIMITS, type ReadBudget } from "../xlsx/limits";
import { findEntry, inflateEntry, type ZipArchive } from "../xlsx/zip";

export function partBytes(
  zip: ZipArchive,
  part: string,
  budget: ReadBudget,
  maxBytes: number = LIMITS.maxSmallPartBytes,
): Uint8Array | null {
  const entry = findEntry(zip, part);
  if (!entry) return null;
  const out = new Uint8Array(entry.size);
  let at = 0;
  inflateEntry(zip, entry, maxBytes, part, budget, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

export function partText(
  zip: ZipArchive,
  part: string,
  budget: ReadBudget,
  maxBytes?: number,
): string | null {
  const bytes = partBytes(zip, part, budget, maxBytes);
  return bytes && new TextDecoder("utf-8").decode(bytes);
}
