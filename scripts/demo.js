"use strict";
// npm run demo: the main job on the bundled sample. The sample has planted mistakes,
// so "errors found" (exit 1) is the expected outcome here; only a failure to read is an error.
const { main } = require("../lib/cli/main.js");

const sample = require("node:path").join(__dirname, "..", "samples", "finsam-exempel.xlsx");
main(["validate", sample]).then((code) => {
  process.exitCode = code === 2 ? 2 : 0;
});
