"use strict";
// npm run bench: validation and report building for a generated 100 000-row register
// (from a WorkbookGrid, as every host hands it over), and writing the report .xlsx.
const { validateWorkbook } = require("../../lib/index.js");
const { prepareReport } = require("../../lib/core/report/buildReport.js");
const { layoutReport } = require("../../lib/core/layout/layoutReport.js");
const { syntheticRegister } = require("../../lib/samples/synthetic.js");
const { buildReportWorkbook } = require("../../lib/hosts/file/reportWorkbook.js");
const ExcelJS = require("exceljs");

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

  // Writing: a real .xlsx of the register, then the report copy of it.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Deltagare");
  for (const row of grid.sheets[0].rows) ws.addRow(row);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const t0 = process.hrtime.bigint();
  const built = await buildReportWorkbook([{ name: "bench.xlsx", bytes }], {
    period,
    today: "2025-06-01",
  });
  console.log(
    `  rapportfil (läs .xlsx + sammanställ + skriv .xlsx, ${mb(built.bytes.length)} MB): ${ms(t0).toFixed(0)} ms`,
  );
  console.log(`  minne: topp ${mb(process.resourceUsage().maxRSS * 1024)} MB RSS`);
}

main();
