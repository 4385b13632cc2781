import ExcelJS from "exceljs";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { text } from "../../src/cli/text.sv";
import { cliEnv, compileCli } from "./helpers/compiledCli";
import { run, sha256, tempFolder, writeRegister } from "./helpers/files";

/*
 * The command line as people expect it (issue 11): help for every command, --version, one
 * exit-code rule (0 no errors, 1 errors in the source, 2 the command could not do its job) with
 * and without --json, period mistakes named, folders and existing outputs refused, and validate
 * and report agreeing on several files.
 */

const { dir, remove } = tempFolder("finsam-cli-");
afterAll(remove);

const VERSION = (
  JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  }
).version;

const clean = join(dir, "ren.xlsx");
const withErrors = join(dir, "fel.xlsx");
const norr = join(dir, "team-norr.xlsx");
const syd = join(dir, "team-syd.xlsx");
const norrOther = join(dir, "team-norr-annan.xlsx");
const notXlsx = join(dir, "inte.xlsx");
const folder = join(dir, "mapp");

beforeAll(async () => {
  await writeRegister(clean, { rows: 40, seed: 2 });
  await writeRegister(withErrors, { rows: 40, seed: 2 });
  // One impossible birth year: an error in the source.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(withErrors);
  wb.getWorksheet("Deltagare")!.getCell("D5").value = 1850;
  await wb.xlsx.writeFile(withErrors);
  await writeRegister(norr, { rows: 40, seed: 3, insatser: ["Team Norr"] });
  await writeRegister(syd, { rows: 40, seed: 4, insatser: ["Team Syd"] });
  await writeRegister(norrOther, { rows: 40, seed: 5, insatser: ["Team Norr"] });
  writeFileSync(notXlsx, "Deltagar-ID;Insats\n1;A\n");
  mkdirSync(folder);
}, 60_000);

/** A fresh output path in its own folder, so tests never see each other's files. */
let outputs = 0;
function freshOut(name = "rapport.xlsx"): string {
  const sub = join(dir, `ut-${++outputs}`);
  mkdirSync(sub);
  return join(sub, name);
}

describe("help and version", () => {
  test.each([["--help"], ["-h"]])(
    "finsam-rapport %s prints the overview naming both commands and exits 0",
    async (flag) => {
      const r = await run([flag]);
      expect([r.code, r.out, r.err]).toEqual([0, text.usage, ""]);
      expect(r.out).toContain("validate");
      expect(r.out).toContain("report");
      expect(r.out).toContain("finsam-rapport <kommando> --help");
    },
  );

  test.each([
    ["validate", ["--help"]],
    ["validate", ["-h"]],
    ["validate", [clean, "--json", "--help"]],
    ["report", ["--help"]],
    ["report", ["-h"]],
    ["report", [clean, "--period", "24", "-h"]],
  ])(
    "finsam-rapport %s %j prints that command's own help and exits 0 (even beside other arguments)",
    async (command, args) => {
      const r = await run([command, ...args]);
      const own = command === "validate" ? text.validateHelp : text.reportHelp;
      expect([r.code, r.out, r.err]).toEqual([0, own, ""]);
      expect(r.out).toMatch(new RegExp(`^Användning: finsam-rapport ${command} `));
      expect(r.out).toContain("Slutkod");
      expect((await run(["help", command])).out).toBe(own);
    },
  );

  test("the help texts differ per command and say what report's options and exit codes mean", () => {
    expect(new Set([text.usage, text.validateHelp, text.reportHelp]).size).toBe(3);
    expect(text.reportHelp).toContain("--skriv-over");
    expect(text.reportHelp).toContain("slutkoden är 1");
    expect(text.validateHelp).not.toContain("--skriv-over");
  });

  test.each([["--version"], ["-v"]])(
    "finsam-rapport %s prints package.json's version and exits 0",
    async (flag) => {
      const r = await run([flag]);
      expect([r.code, r.out, r.err]).toEqual([0, VERSION, ""]);
    },
  );

  test("no command: exit 2, saying to give one, with the overview on standard error", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("Ange ett kommando: validate, report, template eller fix.");
    expect(r.err).toContain(text.usage);
  });

  test("an unknown command or option points at the help", async () => {
    expect(await run(["rapport"])).toMatchObject({
      code: 2,
      err: "Okänt kommando ”rapport”. Kommandona är validate, report, template och fix; skriv finsam-rapport --help för hjälp.",
    });
    expect(await run(["report", clean, "--period", "2024", "--snabb"])).toMatchObject({
      code: 2,
      err: "Okänt val ”--snabb”. Skriv finsam-rapport report --help för att se valen.",
    });
    expect(await run(["help", "rapport"])).toMatchObject({ code: 2 });
  });
});

describe("one exit-code rule, with and without --json", () => {
  test("no errors in the source: 0 from validate, validate --json, report and report --json", async () => {
    expect((await run(["validate", clean])).code).toBe(0);
    expect((await run(["validate", clean, "--json"])).code).toBe(0);
    expect((await run(["report", clean, "--period", "2024", "--json"])).code).toBe(0);
    const out = freshOut();
    expect((await run(["report", clean, "--period", "2024", "-o", out])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  }, 60_000);

  test("errors in the source: 1 from each; report still writes the copy and says the source has errors", async () => {
    expect((await run(["validate", withErrors])).code).toBe(1);
    expect((await run(["validate", withErrors, "--json"])).code).toBe(1);
    expect((await run(["report", withErrors, "--period", "2024", "--json"])).code).toBe(1);
    const out = freshOut();
    const r = await run(["report", withErrors, "--period", "2024", "-o", out]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Skrev ${out}`);
    expect(r.out).toContain(
      "Källan har 1 fel; se bladet Kontroll. Rapporten är skriven, men rätta felen innan siffrorna används (slutkod 1).",
    );
    expect(existsSync(out)).toBe(true);
  }, 60_000);

  test("a file that cannot be read: 2 from each, with the same message", async () => {
    const message =
      "Filen ”inte.xlsx” är inte en Excel-arbetsbok (.xlsx). Spara registret som Excel-arbetsbok (.xlsx) i Excel och försök igen.";
    expect(await run(["validate", notXlsx])).toMatchObject({ code: 2, err: message });
    const json = await run(["validate", notXlsx, "--json"]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out).unreadableFiles).toEqual([{ file: "inte.xlsx", message }]);
    expect(await run(["report", notXlsx, "--period", "2024", "--json"])).toMatchObject({
      code: 2,
      out: "",
      err: message,
    });
    expect(await run(["report", notXlsx, "--period", "2024", "-o", freshOut()])).toMatchObject({
      code: 2,
      out: "",
      err: message,
    });
  });

  test("an unreadable file beside one with errors: 2 wins", async () => {
    expect((await run(["validate", withErrors, notXlsx])).code).toBe(2);
    expect((await run(["validate", notXlsx, withErrors, "--json"])).code).toBe(2);
  });
});

describe("validate and report agree on several files", () => {
  const conflict =
    "Insatsen ”Team Norr” finns i både team-norr.xlsx och team-norr-annan.xlsx med olika rader. Ta bort insatsen ur den ena filen, eller slå ihop registren, och försök igen.";

  test("an insats in two files with different rows: validate reports the conflict naming both files (an error, exit 1); report refuses with the same words (exit 2) and writes nothing", async () => {
    const v = await run(["validate", norr, norrOther]);
    expect(v.code).toBe(1);
    expect(v.out).toContain(
      `Mellan filerna team-norr.xlsx, team-norr-annan.xlsx\n  Fel – ${conflict}`,
    );
    expect(v.out).toContain("Sammanfattning mellan filerna: 1 fel");

    const json = await run(["validate", norr, norrOther, "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).conflicts).toEqual([
      {
        insats: "Team Norr",
        files: ["team-norr.xlsx", "team-norr-annan.xlsx"],
        severity: "error",
        message: conflict,
      },
    ]);

    const out = freshOut();
    expect(await run(["report", norr, norrOther, "--period", "2024", "-o", out])).toMatchObject({
      code: 2,
      out: "",
      err: conflict,
    });
    expect(existsSync(out)).toBe(false);
    expect(await run(["report", norr, norrOther, "--period", "2024", "--json"])).toMatchObject({
      code: 2,
      out: "",
      err: conflict,
    });
  }, 60_000);

  test("different insatser in different files: no conflict in either, exit 0 from both", async () => {
    const v = await run(["validate", norr, syd]);
    expect(v.code).toBe(0);
    expect(v.out).not.toContain("Mellan filerna");
    expect(
      JSON.parse((await run(["validate", norr, syd, "--json"])).out).conflicts,
    ).toBeUndefined();
    expect((await run(["report", norr, syd, "--period", "2024", "-o", freshOut()])).code).toBe(0);
  }, 60_000);

  test("one file alone is never a conflict, and a conflict in one order is one in the other", async () => {
    expect((await run(["validate", norrOther])).out).not.toContain("Mellan filerna");
    const reversed = await run(["validate", norrOther, norr]);
    expect(reversed.code).toBe(1);
    expect(reversed.out).toContain(
      "Insatsen ”Team Norr” finns i både team-norr-annan.xlsx och team-norr.xlsx med olika rader.",
    );
  }, 60_000);

  test("the same file twice is refused by both, before anything is read or written", async () => {
    const message = `”${norr}” och ”${norr}” är samma fil. Ange varje fil bara en gång och försök igen.`;
    expect(await run(["validate", norr, norr])).toMatchObject({ code: 2, out: "", err: message });
    const out = freshOut();
    expect(await run(["report", norr, norr, "--period", "2024", "-o", out])).toMatchObject({
      code: 2,
      out: "",
      err: message,
    });
    expect(existsSync(out)).toBe(false);
  });
});

describe("period mistakes say which part is wrong", () => {
  test.each([
    [
      ["--from", "2024-01-01"],
      "--to saknas: ange både --from och --to, till exempel --from 2024-01-01 --to 2024-06-30.",
    ],
    [
      ["--to", "2024-06-30"],
      "--from saknas: ange både --from och --to, till exempel --from 2024-01-01 --to 2024-06-30.",
    ],
    [
      ["--from", "2024-13-01", "--to", "2024-12-31"],
      "--from 2024-13-01: månad 13 finns inte. Månaden ska vara 01–12.",
    ],
    [
      ["--from", "2024-01-01", "--to", "2024-00-10"],
      "--to 2024-00-10: månad 0 finns inte. Månaden ska vara 01–12.",
    ],
    [
      ["--from", "2024-01-32", "--to", "2024-12-31"],
      "--from: 2024-01-32 finns inte – januari 2024 har 31 dagar.",
    ],
    [
      ["--from", "2024-01-01", "--to", "2024-02-30"],
      "--to: 2024-02-30 finns inte – februari 2024 har 29 dagar.",
    ],
    [
      ["--from", "2023-02-29", "--to", "2023-12-31"],
      "--from: 2023-02-29 finns inte – februari 2023 har 28 dagar.",
    ],
    [
      ["--from", "2024-6-1", "--to", "2024-12-31"],
      "--from ”2024-6-1” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-06-30.",
    ],
    [
      ["--from", "2024-06-30", "--to", "2024-01-01"],
      "--from 2024-06-30 är efter --to 2024-01-01. Ange periodens första dag med --from och sista dag med --to.",
    ],
    [
      ["--period", "24"],
      "--period ”24” är inget år. Skriv --period som ett år med fyra siffror, till exempel --period 2024.",
    ],
    [
      ["--period", "2024", "--from", "2024-01-01", "--to", "2024-06-30"],
      "Ange antingen --period (ett helt år) eller --from och --to (valfri period), inte båda.",
    ],
    [
      ["--period", "2024", "--to", "2024-06-30"],
      "Ange antingen --period (ett helt år) eller --from och --to (valfri period), inte båda.",
    ],
    [
      ["--from", "1899-12-31", "--to", "1900-12-31"],
      "--from 1899-12-31: datumet ligger utanför de datum Excel räknar med (1900-03-01–9999-12-31).",
    ],
    [[], "Ange perioden: --period 2024, eller --from 2024-01-01 --to 2024-06-30."],
  ])("report %j: exit 2, %s", async (period, message) => {
    const out = freshOut();
    for (const args of [["-o", out], ["--json"]])
      expect(await run(["report", clean, ...period, ...args])).toEqual({
        code: 2,
        out: "",
        err: message,
      });
    expect(existsSync(out)).toBe(false);
  });

  test("--today is checked the same way, in validate and report", async () => {
    expect(await run(["validate", clean, "--today", "2025-02-29"])).toMatchObject({
      code: 2,
      err: "--today: 2025-02-29 finns inte – februari 2025 har 28 dagar.",
    });
    expect(await run(["report", clean, "--period", "2024", "--today", "i-morgon"])).toMatchObject({
      code: 2,
      err: "--today ”i-morgon” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-06-30.",
    });
  });

  test("a valid half-year and a leap day are accepted", async () => {
    expect(
      (await run(["report", clean, "--from", "2024-01-01", "--to", "2024-02-29", "--json"])).code,
    ).toBe(0);
  });
});

describe("a folder where a file belongs", () => {
  const message = `”${folder}” är en mapp, inte en fil. Ange Excel-filen (.xlsx).`;

  test("as the input of validate and report (with and without --json): exit 2", async () => {
    expect(await run(["validate", folder])).toEqual({ code: 2, out: "", err: message });
    expect(await run(["validate", clean, folder, "--json"])).toEqual({
      code: 2,
      out: "",
      err: message,
    });
    expect(await run(["report", folder, "--period", "2024"])).toEqual({
      code: 2,
      out: "",
      err: message,
    });
    expect(await run(["report", clean, folder, "--period", "2024", "--json"])).toEqual({
      code: 2,
      out: "",
      err: message,
    });
  });

  test("as -o: exit 2, saying how to name the file, and nothing written into the folder", async () => {
    const r = await run(["report", clean, "--period", "2024", "-o", folder]);
    expect(r).toEqual({
      code: 2,
      out: "",
      err: `”${folder}” är en mapp, inte en fil. Ange filen att skriva med -o, till exempel -o ${folder}/rapport.xlsx.`,
    });
    expect(existsSync(join(folder, "ren-rapport-2024.xlsx"))).toBe(false);
    expect(
      (await run(["report", clean, "--period", "2024", "-o", folder, "--skriv-over"])).code,
    ).toBe(2);
  });
});

describe("an existing output file is only replaced with --skriv-over", () => {
  test("-o naming an existing file: exit 2 and the file unchanged; with --skriv-over it is replaced", async () => {
    const out = freshOut("min-rapport.xlsx");
    writeFileSync(out, "tidigare rapport");
    const r = await run(["report", clean, "--period", "2024", "-o", out]);
    expect(r).toEqual({
      code: 2,
      out: "",
      err: `Filen ${out} finns redan. Välj ett annat namn med -o, eller lägg till --skriv-over för att ersätta den.`,
    });
    expect(readFileSync(out, "utf8")).toBe("tidigare rapport");
    const replaced = await run(["report", clean, "--period", "2024", "-o", out, "--skriv-over"]);
    expect(replaced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  }, 60_000);

  test("the default name beside the input: the first run writes it, a second is refused, --skriv-over replaces it", async () => {
    const sub = join(dir, "standardnamn");
    mkdirSync(sub);
    const input = join(sub, "register.xlsx");
    await writeRegister(input, { rows: 30, seed: 6 });
    const out = join(sub, "register-rapport-2024.xlsx");
    expect((await run(["report", input, "--period", "2024"])).code).toBe(0);
    const first = sha256(out);
    const again = await run(["report", input, "--period", "2024"]);
    expect(again).toEqual({
      code: 2,
      out: "",
      err: `Filen ${out} finns redan. Välj ett annat namn med -o, eller lägg till --skriv-over för att ersätta den.`,
    });
    expect(sha256(out)).toBe(first);
    // The register changed since: the replaced report differs.
    await writeRegister(input, { rows: 35, seed: 7 });
    expect((await run(["report", input, "--period", "2024", "--skriv-over"])).code).toBe(0);
    expect(sha256(out)).not.toBe(first);
    rmSync(sub, { recursive: true, force: true });
  }, 60_000);

  test("-o naming the input is still refused as the input (not merely as an existing file), even with --skriv-over", async () => {
    const r = await run(["report", clean, "--period", "2024", "-o", clean, "--skriv-over"]);
    expect(r).toEqual({
      code: 2,
      out: "",
      err: "Utfilen får inte vara samma fil som originalet. Välj ett annat namn med -o.",
    });
  });
});

describe("the compiled command in its own process", () => {
  let launcher: string;
  let build: string;
  beforeAll(() => {
    build = join(dir, "build");
    launcher = compileCli(build);
  }, 60_000);

  function exec(
    args: string[],
    cwd = dir,
  ): Promise<{ code: number | null; out: string; err: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, args, { env: cliEnv(), cwd });
      let out = "";
      let err = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (err += d));
      child.on("close", (code) => resolve({ code, out, err }));
    });
  }

  test("node bin/finsam-rapport.js --version prints package.json's version and exits 0", async () => {
    for (const flag of ["--version", "-v"])
      expect(await exec([launcher, flag])).toEqual({ code: 0, out: `${VERSION}\n`, err: "" });
  }, 60_000);

  test("report --help and validate -h exit 0 with their own help", async () => {
    expect(await exec([launcher, "report", "--help"])).toEqual({
      code: 0,
      out: `${text.reportHelp}\n`,
      err: "",
    });
    expect(await exec([launcher, "validate", "-h"])).toEqual({
      code: 0,
      out: `${text.validateHelp}\n`,
      err: "",
    });
  }, 60_000);

  /** The modules a run of the compiled main loads, as paths relative to the build (node_modules ones by package). */
  async function loaded(args: string[]): Promise<string[]> {
    const main = JSON.stringify(join(build, "lib", "cli", "main.js"));
    const script = `require(${main}).main(${JSON.stringify(args)}, { out() {}, err() {} }).then((code) => process.stdout.write(JSON.stringify({ code, modules: Object.keys(require.cache) })));`;
    const r = await exec(["-e", script]);
    expect(r.err).toBe("");
    return (JSON.parse(r.out) as { modules: string[] }).modules;
  }

  test("--version loads only the command line's light modules: not ExcelJS, the core's rules or the file host", async () => {
    const modules = await loaded(["--version"]);
    expect(modules.filter((m) => /node_modules/.test(m))).toEqual([]);
    expect(
      modules.filter((m) => /[\\/](hosts|report|validate|layout|register|budget)[\\/]/.test(m)),
    ).toEqual([]);
    expect(modules.length).toBeLessThanOrEqual(8);
    // A real command loads what it needs: the measure above can fail.
    expect(
      (await loaded(["report", clean, "--period", "2024", "--json"])).some((m) =>
        /exceljs/.test(m),
      ),
    ).toBe(true);
  }, 60_000);

  test("validate reads with the streaming reader only: ExcelJS is not loaded", async () => {
    const modules = await loaded(["validate", clean]);
    expect(modules.some((m) => /[\\/]core[\\/]validateWorkbook\.js$/.test(m))).toBe(true);
    expect(modules.filter((m) => /exceljs/.test(m))).toEqual([]);
  }, 60_000);

  test("without package.json beside the build, --version exits 2 saying to reinstall", async () => {
    const bare = join(dir, "utan-package-json");
    const bareLauncher = compileCli(bare);
    rmSync(join(bare, "package.json"));
    expect(await exec([bareLauncher, "--version"])).toEqual({
      code: 2,
      out: "",
      err: `${text.noVersion}\n`,
    });
  }, 60_000);
});
