import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReportWorkbook, type BuiltReport } from "../../src/hosts/file/reportWorkbook";
import { readWorkbookGrid } from "../../src/hosts/file/xlsx";
import { randomCase, type RandomCase } from "./randomWorkbooks";
import { OPEN_LIST_SPELLINGS, openListCase } from "./openListWorkbook";
import { cleanText } from "../../src/core/parse/text";
import { layoutText as T } from "../../src/core/layout/text.sv";
import { formulaResults, same } from "./formulaResults";
import { recalculate, sofficePath } from "./libreoffice";

/*
 * Formula truth: every formula the product writes, recalculated by a real
 * spreadsheet engine (LibreOffice, forced to recalculate on load), must give the
 * engine's own figure, which is the formula's cached value.
 */
const dir = mkdtempSync(join(tmpdir(), "finsam-truth-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const RANDOM_CASES = 36;

interface Written {
  name: string;
  path: string;
  built: BuiltReport;
  description: string;
  source: Uint8Array;
}

const cases: Written[] = [];
let recalculated: string[] = [];

beforeAll(async () => {
  if (!sofficePath())
    throw new Error("LibreOffice saknas: installera libreoffice-calc för formelsviten.");
  const sample = readFileSync(join(__dirname, "..", "..", "samples", "finsam-exempel.xlsx"));
  const inputs: RandomCase[] = [
    {
      name: "exempel-2024",
      bytes: new Uint8Array(sample),
      period: { from: "2024-01-01", to: "2024-12-31" },
      hideSmall: false,
      description: "the bundled sample, 2024",
    },
    {
      name: "exempel-2023-dolj",
      bytes: new Uint8Array(sample),
      period: { from: "2023-01-01", to: "2023-12-31" },
      hideSmall: true,
      description: "the sample, 2023, small counts hidden",
    },
    {
      name: "exempel-halvar",
      bytes: new Uint8Array(sample),
      period: { from: "2024-01-01", to: "2024-06-30" },
      hideSmall: false,
      description: "the sample, first half of 2024",
    },
  ];
  inputs.push(await openListCase());
  for (let seed = 1; seed <= RANDOM_CASES; seed++) inputs.push(await randomCase(seed));
  for (const c of inputs) {
    const built = await buildReportWorkbook([{ name: `${c.name}.xlsx`, bytes: c.bytes }], {
      period: c.period,
      hideSmall: c.hideSmall,
      today: "2025-06-01",
    });
    const path = join(dir, `${c.name}.xlsx`);
    writeFileSync(path, built.bytes!);
    cases.push({ name: c.name, path, built, description: c.description, source: c.bytes });
  }
  // A control workbook whose cached values are wrong: proves LibreOffice recalculates rather than trusting them.
  const control = new ExcelJS.Workbook();
  const ws = control.addWorksheet("Kontrollblad");
  ws.getCell("A1").value = 5;
  ws.getCell("A2").value = { formula: "A1*2", result: 999 } as ExcelJS.CellFormulaValue;
  ws.getCell("A3").value = {
    formula: 'COUNTIFS(A1:A1,">"&4)',
    result: 999,
  } as ExcelJS.CellFormulaValue;
  writeFileSync(join(dir, "kontroll.xlsx"), new Uint8Array(await control.xlsx.writeBuffer()));
  recalculated = await recalculate(
    [...cases.map((c) => c.path), join(dir, "kontroll.xlsx")],
    join(dir, "recalculated"),
  );
}, 600000);

describe("formulas recalculated by LibreOffice equal the engine", () => {
  test("LibreOffice recalculates instead of keeping the cached values", async () => {
    const results = await formulaResults(recalculated[cases.length], ["Kontrollblad"]);
    expect(results.get("Kontrollblad!A2")?.[1]).toBe(10);
    expect(results.get("Kontrollblad!A3")?.[1]).toBe(1);
  });

  test("the suite covers every budget shape, with formulas over the budget cells on the budget and cost sheets", async () => {
    for (const shape of ["titled", "pairs", "negative", "two tables", "unheaded"]) {
      const withShape = cases.filter(
        (c) => c.description.includes(`budget ${shape} `) && c.built.prepared.model.budget,
      );
      let overBudgetCells = 0;
      for (const c of withShape) {
        const sheets = c.built.sheets.filter(
          (n) => n.startsWith("Budget mot utfall") || n.startsWith("Kostnad"),
        );
        for (const [formula] of (await formulaResults(c.path, sheets)).values())
          if (/'(Budget|Ekonomi)'!\$/.test(formula)) overBudgetCells++;
      }
      expect({ shape, covered: withShape.length > 0 && overBudgetCells > 0 }).toEqual({
        shape,
        covered: true,
      });
    }
  }, 60000);

  test("the suite covers every table of Tabeller with formulas, the follow-up, mean age and plan included", async () => {
    const tabeller = async (c: Written) => {
      const sheet = c.built.sheets.filter((n) => n.startsWith("Tabeller"));
      return [...(await formulaResults(c.path, sheet)).values()].map(([f]) => f);
    };
    let followUpFormulas = 0;
    let ageFormulas = 0;
    let plannedFormulas = 0;
    for (const c of cases) {
      const formulas = await tabeller(c);
      // Where every insats's figures are values (rows only the engine can leave out), so are these.
      if (c.built.valueInsatser.length < c.built.prepared.model.insatser.length)
        expect({ case: c.name, formulas: formulas.length > 20 }).toEqual({
          case: c.name,
          formulas: true,
        });
      if (c.description.includes("follow-up column"))
        followUpFormulas += formulas.filter((f) => f.includes("EDATE(")).length;
      const ages = formulas.filter((f) => f.includes("YEAR(")).length;
      // An age without a birth year is counted from the enrolment year: values, not formulas.
      if (c.description.includes("age column")) expect(ages).toBe(0);
      ageFormulas += ages;
      // The titled budgets carry Planerat antal deltagare in column E.
      plannedFormulas += formulas.filter((f) => /^'Budget'!\$E\$\d+$/.test(f)).length;
    }
    expect(cases.filter((c) => c.description.includes("follow-up column")).length).toBeGreaterThan(
      5,
    );
    expect(cases.filter((c) => c.description.includes("age column")).length).toBeGreaterThan(0);
    expect(followUpFormulas).toBeGreaterThan(0);
    expect(ageFormulas).toBeGreaterThan(0);
    expect(plannedFormulas).toBeGreaterThan(0);
  }, 120000);

  test("the suite covers the sample and at least 30 random registers, clean and messy", () => {
    expect(cases.length).toBeGreaterThanOrEqual(33);
    expect(cases.filter((c) => c.description.startsWith("messy")).length).toBeGreaterThan(5);
    expect(cases.filter((c) => c.description.startsWith("clean")).length).toBeGreaterThan(5);
  });

  test.each(Array.from({ length: RANDOM_CASES + 4 }, (_, i) => i))(
    "workbook %i: every formula",
    async (i) => {
      const c = cases[i];
      const written = await formulaResults(c.path, c.built.sheets);
      const computed = await formulaResults(recalculated[i], c.built.sheets);
      // Insatser over cells only the engine reads are values (with a note): fewer formulas there;
      // when all are, only Kontroll's links and the cost sheet's remain.
      const allValues = c.built.valueInsatser.length === c.built.prepared.model.insatser.length;
      expect(written.size).toBeGreaterThan(allValues ? 5 : c.built.valueInsatser.length ? 20 : 50);
      const wrong: string[] = [];
      for (const [at, [formula, cached]] of written) {
        const got = computed.get(at)?.[1];
        if (!same(cached, got))
          wrong.push(
            `${at}: engine ${JSON.stringify(cached)}, LibreOffice ${JSON.stringify(got)} (${formula.slice(0, 120)})`,
          );
      }
      expect({
        case: `${c.name} (${c.description})`,
        wrong: wrong.slice(0, 10),
        count: wrong.length,
      }).toEqual({ case: `${c.name} (${c.description})`, wrong: [], count: 0 });
    },
  );

  test("the user's cells are never rewritten: every source sheet reads the same in the copy", () => {
    let valueCases = 0;
    for (const c of cases) {
      const source = readWorkbookGrid(c.source, "källa.xlsx").sheets;
      const copy = readWorkbookGrid(readFileSync(c.path), "kopia.xlsx").sheets;
      expect(copy.slice(0, source.length)).toEqual(source);
      if (c.built.valueInsatser.length) valueCases++;
    }
    // Messy registers make some figures values: the suite covers that case too.
    expect(valueCases).toBeGreaterThan(0);
  });

  test("key figures in the recalculated sample equal the ReportModel", async () => {
    const c = cases[0];
    const m = c.built.prepared.model;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated[0]);
    const ws = wb.getWorksheet("Resultat 2024")!;
    const valueOf = (cell: ExcelJS.Cell) =>
      (cell.model as { result?: unknown; value?: unknown }).result ??
      (cell.model as { value?: unknown }).value;
    // Row 8 (index 7) is "Totalt antal deltagare": one column per insats, then Totalt.
    const totalRow = ws.getRow(8);
    expect(totalRow.getCell(1).value).toBe("Totalt antal deltagare");
    m.insatser.forEach((f, i) =>
      expect(valueOf(totalRow.getCell(i + 2))).toBe(f.participants.total),
    );
    expect(valueOf(totalRow.getCell(m.insatser.length + 2))).toBe(m.total.participants.total);
    const budget = wb.getWorksheet("Budget mot utfall 2024")!;
    expect(valueOf(budget.getCell("D6"))).toBe(m.budget!.rows[0].deviation! / 1000);
    const cost = wb.getWorksheet("Kostnad per deltagare 2024")!;
    expect(valueOf(cost.getCell("D6"))).toBe(m.cost[0].perParticipant);
  });

  test("every block's Summa row recalculates to its base figure, and open lists keep the register's spelling", async () => {
    for (const c of [cases[0], cases[3]]) {
      const m = c.built.prepared.model;
      const sheet = c.built.sheets.find((n) => n.startsWith("Resultat"))!;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(recalculated[cases.indexOf(c)]);
      const ws = wb.getWorksheet(sheet)!;
      const columns = [...m.insatser, m.total];
      const labels: string[] = [];
      const sums: { row: number; values: unknown[] }[] = [];
      ws.eachRow((row, n) => {
        const label = row.getCell(1).value;
        labels.push(String(label));
        if (label === T.sum || label === T.sumExited)
          sums.push({
            row: n,
            // A formula's recalculated result, or the value written where a column is values.
            values: columns.map((_, i) => {
              const model = row.getCell(i + 2).model as { result?: unknown; value?: unknown };
              return model.result ?? model.value;
            }),
          });
      });
      // Ten background blocks and the outcome counts.
      expect(sums.length).toBe(11);
      const bases = [
        (f: (typeof columns)[number]) => f.participants.exited, // outcomes
        ...Array(5).fill((f: (typeof columns)[number]) => f.participants.total),
        (f: (typeof columns)[number]) => f.participants.exited, // försörjning efter
        (f: (typeof columns)[number]) => f.participants.new,
        (f: (typeof columns)[number]) => f.participants.total,
        (f: (typeof columns)[number]) => f.participants.new,
        (f: (typeof columns)[number]) => f.participants.total,
      ];
      sums.forEach((s, i) =>
        expect({ case: c.name, row: s.row, values: s.values }).toEqual({
          case: c.name,
          row: s.row,
          values: columns.map(bases[i]),
        }),
      );
      if (c.name === "oppna-listor") {
        // Each value once per block (nya, totalt), spelled as the register writes it, never renamed.
        for (const [field, spellings] of Object.entries(OPEN_LIST_SPELLINGS)) {
          const written = new Set(spellings.map(cleanText));
          const values = new Set(spellings.map((v) => cleanText(v).toLowerCase()));
          const shown = labels.filter((l) => values.has(l.toLowerCase()));
          expect({ field, shown: shown.length, ok: shown.every((l) => written.has(l)) }).toEqual({
            field,
            shown: 2 * values.size,
            ok: true,
          });
        }
        expect(labels).not.toContain("Kommun");
        expect(m.issues.filter((i) => i.code === "REG-VALUE-NORMALIZED")).toEqual([]);
        const cost = wb.getWorksheet(c.built.sheets.find((n) => n.startsWith("Kostnad"))!)!;
        expect((cost.getCell("B6").model as { result?: unknown }).result).toBe(1284);
        expect(cost.getCell("B6").numFmt).toContain("tkr");
        expect((cost.getCell("D6").model as { result?: unknown }).result).toBe(
          m.cost[0].perParticipant,
        );
      }
    }
  });
});
