import { replacePersonnummer } from "../parse/personnummer";
import { MASKED_PERSONNUMMER } from "../privacy/mask";
import { measureSheet } from "./columnWidths";
import { MAX_FORMULA_LENGTH } from "./formulaText";
import { printLayout } from "./printLayout";
import type { CellStyle, ChartSpec, SheetKind, SheetSpec, SpecCell, SpecTable } from "./sheetSpec";

/** Collects the cells and tables of one generated sheet; widths, alignment and printing follow from them. */
export class SheetBuilder {
  private readonly cells: SpecCell[] = [];
  private readonly tables: SpecTable[] = [];
  private readonly charts: ChartSpec[] = [];

  constructor(
    readonly kind: SheetKind,
    readonly name: string,
    private readonly tablePrefix: string,
  ) {}

  /** A cell; a formula too long for Excel is written as its value. */
  put(
    row: number,
    col: number,
    value: SpecCell["value"],
    opts: { formula?: string; numFmt?: string; style?: CellStyle; wrap?: boolean } = {},
  ): void {
    // Generated sheets hold aggregates only: no personnummer may reach one, whatever a label says.
    const cell: SpecCell = {
      row,
      col,
      value: typeof value === "string" ? replacePersonnummer(value, MASKED_PERSONNUMMER) : value,
    };
    if (opts.formula !== undefined && opts.formula.length <= MAX_FORMULA_LENGTH)
      cell.formula = opts.formula;
    if (opts.numFmt) cell.numFmt = opts.numFmt;
    if (opts.style) cell.style = opts.style;
    if (opts.wrap) cell.wrap = true;
    this.cells.push(cell);
  }

  /** An Excel table over a header row at `row` and `rows` data rows; names are unique per workbook. */
  table(key: string, row: number, col: number, columns: string[], rows: number): string {
    const name = `${this.tablePrefix}_${key}`.replace(/[^A-Za-z0-9_]/g, "_");
    const unique = uniqueColumnNames(columns);
    unique.forEach((c, i) => this.put(row, col + i, c, { style: "header" }));
    this.tables.push({ name, row, col, columns: unique, rows, style: "TableStyleMedium2" });
    return name;
  }

  chart(chart: ChartSpec): void {
    this.charts.push(chart);
  }

  /** The sheet, measured and laid out for print; layoutReport adds the footer. */
  build(freeze: { rows: number; cols: number }, fixedWidths?: number[]): SheetSpec {
    const { cells, columnWidths, rowHeights } = measureSheet(this.cells, this.tables, fixedWidths);
    const spec = {
      kind: this.kind,
      name: this.name,
      cells,
      tables: this.tables,
      columnWidths,
      freeze,
      rowHeights,
      charts: this.charts,
    };
    return { ...spec, print: printLayout(spec) };
  }
}

/**
 * Excel requires a table's column names to differ (ignoring case): an insats named like a
 * column of the report's own ("Totalt", "Kön") gets a number, "Totalt (2)".
 */
export function uniqueColumnNames(columns: string[]): string[] {
  const taken = new Set<string>();
  return columns.map((c) => {
    let name = c;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${c} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
}
