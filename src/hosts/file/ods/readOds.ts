/**
 * Reads an OpenDocument spreadsheet (.ods, LibreOffice's format) into the core's WorkbookGrid by
 * streaming content.xml: numbers, percentages and currency as numbers, dates as the Excel serials
 * the .xlsx reader gives, booleans, everything else as the text of its paragraphs. Repeated rows
 * and cells (`number-rows-repeated`, `number-columns-repeated`: LibreOffice writes a sheet's
 * empty tail as one row repeated a million times) are counted, never expanded while empty, and
 * bounded by the .xlsx reader's limits. Browser-safe.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from "../../../core/grid";
import type { OnDate } from "../csv/readCsv";
import { isoDateSerial } from "../xlsx/dates";
import { readErrors, WorkbookReadError } from "../xlsx/errors";
import { LIMITS, limitErrors, onSheet, ReadBudget, type FilesRead } from "../xlsx/limits";
import { scanPart } from "../xlsx/package";
import { ownString } from "../xlsx/text";
import type { XmlAttributes, XmlHandler } from "../xlsx/xmlScan";
import { CorruptFileError, openZip } from "../xlsx/zip";

export const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

/** Whether zip bytes are an ODS: its first entry is the stored, uncompressed "mimetype" (ODF 1.2 §3.3). */
export function isOds(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 38 + ODS_MIMETYPE.length + 8));
  return head.includes("mimetype" + ODS_MIMETYPE);
}

const repeat = (attrs: XmlAttributes, name: string) => {
  const n = Number(attrs.get(name) ?? 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
};

/** One cell's value from its attributes; undefined when it is text (read from its paragraphs). */
function typedValue(attrs: XmlAttributes): CellValue | undefined {
  const type = attrs.get("office:value-type");
  if (type === "float" || type === "percentage" || type === "currency") {
    const v = Number(attrs.get("office:value"));
    return Number.isFinite(v) ? v : undefined;
  }
  if (type === "date") {
    const iso = attrs.get("office:date-value");
    return (iso !== undefined ? isoDateSerial(iso) : null) ?? undefined;
  }
  if (type === "boolean") return attrs.get("office:boolean-value") === "true";
  return undefined;
}

/** The content.xml handler: sheets, rows and cells into grids, the budget checked as they grow. */
class ContentHandler implements XmlHandler {
  readonly sheets: SheetGrid[] = [];
  wantText = false;
  private sheet: SheetGrid | null = null;
  /** The next row's index in the sheet, and the next cell's column in the row. */
  private rowIndex = 0;
  private col = 0;
  private row: CellValue[] = [];
  private rowRepeat = 1;
  private cellRepeat = 1;
  private value: CellValue | undefined = undefined;
  private isDate = false;
  /** The row's date cells, told to `onDate` for each row the row is repeated on. */
  private dateCols: number[] = [];
  private parts: string[] = [];
  private paragraphs = 0;
  private textLength = 0;
  /** Depth inside an annotation (a comment): its paragraphs are not the cell's text. */
  private annotation = 0;

  constructor(
    private readonly file: string,
    private readonly budget: ReadBudget,
    private readonly onDate?: OnDate,
  ) {}

  private get where() {
    return onSheet(this.sheet?.name ?? "");
  }

  open(name: string, attrs: XmlAttributes): void {
    if (this.annotation) {
      if (name === "annotation") this.annotation++;
      return;
    }
    switch (name) {
      case "table":
        if (this.sheet) throw new CorruptFileError("nested table");
        if (this.sheets.length >= LIMITS.maxSheets) throw limitErrors.sheets(this.file);
        this.sheet = { name: attrs.get("table:name") ?? `Blad${this.sheets.length + 1}`, rows: [] };
        this.rowIndex = 0;
        break;
      case "table-row":
        this.row = [];
        this.dateCols = [];
        this.col = 0;
        this.rowRepeat = repeat(attrs, "table:number-rows-repeated");
        break;
      case "table-cell":
      case "covered-table-cell":
        this.cellRepeat = repeat(attrs, "table:number-columns-repeated");
        this.value = typedValue(attrs);
        this.isDate = attrs.get("office:value-type") === "date" && this.value !== undefined;
        this.parts = [];
        this.paragraphs = 0;
        this.textLength = 0;
        break;
      case "p":
        if (this.paragraphs++) this.addText("\n");
        this.wantText = this.value === undefined;
        break;
      case "s":
        this.addText(" ".repeat(Math.min(repeat(attrs, "text:c"), LIMITS.maxText + 1)));
        break;
      case "tab":
        this.addText("\t");
        break;
      case "line-break":
        this.addText("\n");
        break;
      case "annotation":
        this.annotation = 1;
        this.wantText = false;
        break;
    }
  }

  private addText(s: string): void {
    if (this.value !== undefined || !this.sheet) return;
    this.textLength += s.length;
    if (this.textLength > LIMITS.maxText) throw limitErrors.text(this.file, this.where);
    this.parts.push(s);
  }

  text(s: string): void {
    this.addText(s);
  }

  close(name: string): void {
    if (this.annotation) {
      // A comment sits in the cell, beside its paragraphs: no text is wanted after it.
      if (name === "annotation") this.annotation--;
      return;
    }
    switch (name) {
      case "p":
        this.wantText = false;
        break;
      case "table-cell":
      case "covered-table-cell":
        this.endCell();
        break;
      case "table-row":
        this.endRow();
        break;
      case "table":
        this.endTable();
        break;
    }
  }

  private endCell(): void {
    const value = this.value ?? (this.parts.length ? ownString(this.parts.join("")) : null);
    const end = this.col + this.cellRepeat;
    if (value !== null) {
      if (end > LIMITS.maxColumn) throw limitErrors.column(this.file, this.where);
      // The empty cells before a value are held in the grid too: they count, so one repeated
      // empty cell cannot make thousands of them on every row.
      while (this.row.length < this.col) {
        this.budget.cell(this.sheet!.name);
        this.row.push(null);
      }
      for (let c = this.col; c < end; c++) {
        this.budget.cell(this.sheet!.name);
        if (this.isDate) this.dateCols.push(c);
        this.row.push(value);
      }
    }
    this.col = end;
  }

  private endRow(): void {
    const sheet = this.sheet!;
    const last = this.rowIndex + this.rowRepeat;
    if (this.row.length) {
      if (last > LIMITS.maxRow) throw limitErrors.row(this.file, this.where, last);
      // Empty rows before this one are kept as [] (as the .xlsx reader keeps them).
      while (sheet.rows.length < this.rowIndex) sheet.rows.push([]);
      for (let r = this.rowIndex; r < last; r++) {
        this.budget.filledRow(sheet.name);
        for (const c of this.dateCols) this.onDate?.(sheet.name, r, c);
        // A repeated row with values is the same values on each row; each its own array.
        sheet.rows.push(r === this.rowIndex ? this.row : this.row.slice());
        if (r > this.rowIndex)
          for (let c = 0; c < this.row.length; c++) this.budget.cell(sheet.name);
      }
    }
    this.rowIndex = last;
  }

  private endTable(): void {
    const sheet = this.sheet!;
    this.budget.rows(sheet.rows.length, sheet.name);
    this.sheets.push(sheet);
    this.sheet = null;
  }
}

/** Reads an .ods file's bytes; Swedish WorkbookReadError for anything unreadable or beyond the limits. */
export function readOds(
  bytes: Uint8Array,
  fileName: string,
  before?: FilesRead,
  onDate?: OnDate,
): WorkbookGrid {
  if (bytes.length === 0) throw readErrors.empty(fileName);
  const budget = new ReadBudget(fileName, before);
  try {
    const zip = openZip(bytes, budget);
    const handler = new ContentHandler(fileName, budget, onDate);
    scanPart(zip, "content.xml", LIMITS.maxPartBytes, "innehållet (content.xml)", budget, handler);
    return { sheets: handler.sheets };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw readErrors.unreadable(fileName);
  }
}
