"use strict";
// Draws the add-in's icons (a bar chart on a blue tile) as PNGs in assets/: npm run icons.
const { deflateSync } = require("node:zlib");
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function icon(size) {
  const blue = [0x0f, 0x6c, 0xbd, 255];
  const white = [255, 255, 255, 255];
  const clear = [0, 0, 0, 0];
  const r = Math.max(2, Math.round(size * 0.16));
  // Three bars of rising height, as in the report's outcome charts.
  const bars = [
    [0.2, 0.36, 0.55],
    [0.43, 0.59, 0.38],
    [0.66, 0.82, 0.2],
  ];
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const cx = Math.min(x, size - 1 - x);
      const cy = Math.min(y, size - 1 - y);
      const outside = cx < r && cy < r && (r - cx - 0.5) ** 2 + (r - cy - 0.5) ** 2 > r * r;
      const fx = (x + 0.5) / size;
      const fy = (y + 0.5) / size;
      const inBar = bars.some(([x0, x1, top]) => fx >= x0 && fx < x1 && fy >= top && fy < 0.8);
      const px = outside ? clear : inBar ? white : blue;
      raw.set(px, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128])
  writeFileSync(join(__dirname, "..", "assets", `icon-${size}.png`), icon(size));
console.log("assets/icon-{16,32,64,80,128}.png");
