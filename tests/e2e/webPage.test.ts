import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { readWorkbook } from "../../src/core/readWorkbook";
import { planRepairs } from "../../src/core/repair/planRepairs";
import { buildReport } from "../../src/core/report/buildReport";
import { readXlsxFile } from "../../src/hosts/file/node/readXlsxFile";
import { syntheticRegister } from "../../src/samples/synthetic";
import { launchChromium } from "./browser";
import { measurePane } from "./paneLayout";
import { serveFolder } from "./staticServer";

/*
 * The standalone web page as a person uses it: in Debian's Chromium, served from
 * 127.0.0.1, with every request recorded. Screenshots go to out/screenshots/.
 */
const root = join(__dirname, "..", "..");
const web = join(root, "dist", "web");
const sample = join(root, "samples", "finsam-exempel.xlsx");
const shots = join(root, "out", "screenshots");
const tmp = mkdtempSync(join(tmpdir(), "finsam-e2e-"));

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
const foreign: string[] = [];

beforeAll(async () => {
  if (!readFileSync(join(web, "index.html"), "utf8").includes("Content-Security-Policy"))
    throw new Error("Bygg webbsidan först: npm run build");
  mkdirSync(shots, { recursive: true });
  server = await serveFolder(web);
  browser = await launchChromium();
}, 60000);

afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await browser?.close();
  await server?.close();
});

async function openPage(width: number): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const origin = new URL(server.url).origin;
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:")) foreign.push(u);
  });
  await page.goto(server.url);
  await page.getByRole("button", { name: "Välj Excel-fil" }).waitFor();
  return page;
}

async function tab(page: Page, name: string) {
  await page.getByRole("tab", { name }).click();
}

describe("the web page", () => {
  test("upload the sample, check it, click an issue, make the 2024 report and download it", async () => {
    const page = await openPage(1280);
    await page.screenshot({ path: join(shots, "1280-start-tom.png"), fullPage: true });

    const t0 = Date.now();
    await page.getByTestId("file-input").setInputFiles(sample);
    await page.getByTestId("found-register").waitFor();
    const opened = Date.now() - t0;
    expect(await page.getByTestId("found-register").textContent()).toBe(
      "Register: blad ”Deltagare”, 300 deltagarrader i 5 insatser",
    );
    expect(await page.getByTestId("found-budget").textContent()).toBe(
      "Budget: blad ”Budget”, 2024, tkr",
    );
    expect(
      await page
        .getByRole("combobox", { name: "Budgettabell" })
        .locator("option")
        .allTextContents(),
    ).toEqual(["Automatiskt (periodens år)", "Budget – 2024"]);
    await page.screenshot({ path: join(shots, "1280-start.png"), fullPage: true });

    await tab(page, "Kontrollera");
    await page.getByRole("button", { name: "Kontrollera registret" }).click();
    await page.getByTestId("check-summary").waitFor();
    expect(await page.getByTestId("check-summary").textContent()).toBe(
      "5 fel, 0 varningar, 21 info",
    );
    await page.getByRole("button", { name: /Visa Deltagare!I25/ }).click();
    await page.getByTestId("row-preview").waitFor();
    expect(await page.getByTestId("row-preview").textContent()).toContain("Arbette");
    await page.screenshot({ path: join(shots, "1280-kontrollera.png"), fullPage: true });

    await tab(page, "Sammanställ");
    // The default is the last full year; the sample covers 2023–2024.
    await page.getByRole("combobox", { name: "År" }).selectOption("2024");
    const t1 = Date.now();
    await page.getByRole("button", { name: "Skapa sammanställning" }).click();
    await page.getByTestId("report-result").waitFor();
    const reported = Date.now() - t1;
    expect(await page.getByTestId("budget-used").textContent()).toBe(
      "Budgettabell: blad ”Budget”, 2024, tkr",
    );
    expect(await page.getByTestId("budget-status").count()).toBe(0);
    await page.screenshot({ path: join(shots, "1280-sammanstall.png"), fullPage: true });
    console.log(`Exemplet i sidan: öppna och kontrollera ${opened} ms, sammanställ ${reported} ms`);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ladda ner rapporten" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("finsam-exempel-rapport-2024.xlsx");
    const saved = join(tmp, download.suggestedFilename());
    await download.saveAs(saved);

    const grid = await readXlsxFile(saved);
    expect(grid.sheets.map((s) => s.name)).toEqual([
      "Deltagare",
      "Budget",
      "Resultat 2024",
      "Budget mot utfall 2024",
      "Kostnad per deltagare 2024",
      "Tabeller 2024",
      "Kontroll 2024",
    ]);
    const model = buildReport(await readXlsxFile(sample), {
      period: { from: "2024-01-01", to: "2024-12-31" },
    });
    const resultat = grid.sheets.find((s) => s.name === "Resultat 2024")!;
    const totalRow = resultat.rows.find((r) => r[0] === "Totalt antal deltagare")!;
    expect(totalRow.slice(1, model.insatser.length + 2)).toEqual([
      ...model.insatser.map((i) => i.participants.total),
      model.total.participants.total,
    ]);
    const exitedRow = resultat.rows.find((r) => r[0] === "Avslutade under perioden")!;
    expect(exitedRow[model.insatser.length + 1]).toBe(model.total.participants.exited);
    const cost = grid.sheets.find((s) => s.name === "Kostnad per deltagare 2024")!;
    const costRow = cost.rows.find((r) => r[0] === model.cost[0].insats)!;
    // The JSON's amounts are kronor; the sheet shows the budget table's unit (the sample's is tkr).
    const perUnit = model.budget?.unit === "tkr" ? 1000 : 1;
    expect(costRow.slice(0, 4)).toEqual([
      model.cost[0].insats,
      model.cost[0].cost! / perUnit,
      model.insatser[0].participants.total,
      model.cost[0].perParticipant,
    ]);

    await tab(page, "Inställningar");
    await page.getByRole("heading", { name: "Avslutsorsak" }).waitFor();
    await page.screenshot({ path: join(shots, "1280-installningar.png"), fullPage: true });
    await page.context().close();
  }, 120000);

  test("at 320 px every page works and is screenshotted; the keyboard reaches the file button", async () => {
    const page = await openPage(320);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(["Start", "Välj Excel-fil"]).toContain(focused.trim());
    await page.screenshot({ path: join(shots, "320-start-tom.png"), fullPage: true });
    await page.getByTestId("file-input").setInputFiles(sample);
    await page.getByTestId("found-register").waitFor();
    await page.screenshot({ path: join(shots, "320-start.png"), fullPage: true });
    await tab(page, "Kontrollera");
    await page.getByRole("button", { name: "Kontrollera registret" }).click();
    await page.getByTestId("check-summary").waitFor();
    await page.screenshot({ path: join(shots, "320-kontrollera.png"), fullPage: true });
    await tab(page, "Sammanställ");
    await page.getByRole("button", { name: "Skapa sammanställning" }).click();
    await page.getByTestId("report-result").waitFor();
    // Done means ready for the next summary: the button is enabled again.
    expect(await page.getByRole("button", { name: "Skapa sammanställning" }).isEnabled()).toBe(
      true,
    );
    await page.screenshot({ path: join(shots, "320-sammanstall.png"), fullPage: true });
    await tab(page, "Inställningar");
    await page.screenshot({ path: join(shots, "320-installningar.png"), fullPage: true });
    // Nothing wider than the pane: no horizontal scrolling of the page itself.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await page.context().close();
  }, 120000);

  test("at 320 px: one line of tabs, the sample from the page itself, the next step and counts in view, legible charts", async () => {
    const page = await openPage(320);
    const sampleRequests: string[] = [];
    page.on("request", (r) => r.url().endsWith(".xlsx") && sampleRequests.push(r.url()));
    expect((await measurePane(page)).tabTops).toHaveLength(1);
    await page.getByRole("button", { name: "Prova med exempelfilen" }).click();
    await page.getByTestId("found-register").waitFor();
    expect(sampleRequests).toEqual([`${server.url}finsam-exempel.xlsx`]);
    expect(await page.getByTestId("found-register").textContent()).toBe(
      "Register: blad ”Deltagare”, 300 deltagarrader i 5 insatser",
    );
    expect(await page.getByTestId("next-step").textContent()).toBe("Nästa steg:Kontrollera");
    await page.screenshot({ path: join(shots, "320-pane-start.png") });

    // The next step checks the register; the counts then stay in view while the list scrolls.
    await page.getByTestId("next-step").getByRole("button").click();
    await page.getByTestId("check-summary").waitFor();
    expect(await page.getByTestId("pane-counts").textContent()).toBe("5 fel0 varningar21 info");
    expect(await page.getByTestId("next-step").textContent()).toBe(
      "Nästa steg:Skapa sammanställning",
    );
    // Fluent fades the page's button from disabled to enabled: let it finish before the picture.
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(shots, "320-pane-kontrollera.png") });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => window.scrollY > 100);
    const header = await page.getByTestId("pane-header").boundingBox();
    expect(header!.y).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(shots, "320-pane-kontrollera-scrollad.png") });

    await page.getByTestId("next-step").getByRole("button").click();
    await page.getByRole("combobox", { name: "År" }).selectOption("2024");
    await page.getByRole("button", { name: "Skapa sammanställning" }).click();
    await page.getByTestId("report-result").waitFor();
    const layout = await measurePane(page);
    expect(layout.tabTops).toHaveLength(1);
    expect(Math.max(...layout.tabRights)).toBeLessThanOrEqual(layout.viewport);
    expect(layout.scrollWidth).toBeLessThanOrEqual(320);
    expect(layout.chartFonts.length).toBeGreaterThan(0);
    expect(Math.min(...layout.chartFonts)).toBeGreaterThanOrEqual(11);
    // Four charts (exit reasons, income, years, gender), each bar with its figure.
    expect(await page.locator("figure").count()).toBe(4);
    const model = buildReport(await readXlsxFile(sample), {
      period: { from: "2024-01-01", to: "2024-12-31" },
    });
    const years = model.years.flatMap((y) => [
      y.participants.total,
      y.participants.new,
      y.participants.exited,
    ]);
    const gender = model.total.breakdowns.gender.map((g) => g.count);
    const figures = layout.barValues.map((v) => Number(v.replace(/\s/g, "")));
    expect(figures.slice(-(years.length + gender.length))).toEqual([...years, ...gender]);
    await page.screenshot({ path: join(shots, "320-pane-sammanstall.png"), fullPage: true });
    for (const [i, figure] of (await page.locator("figure").all()).entries())
      await figure.screenshot({ path: join(shots, `320-pane-diagram-${i + 1}.png`) });
    await page.getByRole("tab", { name: "Inställningar" }).click();
    // The tab's indicator slides over: let it arrive before the picture.
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(shots, "320-pane-installningar.png") });
    await page.context().close();
  }, 120000);

  test("a broken file gets a Swedish message and nothing else happens", async () => {
    const page = await openPage(1280);
    const broken = join(tmp, "trasig.xlsx");
    writeFileSync(broken, "Deltagar-ID;Insats\n1;A\n");
    await page.getByTestId("file-input").setInputFiles(broken);
    await page.getByTestId("error").waitFor();
    expect(await page.getByTestId("error").textContent()).toContain(
      "Filen ”trasig.xlsx” är inte en Excel-arbetsbok (.xlsx). Spara registret som Excel-arbetsbok (.xlsx) i Excel och försök igen.",
    );
    await page.screenshot({ path: join(shots, "1280-fel.png"), fullPage: true });
    await page.context().close();
  }, 60000);

  test("a 20 000-row register shows progress and the page stays responsive", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Deltagare");
    for (const r of syntheticRegister({ rows: 20000, seed: 9 }).rows) ws.addRow(r);
    const big = join(tmp, "stort-register.xlsx");
    await wb.xlsx.writeFile(big);
    const page = await openPage(1280);
    // Record the longest gap between timer ticks while the work runs: a frozen page shows one long gap.
    await page.evaluate(() => {
      const w = window as unknown as { maxGap: number };
      w.maxGap = 0;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.maxGap = Math.max(w.maxGap, now - last);
        last = now;
      }, 20);
    });
    await page.getByTestId("file-input").setInputFiles(big);
    await page.getByRole("progressbar").waitFor();
    await page.getByTestId("found-register").waitFor({ timeout: 60000 });
    await tab(page, "Sammanställ");
    await page.getByRole("button", { name: "Skapa sammanställning" }).click();
    await page.getByTestId("report-result").waitFor({ timeout: 90000 });
    const maxGap = await page.evaluate(() => (window as unknown as { maxGap: number }).maxGap);
    console.log(`20 000 rader: längsta uppehåll i sidan ${Math.round(maxGap)} ms`);
    expect(maxGap).toBeLessThan(1000);
    await page.context().close();
  }, 180000);

  test("a 100 000-row register is checked and reported with no main-thread task over 100 ms", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Deltagare");
    for (const r of syntheticRegister({ rows: 100000, seed: 10 }).rows) ws.addRow(r);
    const big = join(tmp, "nationellt-register.xlsx");
    await wb.xlsx.writeFile(big);
    // One pass in a fresh page: open, check, report; the longest task it saw.
    const pass = async (): Promise<number> => {
      const page = await openPage(1280);
      // A task on the page's thread delays the next timer tick by its length: the longest gap
      // between ticks 10 ms apart bounds the longest task from above. (This Chromium reports no
      // PerformanceObserver long tasks in headless mode.)
      await page.evaluate(() => {
        const w = window as unknown as { maxGap: number };
        w.maxGap = 0;
        let last = performance.now();
        setInterval(() => {
          const now = performance.now();
          w.maxGap = Math.max(w.maxGap, now - last - 10);
          last = now;
        }, 10);
      });
      const gap = async (reset: boolean) =>
        page.evaluate((r) => {
          const w = window as unknown as { maxGap: number };
          const seen = w.maxGap;
          if (r) w.maxGap = 0;
          return seen;
        }, reset);
      // The measure sees a task that is too long: a 150 ms busy loop on the page's thread.
      await page.evaluate(() => {
        const until = performance.now() + 150;
        while (performance.now() < until);
      });
      await page.waitForTimeout(50);
      expect(await gap(true)).toBeGreaterThanOrEqual(140);

      await page.getByTestId("file-input").setInputFiles(big);
      await page.getByTestId("found-register").waitFor({ timeout: 120000 });
      const opening = await gap(true);
      await tab(page, "Kontrollera");
      await page.getByRole("button", { name: "Kontrollera registret" }).click();
      await page.getByTestId("check-summary").waitFor({ timeout: 120000 });
      const checking = await gap(true);
      await tab(page, "Sammanställ");
      await page.getByRole("button", { name: "Skapa sammanställning" }).click();
      await page.getByTestId("report-result").waitFor({ timeout: 180000 });
      const reporting = await gap(true);
      console.log(
        `100 000 rader: längsta uppgift på sidans tråd högst ${[opening, checking, reporting].map(Math.round).join(" / ")} ms (öppna / kontrollera / sammanställ)`,
      );
      await page.context().close();
      return Math.max(opening, checking, reporting);
    };
    // A task that is long by construction is long in every pass; a busy machine (CI runs on two
    // cores) can stretch one tick in one pass. A second pass is made only when the first is over.
    const first = await pass();
    const longest = first <= 100 ? first : Math.min(first, await pass());
    expect(longest).toBeLessThanOrEqual(100);
  }, 420000);

  test("opened from disk (file://) the page still reads and checks a register", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on("request", (r) => {
      if (!/^(file|blob|data):/.test(r.url())) foreign.push(r.url());
    });
    await page.goto(`file://${join(web, "index.html")}`);
    await page.getByTestId("file-input").setInputFiles(sample);
    await page.getByTestId("found-register").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("found-register").textContent()).toContain(
      "300 deltagarrader i 5 insatser",
    );
    // The browser will not fetch a file beside a page opened from disk: the sample button says so.
    await page.getByRole("button", { name: "Prova med exempelfilen" }).click();
    await page.getByTestId("error").waitFor();
    expect(await page.getByTestId("error").textContent()).toContain(
      "Exempelfilen kunde inte läsas in",
    );
    await context.close();
  }, 60000);

  test("no personnummer or name reaches the page: issues, the row preview and the report are masked; the report alone can be downloaded", async () => {
    const secrets = [
      "811218-9876",
      "8112189876",
      "Olle Berg",
      "Anna-Karin Svensson",
      "Sven Andersson",
    ];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Deltagare");
    const [headers, ...rows] = syntheticRegister({
      rows: 30,
      seed: 4,
      insatser: ["Team Norr"],
      fromYear: 2023,
      toYear: 2024,
    }).rows;
    ws.addRow([
      ...(headers as string[]).map((h) => (h === "Deltagar-ID" ? "Deltagare" : h)),
      "Klient",
    ]);
    rows.forEach((r, i) => {
      const cells = [...r];
      cells[0] =
        [secrets[2], secrets[3], secrets[4]][i % 3] +
        (i >= 3 ? ` ${String.fromCharCode(65 + i)}` : "");
      if (i === 1) cells[2] = secrets[0]; // a personnummer typed into Kön
      if (i === 2) cells[1] = secrets[1]; // and into Insats
      ws.addRow([...cells, secrets[2 + (i % 3)]]);
    });
    const path = join(tmp, "personuppgifter.xlsx");
    await wb.xlsx.writeFile(path);

    const page = await openPage(1280);
    await page.getByTestId("file-input").setInputFiles(path);
    await page.getByTestId("found-register").waitFor();
    await tab(page, "Kontrollera");
    await page.getByRole("button", { name: "Kontrollera registret" }).click();
    await page.getByTestId("check-summary").waitFor();
    const shown: string[] = [await page.evaluate(() => document.body.innerText)];
    expect(shown[0]).toContain("ÅÅMMDD-****");
    await page
      .getByRole("button", { name: /Visa Deltagare!/ })
      .first()
      .click();
    await page.getByTestId("row-preview").waitFor();
    shown.push(await page.evaluate(() => document.body.innerText));
    await tab(page, "Sammanställ");
    await page.getByRole("combobox", { name: "År" }).selectOption("2024");
    await page.getByRole("button", { name: "Skapa sammanställning" }).click();
    await page.getByTestId("report-result").waitFor();
    shown.push(await page.evaluate(() => document.body.innerText));
    for (const text of shown) expect(secrets.filter((x) => text.includes(x))).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ladda ner endast rapporten" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("personuppgifter-rapport-2024-endast-rapport.xlsx");
    const saved = join(tmp, download.suggestedFilename());
    await download.saveAs(saved);
    const grid = await readXlsxFile(saved);
    expect(grid.sheets.map((s) => s.name)).toEqual([
      "Resultat 2024",
      "Budget mot utfall 2024",
      "Kostnad per deltagare 2024",
      "Tabeller 2024",
      "Kontroll 2024",
    ]);
    const all = JSON.stringify(grid);
    expect(secrets.filter((x) => all.includes(x))).toEqual([]);
    await page.context().close();
  }, 120000);

  test("Ladda ner rättad fil: the repaired copy has nothing left to repair, and its report is all formulas", async () => {
    const page = await openPage(350);
    await page.getByTestId("file-input").setInputFiles(sample);
    await page.getByTestId("found-register").waitFor();
    await tab(page, "Kontrollera");
    await page.getByRole("button", { name: "Kontrollera registret" }).click();
    await page.getByRole("heading", { name: "Rätta registret" }).waitFor();
    await page.screenshot({ path: join(shots, "350-ratta.png"), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ladda ner rättad fil" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("finsam-exempel-rättad.xlsx");
    const saved = join(tmp, download.suggestedFilename());
    await download.saveAs(saved);
    const grid = await readXlsxFile(saved);
    expect(planRepairs(readWorkbook(grid), grid)).toEqual([]);

    await tab(page, "Start");
    await page.getByTestId("file-input").setInputFiles(saved);
    await page.getByTestId("found-register").waitFor();
    await tab(page, "Kontrollera");
    await page.getByRole("button", { name: "Kontrollera registret" }).click();
    await page.getByTestId("check-summary").waitFor();
    expect(await page.getByRole("heading", { name: "Rätta registret" }).count()).toBe(0);
    await tab(page, "Sammanställ");
    await page.getByRole("combobox", { name: "År" }).selectOption("2024");
    await page.getByRole("button", { name: "Skapa sammanställning" }).click();
    await page.getByTestId("report-result").waitFor();
    expect(await page.getByTestId("values-note").count()).toBe(0);
    await page.context().close();
  }, 120000);

  test("the page made no request to any other origin", () => {
    expect(foreign).toEqual([]);
  });
});
