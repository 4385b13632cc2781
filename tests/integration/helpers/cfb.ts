/**
 * Builds a small, valid OLE compound file (CFB, MS-CFB) by hand: the container of .xls files and
 * of password-protected .xlsx files. Only what a directory reader needs: a header, one FAT sector,
 * an optional data sector and the directory, whose sectors are chained in reverse order so a reader
 * must follow the FAT rather than read them in file order.
 */

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

export interface CfbOptions {
  /** Names of (empty) streams in the root storage, e.g. ["EncryptionInfo", "EncryptedPackage"]. */
  streams: string[];
  /** 9 (512-byte sectors, version 3) or 12 (4096-byte sectors, version 4). */
  sectorShift?: 9 | 12;
  /** Unrelated streams listed before `streams`, pushing them into later directory sectors. */
  fillerStreams?: number;
  /** Contents of one more stream, "Workbook", stored in its own sector. */
  workbookData?: Uint8Array;
}

export function utf16le(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, "utf16le"));
}

export function buildCfb({
  streams,
  sectorShift = 9,
  fillerStreams = 0,
  workbookData,
}: CfbOptions): Uint8Array {
  const size = 1 << sectorShift;
  const names = [
    "Root Entry",
    ...Array.from({ length: fillerStreams }, (_, i) => `Filler ${i + 1}`),
    ...(workbookData ? ["Workbook"] : []),
    ...streams,
  ];
  const perDirSector = size / 128;
  const dirSectors = Math.ceil(names.length / perDirSector);
  const dataSector = workbookData ? 1 : -1;
  const firstDir = workbookData ? 2 : 1;
  const total = firstDir + dirSectors;
  const bytes = new Uint8Array(size * (total + 1));
  const view = new DataView(bytes.buffer);
  const at = (sector: number) => (sector + 1) * size;

  // Header.
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, sectorShift === 9 ? 3 : 4, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, sectorShift, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x28, sectorShift === 9 ? 0 : dirSectors, true);
  view.setUint32(0x2c, 1, true);
  // The directory starts in its last physical sector and runs backwards.
  view.setUint32(0x30, firstDir + dirSectors - 1, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, END_OF_CHAIN, true);
  view.setUint32(0x44, END_OF_CHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);

  // FAT (sector 0).
  for (let i = 0; i < size / 4; i++) view.setUint32(at(0) + i * 4, FREE, true);
  view.setUint32(at(0), FAT_SECTOR, true);
  if (dataSector > 0) view.setUint32(at(0) + dataSector * 4, END_OF_CHAIN, true);
  for (let k = 0; k < dirSectors; k++) {
    const sector = firstDir + dirSectors - 1 - k;
    view.setUint32(at(0) + sector * 4, k === dirSectors - 1 ? END_OF_CHAIN : sector - 1, true);
  }
  if (workbookData) bytes.set(workbookData.subarray(0, size), at(dataSector));

  // Directory entries: a root storage whose children form a simple right-leaning chain.
  names.forEach((name, i) => {
    const sector = firstDir + dirSectors - 1 - Math.floor(i / perDirSector);
    const e = at(sector) + (i % perDirSector) * 128;
    bytes.set(utf16le(name).subarray(0, 62), e);
    view.setUint16(e + 0x40, Math.min(name.length, 31) * 2 + 2, true);
    bytes[e + 0x42] = i === 0 ? 5 : 2;
    bytes[e + 0x43] = 1;
    view.setUint32(e + 0x44, NO_STREAM, true);
    view.setUint32(e + 0x48, i === 0 || i === names.length - 1 ? NO_STREAM : i + 1, true);
    view.setUint32(e + 0x4c, i === 0 && names.length > 1 ? 1 : NO_STREAM, true);
    const isWorkbook = name === "Workbook" && workbookData;
    view.setUint32(e + 0x74, isWorkbook ? dataSector : END_OF_CHAIN, true);
    view.setUint32(e + 0x78, isWorkbook ? Math.min(workbookData.length, size) : 0, true);
  });
  // Unused entries in the last directory sector: unallocated (type 0), no siblings.
  for (let i = names.length; i < dirSectors * perDirSector; i++) {
    const e =
      at(firstDir + dirSectors - 1 - Math.floor(i / perDirSector)) + (i % perDirSector) * 128;
    view.setUint32(e + 0x44, NO_STREAM, true);
    view.setUint32(e + 0x48, NO_STREAM, true);
    view.setUint32(e + 0x4c, NO_STREAM, true);
  }
  return bytes;
}
