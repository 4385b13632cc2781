/** A package part's bytes and text, read within the reader's limits. */
import { LIMITS, type ReadBudget } from "../xlsx/limits";
import { entryData, findEntry, inflateEntry, type ZipArchive } from "../xlsx/zip";
import { deflatedPart, type RawPart } from "./zipWrite";

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

/**
 * The package's parts for the written copy: an edited part (by partKey) deflated anew, every
 * other part as it is stored (its compressed bytes and CRC untouched); `skip` leaves parts out.
 */
export function copiedParts(
  zip: ZipArchive,
  edited: Map<string, string>,
  skip: (key: string) => boolean = () => false,
): RawPart[] {
  const parts: RawPart[] = [];
  for (const [key, entry] of zip.entries) {
    if (skip(key)) continue;
    const text = edited.get(key);
    if (text !== undefined) parts.push(deflatedPart(entry.name, new TextEncoder().encode(text)));
    else
      parts.push({
        name: entry.name,
        method: entry.method,
        crc: entry.crc,
        size: entry.size,
        data: entryData(zip, entry),
      });
  }
  return parts;
}
