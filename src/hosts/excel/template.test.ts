import { FakeWorkbookData, fakeRunner, type FakeValidation } from "../../../tests/fakes/fakeExcel";
import { columnIndex, type CellValue, type WorkbookGrid } from "../../core/grid";
import { defaultTaxonomy } from "../../core/taxonomy/defaults";
import { KATEGORIER_MARKER } from "../../core/template/fromWorkbook";
import { ROOM_BELOW, TEMPLATE_ROWS } from "../../core/template/registerTemplate";
import { REGISTER_HEADERS, syntheticRegister } from "../../samples/synthetic";
import { ExcelEngine } from "./excelEngine";
import type { SettingsStore, StoredSettings } from "./settings";

/* The register template and drop-downs inside Excel, against the strict fake. */

const TODAY = "2025-06-01";
const INSATSER = ["Samordningsteam Norra", "Samordningsteam Södra"];
const ROWS = 60;

function memorySettings(): SettingsStore {
  let stored: StoredSettings = {};
  return { load: () => JSON.parse(JSON.stringify(stored)), save: async (v) => void (stored = v) };
}

const register = () =>
  syntheticRegister({ rows: ROWS, seed: 5, insatser: INSATSER, fromYear: 2023, toYear: 2024 });

function workbook(extra: { name: string; rows: CellValue[][] }[] = []): FakeWorkbookData {
  const grid: WorkbookGrid = { sheets: [register(), ...extra] };
  return FakeWorkbookData.fromGrid(grid);
}

function engineFor(data: FakeWorkbookData) {
  const runner = fakeRunner(data, () => null);
  return { engine: new ExcelEngine(runner.run, memorySettings(), TODAY), runner };
}

/** The values a list rule names: the cells of its range on the fake's sheet, or its inline list. */
function listed(data: FakeWorkbookData, v: FakeValidation): (CellValue | undefined)[] {
  const source = String(v.rule!.list!.source);
  const m = /^=(\w+)!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(source);
  if (!m) return source.split(",");
  const cells = data.sheet(m[1])!.cells;
  const out = [];
  for (let r = Number(m[3]) - 1; r < Number(m[5]); r++)
    out.push(cells.get(`${r},${columnIndex(m[2])}`)?.value);
  return out;
}

/** The validation over a column (by header) of a sheet. */
function at(data: FakeWorkbookData, sheet: string, header: string, headers: readonly string[]) {
  const col = headers.indexOf(header);
  return (data.sheet(sheet)!.validations ?? []).filter((v) => v.area.col === col);
}

const tax = defaultTaxonomy();
const LISTS: [string, keyof typeof tax][] = [
  ["Kön", "gender"],
  ["Remitterande part", "referrer"],
  ["Avslutsorsak", "exitReason"],
  ["Försörjning före", "incomeBefore"],
  ["Försörjning efter", "incomeAfter"],
  ["Utbildningsnivå", "education"],
];

describe("Ny registermall", () => {
  test("a new sheet with the headers as a table, frozen, its drop-downs fed by a new Kategorier sheet", async () => {
    const data = workbook();
    const before = data.snapshot("Deltagare");
    const { engine, runner } = engineFor(data);
    const result = await engine.addTemplate();
    expect(result).toEqual({
      register: "Deltagarregister",
      kategorier: "Kategorier",
      kategorierWritten: true,
    });
    // Two syncs read the workbook (sheets, then values), one writes the template.
    expect(runner.syncCount()).toBe(3);
    expect(data.snapshot("Deltagare")).toBe(before);
    const ws = data.sheet("Deltagarregister")!;
    const headers = [...Array(15).keys()].map((c) => ws.cells.get(`0,${c}`)?.value as string);
    expect(headers.slice(0, 3)).toEqual(["Deltagar-ID", "Insats", "Kön"]);
    expect(ws.tables).toEqual([
      expect.objectContaining({ name: "Deltagarregister", address: "A1:O2" }),
    ]);
    expect(ws.frozen).toBe("1:1");
    for (const [header, field] of LISTS) {
      const [v] = at(data, "Deltagarregister", header, headers);
      expect([header, listed(data, v)]).toEqual([
        header,
        tax[field].categories.map((c) => c.label),
      ]);
      expect(v.area).toMatchObject({ row: 1, rows: TEMPLATE_ROWS });
      expect(v.errorAlert).toMatchObject({ showAlert: true, title: "Finsam-rapport" });
      expect(v.prompt).toMatchObject({ showPrompt: true, title: header });
    }
    expect(listed(data, at(data, "Deltagarregister", "Insats", headers)[0])).toEqual(INSATSER);
    expect(at(data, "Deltagarregister", "Födelseår", headers)[0].rule).toEqual({
      wholeNumber: { operator: "Between", formula1: "1900", formula2: "2025" },
    });
    expect(at(data, "Deltagarregister", "Avslutsdatum", headers)[0].rule).toEqual({
      custom: { formula: "=AND(ISNUMBER(I2),I2>=H2)" },
    });
    expect(data.names).toEqual([
      { name: KATEGORIER_MARKER, formula: "='Kategorier'!$A$1", visible: false },
    ]);
  });

  test("never overwrites a user's sheet or table: free names instead", async () => {
    const data = workbook([{ name: "Deltagarregister", rows: [["Mitt eget blad"]] }]);
    data
      .sheet("Deltagarregister")!
      .tables.push({ name: "Deltagarregister", address: "A1:A2", style: "" });
    const before = data.snapshot("Deltagarregister");
    const { engine } = engineFor(data);
    const result = await engine.addTemplate();
    expect(result.register).toBe("Deltagarregister (2)");
    expect(data.snapshot("Deltagarregister")).toBe(before);
    expect(data.sheet("Deltagarregister (2)")!.tables[0].name).toBe("Deltagarregister2");
  });

  test("a user's own Kategorier sheet is kept; its categories are the lists", async () => {
    const own = {
      name: "Kategorier",
      rows: [
        ["Fält", "Kategori", "Synonymer", "Stegförflyttning"],
        ["Avslutsorsak", "Arbete", "", "Ja"],
        ["Avslutsorsak", "Avbrott/flytt", "", "Nej"],
      ] as CellValue[][],
    };
    const data = workbook([own]);
    const before = data.snapshot("Kategorier");
    const { engine } = engineFor(data);
    expect((await engine.addTemplate()).kategorierWritten).toBe(false);
    expect(data.snapshot("Kategorier")).toBe(before);
    const all = [...Array(15).keys()].map(
      (c) => data.sheet("Deltagarregister")!.cells.get(`0,${c}`)?.value as string,
    );
    expect(listed(data, at(data, "Deltagarregister", "Avslutsorsak", all)[0])).toEqual([
      "Arbete",
      "Avbrott/flytt",
    ]);
    expect(data.names).toEqual([]);
  });

  test("a second template rewrites the add-in's own Kategorier sheet, keeping what the user added there", async () => {
    const data = workbook();
    const { engine } = engineFor(data);
    await engine.addTemplate();
    // The user adds an exit reason at the end of the add-in's sheet.
    const k = data.sheet("Kategorier")!;
    const rows = Math.max(...[...k.cells.keys()].map((key) => Number(key.split(",")[0]))) + 1;
    k.cells.set(`${rows},0`, { value: "Avslutsorsak" });
    k.cells.set(`${rows},1`, { value: "Praktik" });
    await engine.addTemplate();
    const headers = [...Array(15).keys()].map(
      (c) => data.sheet("Deltagarregister (2)")!.cells.get(`0,${c}`)?.value as string,
    );
    expect(listed(data, at(data, "Deltagarregister (2)", "Avslutsorsak", headers)[0])).toEqual([
      ...tax.exitReason.categories.map((c) => c.label),
      "Praktik",
    ]);
    expect(data.names.filter((n) => n.name === KATEGORIER_MARKER)).toHaveLength(1);
  });
});

describe("Lägg till rullistor / Ta bort rullistor", () => {
  const headers = REGISTER_HEADERS as readonly string[];

  test("the mapped columns get the validations over their data rows; the user's cells are unchanged", async () => {
    const data = workbook();
    const before = data.snapshot("Deltagare");
    const { engine, runner } = engineFor(data);
    const result = await engine.addDropDowns();
    expect(result.sheets).toEqual(["Deltagare"]);
    // Insats, kön, remittent, avslutsorsak, försörjning ×2, utbildning; in, ut; födelseår.
    expect(result.columns).toBe(10);
    expect(data.snapshot("Deltagare")).toBe(before);
    // Two to read, one for what the columns hold, one to write.
    expect(runner.syncCount()).toBe(4);
    for (const [header, field] of LISTS) {
      const [v] = at(data, "Deltagare", header, headers);
      expect(listed(data, v)).toEqual(tax[field].categories.map((c) => c.label));
      expect(v.area).toMatchObject({ row: 1, rows: ROWS + ROOM_BELOW });
    }
    expect(at(data, "Deltagare", "Hemkommun", headers)).toEqual([]);
    expect(at(data, "Deltagare", "Avslutsdatum", headers)[0].rule).toEqual({
      custom: { formula: "=AND(ISNUMBER(H2),H2>=G2)" },
    });
  });

  test("again: the add-in's own are replaced; a user's own validation is kept; removal takes only the add-in's", async () => {
    const data = workbook();
    const userOwn: FakeValidation = {
      area: { row: 1, col: headers.indexOf("Kön"), rows: ROWS + ROOM_BELOW, cols: 1 },
      rule: { list: { inCellDropDown: true, source: "K,M" } },
      errorAlert: { showAlert: true, style: "Stop", title: "Vårt eget", message: "" },
    };
    data.sheet("Deltagare")!.validations = [userOwn];
    const { engine } = engineFor(data);
    expect((await engine.addDropDowns()).columns).toBe(9);
    expect((await engine.addDropDowns()).columns).toBe(9);
    expect(data.sheet("Deltagare")!.validations).toHaveLength(10);
    expect(at(data, "Deltagare", "Kön", headers)).toEqual([userOwn]);
    const removed = await engine.removeDropDowns();
    expect(removed).toEqual({ sheets: ["Deltagare"], columns: 9 });
    expect(data.sheet("Deltagare")!.validations).toEqual([userOwn]);
    expect((await engine.removeDropDowns()).columns).toBe(0);
  });
});

describe("Inställningar: edited categories", () => {
  const headers = REGISTER_HEADERS as readonly string[];
  const edits = {
    exitReason: [
      { label: "Arbete", green: true, synonyms: ["Anställning", "Jobb"] },
      { label: "Studier", green: true, synonyms: [] },
      { label: "Praktik", green: false, synonyms: ["Arbetsträning"] },
      { label: "Övrigt", green: false, synonyms: ["Flytt"] },
    ],
    education: [...tax.education.categories].reverse().map((c) => ({
      label: c.label,
      green: false,
      synonyms: c.synonyms,
    })),
  };

  test("round-trip: edited, written as the Kategorier sheet, read back as the same taxonomy", async () => {
    const data = workbook();
    const before = data.snapshot("Deltagare");
    const { engine, runner } = engineFor(data);
    await engine.refresh();
    await engine.addDropDowns();
    const syncs = runner.syncCount();
    const saved = await engine.saveCategories(edits);
    // Two to read, one for the columns' validations, one to write.
    expect(runner.syncCount() - syncs).toBe(4);
    expect(saved).toMatchObject({ sheet: "Kategorier", refused: false });
    expect(data.snapshot("Deltagare")).toBe(before);
    // A new engine reads the workbook afresh: the sheet holds exactly the edits.
    const fresh = engineFor(data).engine;
    const overview = await fresh.refresh();
    const field = (f: string) => overview.categories.find((c) => c.field === f)!;
    expect(field("exitReason")).toEqual({
      field: "exitReason",
      source: "Kategorier",
      categories: edits.exitReason,
    });
    expect(field("education").categories).toEqual(edits.education);
    expect(saved.overview.categories).toEqual(overview.categories);
    // The add-in's drop-down for Avslutsorsak now lists the edited reasons.
    const [v] = at(data, "Deltagare", "Avslutsorsak", headers);
    expect(listed(data, v)).toEqual(["Arbete", "Studier", "Praktik", "Övrigt"]);
  });

  test("the warning names the register values the edited list no longer knows, with counts", async () => {
    const data = workbook();
    const { engine } = engineFor(data);
    await engine.refresh();
    const saved = await engine.saveCategories(edits);
    // Whatever exit reasons the register holds outside the edited list are counted by value.
    const reg = register();
    const col = headers.indexOf("Avslutsorsak");
    const known = new Set([
      "arbete",
      "anstallning",
      "jobb",
      "studier",
      "praktik",
      "arbetstraning",
      "ovrigt",
      "flytt",
    ]);
    const expected = new Map<string, number>();
    const fold = (x: string) =>
      x
        .toLowerCase()
        .replace(/[åä]/g, "a")
        .replace(/ö/g, "o")
        .replace(/[^a-z]/g, "");
    for (const row of reg.rows.slice(1)) {
      const cell = row[col];
      if (typeof cell !== "string" || !cell.trim()) continue;
      const parts = cell.split(";").map((p) => p.trim());
      if (parts.every((p) => known.has(fold(p)))) continue;
      expected.set(cell.trim(), (expected.get(cell.trim()) ?? 0) + 1);
    }
    expect(expected.size).toBeGreaterThan(0);
    const got = new Map(
      saved.unknown.filter((u) => u.column === "Avslutsorsak").map((u) => [u.value, u.count]),
    );
    expect(got).toEqual(expected);
  });

  test("a user's own Kategorier sheet is never rewritten", async () => {
    const data = workbook([
      {
        name: "Kategorier",
        rows: [
          ["Fält", "Kategori"],
          ["Avslutsorsak", "Arbete"],
        ],
      },
    ]);
    const before = data.snapshot("Kategorier");
    const { engine } = engineFor(data);
    await engine.refresh();
    expect(await engine.saveCategories(edits)).toMatchObject({ refused: true, unknown: [] });
    expect(data.snapshot("Kategorier")).toBe(before);
  });
});
