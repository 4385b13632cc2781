import ExcelJS from "exceljs";
import { columnIndex } from "../../../core/grid";
import { readWorkbook } from "../../../core/readWorkbook";
import { defaultTaxonomy } from "../../../core/taxonomy/defaults";
import { templateForWorkbook } from "../../../core/template/fromWorkbook";
import { FileEngine } from "../fileEngine";
import { readWorkbookGrid } from "../xlsx";
import { templateWorkbookBytes, validationsOf } from "./templateWorkbook";

const TODAY = "2025-06-01";

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** The values a list validation's range names on the sheet it names. */
function listed(wb: ExcelJS.Workbook, formula: string): unknown[] {
  const m = /^(\w+)!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula)!;
  const ws = wb.getWorksheet(m[1])!;
  const col = columnIndex(m[2]) + 1;
  const out = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) out.push(ws.getCell(r, col).value);
  return out;
}

describe("the template workbook", () => {
  jest.setTimeout(30000);

  test("its drop-downs list the categories on the Kategorier sheet", async () => {
    const bytes = await templateWorkbookBytes(templateForWorkbook(null, TODAY));
    const wb = await load(bytes);
    const ws = wb.getWorksheet("Deltagarregister")!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    const at = (header: string, row = 2) =>
      validationsOf(ws).find(`${ws.getColumn(headers.indexOf(header) + 1).letter}${row}`);
    const tax = defaultTaxonomy();
    const lists: [string, keyof typeof tax][] = [
      ["Kön", "gender"],
      ["Avslutsorsak", "exitReason"],
      ["Försörjning före", "incomeBefore"],
      ["Försörjning efter", "incomeAfter"],
      ["Utbildningsnivå", "education"],
      ["Remitterande part", "referrer"],
      ["Uppföljning 6 mån", "followUp"],
    ];
    for (const [header, field] of lists) {
      const v = at(header)!;
      expect([header, v.type]).toEqual([header, "list"]);
      expect(listed(wb, String(v.formulae[0]))).toEqual(tax[field].categories.map((c) => c.label));
      // The whole template range has it, the row under it not.
      expect(at(header, 1001)?.type).toBe("list");
      expect(at(header, 1002)).toBeUndefined();
    }
    expect(at("Insats")!.type).toBe("list");
    expect(at("Födelseår")).toMatchObject({ type: "whole", formulae: [1900, 2025] });
    expect(at("Inskrivningsdatum")!.type).toBe("date");
    expect(at("Avslutsdatum")).toMatchObject({
      type: "custom",
      formulae: ["AND(ISNUMBER(I2),I2>=H2)"],
    });
    expect(at("Kön")).toMatchObject({
      errorStyle: "stop",
      errorTitle: "Finsam-rapport",
      showInputMessage: true,
    });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  test("the engine reads the written Kategorier sheet as the taxonomy, and finds the register", async () => {
    const bytes = await templateWorkbookBytes(templateForWorkbook(null, TODAY));
    const grid = readWorkbookGrid(bytes, "mall.xlsx");
    // A participant typed into the template's first row: the register is found with every field.
    grid.sheets[0].rows[1] = ["D1", "Team", "Kvinna", 1980, null, "Sala", "Egen anmälan", 45300];
    const parsed = readWorkbook(grid, { today: TODAY });
    expect(parsed.issues.filter((i) => i.code.startsWith("KAT"))).toEqual([]);
    expect(parsed.taxonomy.exitReason.source).toBe("Kategorier");
    expect(parsed.taxonomy.exitReason.categories).toEqual(defaultTaxonomy().exitReason.categories);
    expect(parsed.register.sheets.map((s) => s.name)).toEqual(["Deltagarregister"]);
    expect(Object.keys(parsed.register.sheets[0].columns)).toHaveLength(15);
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("an existing workbook's own categories and insatser feed the lists", async () => {
    const grid = {
      sheets: [
        {
          name: "Reg",
          rows: [
            ["Deltagar-ID", "Insats", "Inskrivningsdatum"],
            ["A1", "Team Norr", 45300],
            ["A2", "Team Syd", 45301],
          ],
        },
        {
          name: "Kategorier",
          rows: [
            ["Fält", "Kategori", "Synonymer", "Stegförflyttning"],
            ["Avslutsorsak", "Redo för arbete", "", "Ja"],
            ["Avslutsorsak", "Avbrott/flytt", "Flytt", "Nej"],
          ],
        },
      ],
    };
    const wb = await load(await templateWorkbookBytes(templateForWorkbook(grid, TODAY)));
    const ws = wb.getWorksheet("Deltagarregister")!;
    expect(listed(wb, String(validationsOf(ws).find("B2")!.formulae[0]))).toEqual([
      "Team Norr",
      "Team Syd",
    ]);
    expect(listed(wb, String(validationsOf(ws).find("J2")!.formulae[0]))).toEqual([
      "Redo för arbete",
      "Avbrott/flytt",
    ]);
  });

  test("the web page's engine makes the template from the open files", async () => {
    const engine = new FileEngine(TODAY);
    const empty = await engine.templateFile();
    expect(empty.fileName).toBe("deltagarregister-mall.xlsx");
    expect(readWorkbookGrid(empty.bytes, "x.xlsx").sheets.map((s) => s.name)).toEqual([
      "Deltagarregister",
      "Kategorier",
    ]);
    // A register with two insatser, opened as the user's file.
    const user = new ExcelJS.Workbook();
    user.addWorksheet("Reg").addRows([
      ["Deltagar-ID", "Insats", "Inskrivningsdatum"],
      ["A1", "Team Öst", 45300],
      ["A2", "Team Väst", 45301],
    ]);
    const bytes = new Uint8Array(await user.xlsx.writeBuffer());
    await engine.open([{ name: "teamen.xlsx", bytes }]);
    const file = await engine.templateFile();
    expect(file.fileName).toBe("teamen-mall.xlsx");
    const wb = await load(file.bytes);
    const v = validationsOf(wb.getWorksheet("Deltagarregister")!).find("B2")!;
    expect(listed(wb, String(v.formulae[0]))).toEqual(["Team Öst", "Team Väst"]);
  });

  test("the web page: edited categories apply to the session and go into the downloaded template", async () => {
    const engine = new FileEngine(TODAY);
    const user = new ExcelJS.Workbook();
    user.addWorksheet("Reg").addRows([
      ["Deltagar-ID", "Insats", "Inskrivningsdatum", "Avslutsdatum", "Avslutsorsak"],
      ["A1", "Team Öst", 45300, 45400, "Arbete"],
      ["A2", "Team Öst", 45301, 45400, "Studier"],
      ["A3", "Team Öst", 45302, 45400, "Studier"],
    ]);
    const bytes = new Uint8Array(await user.xlsx.writeBuffer());
    await engine.open([{ name: "team.xlsx", bytes: bytes.slice() }]);
    const exitReason = [
      { label: "Arbete", green: true, synonyms: ["Jobb"] },
      { label: "Praktik", green: false, synonyms: [] },
    ];
    const saved = await engine.saveCategories({ exitReason });
    expect(saved.sheet).toBeNull();
    expect(saved.unknown).toEqual([{ column: "Avslutsorsak", value: "Studier", count: 2 }]);
    expect(saved.overview.categories.find((c) => c.field === "exitReason")!.categories).toEqual(
      exitReason,
    );
    // The downloaded template carries the edited list.
    const file = await engine.templateFile();
    const parsed = readWorkbook(readWorkbookGrid(file.bytes, file.fileName), { today: TODAY });
    expect(
      parsed.taxonomy.exitReason.categories.map((c) => ({
        label: c.label,
        green: c.green,
        synonyms: c.synonyms,
      })),
    ).toEqual(exitReason);
  });
});
