import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..", "..");

/** Folders left out of the command's build, as in tsconfig.build.json. */
const EXCLUDED = ["src/taskpane", "src/hosts/excel"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const rel = relative(ROOT, path).split("\\").join("/");
    if (EXCLUDED.includes(rel)) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/**
 * Builds the command into `into` as the installed package lays it out (lib/ and package.json beside bin/), without
 * touching the project's own lib/: each file transpiled on its own (the project sets
 * isolatedModules, so this is what tsc emits). Returns the launcher's path; run it with
 * NODE_PATH set to the project's node_modules (see `cliEnv`).
 */
export function compileCli(into: string): string {
  const compilerOptions: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    esModuleInterop: true,
  };
  for (const file of sources(join(ROOT, "src"))) {
    const out = join(into, "lib", relative(join(ROOT, "src"), file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(
      out,
      ts.transpileModule(readFileSync(file, "utf8"), { compilerOptions, fileName: file })
        .outputText,
    );
  }
  mkdirSync(join(into, "bin"), { recursive: true });
  copyFileSync(join(ROOT, "bin", "finsam-rapport.js"), join(into, "bin", "finsam-rapport.js"));
  // Read at run time by --version, as the installed package has it beside bin/ and lib/.
  copyFileSync(join(ROOT, "package.json"), join(into, "package.json"));
  return join(into, "bin", "finsam-rapport.js");
}

/** The environment a compiled command needs outside the project folder: its dependencies. */
export function cliEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_PATH: join(ROOT, "node_modules") };
}
