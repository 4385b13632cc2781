"use strict";
// npm run bench: read + map + validate a generated 100 000-row register from a WorkbookGrid.
const { validateWorkbook } = require("../../lib/index.js");
const { syntheticRegister } = require("../../lib/samples/synthetic.js");

const ROWS = Number(process.env.BENCH_ROWS || 100000);
const RUNS = 5;

function mb(bytes) {
  return (bytes / 1024 / 1024).toFixed(0);
}

function main() {
  const grid = { sheets: [syntheticRegister({ rows: ROWS, seed: 7, messiness: 0.02 })] };
  const rssBefore = process.memoryUsage().rss;
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    result = validateWorkbook(grid, { today: "2025-06-01" });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)];
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(`validate: ${ROWS} rader, ${result.issues.length} problem funna`);
  console.log(`  tid (median av ${RUNS}): ${median.toFixed(0)} ms  (min ${times[0].toFixed(0)} ms, max ${times[RUNS - 1].toFixed(0)} ms)`);
  console.log(`  rader per sekund: ${Math.round(ROWS / (median / 1000)).toLocaleString("sv-SE")}`);
  console.log(`  minne: topp ${mb(peak)} MB RSS (varav grid och process före validering ${mb(rssBefore)} MB)`);
}

main();
