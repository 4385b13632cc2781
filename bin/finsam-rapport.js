#!/usr/bin/env node
"use strict";
// Thin launcher: the command is compiled to lib/ by `npm ci` (the prepare script).
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch {
  process.stderr.write(
    "finsam-rapport är inte byggt. Kör npm ci (eller npm run build:lib) i projektets mapp först.\n",
  );
  process.exit(2);
}
// A closed pipe (finsam-rapport ... | head) is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode || 0);
});
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write("Ett oväntat fel inträffade. Inga filer har ändrats.\n");
    if (process.env.FINSAM_DEBUG) process.stderr.write(String((e && e.stack) || e) + "\n");
    process.exitCode = 2;
  },
);
