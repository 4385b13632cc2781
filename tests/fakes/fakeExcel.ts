/*
 * A strict fake of the few Excel objects the add-in uses. Unlike office-addin-mock it
 * throws when an unloaded property is read (as Excel does), counts every sync, measures
 * each sync's request and response payload, and stores cells so that tests can compare
 * the register byte for byte before and after.
 */
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { columnIndex, columnLetter } from "../../src/core/grid";

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  font?: Record<string, unknown>;
  horizontalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
}

/** What the report's print setup set on a sheet's pageLayout. */
export interface FakePrint {
  paperSize?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  margins: Record<string, number>;
  printArea?: string;
  titleRows?: string;
  leftFooter?: string;
  rightFooter?: string;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** Whether the batch asked Excel to hold calculation and screen updates until this sync. */
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
}

/** Computes a formula's value, as Excel's calculation would; tests decide what Excel says. */
export type Evaluator = (sheet: string, address: string, formula: string) => CellValue;

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

interface Pending {
  apply: () => void;
}

export class FakeWorkbookData {
  sheets: {
    name: string;
    cells: Map<string, FakeCell>;
    tables: { name: string; address: string; style: string }[];
    charts: { type: string; title: string }[];
    cfs: { id: string; address: string; rule: string }[];
    frozen: string | null;
    print?: FakePrint;
    /** Rows (0-based) with a page break before them. */
    breaks?: number[];
    rowHeights?: Map<number, number>;
    merged?: string[];
    /** Data validations, each over one rectangle (as Excel keeps them). */
    validations?: FakeValidation[];
  }[] = [];
  names: { name: string; formula: string; visible: boolean }[] = [];
  /** The file name Office.js gives as workbook.name. */
  workbookName = "Finsam 2024.xlsx";
  nextId = 1;
  activeSheet = "";
  selection = "";

  static fromGrid(grid: WorkbookGrid): FakeWorkbookData {
    const d = new FakeWorkbookData();
    for (const s of grid.sheets) {
      const cells = new Map<string, FakeCell>();
      s.rows.forEach((row, r) =>
        row.forEach((v, c) => v !== null && cells.set(`${r},${c}`, { value: v })),
      );
      d.sheets.push({ name: s.name, cells, tables: [], charts: [], cfs: [], frozen: null });
    }
    d.activeSheet = grid.sheets[0]?.name ?? "";
    return d;
  }

  sheet(name: string) {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The cells of a sheet as JSON, for byte-for-byte comparisons. */
  snapshot(name: string): string {
    const s = this.sheet(name)!;
    return JSON.stringify([...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}

/** A data validation as the add-in set it through Range.dataValidation. */
export interface FakeValidation {
  area: { row: number; col: number; rows: number; cols: number };
  rule?: Excel.DataValidationRule;
  ignoreBlanks?: boolean;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
}

const overlaps = (a: FakeValidation["area"], b: FakeValidation["area"]) =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;
const inside = (inner: FakeValidation["area"], outer: FakeValidation["area"]) =>
  inner.row >= outer.row &&
  inner.col >= outer.col &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.col + inner.cols <= outer.col + outer.cols;

const RULE_TYPES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/** A proxy's loaded properties: readable only after load() and a sync. */
class Loadable {
  protected requested = new Set<string>();
  protected loaded = new Set<string>();
  /** What each loaded property held at its sync (Excel answers with a snapshot, not a live view). */
  protected settled = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  load(props: string | string[]): this {
    for (const p of Array.isArray(props) ? props : props.split(","))
      this.requested.add(p.trim().replace(/^items\//, ""));
    this.ctx.track(this);
    return this;
  }
  /** Called by sync(): what was requested becomes readable; returns the response size. */
  settle(): number {
    for (const p of this.requested) this.loaded.add(p);
    let bytes = 0;
    for (const p of this.requested) {
      const value = this.peek(p);
      this.settled.set(p, value);
      bytes += JSON.stringify(value ?? null).length;
    }
    this.requested.clear();
    return bytes;
  }
  /** The value a loaded property would carry in the response (for payload sizes). */
  protected peek(prop: string): unknown {
    return prop === "" ? null : undefined;
  }
  protected need(prop: string): void {
    if (!this.loaded.has(prop)) throw new NotLoaded(prop);
  }
}

export class FakeContext {
  readonly syncs: SyncRecord[] = [];
  private tracked: Loadable[] = [];
  private queue: Pending[] = [];
  private requestBytes = 0;
  /** Bumped whenever queued changes are applied. */
  generation = 0;
  calculationSuspended = false;
  screenUpdatingSuspended = false;
  readonly workbook: FakeWorkbook;

  constructor(
    readonly data: FakeWorkbookData,
    readonly evaluate: Evaluator,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  track(l: Loadable) {
    this.tracked.push(l);
  }

  enqueue(apply: () => void, payload: unknown = null) {
    this.queue.push({ apply });
    this.requestBytes += JSON.stringify(payload).length;
  }

  async sync(): Promise<void> {
    for (const q of this.queue) q.apply();
    if (this.queue.length) this.generation++;
    this.queue = [];
    let responseBytes = 0;
    for (const t of this.tracked) responseBytes += t.settle();
    this.tracked = [];
    this.syncs.push({
      requestBytes: this.requestBytes,
      responseBytes,
      calculationSuspended: this.calculationSuspended,
      screenUpdatingSuspended: this.screenUpdatingSuspended,
    });
    this.requestBytes = 0;
    this.calculationSuspended = false;
    this.screenUpdatingSuspended = false;
  }
}

class FakeWorkbook extends Loadable {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  readonly tables: FakeTables;
  readonly application: {
    suspendApiCalculationUntilNextSync: () => void;
    suspendScreenUpdatingUntilNextSync: () => void;
  };
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNames(ctx);
    this.tables = new FakeTables(ctx);
    this.application = {
      suspendApiCalculationUntilNextSync: () => (ctx.calculationSuspended = true),
      suspendScreenUpdatingUntilNextSync: () => (ctx.screenUpdatingSuspended = true),
    };
  }
  get name() {
    this.need("name");
    return this.settled.get("name") as string;
  }
  protected override peek(prop: string) {
    return prop === "name" ? this.ctx.data.workbookName : undefined;
  }
}

/** The workbook's tables (their names only). */
class FakeTables extends Loadable {
  get items() {
    this.need("name");
    return (this.settled.get("name") as string[]).map((name) => ({ name }));
  }
  protected override peek() {
    return this.ctx.data.sheets.flatMap((s) => s.tables.map((t) => t.name));
  }
}

class FakeNames extends Loadable {
  get items() {
    this.need("name");
    return this.ctx.data.names.map((n) => ({ name: n.name, formula: n.formula }));
  }
  protected override peek() {
    return this.ctx.data.names;
  }
  add(name: string, range: FakeRange) {
    const item = { name, formula: `=${quote(range.sheetName)}!$A$1`, visible: true };
    this.ctx.enqueue(() => this.ctx.data.names.push(item), name);
    return item;
  }
  getItemOrNullObject(name: string) {
    return {
      delete: () =>
        this.ctx.enqueue(() => {
          this.ctx.data.names = this.ctx.data.names.filter((n) => n.name !== name);
        }),
    };
  }
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

class FakeWorksheets {
  constructor(private readonly ctx: FakeContext) {}
  getFirst() {
    return new FakeWorksheet(this.ctx, () => this.ctx.data.sheets[0]?.name ?? null);
  }
  getItem(name: string) {
    return new FakeWorksheet(this.ctx, () => {
      if (!this.ctx.data.sheet(name)) throw new Error(`ItemNotFound: ${name}`);
      return this.ctx.data.sheet(name)!.name;
    });
  }
  getItemOrNullObject(name: string) {
    return new FakeWorksheet(this.ctx, () => this.ctx.data.sheet(name)?.name ?? null);
  }
  add(name: string) {
    this.ctx.enqueue(() => {
      if (this.ctx.data.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
      this.ctx.data.sheets.push({
        name,
        cells: new Map(),
        tables: [],
        charts: [],
        cfs: [],
        frozen: null,
      });
    }, name);
    return new FakeWorksheet(this.ctx, () => name);
  }
}

class FakeWorksheet extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => string | null,
  ) {
    super(ctx);
  }
  get isNullObject() {
    return this.resolve() === null;
  }
  get name() {
    this.need("name");
    const n = this.resolve();
    if (n === null) throw new Error("InvalidObjectPath: null object");
    return n;
  }
  protected override peek() {
    return this.resolve();
  }
  private data() {
    const n = this.resolve();
    return n === null ? null : this.ctx.data.sheet(n)!;
  }
  getNextOrNullObject() {
    return new FakeWorksheet(this.ctx, () => {
      const n = this.resolve();
      if (n === null) return null;
      const i = this.ctx.data.sheets.findIndex((s) => s.name === n);
      return this.ctx.data.sheets[i + 1]?.name ?? null;
    });
  }
  getUsedRangeOrNullObject() {
    // Scanning every cell is slow for 100 000 rows: this range keeps its bounds until its context applies changes.
    let cached: { generation: number; area: Area } | null = null;
    return new FakeRange(
      this.ctx,
      () => this.resolve(),
      () => {
        if (cached?.generation !== this.ctx.generation)
          cached = { generation: this.ctx.generation, area: this.usedArea() };
        return cached.area;
      },
    );
  }

  private usedArea(): Area {
    {
      const d = this.data();
      if (!d || d.cells.size === 0) return null;
      let r0 = Infinity,
        c0 = Infinity,
        r1 = -1,
        c1 = -1;
      for (const [k, cell] of d.cells) {
        if (cell.value === null && cell.formula === undefined) continue;
        const comma = k.indexOf(",");
        const r = Number(k.slice(0, comma)),
          c = Number(k.slice(comma + 1));
        r0 = Math.min(r0, r);
        c0 = Math.min(c0, c);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      }
      return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
    }
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
    return new FakeRange(
      this.ctx,
      () => this.resolve(),
      () => ({ row, col, rows, cols }),
    );
  }
  getRange(address?: string) {
    return new FakeRange(
      this.ctx,
      () => this.resolve(),
      () => parseAddress(address ?? "A1:XFD1048576"),
    );
  }
  getRanges(addresses: string) {
    return {
      conditionalFormats: new FakeConditionalFormats(this.ctx, () => this.data()!, addresses),
    };
  }
  activate() {
    this.ctx.enqueue(() => (this.ctx.data.activeSheet = this.resolve()!));
  }
  delete() {
    this.ctx.enqueue(() => {
      const n = this.resolve();
      this.ctx.data.sheets = this.ctx.data.sheets.filter((s) => s.name !== n);
    });
  }
  get tables() {
    return {
      add: (address: string) => {
        const t = { name: "", address, style: "", showFilterButton: true };
        this.ctx.enqueue(() => this.data()!.tables.push(t), address);
        return t;
      },
    };
  }
  get charts() {
    return {
      add: (type: string) => {
        const c = { type, title: { text: "" }, setPosition: () => {} };
        this.ctx.enqueue(
          () =>
            this.data()!.charts.push({
              type,
              get title() {
                return c.title.text;
              },
            }),
          type,
        );
        return c;
      },
    };
  }
  get freezePanes() {
    return {
      freezeAt: (r: FakeRange) => this.ctx.enqueue(() => (this.data()!.frozen = r.describe())),
      freezeRows: (n: number) => this.ctx.enqueue(() => (this.data()!.frozen = `1:${n}`)),
    };
  }
  /** Each setting is queued and applied at the sync, as Excel does. */
  get pageLayout() {
    const set = (apply: (p: FakePrint) => void, payload: unknown = null) =>
      this.ctx.enqueue(() => {
        const d = this.data()!;
        d.print ??= { margins: {} };
        apply(d.print);
      }, payload);
    const margin =
      (name: string) =>
      (v: number): void =>
        set((p) => (p.margins[name] = v), v);
    const footer = {
      set leftFooter(v: string) {
        set((p) => (p.leftFooter = v), v);
      },
      set rightFooter(v: string) {
        set((p) => (p.rightFooter = v), v);
      },
    };
    return {
      set paperSize(v: string) {
        set((p) => (p.paperSize = v), v);
      },
      set orientation(v: string) {
        set((p) => (p.orientation = v), v);
      },
      set zoom(v: FakePrint["zoom"]) {
        set((p) => (p.zoom = { ...v }), v);
      },
      set leftMargin(v: number) {
        margin("left")(v);
      },
      set rightMargin(v: number) {
        margin("right")(v);
      },
      set topMargin(v: number) {
        margin("top")(v);
      },
      set bottomMargin(v: number) {
        margin("bottom")(v);
      },
      set headerMargin(v: number) {
        margin("header")(v);
      },
      set footerMargin(v: number) {
        margin("footer")(v);
      },
      setPrintArea: (r: FakeRange | string) =>
        set((p) => (p.printArea = typeof r === "string" ? r : r.describe())),
      setPrintTitleRows: (r: FakeRange | string) =>
        set((p) => (p.titleRows = typeof r === "string" ? r : r.describe())),
      headersFooters: { defaultForAllPages: footer },
    };
  }
  get horizontalPageBreaks() {
    return {
      add: (r: FakeRange | string) =>
        this.ctx.enqueue(() => {
          const d = this.data()!;
          const row = typeof r === "string" ? parseAddress(r).row : r.topRow();
          d.breaks = [...(d.breaks ?? []), row];
        }),
    };
  }
}

function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
  const [a, b] = address.replace(/\$/g, "").split(":");
  const cell = (x: string, end: boolean) => {
    const m = /^([A-Z]*)(\d*)$/.exec(x)!;
    return {
      col: m[1] ? columnIndex(m[1]) : end ? 16383 : 0,
      row: m[2] ? Number(m[2]) - 1 : end ? 1048575 : 0,
    };
  };
  const s = cell(a, false);
  const e = b ? cell(b, true) : s;
  return { row: s.row, col: s.col, rows: e.row - s.row + 1, cols: e.col - s.col + 1 };
}

type Area = { row: number; col: number; rows: number; cols: number } | null;

class FakeRange extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => string | null,
    private readonly area: () => Area,
  ) {
    super(ctx);
  }
  get sheetName() {
    return this.sheetOf()!;
  }
  topRow() {
    return this.area()!.row;
  }
  describe() {
    const a = this.area()!;
    return `${columnLetter(a.col)}${a.row + 1}:${columnLetter(a.col + a.cols - 1)}${a.row + a.rows}`;
  }
  get isNullObject() {
    return this.sheetOf() === null || this.area() === null;
  }
  private cells() {
    return this.ctx.data.sheet(this.sheetOf()!)!.cells;
  }
  get rowIndex() {
    this.need("rowIndex");
    return this.area()!.row;
  }
  get columnIndex() {
    this.need("columnIndex");
    return this.area()!.col;
  }
  get rowCount() {
    this.need("rowCount");
    return this.area()!.rows;
  }
  get columnCount() {
    this.need("columnCount");
    return this.area()!.cols;
  }
  get values(): CellValue[][] {
    this.need("values");
    return this.settled.get("values") as CellValue[][];
  }
  /** f of each cell of the range (undefined where there is none), row by row. */
  private mapCells<T>(f: (cell: FakeCell | undefined, row: number, col: number) => T): T[][] {
    const a = this.area()!;
    const cells = this.cells();
    return Array.from({ length: a.rows }, (_, r) =>
      Array.from({ length: a.cols }, (_, c) =>
        f(cells.get(`${a.row + r},${a.col + c}`), a.row + r, a.col + c),
      ),
    );
  }
  private readValues(): CellValue[][] {
    return this.mapCells((cell, row, col) => {
      if (!cell) return "";
      if (cell.formula !== undefined)
        return this.ctx.evaluate(this.sheetName, `${columnLetter(col)}${row + 1}`, cell.formula);
      return cell.value;
    });
  }
  /** Range.formulas as Excel gives it: "=…" for a formula, the value for a constant, "" when empty. */
  private readFormulas(): (string | number | boolean)[][] {
    return this.mapCells((cell) =>
      !cell ? "" : cell.formula !== undefined ? `=${cell.formula}` : (cell.value ?? ""),
    );
  }
  private readNumberFormats(): string[][] {
    return this.mapCells((cell) => cell?.numberFormat ?? "General");
  }
  get formulas(): (string | number | boolean)[][] {
    this.need("formulas");
    return this.settled.get("formulas") as (string | number | boolean)[][];
  }
  get numberFormat(): string[][] {
    this.need("numberFormat");
    return this.settled.get("numberFormat") as string[][];
  }
  protected override peek(prop: string) {
    if (prop === "values") return this.readValues();
    if (prop === "formulas") return this.readFormulas();
    if (prop === "numberFormat") return this.readNumberFormats();
    const a = this.area();
    return a ? a.row : null;
  }
  set formulas(rows: (string | number)[][]) {
    const a = this.area()!;
    this.ctx.enqueue(() => {
      const cells = this.cells();
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const key = `${a.row + r},${a.col + c}`;
          if (v === "") {
            // Excel clears the content and keeps the cell's number format.
            const kept = cells.get(key)?.numberFormat;
            if (kept === undefined) return void cells.delete(key);
            return void cells.set(key, { value: null, numberFormat: kept });
          }
          const cell = cells.get(key) ?? { value: null };
          if (typeof v === "string" && v.startsWith("="))
            Object.assign(cell, { formula: v.slice(1), value: null });
          else
            Object.assign(cell, {
              formula: undefined,
              value: typeof v === "string" && v.startsWith("'") ? v.slice(1) : v,
            });
          cells.set(key, cell);
        }),
      );
    }, rows);
  }
  set numberFormat(rows: string[][]) {
    const a = this.area()!;
    this.ctx.enqueue(() => {
      const cells = this.cells();
      rows.forEach((row, r) =>
        row.forEach((f, c) => {
          const cell = cells.get(`${a.row + r},${a.col + c}`);
          // General is every cell's format until another is set: the fake leaves it unstored.
          if (cell && f === "General") delete cell.numberFormat;
          else if (cell) cell.numberFormat = f;
        }),
      );
    }, rows);
  }
  get format() {
    // The font proxy and the width setter act on this range.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const range = this;
    return {
      font: new Proxy({} as Record<string, unknown>, {
        set(_t, prop, value) {
          range.ctx.enqueue(() => {
            const a = range.area()!;
            const cell = range.cells().get(`${a.row},${a.col}`) ?? { value: null };
            cell.font = { ...cell.font, [prop]: value };
            range.cells().set(`${a.row},${a.col}`, cell);
          });
          return true;
        },
      }),
      set columnWidth(_w: number) {
        range.ctx.enqueue(() => {});
      },
      set horizontalAlignment(v: string) {
        range.ctx.enqueue(() => range.eachCell((cell) => (cell.horizontalAlignment = v)), v);
      },
      set wrapText(v: boolean) {
        range.ctx.enqueue(() => range.eachCell((cell) => (cell.wrapText = v)), v);
      },
      set indentLevel(v: number) {
        range.ctx.enqueue(() => range.eachCell((cell) => (cell.indentLevel = v)), v);
      },
      set rowHeight(v: number) {
        range.ctx.enqueue(() => {
          const d = range.ctx.data.sheet(range.sheetName)!;
          const a = range.area()!;
          d.rowHeights ??= new Map();
          for (let r = a.row; r < a.row + a.rows; r++) d.rowHeights.set(r, v);
        }, v);
      },
    };
  }
  merge() {
    this.ctx.enqueue(() => {
      const d = this.ctx.data.sheet(this.sheetName)!;
      d.merged = [...(d.merged ?? []), this.describe()];
    });
  }
  /** Each cell of the range, made if empty (formats apply to empty cells too). */
  eachCell(f: (cell: FakeCell) => void) {
    const a = this.area()!;
    const cells = this.cells();
    for (let r = a.row; r < a.row + a.rows; r++)
      for (let c = a.col; c < a.col + a.cols; c++) {
        const cell = cells.get(`${r},${c}`) ?? { value: null };
        f(cell);
        cells.set(`${r},${c}`, cell);
      }
  }
  select() {
    this.ctx.enqueue(() => (this.ctx.data.selection = `${this.sheetName}!${this.describe()}`));
  }
  get conditionalFormats() {
    return new FakeConditionalFormats(
      this.ctx,
      () => this.ctx.data.sheet(this.sheetOf()!)!,
      this.describe(),
    );
  }
  get dataValidation() {
    return new FakeDataValidation(
      this.ctx,
      () => this.ctx.data.sheet(this.sheetOf()!)!,
      this.area()!,
    );
  }
}

/**
 * Range.dataValidation, strict as Excel: a rule over cells that already have a validation is
 * refused (clear() first); clear() removes the validations inside the range (a partial clear is
 * not modelled and throws); type and errorAlert are readable after load() and sync().
 */
class FakeDataValidation extends Loadable {
  private readonly entry: FakeValidation;
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeWorkbookData["sheets"][number],
    area: FakeValidation["area"],
  ) {
    super(ctx);
    this.entry = { area };
  }
  private list() {
    const s = this.sheet();
    s.validations ??= [];
    return s.validations;
  }
  set rule(rule: Excel.DataValidationRule) {
    this.ctx.enqueue(() => {
      if (this.list().some((v) => v !== this.entry && overlaps(v.area, this.entry.area)))
        throw new Error("InvalidOperation: the range already has data validation");
      this.entry.rule = rule;
      if (!this.list().includes(this.entry)) this.list().push(this.entry);
    }, rule);
  }
  set ignoreBlanks(v: boolean) {
    this.ctx.enqueue(() => (this.entry.ignoreBlanks = v), v);
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.ctx.enqueue(() => (this.entry.prompt = v), v);
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.ctx.enqueue(() => (this.entry.errorAlert = v), v);
  }
  clear() {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const area = this.entry.area;
      const hit = (s.validations ?? []).filter((v) => overlaps(v.area, area));
      if (hit.some((v) => !inside(v.area, area)))
        throw new Error("fake: clearing part of a validation is not modelled");
      s.validations = (s.validations ?? []).filter((v) => !hit.includes(v));
    });
  }
  /** The one validation covering the whole range, or what Excel says of none or several. */
  private covering(): FakeValidation | "None" | "Inconsistent" {
    const hit = (this.sheet().validations ?? []).filter((v) => overlaps(v.area, this.entry.area));
    if (hit.length === 0) return "None";
    return hit.length === 1 && inside(this.entry.area, hit[0].area) ? hit[0] : "Inconsistent";
  }
  protected override peek(prop: string) {
    const c = this.covering();
    if (prop === "type")
      return typeof c === "string" ? c : (RULE_TYPES[Object.keys(c.rule ?? {})[0]] ?? "None");
    if (prop === "errorAlert") return typeof c === "string" ? null : (c.errorAlert ?? null);
    return undefined;
  }
  get type() {
    this.need("type");
    return this.settled.get("type") as string;
  }
  /** null when the range has no validation or several (typed as Excel types it). */
  get errorAlert(): Excel.DataValidationErrorAlert {
    this.need("errorAlert");
    return this.settled.get("errorAlert") as Excel.DataValidationErrorAlert;
  }
}

class FakeConditionalFormats extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeWorkbookData["sheets"][number],
    private readonly address: string,
  ) {
    super(ctx);
  }
  add(type: string) {
    const cf = new FakeConditionalFormat(
      this.ctx,
      this.sheet,
      String(this.ctx.data.nextId++),
      type,
      this.address,
    );
    this.ctx.enqueue(
      () => this.sheet().cfs.push({ id: cf.idValue, address: this.address, rule: type }),
      this.address,
    );
    return cf;
  }
  get items() {
    this.need("id");
    return this.sheet().cfs.map(
      (c) => new FakeConditionalFormat(this.ctx, this.sheet, c.id, c.rule, c.address, true),
    );
  }
  protected override peek() {
    return this.sheet().cfs;
  }
}

class FakeConditionalFormat extends Loadable {
  custom = { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } };
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeWorkbookData["sheets"][number],
    readonly idValue: string,
    readonly type: string,
    readonly address: string,
    loaded = false,
  ) {
    super(ctx);
    if (loaded) this.loaded.add("id");
  }
  get id() {
    this.need("id");
    return this.idValue;
  }
  protected override peek() {
    return this.idValue;
  }
  delete() {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      s.cfs = s.cfs.filter((c) => c.id !== this.idValue);
    });
  }
}

/** A runner over the fake, like Excel.run: one context per batch. */
export function fakeRunner(data: FakeWorkbookData, evaluate: Evaluator) {
  const contexts: FakeContext[] = [];
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(data, evaluate);
    contexts.push(ctx);
    return batch(ctx as unknown as Excel.RequestContext);
  };
  return { run, contexts, syncCount: () => contexts.reduce((n, c) => n + c.syncs.length, 0) };
}
