import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { serialToDate } from "../../src/hosts/file/readXlsx";
import { readXlsxFile } from "../../src/hosts/file/node/readXlsxFile";
import { validateWorkbook } from "../../src/core/validateWorkbook";
import { syntheticRegister } from "../../src/samples/synthetic";

const dir = mkdtempSync(join(tmpdir(), "finsam-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TODAY = "2025-06-01";

/** A register as a verksamhetsledare keeps it: title rows, an Excel table, date cells, a budget in kr. */
async function writeRegister(
  path: string,
  mutate: (ws: ExcelJS.Worksheet, budget: ExcelJS.Worksheet) => void = () => {},
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Deltagare 2024");
  ws.getCell("A1").value = "Deltagarregister Samordningsteam";
  ws.getCell("A2").value = "Uppdaterat 2025-01-10";
  const grid = syntheticRegister({
    rows: 120,
    seed: 11,
    insatser: ["Team Norra", "Team Södra"],
    fromYear: 2023,
    toYear: 2024,
  });
  const [headers, ...rows] = grid.rows;
  ws.addTable({
    name: "Register",
    ref: "A4",
    headerRow: true,
    columns: (headers as string[]).map((name) => ({ name })),
    rows: rows.map((r) =>
      r.map((v, c) => ((c === 6 || c === 7) && typeof v === "number" ? serialToDate(v) : v)),
    ),
  });
  ws.getColumn(7).numFmt = "yyyy-mm-dd";
  ws.getColumn(8).numFmt = "yyyy-mm-dd";
  const b = wb.addWorksheet("Budget");
  b.addRow(["Budget 2024"]);
  b.addRow(["Insats", "Tilldelade medel (kr)", "Använda medel (kr)", "Differens (kr)"]);
  b.addRow(["Team Norra", 1590000, 1488614, 101386]);
  b.addRow(["Team Södra", 1200000, 1250000, -50000]);
  b.addRow(["Summa", 2790000, 2738614, 51386]);
  mutate(ws, b);
  await wb.xlsx.writeFile(path);
}

describe("validating a real .xlsx register", () => {
  test("a clean register and budget have zero errors and warnings", async () => {
    const path = join(dir, "ren.xlsx");
    await writeRegister(path);
    const r = validateWorkbook(await readXlsxFile(path), { today: TODAY });
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(r.register.sheets).toEqual([{ name: "Deltagare 2024", headerRow: 4, rows: 120 }]);
    expect(r.register.insatser).toEqual(["Team Norra", "Team Södra"]);
    expect(r.budget?.rows.map((x) => x.actual)).toEqual([1488614, 1250000]);
  });

  test("planted mistakes are each found at their cell", async () => {
    const path = join(dir, "fel.xlsx");
    await writeRegister(path, (ws, b) => {
      ws.getCell("I10").value = "Arbette"; // unknown category (row 10 = data row 6)
      ws.getCell("A11").value = null; // missing id
      ws.getCell("G12").value = "31/02/2024"; // impossible date
      ws.getCell("G13").value = "5 mars 2024"; // text date: info only
      ws.getCell("D14").value = 1850; // birth year
      ws.getCell("M15").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("E16").value = "811218-9876"; // personnummer
      ws.getCell("H17").value = serialToDate(45000);
      ws.getCell("G17").value = serialToDate(45100); // exit before enrolment
      ws.getCell("I17").value = "Arbete";
      b.getCell("D3").value = 54358; // the published Sala mistake
    });
    const r = validateWorkbook(await readXlsxFile(path), { today: TODAY });
    const found = r.issues
      .filter((i) => i.severity !== "info")
      .map((i) => `${i.sheet}!${i.cell} ${i.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "Deltagare 2024!I10 REG-CATEGORY-UNKNOWN",
        "Deltagare 2024!A11 REG-ID-MISSING",
        "Deltagare 2024!G12 REG-DATE-IMPOSSIBLE",
        "Deltagare 2024!D14 REG-BIRTHYEAR-INVALID",
        "Deltagare 2024!M15 CELL-ERROR-VALUE",
        "Deltagare 2024!E16 PRIVACY-PERSONNUMMER",
        "Deltagare 2024!H17 REG-DATE-ORDER",
        "Budget!D3 BUDGET-DIFF",
        "Budget!D5 BUDGET-TOTAL",
      ]),
    );
    expect(r.issues.find((i) => i.cell === "G13")?.code).toBe("REG-VALUE-NORMALIZED");
    expect(r.issues.find((i) => i.cell === "I10")?.suggestion).toBe("Arbete");
  });
});

describe("finsam-rapport validate", () => {
  async function run(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  test("prints issues grouped by sheet and rule in Swedish and exits 1 on errors", async () => {
    const path = join(dir, "cli.xlsx");
    await writeRegister(path, (ws) => {
      ws.getCell("I10").value = "Arbette";
    });
    const r = await run(["validate", path, "--today", TODAY]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Blad ”Deltagare 2024”");
    expect(r.out).toContain("Fel – Okänt kategorivärde (REG-CATEGORY-UNKNOWN), 1 st");
    expect(r.out).toMatch(/I10 +”Arbette” +Avslutsorsak: ”Arbette” finns inte/);
    expect(r.out).toContain("Sammanfattning: 1 fel");
  });

  test("--json prints the issues and exits 0 for a clean file", async () => {
    const path = join(dir, "cli-ren.xlsx");
    await writeRegister(path);
    const r = await run(["validate", "--json", path, "--today", TODAY]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
  });

  test("a file that is not an .xlsx gives one Swedish message and exit 2, and the file is untouched", async () => {
    const path = join(dir, "inte.xlsx");
    writeFileSync(path, "Deltagar-ID;Insats\n1;A\n");
    const r = await run(["validate", path]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("inte.xlsx");
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(readFileSync(path, "utf8")).toBe("Deltagar-ID;Insats\n1;A\n");
  });

  test("a missing file, no files and unknown options exit 2 with a message", async () => {
    expect((await run(["validate", join(dir, "finns-inte.xlsx")])).code).toBe(2);
    expect((await run(["validate"])).err).toContain("Ange minst en Excel-fil");
    expect((await run(["validate", "--snabb", "x.xlsx"])).err).toContain("Okänt val ”--snabb”");
    expect((await run(["gör-något"])).code).toBe(2);
  });

  test("an empty workbook is one clear error", async () => {
    const path = join(dir, "tom.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1");
    await wb.xlsx.writeFile(path);
    const r = await run(["validate", path]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Arbetsboken är tom");
  });
});
