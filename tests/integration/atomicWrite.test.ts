import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { reportErrorMessage } from "../../src/cli/report";
import {
  nodeFs,
  writeFileAtomic,
  type AtomicWriteFs,
  type WritableFile,
} from "../../src/hosts/file/node/atomicWrite";
import {
  acquireWriteLock,
  lockPathFor,
  OutputLockedError,
} from "../../src/hosts/file/node/writeLock";
import { writeReportFile } from "../../src/hosts/file/node/reportFile";
import { leftovers, run, sha256, sheetNames, tempFolder, writeRegister } from "./helpers/files";

const { dir: root, remove } = tempFolder("finsam-atomic-");
afterAll(remove);

/** A folder of its own for each test, so that "nothing left over" looks at that test's files only. */
let dir = root;
let serial = 0;
beforeEach(() => {
  dir = join(root, String(++serial));
  mkdirSync(dir);
});

const EARLIER = "en tidigare rapport som ska finnas kvar";
const errno = (code: string) => Object.assign(new Error(`${code} (injected)`), { code });

/** The real file system, with `fail` deciding per call whether (and how) a step of the write fails. */
function failing(
  fail: (step: "open" | "write" | "sync" | "close" | "rename", written: number) => Error | null,
): AtomicWriteFs {
  return {
    ...nodeFs,
    async open(path, flags, mode) {
      if (flags === "wx") {
        const err = fail("open", 0);
        if (err) throw err;
      }
      const real = await nodeFs.open(path, flags, mode);
      if (flags !== "wx") return real;
      let written = 0;
      const handle: WritableFile = {
        async write(buffer, offset, length, position) {
          // Small chunks: the failure lands with part of the file on disk.
          const r = await real.write(buffer, offset, Math.min(length, 1000), position);
          written += r.bytesWritten;
          const err = fail("write", written);
          if (err) throw err;
          return r;
        },
        sync: async () => {
          const err = fail("sync", written);
          if (err) throw err;
          await real.sync();
        },
        close: async () => {
          await real.close();
          const err = fail("close", written);
          if (err) throw err;
        },
      };
      return handle;
    },
    async rename(from, to) {
      const err = fail("rename", 0);
      if (err) throw err;
      await nodeFs.rename(from, to);
    },
  };
}

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

describe("writeFileAtomic", () => {
  test("replaces an earlier file with the complete new one and leaves nothing else", async () => {
    const out = join(dir, "hel.xlsx");
    writeFileSync(out, EARLIER);
    const data = Buffer.alloc(300_000, 7);
    await writeFileAtomic(out, data);
    expect(readFileSync(out).equals(data)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.includes("hel.xlsx"))).toEqual(["hel.xlsx"]);
  });

  test("disk full half-way: the error keeps its code, the earlier file is intact, the temporary file is removed, the message says the disk is full", async () => {
    const out = join(dir, "full.xlsx");
    writeFileSync(out, EARLIER);
    let wrote = 0;
    const fs = failing((step, written) => {
      wrote = written;
      return step === "write" && written >= 3000 ? errno("ENOSPC") : null;
    });
    const error = await writeFileAtomic(out, Buffer.alloc(50_000, 1), fs).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ENOSPC" });
    expect(wrote).toBeGreaterThanOrEqual(3000);
    expect(readFileSync(out, "utf8")).toBe(EARLIER);
    expect(leftovers(dir)).toEqual([]);
    expect(reportErrorMessage(error, "rapport.xlsx")).toBe(
      "Disken är full: rapport.xlsx kunde inte skrivas. Frigör utrymme på disken, eller välj en annan mapp med -o, och försök igen. En tidigare fil med samma namn är oförändrad.",
    );
  });

  test.each(["open", "sync", "close", "rename"] as const)(
    "a failing %s leaves the earlier file and no temporary file",
    async (failAt) => {
      const out = join(dir, `fel-${failAt}.xlsx`);
      writeFileSync(out, EARLIER);
      const fs = failing((step) =>
        step === failAt ? errno(failAt === "open" ? "EACCES" : "EIO") : null,
      );
      await expect(writeFileAtomic(out, Buffer.alloc(10_000, 2), fs)).rejects.toMatchObject({
        code: failAt === "open" ? "EACCES" : "EIO",
      });
      expect(readFileSync(out, "utf8")).toBe(EARLIER);
      expect(leftovers(dir)).toEqual([]);
    },
  );

  test("a file system that accepts no bytes is an error, not an endless loop", async () => {
    const out = join(dir, "noll.xlsx");
    const fs: AtomicWriteFs = {
      ...nodeFs,
      async open(path, flags, mode) {
        const real = await nodeFs.open(path, flags, mode);
        return {
          write: async () => ({ bytesWritten: 0 }),
          sync: () => real.sync(),
          close: () => real.close(),
        };
      },
    };
    await expect(writeFileAtomic(out, Buffer.alloc(10, 3), fs)).rejects.toMatchObject({
      code: "EIO",
    });
    expect(readdirSync(dir).filter((n) => n.includes("noll.xlsx"))).toEqual([]);
  });

  test("temporary files left by a killed writer are removed; a running writer's and look-alikes are not", async () => {
    const out = join(dir, "städa.xlsx");
    const dead = `.städa.xlsx.${deadPid()}.0123456789ab.tmp`;
    const alive = `.städa.xlsx.${process.pid}.0123456789ab.tmp`;
    const similar = [
      ".städa.xlsx.anteckningar.tmp",
      `.städa.xlsx.${deadPid()}.tmp`,
      "städa.xlsx.tmp",
    ];
    for (const name of [dead, alive, ...similar]) writeFileSync(join(dir, name), "x");
    await writeFileAtomic(out, Buffer.from("ny"));
    const names = readdirSync(dir);
    expect(names).not.toContain(dead);
    expect(names).toEqual(expect.arrayContaining([alive, ...similar, "städa.xlsx"]));
  });
});

describe("the write lock", () => {
  test("a second lock on one output is refused while the first is held, and free again after release", async () => {
    const out = join(dir, "lås.xlsx");
    const first = await acquireWriteLock(out);
    expect(JSON.parse(readFileSync(lockPathFor(out), "utf8"))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    const second = await acquireWriteLock(out).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(OutputLockedError);
    expect(reportErrorMessage(second, "lås.xlsx")).toBe(
      `En annan körning skriver redan till lås.xlsx. Vänta tills den är klar och försök igen. Om ingen annan körning pågår, ta bort låsfilen ${lockPathFor(out)} och försök igen.`,
    );
    await first.release();
    expect(leftovers(dir)).toEqual([]);
    await (await acquireWriteLock(out)).release();
  });

  test("a lock left by a killed run on this computer is taken over; a foreign file, a live run's lock and another computer's lock are not", async () => {
    const out = join(dir, "gammalt-lås.xlsx");
    const lock = lockPathFor(out);
    const content = (pid: number, host = hostname()) =>
      JSON.stringify({ tool: "finsam-rapport", pid, host, token: "abc" });

    writeFileSync(lock, content(deadPid()));
    const taken = await acquireWriteLock(out);
    expect(JSON.parse(readFileSync(lock, "utf8")).pid).toBe(process.pid);
    await taken.release();

    for (const kept of [
      content(process.pid),
      content(deadPid(), `inte-${hostname()}`),
      "mina anteckningar, inget lås",
      "",
    ]) {
      writeFileSync(lock, kept);
      await expect(acquireWriteLock(out)).rejects.toBeInstanceOf(OutputLockedError);
      expect(readFileSync(lock, "utf8")).toBe(kept);
    }
    expect(readdirSync(dir).filter((n) => n.startsWith("gammalt-lås.xlsx.lock."))).toEqual([]);
  });
});

describe("finsam-rapport report: one writer, atomic, never the input", () => {
  const input = join(root, "register.xlsx");
  beforeAll(() => writeRegister(input, { rows: 200, seed: 8 }));

  test("two runs writing one file at once: exactly one writes, the other says another run is writing; the file is a valid workbook", async () => {
    const out = join(dir, "samtidig.xlsx");
    // --skriv-over: the loser is stopped by the lock, not by the winner's finished file.
    const results = await Promise.all(
      [0, 1].map(() => run(["report", input, "--period", "2024", "-o", out, "--skriv-over"])),
    );
    expect(results.map((r) => r.code).sort()).toEqual([0, 2]);
    const loser = results.find((r) => r.code === 2)!;
    expect(loser.err).toBe(
      `En annan körning skriver redan till ${out}. Vänta tills den är klar och försök igen. Om ingen annan körning pågår, ta bort låsfilen ${out}.lock och försök igen.`,
    );
    expect(await sheetNames(out)).toContain("Resultat 2024");
    expect(leftovers(dir)).toEqual([]);
  }, 30_000);

  test("disk full while writing the report: exit 2 in Swedish, the earlier report intact, no temporary file, no lock, the input untouched", async () => {
    const out = join(dir, "rapport-full.xlsx");
    expect((await run(["report", input, "--period", "2024", "-o", out])).code).toBe(0);
    const earlier = sha256(out);
    const inputBefore = sha256(input);
    const fs = failing((step, written) =>
      step === "write" && written > 5000 ? errno("ENOSPC") : null,
    );
    const error = await writeReportFile(
      [input],
      out,
      { period: { from: "2024-01-01", to: "2024-12-31" } },
      { fs },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ENOSPC" });
    expect(reportErrorMessage(error, out)).toMatch(
      /^Disken är full: .*rapport-full\.xlsx kunde inte skrivas\./,
    );
    expect(sha256(out)).toBe(earlier);
    expect(sha256(input)).toBe(inputBefore);
    expect(await sheetNames(out)).toContain("Resultat 2024");
    expect(leftovers(dir)).toEqual([]);
  }, 30_000);

  test("a run that fails before writing (a missing input, a missing folder) releases its lock", async () => {
    const out = join(dir, "saknas-rapport.xlsx");
    const missing = await run(["report", join(dir, "saknas.xlsx"), "--period", "2024", "-o", out]);
    expect([missing.code, missing.err]).toEqual([
      2,
      "Filen ”saknas.xlsx” finns inte. Kontrollera sökvägen och filnamnet.",
    ]);
    const noFolder = join(dir, "ingen-mapp", "rapport.xlsx");
    const r = await run(["report", input, "--period", "2024", "-o", noFolder]);
    expect([r.code, r.err]).toEqual([
      2,
      `Kunde inte skriva ${noFolder}. Kontrollera att mappen finns och att filen inte är öppen i Excel.`,
    ]);
    expect(leftovers(dir)).toEqual([]);
  }, 30_000);
});
