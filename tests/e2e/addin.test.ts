import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { columnLetter, type CellValue, type WorkbookGrid } from "../../src/core/grid";
import { readWorkbook } from "../../src/core/readWorkbook";
import { applyRepairs } from "../../src/core/repair/applyRepairs";
import { planRepairs } from "../../src/core/repair/planRepairs";
import { readXlsxFile } from "../../src/hosts/file/node/readXlsxFile";
import { buildReportWorkbook } from "../../src/hosts/file/reportWorkbook";
import { syntheticRegister } from "../../src/samples/synthetic";
import { agreeingFigures } from "../fakes/agreeingExcel";
import { launchChromium } from "./browser";
import { measurePane } from "./paneLayout";
import { bundleOfficeStub } from "./bundleOfficeStub";
import type { StubInput, StubState } from "./officeStub";
import { serveFolder } from "./staticServer";

/*
 * The production add-in bundle (dist/addin/, as `npm run build` makes it) in Chromium
 * at a task pane's width, under its own Content-Security-Policy. Office.js is requested
 * from Microsoft's CDN as in Excel; the test answers that one request with a stand-in
 * over the strict Excel fake, so what the pane does to the workbook can be inspected.
 * What only real Excel can show (its calculation, ribbon, sideloading) is not covered.
 */
const root = join(__dirname, "..", "..");
const addin = join(root, "dist", "addin");
const sample = join(root, "samples", "finsam-exempel.xlsx");
const shots = join(root, "out", "screenshots");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PERIOD = { from: "2024-01-01", to: "2024-12-31" };

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let stub: string;
let stubDir = "";
let grid: WorkbookGrid;
const foreign: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  const html = readFileSync(join(addin, "taskpane.html"), "utf8");
  if (!html.includes(OFFICE_JS))
    throw new Error("Bygg tillägget för produktion först: npm run build");
  mkdirSync(shots, { recursive: true });
  stubDir = mkdtempSync(join(tmpdir(), "finsam-office-stub-"));
  stub = await bundleOfficeStub(stubDir);
  grid = await readXlsxFile(sample);
  server = await serveFolder(addin);
  browser = await launchChromium();
}, 120000);

// Checked after each test, so that a filtered run still checks and a failure names its test.
afterEach(() => {
  const seen = { foreign: foreign.splice(0), pageErrors: pageErrors.splice(0) };
  expect(seen).toEqual({ foreign: [], pageErrors: [] });
});

afterAll(async () => {
  rmSync(stubDir, { recursive: true, force: true });
  await browser?.close();
  await server?.close();
});

async function openPane(
  workbook: WorkbookGrid,
  figures: Record<string, CellValue>,
  width = 350,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const origin = new URL(server.url).origin;
  await context.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: stub }),
  );
  const page = await context.newPage();
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && u !== OFFICE_JS && !/^(blob|data):/.test(u)) foreign.push(u);
  });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => m.type() === "error" && pageErrors.push(m.text()));
  const input: StubInput = { grid: workbook, figures, displayLanguage: "sv-SE" };
  await page.addInitScript(
    (i) => void ((window as unknown as { __officeStubInput: unknown }).__officeStubInput = i),
    input,
  );
  await page.goto(`${server.url}taskpane.html`);
  // The pane reads the open workbook by itself when it starts.
  await page.getByTestId("found-register").waitFor({ timeout: 30000 });
  return page;
}

/** Reads the stand-in's record of the workbook from the page. */
function workbookState<T>(page: Page, pick: (s: StubState) => T): Promise<T> {
  return page.evaluate(`(${pick.toString()})(window.__officeStub)`) as Promise<T>;
}

const snapshot = (page: Page, sheet: string) =>
  page.evaluate(
    (name) => (window as unknown as { __officeStub: StubState }).__officeStub.data.snapshot(name),
    sheet,
  );

describe("the add-in's task pane (production bundle)", () => {
  test("reads the open workbook, goes to an issue's cell, marks and unmarks, and inserts the 2024 sheets", async () => {
    const page = await openPane(grid, agreeingFigures(grid, { period: PERIOD }));
    expect(await page.getByTestId("found-register").textContent()).toBe(
      "Register: blad ”Deltagare”, 300 deltagarrader i 5 insatser",
    );
    const register = await snapshot(page, "Deltagare");
    const budget = await snapshot(page, "Budget");
    await page.screenshot({ path: join(shots, "addin-350-start.png"), fullPage: true });
    // The budget table chosen beside the mapping is kept in the workbook's settings.
    await page.getByRole("combobox", { name: "Budgettabell" }).selectOption("Budget");
    await page.waitForFunction(
      () => (window as unknown as { __officeStub: StubState }).__officeStub.savedSettings > 0,
    );

    await page.getByRole("tab", { name: "Kontrollera" }).click();
    await page.getByRole("button", { name: "Kontrollera registret" }).click();
    await page.getByTestId("check-summary").waitFor();
    expect(await page.getByTestId("check-summary").textContent()).toBe(
      "5 fel, 0 varningar, 21 info",
    );
    await page.getByRole("button", { name: /Visa Deltagare!I25/ }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __officeStub: StubState }).__officeStub.data.selection ===
        "Deltagare!I25:I25",
    );
    expect(await workbookState(page, (s) => s.data.activeSheet)).toBe("Deltagare");

    await page.getByRole("button", { name: "Markera i bladet" }).click();
    await page.getByText("5 celler med fel är markerade i bladen", { exact: false }).waitFor();
    expect(
      await workbookState(
        page,
        (s) => s.data.sheets.find((x) => x.name === "Deltagare")!.cfs.length,
      ),
    ).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, "addin-350-kontrollera.png"), fullPage: true });
    await page.getByRole("button", { name: "Ta bort markeringar" }).click();
    await page.waitForFunction(() =>
      (window as unknown as { __officeStub: StubState }).__officeStub.data.sheets.every(
        (x) => x.cfs.length === 0,
      ),
    );

    await page.getByRole("tab", { name: "Sammanställ" }).click();
    await page.getByRole("combobox", { name: "År" }).selectOption("2024");
    const syncsBefore = await workbookState(page, (s) => s.syncCount());
    await page.getByRole("button", { name: "Skapa sammanställning" }).click();
    await page.getByTestId("report-result").waitFor({ timeout: 30000 });
    await page.screenshot({ path: join(shots, "addin-350-sammanstall.png"), fullPage: true });

    expect(await page.getByTestId("differences").count()).toBe(0);
    // Every insats in the sample has a cell only the engine reads (text dates, synonyms): the pane says
    // its figures are values, and the user's cells were not rewritten to make them formulas.
    expect(await page.getByTestId("values-note").textContent()).toMatch(
      /^Siffrorna för ”Samordningsteam Norra”, .* och totalen skrevs som värden/,
    );
    // Reading (2), writing, reading back, and the print setup in a batch of its own.
    expect(await workbookState(page, (s) => s.syncCount())).toBe(syncsBefore + 5);
    expect(await workbookState(page, (s) => s.data.sheets.map((x) => x.name))).toEqual([
      "Deltagare",
      "Budget",
      "Resultat 2024",
      "Budget mot utfall 2024",
      "Kostnad per deltagare 2024",
      "Tabeller 2024",
      "Kontroll 2024",
    ]);
    expect(
      await workbookState(page, (s) =>
        s.data.sheets.find((x) => x.name === "Resultat 2024")!.charts.map((c) => c.type),
      ),
      // Outcomes per insats, gender per insats, income before.
    ).toEqual(["BarStacked", "BarClustered", "BarClustered"]);
    // The user's cells are exactly as they were, after marking, unmarking and generating.
    expect(await snapshot(page, "Deltagare")).toBe(register);
    expect(await snapshot(page, "Budget")).toBe(budget);
    // Every batch waited for cell edits; the workbook settings hold the period, no participant data.
    expect(
      new Set(await workbookState(page, (s) => s.batchOptions.map((o) => JSON.stringify(o)))),
    ).toEqual(new Set(['{"delayForCellEdit":true}']));
    const settings = await workbookState(page, (s) => JSON.stringify(s.settings));
    expect(JSON.parse(settings).finsamRapport.period).toEqual(PERIOD);
    expect(JSON.parse(settings).finsamRapport.budgetSheet).toBe("Budget");
    expect(await page.getByTestId("budget-used").textContent()).toBe(
      "Budgettabell: blad ”Budget”, 2024, tkr",
    );
    // Set is not enough in Excel: only saveAsync keeps settings in the workbook.
    expect(await workbookState(page, (s) => s.savedSettings)).toBeGreaterThan(0);
    for (const id of grid.sheets[0].rows.slice(1, 20).map((r) => r[0]))
      expect(settings).not.toContain(String(id));
    await page.context().close();
  }, 120000);

  test("a user's own Resultat 2024 is kept, and a figure Excel calculates differently is shown with its cell", async () => {
    const own: WorkbookGrid = {
      sheets: [...grid.sheets, { name: "Resultat 2024", rows: [["Mina egna siffror"], [42]] }],
    };
    const figures = agreeingFigures(own, { period: PERIOD });
    // The sample's Resultat figures are all values (see the first test): change a formula on the cost sheet.
    const cell = Object.keys(figures).find((k) => k.startsWith("Kostnad per deltagare 2024!"))!;
    figures[cell] = 999;
    const page = await openPane(own, figures);
    const mine = await snapshot(page, "Resultat 2024");
    await page.getByRole("tab", { name: "Sammanställ" }).click();
    await page.getByRole("combobox", { name: "År" }).selectOption("2024");
    await page.getByRole("button", { name: "Skapa sammanställning" }).click();
    await page.getByTestId("report-result").waitFor({ timeout: 30000 });
    await page
      .getByText(
        "Bladet ”Resultat 2024” fanns redan och skapades inte av Finsam-rapport; det nya bladet heter ”Resultat 2024 (2)”.",
      )
      .waitFor();
    expect(await page.getByTestId("differences").textContent()).toMatch(
      /^Excel räknade 1 siffra annorlunda/,
    );
    expect(await page.getByTestId("differences").textContent()).toMatch(
      new RegExp(`${cell.replace(/[()]/g, "\\$&")}: Finsam-rapport \\d+, Excel 999$`),
    );
    expect(await snapshot(page, "Resultat 2024")).toBe(mine);
    await page.screenshot({ path: join(shots, "addin-350-skillnad.png"), fullPage: true });
    await page.context().close();
  }, 120000);

  test("at 320 px: no second title, one line of tabs, the next step and the counts in view, every page screenshotted", async () => {
    const page = await openPane(grid, agreeingFigures(grid, { period: PERIOD }), 320);
    // Excel shows the add-in's name over the pane: the page's own heading is for screen readers only.
    const title = await page
      .getByRole("heading", { level: 1, name: "Finsam-rapport" })
      .boundingBox();
    expect(title!.width).toBeLessThanOrEqual(1);
    expect((await measurePane(page)).tabTops).toHaveLength(1);
    expect(await page.getByTestId("next-step").textContent()).toBe("Nästa steg:Kontrollera");
    await page.screenshot({ path: join(shots, "addin-320-start.png") });

    await page.getByTestId("next-step").getByRole("button").click();
    await page.getByTestId("check-summary").waitFor();
    expect(await page.getByTestId("pane-counts").textContent()).toBe("5 fel0 varningar21 info");
    expect(await page.getByRole("button", { name: "Kontrollera igen" }).isEnabled()).toBe(true);
    // Fluent fades a button from disabled to enabled: let it finish before the picture.
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(shots, "addin-320-kontrollera.png") });

    await page.getByTestId("next-step").getByRole("button").click();
    await page.getByRole("combobox", { name: "År" }).selectOption("2024");
    await page.getByRole("button", { name: "Skapa sammanställning" }).click();
    await page.getByTestId("report-result").waitFor({ timeout: 30000 });
    // Inside Excel nothing is left to do once the sheets are written.
    expect(await page.getByTestId("next-step").count()).toBe(0);
    const layout = await measurePane(page);
    expect(layout.tabTops).toHaveLength(1);
    expect(Math.max(...layout.tabRights)).toBeLessThanOrEqual(320);
    expect(layout.scrollWidth).toBeLessThanOrEqual(320);
    expect(Math.min(...layout.chartFonts)).toBeGreaterThanOrEqual(11);
    expect(layout.barValues.length).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, "addin-320-sammanstall.png"), fullPage: true });
    await page.getByRole("tab", { name: "Inställningar" }).click();
    // The tab's indicator slides over: let it arrive before the picture.
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(shots, "addin-320-installningar.png") });
    await page.context().close();
  }, 120000);

  test("Rätta registret: previewed, applied after confirming, then every Resultat figure is a formula Excel agrees with; Ångra restores the register exactly", async () => {
    // What Excel calculates once the register reads as the engine reads it.
    const repaired = applyRepairs(grid, planRepairs(readWorkbook(grid), grid));
    const page = await openPane(grid, agreeingFigures(repaired, { period: PERIOD }));
    const register = await snapshot(page, "Deltagare");
    await page.getByRole("tab", { name: "Kontrollera" }).click();
    await page.getByRole("button", { name: "Kontrollera registret" }).click();
    await page.getByRole("heading", { name: "Rätta registret" }).waitFor();
    expect(
      await page.getByText("Datum skrivna som text blir datum", { exact: false }).count(),
    ).toBe(1);
    await page.screenshot({ path: join(shots, "addin-350-ratta.png"), fullPage: true });
    // Nothing is written until the user confirms.
    await page.getByRole("button", { name: "Rätta registret" }).click();
    expect(await snapshot(page, "Deltagare")).toBe(register);
    await page.getByRole("button", { name: /^Rätta \d+ celler$/ }).click();
    await page.getByText("Excels egen Ångra omfattar inte", { exact: false }).waitFor();
    await page.screenshot({ path: join(shots, "addin-350-rattad.png"), fullPage: true });
    expect(await snapshot(page, "Deltagare")).not.toBe(register);

    await page.getByRole("tab", { name: "Sammanställ" }).click();
    await page.getByRole("combobox", { name: "År" }).selectOption("2024");
    await page.getByRole("button", { name: "Skapa sammanställning" }).click();
    await page.getByTestId("report-result").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("values-note").count()).toBe(0);
    expect(await page.getByTestId("differences").count()).toBe(0);

    await page.getByRole("tab", { name: "Kontrollera" }).click();
    await page.getByRole("button", { name: "Ångra" }).click();
    await page.waitForFunction(
      (before) =>
        (window as unknown as { __officeStub: StubState }).__officeStub.data.snapshot(
          "Deltagare",
        ) === before,
      register,
    );
    expect(
      new Set(await workbookState(page, (s) => s.batchOptions.map((o) => JSON.stringify(o)))),
    ).toEqual(new Set(['{"delayForCellEdit":true}']));
    await page.context().close();
  }, 120000);
});

describe("Hämta teamens register (production bundle)", () => {
  /** A team's file: its own insatser and ids, dates as dates. */
  async function teamFile(name: string, seed: number, insatser: string[]) {
    const reg = syntheticRegister({ rows: 80, seed, insatser, fromYear: 2023, toYear: 2024 });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(reg.name);
    reg.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = r > 0 && c === 0 ? `${name[0]}${String(v)}` : v;
        if (r > 0 && (c === 6 || c === 7) && typeof v === "number") cell.numFmt = "yyyy-mm-dd";
      }),
    );
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const rows = reg.rows.map((row, r) =>
      row.map((v, c) => (r > 0 && c === 0 ? `${name[0]}${String(v)}` : v)),
    );
    return { name, bytes, sheet: { ...reg, rows } };
  }

  test("import two teams' files, generate: live formulas over their sheets, the figures the CLI's", async () => {
    const files = [
      await teamFile("Norra.xlsx", 31, ["Samordningsteam Norra", "Arbetsträning Bro"]),
      await teamFile("Södra.xlsx", 32, ["Samordningsteam Södra", "Unga vuxna"]),
    ];
    const coordinator: WorkbookGrid = { sheets: [{ name: "Blad1", rows: [["Kansliet"]] }] };
    // What a correct Excel calculates over the workbook as the import leaves it.
    const after: WorkbookGrid = {
      sheets: [
        ...coordinator.sheets,
        { ...files[0].sheet, name: "Team Norra" },
        { ...files[1].sheet, name: "Team Södra" },
      ],
    };
    const page = await openPane(coordinator, agreeingFigures(after, { period: PERIOD }));
    await page.getByTestId("team-input").setInputFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(f.bytes),
      })),
    );
    await page.getByTestId("team-sheets").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("team-sheets").textContent()).toMatch(
      /^Bladet ”Team Norra” från Norra\.xlsx – filen ändrad \d{4}-\d\d-\d\d, hämtad \d{4}-\d\d-\d\d, 80 deltagarrader/,
    );
    expect(await page.getByTestId("found-register").textContent()).toBe(
      "Register: blad ”Team Norra”, blad ”Team Södra”, 160 deltagarrader i 4 insatser",
    );
    await page.screenshot({ path: join(shots, "addin-350-teams.png"), fullPage: true });

    await page.getByRole("tab", { name: "Sammanställ" }).click();
    await page.getByRole("combobox", { name: "År" }).selectOption("2024");
    await page.getByRole("button", { name: "Skapa sammanställning" }).click();
    await page.getByTestId("report-result").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("differences").count()).toBe(0);
    expect(await page.getByTestId("values-note").count()).toBe(0);

    const resultat = await workbookState(page, (s) =>
      [...s.data.sheet("Resultat 2024")!.cells.entries()].filter(([, c]) => c.formula),
    );
    const cli = new ExcelJS.Workbook();
    await cli.xlsx.load(
      (await buildReportWorkbook(files, { period: PERIOD, sheets: ["resultat"] })).bytes! as never,
    );
    const cliSheet = cli.getWorksheet("Resultat 2024")!;
    const figures = agreeingFigures(after, { period: PERIOD });
    let overTeams = 0;
    for (const [key, cell] of resultat) {
      const [r, c] = key.split(",").map(Number);
      const address = `${columnLetter(c)}${r + 1}`;
      if (/'Team (Norra|Södra)'!/.test(cell.formula!)) overTeams++;
      const cached = (cliSheet.getCell(address).model as { result?: unknown }).result ?? 0;
      expect({ address, excel: figures[`Resultat 2024!${address}`] ?? 0 }).toEqual({
        address,
        excel: cached,
      });
    }
    expect(overTeams).toBeGreaterThan(50);
    await page.context().close();
  }, 180000);
});
