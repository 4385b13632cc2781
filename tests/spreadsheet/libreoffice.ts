import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";

const CANDIDATES = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"];

export function sofficePath(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * A fresh LibreOffice profile that recalculates every formula on load: without it
 * LibreOffice trusts the cached values we wrote, and the check would prove nothing.
 */
function recalculatingProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), "finsam-lo-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  const prop = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${prop("OOXMLRecalcMode")}${prop("ODFRecalcMode")}</oor:items>\n`,
  );
  return dir;
}

function run(args: string[], profile: string, timeoutMs: number): Promise<void> {
  const soffice = sofficePath();
  if (!soffice) return Promise.reject(new Error("LibreOffice saknas: installera paketet libreoffice-calc (apt-get install -y --no-install-recommends libreoffice-calc)."));
  return new Promise((resolve, reject) => {
    execFile(
      soffice,
      ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=file://${profile}`, ...args],
      { timeout: timeoutMs, env: { ...process.env, HOME: profile } },
      (err, _stdout, stderr) => (err ? reject(new Error(`soffice failed: ${err.message}\n${stderr}`)) : resolve()),
    );
  });
}

/** Recalculates every workbook in one LibreOffice run; returns the recalculated copies, in input order. */
export async function recalculate(inputs: string[], outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  await run(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, ...inputs], recalculatingProfile(), 60000 + 5000 * inputs.length);
  const outputs = inputs.map((f) => join(outDir, basename(f, extname(f)) + ".xlsx"));
  for (const o of outputs) if (!existsSync(o)) throw new Error(`LibreOffice wrote no ${o}`);
  return outputs;
}

/** Renders a workbook to PDF (every sheet), for looking at it as a person would. */
export async function renderPdf(input: string, outDir: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await run(["--convert-to", "pdf", "--outdir", outDir, input], recalculatingProfile(), 120000);
  const out = join(outDir, basename(input, extname(input)) + ".pdf");
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  return out;
}
