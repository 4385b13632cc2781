import {
  existsSync,
  linkSync,
  lstatSync,
  readdirSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { basename, join, sep } from "node:path";
import {
  fileIdentity,
  findSameFiles,
  inputAt,
  isSameFile,
} from "../../src/hosts/file/node/sameFile";
import { leftovers, run, sha256, tempFolder, writeRegister } from "./helpers/files";

const SAME_AS_INPUT = "Utfilen får inte vara samma fil som originalet. Välj ett annat namn med -o.";
const sameFile = (a: string, b: string) =>
  `”${a}” och ”${b}” är samma fil. Ange varje fil bara en gång och försök igen.`;

const { dir, remove } = tempFolder("finsam-samefile-");
afterAll(remove);

const input = join(dir, "register.xlsx");
const symlink = join(dir, "genväg.xlsx");
const hardLink = join(dir, "hårdlänk.xlsx");
const other = join(dir, "annat.xlsx");
let before: string;

beforeAll(async () => {
  await writeRegister(input, { rows: 40, seed: 3 });
  await writeRegister(other, { rows: 40, seed: 4, insatser: ["Team Syd"] });
  symlinkSync(input, symlink);
  linkSync(input, hardLink);
  before = sha256(input);
});

/** A folder's entries, for "nothing was written here". */
const listing = () => readdirSync(dir).sort();

/** Whether this folder's file system treats "A.XLSX" and "a.xlsx" as one name (macOS, Windows). */
function caseInsensitive(): boolean {
  writeFileSync(join(dir, "probe"), "");
  const result = existsSync(join(dir, "PROBE"));
  unlinkSync(join(dir, "probe"));
  return result;
}

describe("same file by identity, not by path", () => {
  test("links, other spellings and a missing path", async () => {
    expect(await isSameFile(input, symlink)).toBe(true);
    expect(await isSameFile(input, hardLink)).toBe(true);
    expect(await isSameFile(input, [dir, "..", basename(dir), "register.xlsx"].join(sep))).toBe(
      true,
    );
    expect(await isSameFile(input, other)).toBe(false);
    expect(await fileIdentity(join(dir, "saknas.xlsx"))).toBeNull();
    expect(await isSameFile(join(dir, "saknas.xlsx"), join(dir, "saknas.xlsx"))).toBe(false);
    expect(await findSameFiles([other, input, symlink])).toEqual([input, symlink]);
    expect(await findSameFiles([input, other])).toBeNull();
    expect(await inputAt(join(dir, "ny.xlsx"), [input])).toBeNull();
    expect(await inputAt(hardLink, [other, input])).toBe(input);
  });
});

describe("finsam-rapport refuses to write over an input through a link", () => {
  test.each([
    ["a symbolic link", () => symlink],
    ["a hard link", () => hardLink],
    ["another spelling", () => [dir, "..", basename(dir), ".", "register.xlsx"].join(sep)],
  ])(
    "-o naming the input through %s: exit 2, the register byte for byte unchanged, nothing written",
    async (_, out) => {
      const entries = listing();
      const r = await run(["report", input, "--period", "2024", "-o", out()]);
      expect([r.code, r.err]).toEqual([2, SAME_AS_INPUT]);
      expect(sha256(input)).toBe(before);
      expect(lstatSync(symlink).isSymbolicLink()).toBe(true);
      expect(listing()).toEqual(entries);
    },
  );

  test("-o naming the second of two inputs is refused too", async () => {
    const r = await run(["report", other, input, "--period", "2024", "-o", symlink]);
    expect([r.code, r.err]).toEqual([2, SAME_AS_INPUT]);
    expect(sha256(input)).toBe(before);
  });

  // Only where the disk ignores case (macOS, Windows); on Linux "REGISTER.XLSX" is another file.
  (caseInsensitive() ? test : test.skip)(
    "-o naming the input in other letter case is refused on a case-insensitive disk",
    async () => {
      const r = await run(["report", input, "--period", "2024", "-o", join(dir, "REGISTER.XLSX")]);
      expect([r.code, r.err]).toEqual([2, SAME_AS_INPUT]);
      expect(sha256(input)).toBe(before);
    },
  );
});

describe("the same file given twice is refused, not counted twice", () => {
  test.each([
    ["the same path", () => input, "register.xlsx"],
    ["a symbolic link", () => symlink, "genväg.xlsx"],
    ["a hard link", () => hardLink, "hårdlänk.xlsx"],
  ])(
    "report, report --json and validate with the register and %s: exit 2 naming both",
    async (_, second) => {
      const entries = listing();
      const message = sameFile(input, second());
      const written = await run([
        "report",
        input,
        other,
        second(),
        "--period",
        "2024",
        "-o",
        join(dir, "rapport.xlsx"),
      ]);
      expect([written.code, written.err]).toEqual([2, message]);
      const json = await run(["report", input, second(), "--period", "2024", "--json"]);
      expect([json.code, json.out, json.err]).toEqual([2, "", message]);
      const validated = await run(["validate", input, second(), "--json"]);
      expect([validated.code, validated.out, validated.err]).toEqual([2, "", message]);
      expect((await run(["validate", input, second()])).err).toBe(message);
      expect(listing()).toEqual(entries);
      expect(leftovers(dir)).toEqual([]);
    },
  );

  test("two different files are still reported together", async () => {
    const out = join(dir, "samlad.xlsx");
    const r = await run(["report", input, other, "--period", "2024", "-o", out]);
    expect(r.code).toBe(0);
    const single = JSON.parse((await run(["report", input, "--period", "2024", "--json"])).out);
    const both = JSON.parse(
      (await run(["report", input, other, "--period", "2024", "--json"])).out,
    );
    expect(both.total.participants.total).toBeGreaterThan(single.total.participants.total);
  }, 30_000);
});
