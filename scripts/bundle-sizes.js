"use strict";
// Prints the size of every built script, raw and gzipped (npm run build runs it).
const { readdirSync, readFileSync, statSync } = require("node:fs");
const { gzipSync } = require("node:zlib");
const { join } = require("node:path");

const dir = join(__dirname, "..", "dist");
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
for (const sub of readdirSync(dir)) {
  const d = join(dir, sub);
  if (!statSync(d).isDirectory()) continue;
  for (const f of readdirSync(d)
    .filter((x) => x.endsWith(".js"))
    .sort()) {
    const data = readFileSync(join(d, f));
    console.log(`${sub}/${f}: ${kb(data.length)}, gzip ${kb(gzipSync(data).length)}`);
  }
}
