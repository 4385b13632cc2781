import fc from "fast-check";
import type { SpecCell } from "../sheetSpec";
import { rowHeights, wrappedLines } from "./rowHeights";

/** The characters a line holds in a column `width` wide (see wrappedLines). */
const room = (width: number) => Math.floor(width * 1.1) - 1;

describe("wrappedLines", () => {
  test("words fill a line up to the column's room, then wrap", () => {
    const width = 10; // room 10
    expect(wrappedLines("aaaa bbbbb", width)).toBe(1);
    expect(wrappedLines("aaaa bbbbbb", width)).toBe(2);
    expect(wrappedLines("a\nb", width)).toBe(2);
    expect(wrappedLines("x".repeat(25), width)).toBe(3);
  });

  const words = fc.array(fc.stringMatching(/^[a-zåäö]{1,12}$/), { minLength: 1, maxLength: 40 });

  test("no line over the room; at most one line per word more than the text's length needs", () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 8, max: 60 }), (ws, width) => {
        const text = ws.join(" ");
        const n = wrappedLines(text, width);
        // Each line holds at most `room` characters, and each break drops one space.
        expect(n).toBeGreaterThanOrEqual(Math.ceil((text.length + 1) / (room(width) + 1)));
        expect(n).toBeLessThanOrEqual(ws.length + Math.ceil(text.length / room(width)));
      }),
    );
  });

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
});

describe("rowHeights", () => {
  const cell = (row: number, col: number, value: string, wrap = true): SpecCell => ({
    row,
    col,
    value,
    wrap,
  });

  test("only rows whose wrapped text needs more than a line, at 15 points a line, the tallest cell deciding", () => {
    const long = "ord ".repeat(30).trim(); // 119 characters: 6 lines at width 20 (room 21)
    const heights = rowHeights(
      [
        cell(0, 0, "kort"),
        cell(1, 0, long),
        cell(1, 1, "kort"),
        cell(2, 0, long, false),
        cell(3, 1, long),
      ],
      [20, 60],
    );
    expect(heights).toEqual({
      1: wrappedLines(long, 20) * 15,
      3: wrappedLines(long, 60) * 15,
    });
    expect(wrappedLines(long, 20)).toBe(6);
  });

  test("a very long text is given at most twelve lines", () => {
    expect(rowHeights([cell(0, 0, "ord ".repeat(500))], [10])).toEqual({ 0: 12 * 15 });
  });
});
