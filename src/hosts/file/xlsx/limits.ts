/**
 * What the .xlsx reader accepts, and the Swedish message for each limit. A file beyond a limit
 * is refused while it is being read (before the part is inflated or allocated in full), so a
 * hostile or broken file costs seconds, not gigabytes.
 *
 * How the numbers were chosen:
 * - Excel's own limits (rows, columns, characters in a cell) are the file format's: a file
 *   beyond them was not saved by Excel and would not open there.
 * - The size limits sit far above the largest plausible register and far below what crashes a
 *   browser tab or Node's default heap. A 100 000-row register with 13 columns is ~1.3 million
 *   cells and 45–52 MB of sheet XML (measured: shared or inline strings), and reads in ~1.5 s;
 *   the limits leave ten times that room.
 * - Time: reading costs up to ~2 s per 100 MB of inflated XML (dense markup; text and
 *   whitespace are faster), and every byte read counts against the limits. Since no part may
 *   pack more than 200-fold, a file can make the reader work at most 200 times its own size:
 *   a hostile file of 1 MB costs a few seconds at most, and the 1 GB total is only reachable
 *   from a file of 5 MB or more (which then also takes ~20 s, like any file of that content).
 */
import { WorkbookReadError } from "./errors";

const MiB = 1024 * 1024;

export const LIMITS = {
  /** Excel's last row (1 048 576). */
  maxRow: 1_048_576,
  /** Excel's last column, XFD (16 384). */
  maxColumn: 16_384,
  /** Characters in one cell (Excel's limit): per cell value, inline or shared string. */
  maxText: 32_767,
  /**
   * Entries in the zip. A workbook has ~10 parts plus 2–3 per sheet and one per picture; 10 000
   * covers 1 000 sheets with room for media. Guards the central-directory walk.
   */
  maxEntries: 10_000,
  /** Sheets (Excel has no fixed maximum; 1 000 is far beyond any register and bounds the work). */
  maxSheets: 1_000,
  /** Inflated size of one worksheet part: ~1 million rows of a 13-column register (~520 MB would be Excel's full height). */
  maxPartBytes: 512 * MiB,
  /** Inflated size of the shared-string part: 5 million distinct texts of 25 characters are ~200 MB of XML. */
  maxSharedStringsBytes: 256 * MiB,
  /** Inflated size of every other part read (workbook, styles, relationships): a few MB in practice. */
  maxSmallPartBytes: 64 * MiB,
  /** Inflated size of all parts read together: the largest sheet and its strings, with room to spare. */
  maxTotalBytes: 1024 * MiB,
  /**
   * An entry that inflates to more than this many times its packed size is refused as a zip bomb
   * once it is larger than `ratioFloorBytes`. Deflate reaches ~1 032:1 when the same bytes repeat
   * for megabytes; real sheet XML packs 6–12:1 (measured on ExcelJS and Python-written sheets,
   * even a sheet of nothing but formatted empty cells: every cell and row carries its own
   * reference), so 200 leaves a wide margin and bounds the work a small file can cause.
   */
  maxRatio: 200,
  ratioFloorBytes: 8 * MiB,
  /**
   * Cells (`<c>` elements, empty formatted cells included) in all sheets together. 20 million is
   * ~15 times a 100 000-row register and bounds the grid's memory (~20–30 bytes a cell in the
   * grid, ~0.5 GB) to what a browser tab and Node's default heap still handle.
   */
  maxCells: 20_000_000,
  /**
   * Rows in the grid (all sheets together): a value in row 1 048 576 makes a sheet a million rows
   * long even when the rows between are empty. 10 million keeps the row arrays below ~0.3 GB.
   */
  maxGridRows: 10_000_000,
  /**
   * Rows holding values, in all sheets of all files read together: what the engine's memory
   * grows with (~1.5 KB a register row at peak while the report is built, the grid included).
   * Measured with a 1 000 000-row register (13 columns, 530 MB of sheet XML): `report -o` peaks
   * at ~1.45–1.65 GB. 1 100 000 holds Excel's full sheet (1 048 576 rows) and keeps the peak
   * within 2 GB; more (several large files together) is refused as soon as the count passes it,
   * before the engine starts.
   */
  maxFilledRows: 1_100_000,
  /** Distinct shared strings (texts): at most one per cell in practice, and bounds their memory. */
  maxSharedStrings: 10_000_000,
  /**
   * Merged ranges, each counting 1 plus the rows of the grid it covers: the work of clearing the
   * merged cells. Real sheets merge a few title cells; ExcelJS made an object for every merged
   * cell, so one range over the whole sheet (17 billion cells) never finished there.
   */
  maxMergedRows: 10_000_000,
  /** One tag (name and attributes) of XML, and how deep elements nest: markup, not data. */
  maxMarkupChars: 1 * MiB,
  maxDepth: 256,
} as const;

/** A number the Swedish way: 32 767, 1 048 576. */
export const sv = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
const mb = (bytes: number) => `${sv(Math.round(bytes / MiB))} MB`;

const DAMAGED =
  "Filen kan vara skadad eller skapad av ett annat program; öppna och spara den i Excel och försök igen.";

/** Where in the workbook: "bladet ”Data”, cell B7". */
export const onSheet = (sheet: string, cell?: string) =>
  cell ? `bladet ”${sheet}”, cell ${cell}` : `bladet ”${sheet}”`;

const tooLarge = (message: string) => new WorkbookReadError("too-large", message);

export const limitErrors = {
  text: (file: string, where: string | null) =>
    tooLarge(
      where
        ? `Filen ”${file}” har en cell med mer än ${sv(LIMITS.maxText)} tecken (${where}), vilket Excel inte tillåter. ${DAMAGED}`
        : `Filen ”${file}” har en text med mer än ${sv(LIMITS.maxText)} tecken, vilket Excel inte tillåter i en cell. ${DAMAGED}`,
    ),
  row: (file: string, where: string, row: number) =>
    tooLarge(
      `Filen ”${file}” har en rad efter rad ${sv(LIMITS.maxRow)}, Excels sista rad (${where}, rad ${sv(row)}). ${DAMAGED}`,
    ),
  column: (file: string, where: string) =>
    tooLarge(
      `Filen ”${file}” har en cell bortom kolumn XFD, Excels sista kolumn (${where}). ${DAMAGED}`,
    ),
  entries: (file: string) =>
    tooLarge(
      `Filen ”${file}” består av fler än ${sv(LIMITS.maxEntries)} delar, vilket ingen Excel-arbetsbok gör. ${DAMAGED}`,
    ),
  sheets: (file: string) =>
    tooLarge(
      `Filen ”${file}” har fler än ${sv(LIMITS.maxSheets)} blad, mer än Finsam-rapport läser. Spara registret i en arbetsbok med färre blad och försök igen.`,
    ),
  partSize: (file: string, what: string, limit: number) =>
    tooLarge(
      `Filen ”${file}” är för stor för att läsas: ${what} blir större än ${mb(limit)} uppackat. Kontrollera att det är rätt fil, eller dela upp registret i flera filer och försök igen.`,
    ),
  totalSize: (file: string) =>
    tooLarge(
      `Filen ”${file}” är för stor för att läsas: uppackad blir den större än ${mb(LIMITS.maxTotalBytes)}. Kontrollera att det är rätt fil, eller dela upp registret i flera filer och försök igen.`,
    ),
  ratio: (file: string, what: string) =>
    tooLarge(
      `Filen ”${file}” ser ut att vara en så kallad zip-bomb: ${what} packas upp till mer än ${sv(LIMITS.maxRatio)} gånger sin packade storlek, vilket ingen Excel-arbetsbok gör. Filen läses inte; kontrollera var den kommer ifrån.`,
    ),
  cells: (file: string, where: string) =>
    tooLarge(
      `Filen ”${file}” har fler än ${sv(LIMITS.maxCells)} celler (tomma formaterade celler inräknade; gränsen nåddes i ${where}), mer än Finsam-rapport läser. Ta bort formatering av tomma områden eller dela upp registret och försök igen.`,
    ),
  gridRows: (file: string, where: string) =>
    tooLarge(
      `Filen ”${file}” har sammanlagt fler än ${sv(LIMITS.maxGridRows)} rader i sina blad (gränsen nåddes i ${where}), mer än Finsam-rapport läser. Ta bort blad eller rader som inte behövs och försök igen.`,
    ),
  sharedStrings: (file: string) =>
    tooLarge(
      `Filen ”${file}” har fler än ${sv(LIMITS.maxSharedStrings)} olika texter, mer än Finsam-rapport läser. Dela upp registret i flera filer och försök igen.`,
    ),
  filledRows: (files: string[], where: string | null) =>
    tooLarge(
      `${files.length > 1 ? `Filerna ${files.map((f) => `”${f}”`).join(", ")} har tillsammans` : `Filen ”${files[0]}” har`} fler än ${sv(LIMITS.maxFilledRows)} ifyllda rader${where ? ` (gränsen nåddes i ${where})` : ""}, mer än Finsam-rapport läser på en gång inom 2 GB minne. Gör sammanställningen för en del av registret i taget, till exempel en fil per år eller per insats.`,
    ),
  merges: (file: string, where: string) =>
    tooLarge(
      `Filen ”${file}” har för många eller för stora sammanfogade cellområden (${where}). ${DAMAGED}`,
    ),
};

/** Files already read for the same report, and their rows with values together. */
export interface FilesRead {
  files: string[];
  filledRows: number;
}

/** The running totals of one read, checked against LIMITS as they grow; the file's name for messages. */
export class ReadBudget {
  private inflated = 0;
  private cells = 0;
  private gridRows = 0;
  private mergedRows = 0;
  private filledRows: number;

  /** `before`: the files read before this one and their rows with values (several files report as one). */
  constructor(
    readonly fileName: string,
    private readonly before: FilesRead = { files: [], filledRows: 0 },
  ) {
    this.filledRows = before.filledRows;
  }

  /** `bytes` more inflated bytes of any part. */
  inflate(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > LIMITS.maxTotalBytes) throw limitErrors.totalSize(this.fileName);
  }

  /**
   * One more `<c>` element, or `n` empty cells a row is padded with up to its next value (a value
   * at XFD on every row would otherwise fill memory unseen); `sheet` names where for the message.
   */
  cell(sheet: string, n = 1): void {
    this.cells += n;
    if (this.cells > LIMITS.maxCells) throw limitErrors.cells(this.fileName, onSheet(sheet));
  }

  /** A sheet's grid is `rows` rows long. */
  rows(rows: number, sheet: string): void {
    this.gridRows += rows;
    if (this.gridRows > LIMITS.maxGridRows)
      throw limitErrors.gridRows(this.fileName, onSheet(sheet));
  }

  /** One more row with values on `sheet`. */
  filledRow(sheet: string): void {
    if (++this.filledRows > LIMITS.maxFilledRows)
      throw limitErrors.filledRows([...this.before.files, this.fileName], onSheet(sheet));
  }

  /** A merged range covers `rows` rows of a sheet's grid. */
  merged(rows: number, sheet: string): void {
    this.mergedRows += rows;
    if (this.mergedRows > LIMITS.maxMergedRows)
      throw limitErrors.merges(this.fileName, onSheet(sheet));
  }
}
