import fc from "fast-check";
import { MAX_WIDTH, measureSheet, shownText, wrappedLines } from "./columnWidths";
import { SheetBuilder } from "./sheetBuilder";
import { FORMATS } from "./sheetSpec";

describe("column widths and alignment", () => {
  test("a column is as wide as its widest figure, and never narrower than its header's longest word", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -99_999_999, max: 99_999_999 }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.constantFrom(FORMATS.count, FORMATS.kr, FORMATS.tkr),
        fc.array(fc.stringMatching(/^[A-Za-zåäö]{1,18}$/), { minLength: 1, maxLength: 4 }),
        (values, numFmt, words) => {
          const b = new SheetBuilder("kostnad", "Blad", "T");
          b.table("t", 0, 0, ["Insats", words.join(" ")], values.length);
          values.forEach((v, i) => {
            b.put(i + 1, 0, `Insats ${i}`, { style: "label" });
            b.put(i + 1, 1, v, { numFmt });
          });
          const s = b.build({ rows: 1, cols: 1 });
          const widest = Math.max(...values.map((v) => shownText(v, numFmt).length));
          const longestWord = Math.max(...words.map((w) => w.length));
          expect(s.columnWidths[1]).toBeGreaterThanOrEqual(Math.min(MAX_WIDTH, widest + 1));
          expect(s.columnWidths[1]).toBeGreaterThanOrEqual(Math.min(MAX_WIDTH, longestWord + 1));
          // Not a flat width: a column of small counts under a short header stays narrow (a
          // header a little wider than its column widens it to one line, so the whole header).
          if (widest < 6 && words.join(" ").length < 6) expect(s.columnWidths[1]).toBeLessThan(12);
        },
      ),
    );
  });

  test("figures and their headers right, the label column left, a text column after figures indented", () => {
    const b = new SheetBuilder("budget", "Blad", "T");
    b.table("t", 0, 0, ["Insats", "Förbrukning", "Över budget"], 1);
    b.put(1, 0, "Arbetsträning Bro", { style: "label" });
    b.put(1, 1, 1.03, { numFmt: FORMATS.share });
    b.put(1, 2, "Över budget", { style: "warn" });
    const { cells } = measureSheet(b.build({ rows: 1, cols: 1 }).cells, [
      {
        name: "t",
        row: 0,
        col: 0,
        columns: ["Insats", "Förbrukning", "Över budget"],
        rows: 1,
        style: "",
      },
    ]);
    const at = (r: number, c: number) => cells.find((x) => x.row === r && x.col === c)!;
    expect([at(0, 0).align, at(0, 1).align, at(0, 2).align]).toEqual([
      undefined,
      "right",
      undefined,
    ]);
    expect([at(0, 2).indent, at(1, 2).indent, at(1, 1).indent]).toEqual([1, 1, undefined]);
    expect(at(1, 1).align).toBe("right");
  });

  test("free text longer than its column spreads over the printed columns and wraps there", () => {
    const b = new SheetBuilder("budget", "Blad", "T");
    const long = "Källa: tabellen på bladet Budget. ".repeat(8);
    b.put(0, 0, long, { style: "subtitle" });
    b.table("t", 2, 0, ["Insats", "Budget", "Utfall"], 1);
    b.put(3, 0, "A", { style: "label" });
    b.put(3, 1, 100, { numFmt: FORMATS.kr });
    b.put(3, 2, 90, { numFmt: FORMATS.kr });
    const s = b.build({ rows: 3, cols: 1 });
    const subtitle = s.cells.find((c) => c.row === 0)!;
    expect(subtitle).toMatchObject({ span: 3, wrap: true });
    const total = s.columnWidths.reduce((a, w) => a + w, 0);
    expect(s.rowHeights[0]).toBe(15 * wrappedLines(long, total));
    expect(s.rowHeights[0]).toBeGreaterThan(15);
  });

  test("numbers are measured as shown", () => {
    expect(shownText(1284000, FORMATS.kr)).toBe("1 284 000 kr");
    expect(shownText(-32, FORMATS.tkr)).toBe("-32 tkr");
    expect(shownText(0.193, FORMATS.share)).toBe("19 %");
    expect(shownText(45292, FORMATS.date)).toHaveLength(10);
    expect(wrappedLines("Samordningsteam Norra", 17)).toBe(2);
    expect(wrappedLines("Unga vuxna", 12)).toBe(1);
  });
});

describe("wrappedLines", () => {
  const words = fc.array(fc.stringMatching(/^[a-zåäö]{1,12}$/), { minLength: 1, maxLength: 40 });

  test("more text never takes fewer lines; a wider column never more", () => {
    fc.assert(
      fc.property(words, words, fc.integer({ min: 8, max: 60 }), (a, b, width) => {
        const text = a.join(" ");
        expect(wrappedLines(`${text} ${b.join(" ")}`, width)).toBeGreaterThanOrEqual(
          wrappedLines(text, width),
        );
        expect(wrappedLines(text, width + 5)).toBeLessThanOrEqual(wrappedLines(text, width));
      }),
    );
  });

  test("a line never holds more characters than the column", () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 8, max: 60 }), (ws, width) => {
        const text = ws.join(" ");
        expect(wrappedLines(text, width)).toBeGreaterThanOrEqual(
          Math.ceil(text.length / (width * 1.5)),
        );
      }),
    );
  });
});
