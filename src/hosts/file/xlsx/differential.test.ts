/**
 * The streaming reader against the ExcelJS path it replaces, on random hand-written sheets:
 * every cell type, styles with and without date formats, formulas with and without cached
 * values, cells without references (ExcelJS could not read rows without), empty formatted cells, merged ranges. Only what
 * both readers agree a file means is generated (the deliberate differences are tested in
 * readXlsx.test.ts).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { WorkbookGrid } from "../../../core/grid";
import { handXlsx } from "../../../../tests/hostile/xlsxParts";
import { workbookToGrid } from "../readXlsx";
import { readWorkbookGrid } from "./readWorkbookGrid";

async function oldGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbookToGrid(wb);
}

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="#,##0 &quot;kr&quot;"/></numFmts>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="2"/></cellXfs>';

const text = fc.stringMatching(/^[A-Za-zåäöÅÄÖ0-9 .,;:!?()\-–"'<>😀\u{20000}é]{0,12}$/u);
const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const number = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(45356, 45356.25, 1, 60, 61, 0.5),
);
const style = fc.constantFrom("", ' s="1"', ' s="2"', ' s="3"', ' s="4"', ' s="0"');

/** A cell's attributes (besides r) and content. */
const cell = fc.oneof(
  fc.tuple(style, number).map(([s, n]) => ({ attrs: s, inner: `<v>${n}</v>`, empty: false })),
  fc
    .tuple(style, fc.nat(7))
    .map(([s, i]) => ({ attrs: `${s} t="s"`, inner: `<v>${i}</v>`, empty: false })),
  fc
    .tuple(
      style,
      text.filter((t) => t.length > 0),
    )
    .map(([s, t]) => ({ attrs: `${s} t="str"`, inner: `<v>${xmlText(t)}</v>`, empty: false })),
  fc
    .tuple(
      style,
      text.filter((t) => t.length > 0),
    )
    .map(([s, t]) => ({
      attrs: `${s} t="inlineStr"`,
      inner: `<is><t>${xmlText(t)}</t></is>`,
      empty: false,
    })),
  fc
    .tuple(style, fc.constantFrom("0", "1"))
    .map(([s, b]) => ({ attrs: `${s} t="b"`, inner: `<v>${b}</v>`, empty: false })),
  fc
    .tuple(style, fc.constantFrom("#N/A", "#REF!", "#DIV/0!", "#VALUE!"))
    .map(([s, e]) => ({ attrs: `${s} t="e"`, inner: `<v>${e}</v>`, empty: false })),
  fc
    .tuple(
      style,
      number.filter((n) => n !== 0),
    )
    .map(([s, n]) => ({ attrs: s, inner: `<f>A1+1</f><v>${n}</v>`, empty: false })),
  fc.tuple(style).map(([s]) => ({ attrs: s, inner: "<f>NOW()</f>", empty: false })),
  fc
    .constantFrom("", ' s="2"', ' s="4"')
    .map((s) => ({ attrs: `${s} t="str"`, inner: "<f>B1&amp;C1</f><v>ab</v>", empty: false })),
  fc
    .constantFrom(' t="e"')
    .map((t) => ({ attrs: t, inner: "<f>NA()</f><v>#N/A</v>", empty: false })),
  fc.constantFrom(' s="1"', ' s="2"').map((s) => ({ attrs: s, inner: "", empty: true })),
  fc.constant({ attrs: "", inner: "", empty: true }),
);

const sheet = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), cell, fc.boolean()), { maxLength: 8 }),
        fc.boolean(),
      ),
      { maxLength: 12 },
    ),
    fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 3 }),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([rows, merges]) => {
    let r = 0;
    const xml = rows
      .map(([gap, cells, rowRef]) => {
        r += gap;
        let c = 0;
        let prevPresent = false;
        const cs = cells
          .map(([step, k, noRef]) => {
            // A cell without r is the next column, where ExcelJS can follow: after a cell it kept.
            const withoutRef = noRef && prevPresent && step === 1;
            c += withoutRef ? 1 : step;
            prevPresent = !(k.empty && k.attrs === "");
            return `<c${withoutRef ? "" : ` r="${String.fromCharCode(64 + c)}${r}"`}${k.attrs}>${k.inner}</c>`;
          })
          .join("");
        return `<row r="${r}"${rowRef ? ` spans="1:9"` : ""}>${cs}</row>`;
      })
      .join("");
    // Merged ranges in separate column bands, so that they never overlap (ExcelJS refused overlaps).
    const mergeRefs = merges.map(([w, top, h, band]) => {
      const left = band * 3 + 1;
      const L = (col: number) => String.fromCharCode(64 + col);
      return `${L(left)}${top}:${L(left + w)}${top + h}`;
    });
    const unique = [...new Set(mergeRefs.map((m) => m[0]))].map((band) =>
      mergeRefs.find((m) => m[0] === band)!,
    );
    return {
      xml,
      after: unique.length
        ? `<mergeCells count="${unique.length}">${unique.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
        : "",
    };
  });

test("random sheets read the same with the streaming reader as with ExcelJS", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(sheet, { minLength: 1, maxLength: 3 }),
      fc.array(text, { minLength: 8, maxLength: 8 }),
      fc.boolean(),
      async (sheets, strings, date1904) => {
        const bytes = handXlsx({
          date1904,
          styles: STYLES,
          sharedStrings: strings.map((s) => `<t xml:space="preserve">${xmlText(s)}</t>`),
          sheets: sheets.map((s, i) => ({ name: `Blad ${i + 1}`, ...s })),
        });
        expect(readWorkbookGrid(bytes, "x.xlsx")).toEqual(await oldGrid(bytes));
      },
    ),
    { numRuns: 200, seed: 20250101 },
  );
}, 30_000);
