import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateCommand } from "../../src/cli/validate";
import { LIMITS } from "../../src/hosts/file/xlsx/limits";
import { handXlsx } from "../hostile/xlsxParts";

/*
 * validate with files that are within the row limit each but not together (a small limit
 * injected): each file is checked, and the check across files is refused with the limit named.
 */
const mutable = LIMITS as unknown as { maxFilledRows: number };
const real = LIMITS.maxFilledRows;
beforeEach(() => (mutable.maxFilledRows = 5));
afterEach(() => (mutable.maxFilledRows = real));

/** A register of `rows` rows below its header. */
function register(rows: number): Uint8Array {
  const xml = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Deltagar-ID</t></is></c></row>'];
  for (let i = 0; i < rows; i++)
    xml.push(`<row r="${i + 2}"><c r="A${i + 2}"><v>${i + 1}</v></c></row>`);
  return handXlsx({ sheets: [{ name: "Data", xml: xml.join("") }] });
}

test("validate checks each file, and says when the files are too many rows to check together", async () => {
  const dir = mkdtempSync(join(tmpdir(), "finsam-rows-"));
  try {
    const files = ["a.xlsx", "b.xlsx"].map((name) => {
      writeFileSync(join(dir, name), register(2));
      return join(dir, name);
    });
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
    const exit = await validateCommand({ files, json: false, all: false }, io);
    expect(exit).toBe(2);
    expect(out.join("\n")).toContain("a.xlsx");
    expect(out.join("\n")).toContain("b.xlsx");
    expect(err.join("\n")).toContain("Filerna ”a.xlsx”, ”b.xlsx” har tillsammans fler än 5");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 30000);
