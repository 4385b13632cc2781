import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, watch, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileCli, cliEnv } from "./helpers/compiledCli";
import { leftovers, run, sha256, sheetNames, tempFolder, writeRegister } from "./helpers/files";

/*
 * The command as a user runs it: compiled (bin/finsam-rapport.js loading lib/cli/main.js, built
 * into a temporary folder), in its own process, so that it can be killed or limited by the system.
 */

const { dir, remove } = tempFolder("finsam-process-");
afterAll(remove);

let launcher: string;
let libDir: string;
const input = join(dir, "register.xlsx");

beforeAll(async () => {
  launcher = compileCli(join(dir, "build"));
  libDir = join(dir, "build", "lib");
  // Large enough that writing the report takes a moment (about half a megabyte).
  await writeRegister(input, {
    rows: 3000,
    seed: 21,
    insatser: ["Team Norr", "Team Syd", "Team Väst"],
  });
}, 60_000);

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

function exited(child: ChildProcess): Promise<Exit> {
  let out = "";
  let err = "";
  child.stdout?.on("data", (d) => (out += d));
  child.stderr?.on("data", (d) => (err += d));
  return new Promise((resolve) =>
    child.on("close", (code, signal) =>
      resolve({ code, signal, out: out.trim(), err: err.trim() }),
    ),
  );
}

// --skriv-over: these runs write over an earlier report on purpose.
const report = (out: string) => ["report", input, "--period", "2024", "-o", out, "--skriv-over"];
const spawnCli = (args: string[]) =>
  spawn(process.execPath, [launcher, ...args], { env: cliEnv(), cwd: dir });
const isTemp = (name: string, out: string) =>
  name.startsWith(`.${out.split(/[\\/]/).pop()}.`) && name.endsWith(".tmp");

test("the compiled command runs (the build used by the other tests works)", async () => {
  const r = await exited(spawnCli(["--help"]));
  expect(r.code).toBe(0);
  expect(r.out).toContain("finsam-rapport report");
}, 30_000);

test("killed in the middle of writing (SIGKILL): the earlier file stays whole, the final name never holds a partial file; the next write clears up", async () => {
  const sub = join(dir, "kill-module");
  mkdirSync(sub);
  const out = join(sub, "rapport.xlsx");
  writeFileSync(out, "tidigare rapport");
  // A writer whose disk is slow: it reports after 64 kB of 1 MB and then waits, to be killed there.
  const child = spawn(
    process.execPath,
    [
      "-e",
      `
      const { writeFileAtomic, nodeFs } = require(${JSON.stringify(join(libDir, "hosts", "file", "node", "atomicWrite.js"))});
      const fs = { ...nodeFs, async open(path, flags, mode) {
        const real = await nodeFs.open(path, flags, mode);
        if (flags !== "wx") return real;
        return { ...real, sync: () => real.sync(), close: () => real.close(), async write(b, o, l, p) {
          const r = await real.write(b, o, Math.min(l, 16384), p);
          if (p + r.bytesWritten >= 65536) { process.stdout.write("halfway\\n"); setInterval(() => {}, 1000); await new Promise(() => {}); }
          return r;
        } };
      } };
      writeFileAtomic(${JSON.stringify(out)}, Buffer.alloc(1 << 20, 65), fs);
      `,
    ],
    { env: cliEnv() },
  );
  const done = exited(child);
  await new Promise<void>((resolve) =>
    child.stdout!.on("data", (d) => String(d).includes("halfway") && resolve()),
  );
  child.kill("SIGKILL");
  expect((await done).signal).toBe("SIGKILL");

  expect(readFileSync(out, "utf8")).toBe("tidigare rapport");
  const temps = readdirSync(sub).filter((n) => isTemp(n, out));
  expect(temps).toHaveLength(1);
  expect(readFileSync(join(sub, temps[0])).length).toBe(65536);

  // The next run (the real command) writes the report and removes the killed run's temporary file.
  const next = await exited(spawnCli(report(out)));
  expect(next.code).toBe(0);
  expect(await sheetNames(out)).toContain("Resultat 2024");
  expect(leftovers(sub)).toEqual([]);
}, 60_000);

test("the real command killed (SIGKILL) as soon as its temporary file appears: the output is the earlier report or the whole new one, and the next run takes over its lock", async () => {
  const sub = join(dir, "kill-cli");
  mkdirSync(sub);
  const out = join(sub, "rapport.xlsx");
  expect((await exited(spawnCli([...report(out), "--today", "2025-01-01"]))).code).toBe(0);
  const earlier = sha256(out);

  const child = spawnCli(report(out));
  const done = exited(child);
  const watcher = watch(sub, (_, name) => {
    if (name && isTemp(String(name), out)) child.kill("SIGKILL");
  });
  const r = await done;
  watcher.close();
  expect(r.signal).toBe("SIGKILL");
  // Whenever the kill landed, the final name holds a whole workbook; killed before the rename, it is the earlier one.
  const killedBeforeRename = readdirSync(sub).some((n) => isTemp(n, out));
  if (killedBeforeRename) expect(sha256(out)).toBe(earlier);
  expect(await sheetNames(out)).toContain("Resultat 2024");
  expect(existsSync(`${out}.lock`)).toBe(true);

  const next = await exited(spawnCli(report(out)));
  expect([next.code, next.err]).toEqual([0, ""]);
  expect(await sheetNames(out)).toContain("Resultat 2024");
  expect(leftovers(sub)).toEqual([]);
}, 60_000);

// RLIMIT_FSIZE makes the kernel refuse writes past a size (EFBIG): a real failure half-way through the file.
(process.platform === "win32" ? test.skip : test)(
  "the file system refusing the rest of the file half-way (file size limit): exit 2 in Swedish, the earlier report intact, nothing left over",
  async () => {
    const sub = join(dir, "efbig");
    mkdirSync(sub);
    const out = join(sub, "rapport.xlsx");
    expect((await run(report(out))).code).toBe(0);
    const earlier = sha256(out);
    const inputBefore = sha256(input);
    const size = readFileSync(out).length;
    // bash counts ulimit -f in 1024-byte blocks: about half the report, far more than the lock file.
    const blocks = Math.floor(size / 2 / 1024);
    expect(blocks).toBeGreaterThan(10);
    const script = `ulimit -f ${blocks} && exec "$0" "$@"`;
    const r = await exited(
      spawn("bash", ["-c", script, process.execPath, launcher, ...report(out)], { env: cliEnv() }),
    );
    expect([r.code, r.err]).toEqual([
      2,
      `Kunde inte skriva ${out}. Kontrollera att mappen finns och att filen inte är öppen i Excel.`,
    ]);
    expect(sha256(out)).toBe(earlier);
    expect(sha256(input)).toBe(inputBefore);
    expect(leftovers(sub)).toEqual([]);
  },
  60_000,
);

test("two processes writing one file at once: one writes, the other exits 2 saying another run is writing; the result is a valid workbook", async () => {
  const sub = join(dir, "two");
  mkdirSync(sub);
  const out = join(sub, "rapport.xlsx");
  const results = await Promise.all([0, 1].map(() => exited(spawnCli(report(out)))));
  expect(results.map((r) => r.code).sort()).toEqual([0, 2]);
  expect(results.find((r) => r.code === 2)!.err).toMatch(
    /^En annan körning skriver redan till .*rapport\.xlsx\. Vänta tills den är klar och försök igen\./,
  );
  expect(await sheetNames(out)).toContain("Resultat 2024");
  expect(leftovers(sub)).toEqual([]);
}, 60_000);
