/**
 * The zip container of an .xlsx, read from the central directory (never from local headers
 * alone), with every entry inflated as a stream and counted while it inflates: an entry that
 * would exceed its declared size, the part's limit, the whole file's limit or a plausible
 * compression ratio is stopped at once. Browser-safe (fflate, no Node built-ins).
 *
 * Entry names are only ever looked up (the package's parts are found through its
 * relationships), never used as paths, so names such as "../x" are harmless: they match nothing.
 */
import { Inflate } from "fflate";
import { inflateRawOfHost } from "./inflateRaw";
import { LIMITS, limitErrors, type ReadBudget } from "./limits";

/** A damaged or unsupported container: the reader turns it into the "unreadable" message. */
export class CorruptFileError extends Error {
  constructor(what: string) {
    super(what);
    this.name = "CorruptFileError";
  }
}

export interface ZipEntry {
  /** The name as stored (with "/" separators). */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** CRC-32 of the inflated bytes, from the central directory (the copy writer keeps it). */
  crc: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  bytes: Uint8Array;
  /** Entries by part name, lower case (part names are case-insensitive), first entry of a name wins. */
  entries: Map<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 1;
const UTF8_FLAG = 0x800;
const MAX_COMMENT = 0xffff;
/** Compressed bytes handed to the inflater at a time: bounds one inflated chunk to ~16 MB. */
const PUSH_BYTES = 16 * 1024;
/**
 * Parts up to this size go to the host's inflater, which holds a whole part at once; larger
 * ones stream through fflate, so a 1 000 000-row sheet (~530 MB of XML) is never in memory whole.
 */
const HOST_INFLATE_MAX_BYTES = 128 * 1024 * 1024;
/** Bytes of a host-inflated part handed over at a time (as fflate's chunks would be). */
const HOST_CHUNK = 1 << 20;

const corrupt = (what: string) => new CorruptFileError(what);

/** The lookup key of a part name: "/xl/Workbook.xml" and "xl\\workbook.xml" → "xl/workbook.xml". */
export function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

/** Opens the archive's central directory; throws CorruptFileError for anything that is not a readable zip. */
export function openZip(bytes: Uint8Array, budget: ReadBudget): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => {
    const v = u32(at + 4) * 0x100000000 + u32(at);
    if (!Number.isSafeInteger(v)) throw corrupt("64-bit field out of range");
    return v;
  };
  const within = (at: number, length: number) =>
    at >= 0 && length >= 0 && at + length <= bytes.length;

  // End of central directory: the last 22 bytes, before a comment of up to 64 KB.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - MAX_COMMENT); at--) {
    if (u32(at) === EOCD && at + 22 + u16(at + 20) <= bytes.length) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no end of central directory (truncated?)");
  let count = u16(eocd + 10);
  let dirSize = u32(eocd + 12);
  let dirOffset = u32(eocd + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (!within(locator, 20) || u32(locator) !== EOCD64_LOCATOR)
      throw corrupt("zip64 locator missing");
    const at = u64(locator + 8);
    if (!within(at, 56) || u32(at) !== EOCD64)
      throw corrupt("zip64 end of central directory missing");
    count = u64(at + 32);
    dirSize = u64(at + 40);
    dirOffset = u64(at + 48);
  }
  if (count > LIMITS.maxEntries) throw limitErrors.entries(budget.fileName);
  if (!within(dirOffset, dirSize)) throw corrupt("central directory outside the file");

  const entries = new Map<string, ZipEntry>();
  const utf8 = new TextDecoder("utf-8");
  const latin = new TextDecoder("latin1");
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (!within(at, 46) || u32(at) !== CENTRAL) throw corrupt("central directory entry damaged");
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localHeaderOffset = u32(at + 42);
    if (!within(at + 46, nameLength + extraLength + commentLength))
      throw corrupt("central directory entry damaged");
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & UTF8_FLAG ? utf8 : latin).decode(rawName);
    // Zip64: the fields that overflowed are in the extra field 0x0001, in this order.
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      let x = at + 46 + nameLength;
      const end = x + extraLength;
      while (x + 4 <= end) {
        const id = u16(x);
        const length = u16(x + 2);
        if (id === 0x0001) {
          let f = x + 4;
          const take = () => {
            if (f + 8 > x + 4 + length) throw corrupt("zip64 extra field too short");
            const v = u64(f);
            f += 8;
            return v;
          };
          if (size === 0xffffffff) size = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
          break;
        }
        x += 4 + length;
      }
    }
    const key = partKey(name);
    if (!entries.has(key))
      entries.set(key, { name, method, flags, compressedSize, size, crc, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { bytes, entries };
}

/** The entry of a part, or undefined. */
export function findEntry(zip: ZipArchive, partName: string): ZipEntry | undefined {
  return zip.entries.get(partKey(partName));
}

/**
 * Inflates an entry, handing the bytes to `onChunk` as they come. `maxBytes` is the part's
 * limit; `what` names the part in Swedish for the messages ("bladet ”Data”").
 */
export function inflateEntry(
  zip: ZipArchive,
  entry: ZipEntry,
  maxBytes: number,
  what: string,
  budget: ReadBudget,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const file = budget.fileName;
  if (entry.flags & ENCRYPTED_FLAG) throw corrupt("encrypted zip entry");
  if (entry.method !== STORED && entry.method !== DEFLATED)
    throw corrupt(`compression method ${entry.method}`);
  // Declared sizes first: an honest bomb is refused before a byte is inflated.
  if (entry.size > maxBytes) throw limitErrors.partSize(file, what, maxBytes);
  if (isBomb(entry.size, entry.compressedSize)) throw limitErrors.ratio(file, what);

  const data = entryData(zip, entry);

  let produced = 0;
  // More than declared means the directory lies: the classic way to slip a bomb past size checks.
  const overflow = (bytes: number): never => {
    if (bytes > maxBytes) throw limitErrors.partSize(file, what, maxBytes);
    if (isBomb(bytes, entry.compressedSize)) throw limitErrors.ratio(file, what);
    throw corrupt("entry larger than declared");
  };
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.size) overflow(produced);
    budget.inflate(chunk.length);
    if (chunk.length) onChunk(chunk);
  };

  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) throw corrupt("stored entry with two sizes");
    for (let p = 0; p < data.length; p += 1 << 20)
      take(data.subarray(p, Math.min(data.length, p + (1 << 20))));
  } else if (inflateRawOfHost() && data.length > 0 && entry.size <= HOST_INFLATE_MAX_BYTES) {
    // One byte over the declared size is enough to tell a lying directory from an honest one.
    let out: Uint8Array;
    try {
      out = inflateRawOfHost()!(data, Math.min(entry.size, maxBytes) + 1);
    } catch (e) {
      if (e instanceof RangeError) overflow(Math.min(entry.size, maxBytes) + 1);
      throw corrupt("deflate stream damaged");
    }
    for (let p = 0; p < out.length; p += HOST_CHUNK)
      take(out.subarray(p, Math.min(out.length, p + HOST_CHUNK)));
  } else {
    const inflater = new Inflate((chunk) => take(chunk));
    if (data.length === 0) throw corrupt("empty deflate stream");
    for (let p = 0; p < data.length; p += PUSH_BYTES)
      inflater.push(
        data.subarray(p, Math.min(data.length, p + PUSH_BYTES)),
        p + PUSH_BYTES >= data.length,
      );
  }
  if (produced !== entry.size) throw corrupt("entry shorter than declared");
}

/** An entry's stored (compressed) bytes, found through its local header. */
export function entryData(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  const { bytes } = zip;
  const local = entry.localHeaderOffset;
  if (
    local + 30 > bytes.length ||
    new DataView(bytes.buffer, bytes.byteOffset + local, 30).getUint32(0, true) !== LOCAL
  )
    throw corrupt("local header missing");
  const header = new DataView(bytes.buffer, bytes.byteOffset + local, 30);
  const start = local + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt("entry data outside the file (truncated?)");
  return bytes.subarray(start, end);
}

function isBomb(size: number, compressedSize: number): boolean {
  return size > LIMITS.ratioFloorBytes && size > compressedSize * LIMITS.maxRatio;
}
