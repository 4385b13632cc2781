import ExcelJS from "exceljs";
import { join } from "node:path";
import type { Issue } from "../../src/core/issue";
import { ruleTitle } from "../../src/core/messages/catalogue";
import { RULES, type RuleCode } from "../../src/core/messages/rules";
import { layoutText as T } from "../../src/core/layout/text.sv";
import { writeSample } from "../../src/samples/writeSample";
import { writeMessySample } from "../helpers/messyWorkbook";
import { run, tempFolder } from "./helpers/files";

/*
 * Kontroll as a person reads it (issue 12), read back from the workbook the CLI writes:
 * errors, then warnings, then one row per info rule, short enough to read on a messy register.
 */

const { dir, remove } = tempFolder("finsam-kontroll-");
afterAll(remove);

interface Written {
  ws: ExcelJS.Worksheet;
  issues: Issue[];
  /** Column A's text per row (1-based), where it has any. */
  colA: Map<number, string>;
}

const written = new Map<string, Promise<Written>>();
/** Each workbook is written and read once, whichever test asks first. */
const report = (name: string, write: (path: string) => Promise<void>) => {
  if (!written.has(name)) written.set(name, writeAndRead(name, write));
  return written.get(name)!;
};

async function writeAndRead(
  name: string,
  write: (path: string) => Promise<void>,
): Promise<Written> {
  const input = join(dir, `${name}.xlsx`);
  const out = join(dir, `${name}-rapport.xlsx`);
  await write(input);
  const period = ["--period", "2024", "--today", "2025-06-01"];
  // --json prints the report with every issue; without it the workbook is written.
  const json = await run(["report", input, ...period, "--json"]);
  expect(json.code).toBe(1); // the sample has planted errors
  const { issues } = JSON.parse(json.out) as { issues: Issue[] };
  expect((await run(["report", input, ...period, "-o", out])).code).toBe(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("Kontroll 2024")!;
  const colA = new Map<number, string>();
  ws.eachRow((row, n) => {
    const v = row.getCell(1).value;
    if (v !== null && v !== undefined) colA.set(n, String(v));
  });
  return { ws, issues, colA };
}

const text = (c: ExcelJS.Cell) => {
  const v = c.value as ExcelJS.CellValue;
  return v && typeof v === "object" && "result" in v ? String(v.result) : String(v ?? "");
};
const rowOf = (w: Written, value: string) =>
  [...w.colA.entries()].find(([, v]) => v === value)?.[0] ?? -1;

describe.each([
  ["the sample", writeSample],
  ["the sample typed as people type", writeMessySample],
])("Kontroll of %s, written and read back", (name, write) => {
  let w: Written;
  beforeAll(async () => {
    w = await report(write === writeMessySample ? "messy" : "sample", write);
  }, 60_000);

  test("errors, then warnings, each with its link, Swedish rule name, message and suggestion", () => {
    const header = rowOf(w, T.kontrollColumns[0]);
    const problems = [
      ...w.issues.filter((i) => i.severity === "error"),
      ...w.issues.filter((i) => i.severity === "warning"),
    ];
    expect(problems.length).toBeGreaterThan(0);
    problems.forEach((i, n) => {
      const row = w.ws.getRow(header + 1 + n);
      expect(text(row.getCell(1))).toBe(T.severity[i.severity]);
      expect(text(row.getCell(2))).toBe(`${i.sheet}!${i.cell}`);
      expect(row.getCell(2).formula).toMatch(/^HYPERLINK\(/);
      expect(text(row.getCell(3))).toBe(ruleTitle(i.code as RuleCode));
      expect(text(row.getCell(6))).toBe(i.message);
      expect(text(row.getCell(7))).toBe(i.suggestion ?? "");
      expect(row.getCell(6).alignment?.wrapText).toBe(true);
      // Rows are as tall as their wrapped message: hosts do not size them when the file opens.
      if (i.message.length > 100) expect(row.height).toBeGreaterThanOrEqual(45);
    });
  });

  test("then one row per info rule: how many cells, the first one linked", () => {
    const header = rowOf(w, T.infoColumns[0]);
    expect(header).toBeGreaterThan(rowOf(w, T.kontrollColumns[0]));
    const info = w.issues.filter((i) => i.severity === "info");
    const codes = [...new Set(info.map((i) => i.code))];
    codes.forEach((code, n) => {
      const row = w.ws.getRow(header + 1 + n);
      const cells = info.filter((i) => i.code === code);
      expect(row.getCell(1).value).toBe(cells.length);
      expect(text(row.getCell(2))).toBe(`${cells[0].sheet}!${cells[0].cell}`);
      expect(text(row.getCell(3))).toBe(ruleTitle(code as RuleCode));
    });
  });

  test("no internal rule codes, and widths that fit A4 landscape", () => {
    const codes = Object.keys(RULES);
    const found: string[] = [];
    w.ws.eachRow((row) =>
      row.eachCell((c) => {
        if (codes.some((code) => text(c).includes(code))) found.push(text(c));
      }),
    );
    expect(found).toEqual([]);
    const widths = [1, 2, 3, 4, 5, 6, 7].map((c) => w.ws.getColumn(c).width ?? 0);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(160);
  });

  test("short: under 60 rows, however many cells were read loosely", () => {
    expect(w.ws.rowCount).toBeLessThan(60);
  });
});

test("the messy register has over a thousand info cells, which the old layout listed one per row", async () => {
  const w = await report("messy", writeMessySample);
  const count = (s: Issue["severity"]) => w.issues.filter((i) => i.severity === s).length;
  expect(count("info")).toBeGreaterThan(1000);
  // A warning comes first in the workbook; on Kontroll it follows the errors.
  expect(w.issues.find((i) => i.severity !== "info")?.severity).toBe("warning");
  expect(count("error")).toBeGreaterThan(0);
  expect(w.ws.rowCount).toBeLessThan(60);
}, 60_000);
