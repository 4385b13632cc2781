/**
 * Writes a zip: parts copied from another zip keep their stored (compressed) bytes and CRC
 * untouched, new or edited parts are deflated here. Browser-safe (fflate, no Node built-ins).
 */
import { deflateSync } from "fflate";

export interface RawPart {
  name: string;
  /** 0 stored, 8 deflated; `data` is stored as is. */
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A new part, deflated. */
export function deflatedPart(name: string, bytes: Uint8Array): RawPart {
  return { name, method: 8, crc: crc32(bytes), size: bytes.length, data: deflateSync(bytes) };
}

const UTF8_FLAG = 0x800;
/** 1980-01-01 00:00, the earliest DOS date: the copy's timestamps say nothing about its parts. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const MAX32 = 0xffffffff;

/** The zip of `parts` in order (no zip64: a report copy beyond 4 GB is refused). */
export function writeZip(parts: RawPart[]): Uint8Array {
  const enc = new TextEncoder();
  const names = parts.map((p) => enc.encode(p.name));
  let total = 22;
  parts.forEach((p, i) => (total += 30 + 46 + 2 * names[i].length + p.data.length));
  if (total > MAX32 || parts.length > 0xffff) throw new Error("report copy too large for a zip");
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  const header = (sig: number, p: RawPart, name: Uint8Array, central: boolean, offset: number) => {
    view.setUint32(at, sig, true);
    at += 4;
    if (central) {
      view.setUint16(at, 20, true); // made by
      at += 2;
    }
    view.setUint16(at, 20, true); // version needed
    view.setUint16(at + 2, UTF8_FLAG, true);
    view.setUint16(at + 4, p.method, true);
    view.setUint16(at + 6, 0, true); // time
    view.setUint16(at + 8, DOS_DATE, true);
    view.setUint32(at + 10, p.crc, true);
    view.setUint32(at + 14, p.data.length, true);
    view.setUint32(at + 18, p.size, true);
    view.setUint16(at + 22, name.length, true);
    view.setUint16(at + 24, 0, true); // extra
    at += 26;
    if (central) {
      // comment, disk, internal and external attributes, then the local header's offset
      view.setUint32(at + 10, offset, true);
      at += 14;
    }
    out.set(name, at);
    at += name.length;
  };
  parts.forEach((p, i) => {
    offsets.push(at);
    header(0x04034b50, p, names[i], false, 0);
    out.set(p.data, at);
    at += p.data.length;
  });
  const dirStart = at;
  parts.forEach((p, i) => header(0x02014b50, p, names[i], true, offsets[i]));
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - dirStart, true);
  view.setUint32(at + 16, dirStart, true);
  return out;
}
