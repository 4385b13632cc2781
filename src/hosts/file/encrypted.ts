/**
 * Recognises a password-protected (encrypted) Excel workbook. Browser-safe: no Node imports.
 *
 * Excel saves an encrypted .xlsx not as a zip but as an OLE compound file (CFB, the same container
 * as the older .xls format) holding the streams "EncryptionInfo" and "EncryptedPackage"
 * (MS-OFFCRYPTO). This parses just enough of the CFB to list the directory's stream names, with
 * every offset bounds-checked and every chain bounded, so a hostile file cannot make it loop or throw.
 */

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER_DIFAT_ENTRIES = 109;
const DIR_ENTRY_SIZE = 128;
const STREAM = 2;
/** Sector numbers above this are markers (free, end of chain, FAT or DIFAT sector), not sectors. */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const ENCRYPTION_STREAMS = ["ENCRYPTIONINFO", "ENCRYPTEDPACKAGE"];

/** The message for an encrypted workbook, in Swedish: what it is and how to remove the password. */
export function encryptedWorkbookMessage(fileName: string): string {
  return `Filen ”${fileName}” är lösenordsskyddad. Öppna den i Excel, ta bort lösenordet (Arkiv → Information → Skydda arbetsbok → Kryptera med lösenord, töm fältet), spara och försök igen.`;
}

/** Whether the bytes start like an OLE compound file (.xls, .doc, an encrypted .xlsx, …). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= CFB_SIGNATURE.length && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * True when the bytes are an OLE compound file whose directory has the streams "EncryptionInfo"
 * and "EncryptedPackage": an Office Open XML workbook saved with a password. False for anything
 * else, including an ordinary .xls and a damaged compound file. Never throws.
 */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  if (!isCompoundFile(bytes) || bytes.length < 512) return false;
  try {
    const names = new Set(compoundStreamNames(bytes).map((n) => n.toUpperCase()));
    return ENCRYPTION_STREAMS.every((n) => names.has(n));
  } catch {
    return false;
  }
}

/** The names of the stream entries in a compound file's directory (in directory order). */
function compoundStreamNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);

  const shift = u16(0x1e);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  // The header occupies the first sector's worth of bytes (512 bytes padded to 4096 in version 4).
  const sectorOffset = (n: number) => (n + 1) * sectorSize;
  // Sectors that start inside the file (a truncated last sector is read as far as it goes).
  const sectorCount = Math.max(0, Math.ceil((bytes.length - sectorSize) / sectorSize));
  const isSector = (n: number) => n >= 0 && n <= MAX_REGULAR_SECTOR && n < sectorCount;

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) fatSectors.push(u32(0x4c + i * 4));
  let difat = u32(0x44);
  const seenDifat = new Set<number>();
  while (isSector(difat) && !seenDifat.has(difat) && seenDifat.size < sectorCount) {
    seenDifat.add(difat);
    const at = sectorOffset(difat);
    for (let i = 0; i < perSector - 1; i++) fatSectors.push(u32(at + i * 4));
    difat = u32(at + (perSector - 1) * 4);
  }

  /** The FAT entry for sector n: the next sector of its chain. */
  const next = (n: number): number => {
    const fatSector = fatSectors[Math.floor(n / perSector)];
    if (fatSector === undefined || !isSector(fatSector)) return -1;
    return u32(sectorOffset(fatSector) + (n % perSector) * 4);
  };

  const names: string[] = [];
  const seen = new Set<number>();
  for (
    let dir = u32(0x30);
    isSector(dir) && !seen.has(dir) && seen.size < sectorCount;
    dir = next(dir)
  ) {
    seen.add(dir);
    const at = sectorOffset(dir);
    for (let e = 0; e < sectorSize / DIR_ENTRY_SIZE; e++) {
      const entry = at + e * DIR_ENTRY_SIZE;
      if (entry + DIR_ENTRY_SIZE > bytes.length) break;
      if (bytes[entry + 0x42] !== STREAM) continue;
      const nameBytes = u16(entry + 0x40);
      if (nameBytes < 2 || nameBytes > 64 || nameBytes % 2) continue;
      let name = "";
      for (let i = 0; i < nameBytes / 2 - 1; i++) name += String.fromCharCode(u16(entry + i * 2));
      names.push(name);
    }
  }
  return names;
}
