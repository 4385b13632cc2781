"use strict";
// npm run bench: validation and report building for a generated 100 000-row register
// (from a WorkbookGrid, as every host hands it over), and the report copy of its .xlsx in a
// process of its own: read and engine times, the whole warm build and that process's peak memory.
const { validateWorkbook } = require("../../lib/index.js");
const { prepareReport } = require("../../lib/core/report/buildReport.js");
const { layoutReport } = require("../../lib/core/layout/layoutReport.js");
const { syntheticRegister } = require("../../lib/samples/synthetic.js");
const { buildReportWorkbook } = require("../../lib/hosts/file/reportWorkbook.js");
const { readWorkbookGrid } = require("../../lib/hosts/file/xlsx/index.js");
const { useNodeInflate } = require("../../lib/hosts/file/node/nodeInflate.js");
const ExcelJS = require("exceljs");
const { execFileSync } = require("node:child_process");
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

const ROWS = Number(process.env.BENCH_ROWS || 100000);
const RUNS = 5;
const period = { from: "2024-01-01", to: "2024-12-31" };

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

function median(fn) {
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    times.push(ms(t0));
  }
  times.sort((a, b) => a - b);
  return { result, median: times[Math.floor(RUNS / 2)], min: times[0], max: times[RUNS - 1] };
}

async function main() {
  const grid = {
    sheets: [
      syntheticRegister({ rows: ROWS, seed: 7, messiness: 0.02, fromYear: 2022, toYear: 2024 }),
    ],
  };
  const line = (label, r) =>
    console.log(
      `  ${label}: ${r.median.toFixed(0)} ms (median av ${RUNS}; min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)}) – ${Math.round(ROWS / (r.median / 1000)).toLocaleString("sv-SE")} rader/s`,
    );

  console.log(
    `Register med ${ROWS.toLocaleString("sv-SE")} rader (syntetiska), på den här datorn:`,
  );
  const v = median(() => validateWorkbook(grid, { today: "2025-06-01" }));
  line("kontroll (läs + mappa + validera)", v);
  const r = median(() => {
    const p = prepareReport(grid, { period, today: "2025-06-01" });
    return { p, l: layoutReport(p, grid) };
  });
  line("kontroll + sammanställning + layout", r);
  console.log(
    `  ${v.result.issues.length} problem, ${r.result.p.model.total.participants.total} deltagare 2024, ${r.result.l.sheets.reduce((s, x) => s + x.cells.filter((c) => c.formula).length, 0)} formler`,
  );

  // Writing: a real .xlsx of the register, then the report copy of it, in a process of its own
  // so that its time and peak memory are the copy's alone.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Deltagare");
  for (const row of grid.sheets[0].rows) ws.addRow(row);
  const dir = mkdtempSync(join(tmpdir(), "finsam-bench-"));
  const input = join(dir, "bench.xlsx");
  writeFileSync(input, new Uint8Array(await wb.xlsx.writeBuffer()));
  const copy = JSON.parse(
    execFileSync(process.execPath, [process.argv[1], "--copy", input], { encoding: "utf8" }),
  );
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `  rapportkopia (report -o) i egen process, ${mb(copy.bytes)} MB: läs ${copy.read.toFixed(0)} ms, motor (kontroll + sammanställning + layout) ${copy.engine.toFixed(0)} ms, hela bygget (läs + motor + skriv kopian) ${copy.build.toFixed(0)} ms; topp ${mb(copy.maxRss)} MB RSS`,
  );
  console.log(
    `  minne (den här processen): topp ${mb(process.resourceUsage().maxRSS * 1024)} MB RSS`,
  );
}

/**
 * The report copy of `input` as `report -o` makes it (Node's inflater too), timed: reading the
 * file, the engine on its grid, and the whole build, whose remainder is the writing. Printed as
 * JSON for the parent.
 */
async function copyOnly(input) {
  useNodeInflate();
  const bytes = new Uint8Array(readFileSync(input));
  // In a function of its own, so that its grid and report are garbage before the whole build.
  const { read, engine } = (() => {
    let t = process.hrtime.bigint();
    const grid = readWorkbookGrid(bytes, "bench.xlsx");
    const read = ms(t);
    t = process.hrtime.bigint();
    layoutReport(prepareReport(grid, { period, today: "2025-06-01" }), grid, {
      canRewriteSource: false,
    });
    return { read, engine: ms(t) };
  })();
  const t0 = process.hrtime.bigint();
  const built = await buildReportWorkbook([{ name: "bench.xlsx", bytes }], {
    period,
    today: "2025-06-01",
  });
  const total = ms(t0);
  process.stdout.write(
    JSON.stringify({
      read,
      engine,
      // The whole build (read, engine and write again, warm): subtracting the cold read and
      // engine above from it read as 0 ms of writing on a busy machine.
      build: total,
      bytes: built.bytes.length,
      maxRss: process.resourceUsage().maxRSS * 1024,
    }),
  );
}

if (process.argv[2] === "--copy") copyOnly(process.argv[3]);
else main();
