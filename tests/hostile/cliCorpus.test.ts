import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cliEnv, compileCli } from "../integration/helpers/compiledCli";
import { deflateRepeated, handXlsx, NS, rawEntriesOf, rawZip, workbookParts } from "./xlsxParts";

/*
 * The hostile and odd corpus through the command itself, `validate` and `report`, each in its own
 * process under a time and memory budget: every run ends with exit 0, 1 or 2, a Swedish message
 * and no stack trace, and the file it was given is unchanged.
 */
const dir = mkdtempSync(join(tmpdir(), "finsam-corpus-"));
let cli = "";
beforeAll(() => {
  cli = compileCli(join(dir, "cli"));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Per run: the V8 heap the command may use, and the time it may take (on a busy two-core machine). */
const HEAP_MB = 400;
const TIME_MS = 30_000;

const register = (extra = "") => {
  const head = ["Deltagar-ID", "Insats", "Inskrivningsdatum", "Avslutsdatum", "Avslutsorsak"];
  const cell = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const rows = [`<row r="1">${head.map((h, i) => cell(`${"ABCDE"[i]}1`, h)).join("")}</row>`];
  for (let r = 2; r < 12; r++)
    rows.push(
      `<row r="${r}">${cell(`A${r}`, `D${r}`)}${cell(`B${r}`, "Team \u{1F331}")}<c r="C${r}" t="d"><v>2024-03-0${(r % 9) + 1}</v></c></row>`,
    );
  return rows.join("") + extra;
};
const oneSheet = (xml: string) => handXlsx({ sheets: [{ name: "Deltagare", xml }] });
const stored = (name: string, content: Uint8Array) => {
  const parts = workbookParts({
    sheets: [{ name: "Deltagare", xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
    sharedStrings: ["x"],
  });
  delete parts[name];
  return rawZip([...rawEntriesOf(parts), { name, data: content, size: content.length, method: 0 }]);
};

function corpus(): Record<string, Uint8Array> {
  const enc = new TextEncoder();
  const bigString = new Uint8Array(40 * 2 ** 20).fill(0x61);
  bigString.set(enc.encode(`<?xml version="1.0"?><sst ${NS}><si><t>`));
  bigString.set(enc.encode("</t></si></sst>"), bigString.length - 15);
  const bomb = deflateRepeated(
    '<?xml version="1.0"?><worksheet><sheetData>',
    " ".repeat(1 << 20),
    200,
    "</sheetData></worksheet>",
  );
  const valid = oneSheet(register());
  const parts = workbookParts({ sheets: [{ name: "Deltagare", xml: "" }] });
  delete parts["xl/worksheets/sheet1.xml"];
  return {
    "emoji-och-iso-datum.xlsx": valid,
    "zip-bomb.xlsx": rawZip([
      ...rawEntriesOf(parts),
      { name: "xl/worksheets/sheet1.xml", ...bomb },
    ]),
    "jattestrang.xlsx": stored("xl/sharedStrings.xml", bigString),
    "rad-50-miljoner.xlsx": oneSheet('<row r="50000000"><c r="A50000000"><v>1</v></c></row>'),
    "kolumn-efter-xfd.xlsx": oneSheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'),
    "avkortad.xlsx": valid.slice(0, Math.floor(valid.length / 2)),
    "text.xlsx": enc.encode("Deltagar-ID;Insats\nD1;Team\n"),
    "gammal.xls": new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Uint8Array(504),
    ]),
    "entiteter.xlsx": oneSheet(
      '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>',
    ),
    "sokvag.xlsx": handXlsx({
      sheets: [{ name: "Deltagare", xml: register() }],
      extra: { "../../utanfor.xml": "<x/>", "/etc/passwd": "root" },
    }),
    "tom.xlsx": new Uint8Array(0),
  };
}

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

function run(args: string[]): { code: number | null; err: string; out: string; ms: number } {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, cli, ...args], {
    env: cliEnv(),
    encoding: "utf8",
    timeout: TIME_MS,
  });
  return { code: r.status, err: r.stderr, out: r.stdout, ms: Date.now() - t0 };
}

test.each(Object.keys(corpus()))(
  "%s: validate and report end with 0/1/2 and a Swedish message, within budget, the file unchanged",
  (name) => {
    const bytes = corpus()[name];
    const path = join(dir, name);
    writeFileSync(path, bytes);
    for (const args of [
      ["validate", path],
      ["report", path, "--period", "2024", "-o", join(dir, `ut-${name}.xlsx`)],
    ]) {
      const r = run(args);
      const text = r.out + r.err;
      // Killed by the timeout or out of memory would be null or 134.
      expect({ name, args: args[0], code: r.code }).toEqual({
        name,
        args: args[0],
        code: expect.any(Number),
      });
      expect([0, 1, 2]).toContain(r.code);
      expect(r.ms).toBeLessThan(TIME_MS);
      expect(text).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace
      expect(text).not.toMatch(/FATAL ERROR|heap out of memory/);
      if (r.code === 2) expect(r.err).toMatch(/^Filen ”|är tom|Skriv |Ange /);
      else expect(text).toMatch(/Kontroll av|Perioden 2024/);
      expect(sha(new Uint8Array(readFileSync(path)))).toBe(sha(bytes));
    }
  },
  120_000,
);
