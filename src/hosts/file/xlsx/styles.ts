/**
 * Which cell styles (xl/styles.xml `<cellXfs>`) format numbers as dates, decided exactly as
 * ExcelJS decides it, so a date-formatted number becomes the same serial as before.
 */
import { LIMITS, type ReadBudget } from "./limits";
import { scanPart } from "./package";
import type { ZipArchive } from "./zip";

/**
 * Excel's built-in number formats that ExcelJS knows by code (the locale-dependent ones,
 * 27–36 and 50–81, it does not, and so never treats as dates).
 */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Whether a number format shows a date or time: a date letter outside quotes and brackets (ExcelJS's rule). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** For each cell style index (the `s` of a cell), whether it formats numbers as dates. */
export function readDateStyles(zip: ZipArchive, partName: string, budget: ReadBudget): boolean[] {
  return readCellFormats(zip, partName, budget).map(
    (code) => code !== undefined && isDateFormat(code),
  );
}

/** For each cell style index, its number format's code; undefined for General (or one not known by code). */
export function readCellFormats(
  zip: ZipArchive,
  partName: string,
  budget: ReadBudget,
): (string | undefined)[] {
  const custom = new Map<number, string>();
  const numFmtIds: number[] = [];
  let inCellXfs = false;
  let depth = 0;
  scanPart(zip, partName, LIMITS.maxSmallPartBytes, "arbetsbokens format", budget, {
    wantText: false,
    open(name, attrs) {
      if (name === "numFmt") {
        const id = parseInt(attrs.get("numFmtId") ?? "", 10);
        // As ExcelJS: backslash escapes removed before the format is judged ("0\ \d\a\g\a\r" reads "0 dagar").
        const code = (attrs.get("formatCode") ?? "").replace(/\\(.)/g, "$1");
        if (!Number.isNaN(id)) custom.set(id, code);
      } else if (name === "cellXfs") inCellXfs = true;
      else if (inCellXfs && name === "xf" && depth === 0)
        numFmtIds.push(parseInt(attrs.get("numFmtId") ?? "", 10));
      if (inCellXfs && name !== "cellXfs") depth++;
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
      else if (inCellXfs) depth--;
    },
    text() {},
  });
  // numFmtId 0 (General), missing or not a number: no format.
  return numFmtIds.map((id) => (id ? custom.get(id) || BUILT_IN[id] : undefined));
}
