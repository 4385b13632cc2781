"use strict";
// npm run demo: the main job on the bundled sample: check it, then write the 2024 report.
// The sample has planted mistakes, so "errors found" (exit 1) is the expected outcome of both
// steps; the demo succeeds when the report is written. Running it again replaces its own output.
const { mkdirSync } = require("node:fs");
const { join } = require("node:path");
const { main } = require("../lib/cli/main.js");

const root = join(__dirname, "..");
const sample = join(root, "samples", "finsam-exempel.xlsx");
const out = join(root, "out", "finsam-exempel-rapport-2024.xlsx");

(async () => {
  const checked = await main(["validate", sample]);
  if (checked === 2) return 2;
  mkdirSync(join(root, "out"), { recursive: true });
  console.log("");
  const reported = await main(["report", sample, "--period", "2024", "-o", out, "--skriv-over"]);
  return reported === 2 ? 2 : 0;
})().then((code) => {
  process.exitCode = code;
});
