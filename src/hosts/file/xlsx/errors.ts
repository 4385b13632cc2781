/**
 * The errors a workbook read ends in. Browser-safe: no Node or ExcelJS imports, so the file
 * reader (src/hosts/file/xlsx) and the ExcelJS path (../readXlsx.ts) share them without a cycle.
 */

/**
 * Why a file could not be read: not a workbook at all, empty, damaged (or not well-formed XML),
 * missing on disk, or beyond one of the reader's limits (limits.ts: each message names the limit).
 */
export type ReadFailure = "not-xlsx" | "empty-file" | "unreadable" | "not-found" | "too-large";

/** A file that cannot be read as a workbook; the message is Swedish and says what to do. */
export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

export const readErrors = {
  empty: (file: string) =>
    new WorkbookReadError(
      "empty-file",
      `Filen ”${file}” är tom. Välj arbetsboken med deltagarregistret och försök igen.`,
    ),
  xls: (file: string) =>
    new WorkbookReadError(
      "not-xlsx",
      `Filen ”${file}” är i det äldre Excel-formatet (.xls). Öppna den i Excel, välj Spara som → Excel-arbetsbok (.xlsx) och försök igen.`,
    ),
  notXlsx: (file: string) =>
    new WorkbookReadError(
      "not-xlsx",
      `Filen ”${file}” är inte en Excel-arbetsbok (.xlsx). Spara registret som Excel-arbetsbok (.xlsx) i Excel och försök igen.`,
    ),
  unreadable: (file: string) =>
    new WorkbookReadError(
      "unreadable",
      `Filen ”${file}” går inte att läsa som en Excel-arbetsbok; den kan vara skadad. Öppna den i Excel, spara den på nytt som .xlsx och försök igen.`,
    ),
  notFound: (file: string) =>
    new WorkbookReadError(
      "not-found",
      `Filen ”${file}” finns inte. Kontrollera sökvägen och filnamnet.`,
    ),
};
