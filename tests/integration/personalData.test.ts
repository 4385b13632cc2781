import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { serialToDate } from "../../src/hosts/file/readXlsx";
import { syntheticRegister } from "../../src/samples/synthetic";

/*
 * Leak test: personnummer in every form and names are placed in every column of a register;
 * nothing the product prints or writes (text, JSON, the generated report sheets) may carry them.
 */
const dir = mkdtempSync(join(tmpdir(), "finsam-leak-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Valid, T-number, wrong check digit, with space, en dash, 12 digits, and born 2005 stored as a number.
const PERSONNUMMER: (string | number)[] = [
  "811218-9876",
  "850312-T231",
  "811218-9877",
  "811218 9876",
  "811218–9876",
  "19811218-9876",
  503121238,
];
const NAMES = [
  "Olle Berg",
  "Anna-Karin Svensson",
  "Sven Andersson",
  "Lisa Ek",
  "Karl Nilsson",
  "Maria Lind",
];
/** What must never appear: each personnummer's digits (any separator) and each name. */
const SECRETS = [...PERSONNUMMER.map((p) => String(p).replace(/\D/g, "").slice(-9, -4)), ...NAMES];

async function register(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Deltagare");
  const [headers, ...rows] = syntheticRegister({
    rows: 40,
    seed: 9,
    insatser: ["Team Norr"],
    fromYear: 2023,
    toYear: 2024,
  }).rows;
  // The id column is headed "Deltagare" and holds names; a Klient column holds names too.
  ws.addRow([...headers.map((h) => (h === "Deltagar-ID" ? "Deltagare" : h)), "Klient"]);
  rows.forEach((r, i) => {
    const cells = r.map((v, c) =>
      (c === 6 || c === 7) && typeof v === "number" ? serialToDate(v) : v,
    );
    cells[0] =
      NAMES[i % NAMES.length] +
      (i >= NAMES.length ? ` ${String.fromCharCode(65 + (i % 26))}son` : "");
    // One personnummer in each column in turn (the id, insats, kön, födelseår, kommun, remittent, dates, categories …).
    if (i < cells.length) cells[i] = PERSONNUMMER[i % PERSONNUMMER.length];
    ws.addRow([...cells, NAMES[(i + 1) % NAMES.length]]);
  });
  ws.addRow([
    "Lisa Ek",
    "Team Norr",
    "Kvinna",
    1985,
    "Pnr 19811218-9876 ring tisdag",
    "Försäkringskassan",
    serialToDate(45352),
  ]);
  const b = wb.addWorksheet("Budget");
  b.addRow(["Budget 2024"]);
  b.addRow(["Insats", "Budget", "Utfall"]);
  b.addRow(["Team Norr", 100000, 90000]);
  b.addRow(["811218-9876", 5, 5]);
  await wb.xlsx.writeFile(path);
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, text: [...out, ...err].join("\n") };
}

function leaks(text: string): string[] {
  return SECRETS.filter((s) => text.includes(s));
}

test("no output carries a personnummer or a name", async () => {
  const input = join(dir, "register.xlsx");
  await register(input);
  const validate = await run(["validate", input, "--all"]);
  expect(validate.code).toBe(1);
  expect(validate.text).toContain("PRIVACY-PERSONNUMMER");
  expect(validate.text).toContain("Kolumnen ”Deltagare” ser ut att innehålla namn");
  expect(validate.text).toContain("Kolumnen ”Klient” ser ut att innehålla namn");
  expect(leaks(validate.text)).toEqual([]);
  const json = await run(["validate", input, "--json"]);
  expect(leaks(json.text)).toEqual([]);
  const reportJson = await run(["report", input, "--period", "2024", "--json"]);
  expect(JSON.parse(reportJson.text).insatser.map((i: { name: string }) => i.name)).toEqual([
    "Team Norr",
  ]);
  expect(leaks(reportJson.text)).toEqual([]);

  const out = join(dir, "rapport.xlsx");
  const report = await run(["report", input, "--period", "2024", "-o", out]);
  // Written, but the source has errors (the planted personnummer): exit 1, as validate.
  expect(report.code).toBe(1);
  expect(report.text).toContain("Skrev");
  expect(leaks(report.text)).toEqual([]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const generated: string[] = [];
  for (const ws of wb.worksheets.filter((w) => / 2024$/.test(w.name)))
    ws.eachRow((row) =>
      row.eachCell((c) =>
        generated.push(
          String(c.text),
          JSON.stringify((c.model as { formula?: string }).formula ?? ""),
        ),
      ),
    );
  expect(generated.length).toBeGreaterThan(100);
  expect(leaks(generated.join("\n"))).toEqual([]);
}, 60_000);

test("the report alone: report sheets as values, no register, no other sheet of the source", async () => {
  const input = join(dir, "register-endast.xlsx");
  await register(input);
  const { buildReportWorkbook } = await import("../../src/hosts/file/reportWorkbook");
  const { readFileSync } = await import("node:fs");
  const built = await buildReportWorkbook(
    [{ name: "register.xlsx", bytes: new Uint8Array(readFileSync(input)) }],
    {
      period: { from: "2024-01-01", to: "2024-12-31" },
      today: "2025-06-01",
      withReportOnly: true,
    },
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(built.reportOnlyBytes!.buffer.slice(0) as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "Resultat 2024",
    "Budget mot utfall 2024",
    "Kostnad per deltagare 2024",
    "Tabeller 2024",
    "Kontroll 2024",
  ]);
  let formulas = 0;
  const text: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) => row.eachCell((c) => (c.formula ? formulas++ : text.push(String(c.text))))),
  );
  expect(formulas).toBe(0);
  expect(text).toContain("Team Norr");
  expect(leaks(text.join("\n"))).toEqual([]);
  // The full copy still has the register and live formulas.
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(built.bytes!.buffer.slice(0) as ArrayBuffer);
  expect(copy.worksheets.map((w) => w.name)).toContain("Deltagare");
}, 60_000);

test("report --endast-rapport writes the report alone beside the register, and says which file holds personal data", async () => {
  const input = join(dir, "team.xlsx");
  await register(input);
  const copy = await run(["report", input, "--period", "2024", "--today", "2025-06-01"]);
  // Both written; the source's errors (the planted personnummer) make the exit code 1.
  expect(copy.code).toBe(1);
  expect(copy.text).toContain("Kopian innehåller hela arbetsboken med registret");
  const only = await run([
    "report",
    input,
    "--period",
    "2024",
    "--endast-rapport",
    "--today",
    "2025-06-01",
  ]);
  expect(only.code).toBe(1);
  expect(only.text).toContain(join(dir, "team-rapport-2024-endast-rapport.xlsx"));
  expect(only.text).toContain("inget register och inga personuppgifter");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "team-rapport-2024-endast-rapport.xlsx"));
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "Resultat 2024",
    "Budget mot utfall 2024",
    "Kostnad per deltagare 2024",
    "Tabeller 2024",
    "Kontroll 2024",
  ]);
}, 60_000);
