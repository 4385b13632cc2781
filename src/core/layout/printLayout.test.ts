import fc from "fast-check";
import { syntheticRegister } from "../../samples/synthetic";
import { prepareReport } from "../report/buildReport";
import { rowPointsOf } from "./columnWidths";
import { layoutReport } from "./layoutReport";
import {
  DEFAULT_MARGINS,
  escapeHeaderFooter,
  printableSize,
  printFooter,
  tableBlocks,
} from "./printLayout";
import { SheetBuilder } from "./sheetBuilder";
import type { SheetSpec } from "./sheetSpec";

const period = { from: "2024-01-01", to: "2024-12-31" };
/** Insats names as long as real förbunds' ones. */
const FIVE = [
  "Samordningsteam Norra",
  "Samordningsteam Södra",
  "Arbetsträning Bro",
  "Unga vuxna i arbete",
  "Hälsoteamet Västerås",
];

function report(insatser: string[], rows = 400) {
  const grid = {
    sheets: [syntheticRegister({ rows, seed: 3, insatser, fromYear: 2023, toYear: 2024 })],
  };
  const p = prepareReport(grid, { period, today: "2025-06-01" });
  return layoutReport(p, grid, { sourceName: "finsam R&D.xlsx" });
}

/** Points of the printed columns at 100 %: Excel's width in digits of 7 px plus 5 px, at 0.75 pt a px. */
const areaPoints = (s: SheetSpec) =>
  s.columnWidths.slice(0, s.print.area.cols).reduce((sum, w) => sum + (7 * w + 5) * 0.75, 0);

/** Table rows (header and body) that a page break must not fall inside. */
const inside = (s: SheetSpec, r: number) => tableBlocks(s).some((b) => r > b.first && r <= b.last);

/** Lays the rows down between the breaks: the height of each printed page's rows, title rows included. */
function pageHeights(s: SheetSpec): number[] {
  const h = rowPointsOf(s.cells, s.rowHeights, s.print.area.rows);
  const t = s.print.titleRows;
  const titles = t ? h.slice(t.first, t.last + 1).reduce((a, b) => a + b, 0) : 0;
  const starts = [t ? t.last + 1 : 0, ...s.print.breaksBefore, s.print.area.rows];
  return starts
    .slice(1)
    .map((end, i) => titles + h.slice(starts[i], end).reduce((a, b) => a + b, 0));
}

describe("printing a five-insats Resultat", () => {
  const l = report(FIVE);
  const resultat = l.sheets.find((s) => s.kind === "resultat")!;

  test("the printed columns fit A4 landscape at 9 pt or more (Calibri 11 at ≥ 9/11)", () => {
    const needed = areaPoints(resultat) * (9 / 11);
    expect(needed).toBeLessThanOrEqual(printableSize().width);
    expect(resultat.print.scale).toBeGreaterThanOrEqual(9 / 11);
    // The charts beside the tables are outside the print area.
    for (const ch of resultat.charts)
      expect(ch.col).toBeGreaterThanOrEqual(resultat.print.area.cols);
  });

  test("A4 landscape, one page wide, the title rows on every page, the footer escaped", () => {
    expect(resultat.print).toMatchObject({
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: DEFAULT_MARGINS,
      titleRows: { first: 0, last: 2 },
      footer: { left: "finsam R&&D.xlsx – period 2024", right: "Sida &P av &N" },
    });
  });

  test("breaks fall between tables, and no printed page is taller than the page", () => {
    for (const s of l.sheets) {
      const room = printableSize().height / s.print.scale;
      for (const r of s.print.breaksBefore)
        expect([s.name, r, inside(s, r)]).toEqual([s.name, r, false]);
      for (const h of pageHeights(s)) expect(h).toBeLessThanOrEqual(room);
    }
    expect(resultat.print.breaksBefore.length).toBeGreaterThan(1);
  });

  test("headers over figures are right-aligned and wrapped; the label column stays left", () => {
    const t = resultat.tables[0];
    const header = resultat.cells.filter((c) => c.row === t.row);
    expect(header.map((c) => [c.align ?? "left", c.wrap])).toEqual([
      ["left", true],
      ...FIVE.map(() => ["right", true]),
      ["right", true],
    ]);
    // A wrapped header's row is tall enough for two lines; a column is as wide as its longest word needs.
    expect(resultat.rowHeights[t.row]).toBeGreaterThanOrEqual(30);
    expect(resultat.columnWidths[1]).toBeGreaterThan("Samordningsteam".length);
    expect(resultat.columnWidths[1]).toBeLessThan("Samordningsteam Norra".length);
  });
});

describe("page breaks of any sheet", () => {
  test("never inside a table that fits on a page; every page's rows fit it", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            rows: fc.integer({ min: 1, max: 40 }),
            heading: fc.boolean(),
            summa: fc.boolean(),
          }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.integer({ min: 1, max: 12 }),
        (blocks, cols) => {
          const b = new SheetBuilder("resultat", "Blad", "T");
          b.put(0, 0, "Titel", { style: "title" });
          let row = 2;
          const summaRows: number[] = [];
          blocks.forEach((blk, i) => {
            if (blk.heading) b.put(row++, 0, `Rubrik ${i}`, { style: "subtitle" });
            const columns = ["Etikett", ...Array.from({ length: cols }, (_, c) => `Kolumn ${c}`)];
            b.table(`t${i}`, row, 0, columns, blk.rows);
            for (let r = 1; r <= blk.rows; r++)
              columns.forEach((_, c) => b.put(row + r, c, c === 0 ? `Rad ${r}` : r * 1000 + c));
            // A Summa row right below the table: it prints with its table.
            if (blk.summa) {
              summaRows.push(row + blk.rows + 1);
              b.put(row + blk.rows + 1, 0, "Summa", { style: "total" });
            }
            row += blk.rows + 2 + (blk.summa ? 1 : 0);
          });
          const s = b.build({ rows: 1, cols: 1 });
          const room = printableSize().height / s.print.scale;
          const h = rowPointsOf(s.cells, s.rowHeights, s.print.area.rows);
          for (const blk of tableBlocks(s)) {
            const height = h.slice(blk.first, blk.last + 1).reduce((a, x) => a + x, 0);
            if (height + h[0] <= room * 0.95)
              for (const r of s.print.breaksBefore)
                expect(r > blk.first && r <= blk.last).toBe(false);
          }
          for (const ph of pageHeights(s)) expect(ph).toBeLessThanOrEqual(room);
          const fits = tableBlocks(s).every(
            (blk) =>
              h.slice(blk.first, blk.last + 1).reduce((a, x) => a + x, 0) + h[0] <= room * 0.95,
          );
          if (fits) for (const r of summaRows) expect(s.print.breaksBefore).not.toContain(r);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("the footer", () => {
  test("a literal & is doubled, whatever the name; codes are left as they are", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const escaped = escapeHeaderFooter(name);
        // Reading it back as Excel does: && is one &, and no single & (a code) is left.
        expect(escaped.replace(/&&/g, "")).not.toContain("&");
        expect(escaped.replace(/&&/g, "&")).toBe(name);
      }),
    );
    expect(printFooter("Team & Co.xlsx", "2024")).toEqual({
      left: "Team && Co.xlsx – period 2024",
      right: "Sida &P av &N",
    });
  });

  test("names the file, never its folder; without a name, the period alone", () => {
    expect(printFooter("C:\\Users\\anna\\register.xlsx", "2024").left).toBe(
      "register.xlsx – period 2024",
    );
    expect(printFooter("/home/anna/register.xlsx", "2024-01-01–2024-06-30").left).toBe(
      "register.xlsx – period 2024-01-01–2024-06-30",
    );
    expect(printFooter(undefined, "2024").left).toBe("Period 2024");
  });
});
