/**
 * The limit on rows with values (limits.ts maxFilledRows): a register too large for the engine's
 * memory is refused while it is read, with a Swedish message naming the limit — one file, or
 * several reported (or checked) together. A small limit is injected; the real one is 1 100 000.
 */
import { handXlsx } from "../../../../tests/hostile/xlsxParts";
import { combineNamedGrids } from "../combineGrids";
import { combineGrids } from "../reportWorkbook";
import { WorkbookReadError } from "./errors";
import { LIMITS, limitErrors, sv } from "./limits";
import { readWorkbookGrid } from "./readWorkbookGrid";

const mutable = LIMITS as unknown as { maxFilledRows: number };
const real = LIMITS.maxFilledRows;
const SMALL = 5;

/** A register of `rows` rows below its header, with an empty row and a blank-cell row between. */
function register(rows: number): Uint8Array {
  const xml = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Deltagar-ID</t></is></c></row>'];
  for (let i = 0; i < rows; i++)
    xml.push(`<row r="${i + 3}"><c r="A${i + 3}"><v>${i + 1}</v></c></row>`);
  // Formatted but empty: not a row with values.
  xml.push(`<row r="${rows + 4}"><c r="A${rows + 4}" s="0"/></row>`);
  return handXlsx({ sheets: [{ name: "Data", xml: xml.join("") }] });
}

function refusal(f: () => unknown): WorkbookReadError {
  try {
    f();
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("not refused");
}

describe("rows with values beyond the limit", () => {
  beforeEach(() => (mutable.maxFilledRows = SMALL));
  afterEach(() => (mutable.maxFilledRows = real));

  test("a file with as many rows as the limit reads; one more row is refused naming the limit and the sheet", () => {
    // The header is a row with values too.
    expect(readWorkbookGrid(register(SMALL - 1), "r.xlsx").sheets[0].rows).toHaveLength(SMALL + 1);
    const e = refusal(() => readWorkbookGrid(register(SMALL), "r.xlsx"));
    expect(e.reason).toBe("too-large");
    expect(e.message).toContain(`Filen ”r.xlsx” har fler än ${SMALL} ifyllda rader`);
    expect(e.message).toContain("bladet ”Data”");
  });

  test("several files reported together are refused while the file that passes the limit is read", () => {
    const files = ["a.xlsx", "b.xlsx", "c.xlsx"].map((name) => ({ name, bytes: register(2) }));
    // Two files of three rows each: six together.
    expect(() => combineGrids(files.slice(0, 1))).not.toThrow();
    const e = refusal(() => combineGrids(files));
    expect(e.message).toContain(
      "Filerna ”a.xlsx”, ”b.xlsx” har tillsammans fler än 5 ifyllda rader",
    );
  });

  test("grids combined for checking together are refused when they pass the limit together", () => {
    const grids = ["a.xlsx", "b.xlsx"].map((name) => ({
      name,
      grid: readWorkbookGrid(register(2), name),
    }));
    expect(() => combineNamedGrids(grids.slice(0, 1))).not.toThrow();
    expect(refusal(() => combineNamedGrids(grids)).message).toContain(
      "Filerna ”a.xlsx”, ”b.xlsx” har tillsammans fler än 5",
    );
  });
});

test("the real limit holds Excel's whole sheet and is named the Swedish way", () => {
  expect(LIMITS.maxFilledRows).toBeGreaterThanOrEqual(LIMITS.maxRow);
  expect(limitErrors.filledRows(["r.xlsx"], null).message).toContain(
    `fler än ${sv(LIMITS.maxFilledRows)} ifyllda rader`,
  );
  expect(sv(LIMITS.maxFilledRows)).toBe("1 100 000");
});
