import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { readWorkbookGrid } from "../../src/hosts/file/xlsx";
import { syntheticRegister } from "../../src/samples/synthetic";
import { handXlsx } from "../hostile/xlsxParts";

/* Real files that are not quite what Excel writes: each must work, not crash. */
const dir = mkdtempSync(join(tmpdir(), "finsam-odd-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

test("a register table without <tableStyleInfo> (as LibreOffice saves it) gives a report, not an unexpected error", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Deltagare");
  const [headers, ...rows] = syntheticRegister({
    rows: 30,
    seed: 3,
    insatser: ["Team Norr"],
    fromYear: 2023,
    toYear: 2024,
  }).rows;
  ws.addTable({
    name: "Register",
    ref: "A1",
    headerRow: true,
    columns: (headers as string[]).map((name) => ({ name })),
    rows,
  });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = Object.keys(zip.files).find((f) => /^xl\/tables\/table\d+\.xml$/.test(f))!;
  const xml = await zip.file(part)!.async("string");
  expect(xml).toContain("<tableStyleInfo");
  zip.file(part, xml.replace(/<tableStyleInfo[^>]*\/>/, ""));
  const input = join(dir, "libreoffice.xlsx");
  writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));

  const r = await run([
    "report",
    input,
    "--period",
    "2024",
    "-o",
    join(dir, "libreoffice-rapport.xlsx"),
    "--today",
    "2025-06-01",
  ]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(join(dir, "libreoffice-rapport.xlsx"));
  expect(copy.worksheets.map((w) => w.name)).toContain("Resultat 2024");
}, 60_000);

describe("text and dates the copy must keep exactly", () => {
  // Emoji, a combining character, and one character from every plane beyond the first.
  const PLANES = ["\u{1F600}", "\u{20000}", "\u{30000}", "\u{E0001}", "\u{F0000}", "\u{10FFFD}"];
  const sheetName = "Deltagare \u{1F600}";
  const comment = `Kommentar e\u0301 ${PLANES.join("")}`;

  function register(): Uint8Array {
    const headers = [
      "Deltagar-ID",
      "Insats",
      "Inskrivningsdatum",
      "Avslutsdatum",
      "Avslutsorsak",
      "Anteckning",
    ];
    const inline = (ref: string, v: string) =>
      `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const rows = [
      `<row r="1">${headers.map((h, i) => inline(`${"ABCDEF"[i]}1`, h)).join("")}</row>`,
    ];
    for (let i = 0; i < 12; i++) {
      const r = i + 2;
      rows.push(
        `<row r="${r}">${inline(`A${r}`, `D${i}`)}${inline(`B${r}`, i % 2 ? "Team \u{1F331}" : "Team Syd")}` +
          // Enrolment dates as ISO dates (t="d"), as some programs write them.
          `<c r="C${r}" t="d"><v>2024-0${1 + (i % 6)}-1${i % 9}</v></c>` +
          (i % 3 === 0
            ? `<c r="D${r}" t="d"><v>2024-1${i % 3}-20T00:00:00</v></c>${inline(`E${r}`, "Arbete")}`
            : "") +
          `${inline(`F${r}`, comment)}</row>`,
      );
    }
    return handXlsx({ sheets: [{ name: sheetName, xml: rows.join("") }] });
  }

  test('emoji, combining characters and every plane, and t="d" dates, round-trip into the copy; formulas name the sheet as it is', async () => {
    const input = join(dir, "planes.xlsx");
    const bytes = register();
    writeFileSync(input, bytes);
    const before = readWorkbookGrid(bytes, "planes.xlsx");
    expect(before.sheets[0].rows[1][2]).toBe(45301); // 2024-01-10 as a serial, not 2024

    const out = join(dir, "planes-rapport.xlsx");
    const r = await run(["report", input, "--period", "2024", "-o", out, "--today", "2025-06-01"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const after = readWorkbookGrid(new Uint8Array(readFileSync(out)), "planes-rapport.xlsx");
    const copied = after.sheets.find((s) => s.name === sheetName)!;
    expect(copied.rows).toEqual(before.sheets[0].rows);
    const json = JSON.stringify(after);
    expect(json).not.toContain("\uFFFD");
    // The report counts the insats named with an emoji, and its formulas point at the sheet by its real name.
    const resultat = after.sheets.find((s) => s.name === "Resultat 2024")!;
    expect(resultat.rows.some((row) => row.includes("Team \u{1F331}"))).toBe(true);
    const formulas = JSON.stringify(await formulasOf(out, "Resultat 2024"));
    expect(formulas).toContain(`'${sheetName}'!`);
  }, 60_000);
});

async function formulasOf(path: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: string[] = [];
  wb.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell(
      (c) =>
        void (
          (c.model as { formula?: string }).formula &&
          out.push((c.model as { formula: string }).formula)
        ),
    ),
  );
  return out;
}
