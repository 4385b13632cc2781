/**
 * A worksheet part (xl/worksheets/sheetN.xml) streamed into the core's rows of cell values.
 *
 * The rules are those the file host had with ExcelJS, so a workbook reads the same as before:
 * - a number is a number; a date-formatted number is its serial in the 1900 date system
 *   (shifted from 1904 when the workbook uses that), rounded to the second;
 * - a formula cell gives its cached value; an error cell its text ("#N/A"); rich text is joined;
 *   a shared string is looked up; booleans are booleans;
 * - rows end at their last value (trailing empty cells are not kept); a row without values is
 *   `[]`; the sheet ends at its last row with a cell (formulas without a cached value count);
 * - a merged range keeps its value in the top-left cell only, and reaches as far down as it goes.
 * Where ExcelJS was wrong, this is right: an ISO date cell (`t="d"`) is a date serial, not the
 * year; a formula whose cached value is 0 or FALSE gives 0 or false, not an empty cell; a text
 * result in a date-formatted cell stays text.
 *
 * `<dimension>` is ignored (it is not trusted, and nothing is allocated from it). Every row and
 * cell reference is checked against Excel's grid, every text against Excel's 32 767 characters.
 */
import { columnLetter as columnName, type CellValue } from "../../../core/grid";
import { INVALID, OUTSIDE, refColumn, refRow, rowNumber, writtenRow } from "./cellRef";
import { dateCellSerial, isoDateSerial } from "./dates";
import { LIMITS, limitErrors, onSheet, type ReadBudget } from "./limits";
import { scanPart } from "./package";
import { decodeEscapes, MAX_RAW_TEXT, ownString } from "./text";
import type { XmlAttributes, XmlHandler } from "./xmlScan";
import { CorruptFileError, type ZipArchive } from "./zip";

/** What a sheet's cells refer to, loaded only when a cell needs it. */
export interface SheetContext {
  sharedStrings(): string[];
  dateStyles(): boolean[];
  date1904: boolean;
  budget: ReadBudget;
}

/** Strings kept once however many cells hold them (most register columns repeat a few values). */
const MAX_INTERNED = 50_000;

export function readSheet(
  zip: ZipArchive,
  partName: string,
  sheetName: string,
  ctx: SheetContext,
): CellValue[][] {
  const reader = new SheetReader(sheetName, ctx);
  scanPart(zip, partName, LIMITS.maxPartBytes, onSheet(sheetName), ctx.budget, reader);
  return reader.finish();
}

class SheetReader implements XmlHandler {
  wantText = false;

  private readonly file: string;
  /** Rows by 0-based index; holes are rows without values. */
  private rows: (CellValue[] | undefined)[] = [];
  private rowElements = 0;
  private inData = false;
  private inRow = false;
  private rowIndex = -1;
  private cells: CellValue[] = [];
  private rowHasValues = false;
  private prevCol = -1;

  // The open cell.
  private inCell = false;
  private col = 0;
  private ref: string | undefined;
  private type: string | undefined;
  private style = 0;
  private formula = false;
  private inF = false;
  private inV = false;
  private v: string | undefined;
  private inIs = false;
  private inT = false;
  private phonetic = 0;
  private tRaw = "";
  private inline: string | undefined;
  private inlineRaw = 0;

  private inMerges = false;
  private merges: number[] = [];
  private readonly interned = new Map<string, string>();

  constructor(
    private readonly sheet: string,
    private readonly ctx: SheetContext,
  ) {
    this.file = ctx.budget.fileName;
  }

  private where(): string {
    return onSheet(this.sheet, this.ref ?? `${columnName(this.col)}${this.rowIndex + 1}`);
  }

  open(name: string, attrs: XmlAttributes): void {
    switch (name) {
      case "c":
        if (this.inRow) this.openCell(attrs);
        return;
      case "v":
        if (this.inCell) {
          this.inV = true;
          this.v = this.v ?? "";
          this.wantText = true;
        }
        return;
      case "f":
        if (this.inCell) {
          // A shared or array formula's dependants have an empty <f t="shared" si="0"/>: still formulas.
          if (attrs.get("t") !== undefined) this.formula = true;
          this.inF = true;
          this.wantText = true;
        }
        return;
      case "is":
        if (this.inCell) this.inIs = true;
        return;
      case "rPh":
        if (this.inCell) this.phonetic++;
        return;
      case "t":
        if (this.inCell && this.phonetic === 0) {
          this.inT = true;
          this.tRaw = "";
          this.wantText = true;
        }
        return;
      case "row":
        if (this.inData) this.openRow(attrs);
        return;
      case "sheetData":
        this.inData = true;
        return;
      case "mergeCells":
        this.inMerges = true;
        return;
      case "mergeCell":
        if (this.inMerges) this.addMerge(attrs.get("ref") ?? "");
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case "c":
        if (this.inCell) this.closeCell();
        return;
      case "v":
        this.inV = false;
        this.wantText = false;
        return;
      case "f":
        this.inF = false;
        this.wantText = false;
        return;
      case "t":
        if (this.inT) {
          this.inT = false;
          this.wantText = false;
          if (this.tRaw.length) this.inline = (this.inline ?? "") + decodeEscapes(this.tRaw);
          if (this.inline !== undefined && this.inline.length > LIMITS.maxText)
            throw limitErrors.text(this.file, this.where());
        }
        return;
      case "r":
        // A rich-text run, even an empty one, makes the cell a text (ExcelJS's rule).
        if (this.inIs) this.inline = this.inline ?? "";
        return;
      case "is":
        this.inIs = false;
        return;
      case "rPh":
        if (this.phonetic > 0) this.phonetic--;
        return;
      case "row":
        if (this.inRow) this.closeRow();
        return;
      case "sheetData":
        this.inData = false;
        return;
      case "mergeCells":
        this.inMerges = false;
        return;
    }
  }

  text(t: string): void {
    if (this.inV) {
      const v = (this.v ?? "") + t;
      if (v.length > LIMITS.maxText) throw limitErrors.text(this.file, this.where());
      this.v = v;
    } else if (this.inT) {
      this.inlineRaw += t.length;
      if (this.inlineRaw > MAX_RAW_TEXT) throw limitErrors.text(this.file, this.where());
      this.tRaw += t;
    } else if (this.inF && t.length) this.formula = true;
  }

  private openRow(attrs: XmlAttributes): void {
    if (this.inRow) this.closeRow();
    if (++this.rowElements > LIMITS.maxRow)
      throw limitErrors.row(this.file, onSheet(this.sheet), this.rowElements);
    const r = attrs.get("r");
    let index: number;
    if (r === undefined) index = this.rowIndex + 1;
    else {
      index = rowNumber(r.trim());
      if (index === OUTSIDE) throw limitErrors.row(this.file, onSheet(this.sheet), writtenRow(r));
      if (index === INVALID) throw new CorruptFileError(`row number ${r}`);
    }
    if (index >= LIMITS.maxRow) throw limitErrors.row(this.file, onSheet(this.sheet), index + 1);
    this.rowIndex = index;
    this.inRow = true;
    this.cells = [];
    this.rowHasValues = false;
    this.prevCol = -1;
  }

  private closeRow(): void {
    this.inRow = false;
    const cells = this.cells;
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    // A row given twice replaces the earlier one, as ExcelJS did.
    if (this.rowHasValues) {
      if (this.rows[this.rowIndex] === undefined) this.ctx.budget.filledRow(this.sheet);
      this.rows[this.rowIndex] = cells;
    } else if (this.rows[this.rowIndex] !== undefined) this.rows[this.rowIndex] = undefined;
  }

  private openCell(attrs: XmlAttributes): void {
    this.ctx.budget.cell(this.sheet);
    const ref = attrs.get("r");
    this.ref = ref;
    let col: number;
    if (ref === undefined) {
      col = this.prevCol + 1;
      if (col >= LIMITS.maxColumn)
        throw limitErrors.column(
          this.file,
          onSheet(this.sheet, `${columnName(col)}${this.rowIndex + 1}`),
        );
    } else {
      col = refColumn(ref);
      const row = refRow(ref);
      if (col === OUTSIDE)
        throw limitErrors.column(this.file, onSheet(this.sheet, ref.slice(0, 24)));
      if (row === OUTSIDE) throw limitErrors.row(this.file, onSheet(this.sheet), writtenRow(ref));
      if (col === INVALID || row === INVALID) throw new CorruptFileError(`cell reference ${ref}`);
    }
    this.prevCol = col;
    this.col = col;
    this.type = attrs.get("t");
    const s = attrs.get("s");
    this.style = s === undefined ? 0 : parseInt(s, 10) || 0;
    this.inCell = true;
    this.formula = false;
    this.v = undefined;
    this.inline = undefined;
    this.inlineRaw = 0;
    this.phonetic = 0;
  }

  private closeCell(): void {
    this.inCell = false;
    this.inV = this.inF = this.inT = this.inIs = false;
    this.wantText = false;
    let value: CellValue = null;
    const raw = this.v ?? this.inline;
    if (this.formula) {
      this.rowHasValues = true;
      // The cached result; none (or an empty one) reads as an empty cell.
      if (raw) value = this.typed(raw, this.type === "s" ? "n" : this.type);
    } else if (raw !== undefined) {
      this.rowHasValues = true;
      value =
        this.type === "inlineStr" ? this.intern(this.inline ?? raw) : this.typed(raw, this.type);
    }
    const cells = this.cells;
    const col = this.col;
    if (value !== null) {
      if (col > cells.length) this.ctx.budget.cell(this.sheet, col - cells.length);
      while (cells.length < col) cells.push(null);
      cells[col] = value;
    } else if (col < cells.length && raw !== undefined) cells[col] = null;
  }

  /** A cell's text as the value its type says. */
  private typed(raw: string, type: string | undefined): CellValue {
    switch (type) {
      case "s": {
        const strings = this.ctx.sharedStrings();
        const i = /^\s*\d+\s*$/.test(raw) ? parseInt(raw, 10) : -1;
        if (!(i >= 0 && i < strings.length))
          throw new CorruptFileError(`shared string ${raw} missing`);
        return strings[i];
      }
      case "str":
        return this.intern(raw);
      case "inlineStr":
        return this.intern(raw);
      case "b":
        return parseInt(raw, 10) !== 0;
      case "e":
        return this.intern(raw);
      case "d":
        return isoDateSerial(raw) ?? this.intern(raw);
      default: {
        const n = parseFloat(raw);
        return this.style && this.ctx.dateStyles()[this.style]
          ? dateCellSerial(n, this.ctx.date1904)
          : n;
      }
    }
  }

  private intern(s: string): string {
    const known = this.interned.get(s);
    if (known !== undefined) return known;
    const own = ownString(s);
    if (this.interned.size < MAX_INTERNED) this.interned.set(own, own);
    return own;
  }

  private addMerge(ref: string): void {
    this.ctx.budget.merged(1, this.sheet);
    const [a, b = a] = ref.split(":");
    const c1 = refColumn(a);
    const r1 = refRow(a);
    const c2 = refColumn(b);
    const r2 = refRow(b);
    if (c1 === OUTSIDE || c2 === OUTSIDE)
      throw limitErrors.column(this.file, onSheet(this.sheet, ref.slice(0, 24)));
    if (r1 === OUTSIDE || r2 === OUTSIDE)
      throw limitErrors.row(this.file, onSheet(this.sheet), writtenRow(r1 === OUTSIDE ? a : b));
    if (c1 < 0 || r1 < 0 || c2 < 0 || r2 < 0) throw new CorruptFileError(`merged range ${ref}`);
    this.merges.push(Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2));
  }

  /** The sheet's rows, merged ranges applied. */
  finish(): CellValue[][] {
    const { rows, merges } = this;
    let length = rows.length;
    while (length > 0 && rows[length - 1] === undefined) length--;
    // A merged range of more than one cell reaches down to its last row, even without values there.
    for (let m = 0; m < merges.length; m += 4) {
      const [top, left, bottom, right] = [merges[m], merges[m + 1], merges[m + 2], merges[m + 3]];
      if ((bottom > top || right > left) && bottom + 1 > length) length = bottom + 1;
    }
    this.ctx.budget.rows(length, this.sheet);
    const out: CellValue[][] = new Array(length);
    for (let r = 0; r < length; r++) out[r] = rows[r] ?? [];
    this.rows = [];
    for (let m = 0; m < merges.length; m += 4) {
      const [top, left, bottom, right] = [merges[m], merges[m + 1], merges[m + 2], merges[m + 3]];
      const last = Math.min(bottom, length - 1);
      if (last >= top) this.ctx.budget.merged(last - top + 1, this.sheet);
      for (let r = top; r <= last; r++) {
        const row = out[r];
        if (left >= row.length) continue;
        const end = Math.min(right, row.length - 1);
        for (let c = left; c <= end; c++) if (r !== top || c !== left) row[c] = null;
        while (row.length && row[row.length - 1] === null) row.pop();
      }
    }
    return out;
  }
}
