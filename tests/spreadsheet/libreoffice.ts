import { execFile } from "node:child_process";
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/*
 * Test support: LibreOffice Calc as an independent spreadsheet engine.
 * Needs the Debian package libreoffice-calc.
 */

const INSTALL_HINT = "install it with: apt-get install -y --no-install-recommends libreoffice-calc";
const FALLBACKS = [
  "/usr/bin/soffice",
  "/usr/bin/libreoffice",
  "/usr/lib/libreoffice/program/soffice",
];

function isExecutableFile(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The soffice (or libreoffice) executable on PATH or in the usual Debian places; null if absent. */
export function sofficePath(): string | null {
  const dirs = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const name of ["soffice", "libreoffice"]) {
    for (const dir of dirs) {
      const p = join(dir, name);
      if (isExecutableFile(p)) return p;
    }
  }
  return FALLBACKS.find(isExecutableFile) ?? null;
}

/**
 * A fresh profile that recalculates every formula on load (0 = always), so the
 * cached values stored in the file are never trusted.
 */
function recalculatingProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  const prop = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      `${prop("OOXMLRecalcMode")}\n${prop("ODFRecalcMode")}\n</oor:items>\n`,
  );
  return dir;
}

/** Kills processes left behind by a timed-out run (soffice.bin outlives its wrapper); they are found by their unique profile. */
function killLeftovers(profileUrl: string): void {
  if (!existsSync("/proc")) return;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(profileUrl))
        process.kill(Number(pid), "SIGKILL");
    } catch {
      // Gone already, or not ours to read.
    }
  }
}

/** One headless soffice run with a fresh recalculating profile, removed afterwards. */
async function runSoffice(args: string[], timeoutMs: number): Promise<string> {
  const soffice = sofficePath();
  if (!soffice) throw new Error(`LibreOffice (soffice) is not installed: ${INSTALL_HINT}`);
  const profile = recalculatingProfile();
  const profileUrl = pathToFileURL(profile).href;
  try {
    return await new Promise<string>((done, fail) => {
      execFile(
        soffice,
        [
          "--headless",
          "--norestore",
          "--nolockcheck",
          `-env:UserInstallation=${profileUrl}`,
          ...args,
        ],
        {
          timeout: timeoutMs,
          killSignal: "SIGKILL",
          maxBuffer: 16 * 1024 * 1024,
          env: { ...process.env, HOME: profile },
        },
        (err, stdout, stderr) => {
          if (!err) return done(`${stdout}${stderr}`.trim());
          const timedOut = err.killed === true || err.signal === "SIGKILL";
          if (timedOut) killLeftovers(profileUrl);
          const why = timedOut
            ? `timed out after ${timeoutMs} ms`
            : `exited with ${err.code ?? err.signal ?? "an error"}`;
          fail(new Error(`soffice ${why}: ${err.message}\nstdout: ${stdout}\nstderr: ${stderr}`));
        },
      );
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Output paths in input order; clears stale copies so an old file cannot pass for a new one. */
function plannedOutputs(inputs: string[], outDir: string, ext: string): string[] {
  const outputs = inputs.map((f) => join(outDir, basename(f, extname(f)) + ext));
  const seen = new Set<string>();
  for (const o of outputs) {
    if (seen.has(o))
      throw new Error(`two inputs would both be written to ${o}: give them different base names`);
    seen.add(o);
  }
  for (const [i, f] of inputs.entries()) {
    if (!existsSync(f)) throw new Error(`no such input file: ${f}`);
    if (resolve(f) === resolve(outputs[i]))
      throw new Error(`${f} would be overwritten: choose another outDir`);
  }
  mkdirSync(outDir, { recursive: true });
  for (const o of outputs) rmSync(o, { force: true });
  return outputs;
}

/** soffice exits 0 even when it cannot load a file, so the outputs themselves are the check. */
function checkWritten(outputs: string[], log: string): void {
  const missing = outputs.filter((o) => !existsSync(o));
  if (missing.length)
    throw new Error(`LibreOffice wrote no ${missing.join(", ")}; its output:\n${log}`);
}

/** Recalculates every workbook in one soffice run; returns the recalculated .xlsx copies in outDir, in input order. */
export async function recalculate(inputs: string[], outDir: string): Promise<string[]> {
  if (inputs.length === 0) return [];
  const outputs = plannedOutputs(inputs, outDir, ".xlsx");
  const files = inputs.map((f) => resolve(f));
  const log = await runSoffice(
    ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", resolve(outDir), ...files],
    60_000 + 5_000 * inputs.length,
  );
  checkWritten(outputs, log);
  return outputs;
}

/**
 * Converts workbooks in one soffice run to `ext` with LibreOffice's export `filter` (".ods", or a
 * CSV with its options); returns the converted files in outDir, in input order.
 */
export async function convertTo(
  inputs: string[],
  outDir: string,
  ext: string,
  filter: string,
): Promise<string[]> {
  const outputs = plannedOutputs(inputs, outDir, `.${ext}`);
  const files = inputs.map((f) => resolve(f));
  const log = await runSoffice(
    ["--convert-to", `${ext}:${filter}`, "--outdir", resolve(outDir), ...files],
    60_000 + 5_000 * inputs.length,
  );
  checkWritten(outputs, log);
  return outputs;
}

/** Renders a workbook (every sheet, recalculated) to PDF in outDir; returns the PDF path. */
export async function renderPdf(input: string, outDir: string): Promise<string> {
  const [output] = plannedOutputs([input], outDir, ".pdf");
  const log = await runSoffice(
    ["--convert-to", "pdf", "--outdir", resolve(outDir), resolve(input)],
    120_000,
  );
  checkWritten([output], log);
  return output;
}
