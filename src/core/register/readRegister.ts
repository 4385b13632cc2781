import { columnLetter, type CellValue, type SheetGrid } from "../grid";
import type { HeaderRow } from "../headerRow";
import type { CellRef, IssueCollector } from "../issueCollector";
import { parseDate, serialToIso, ymdToSerial } from "../parse/dates";
import { isErrorValue } from "../parse/errors";
import { parseNumber, parseWholeNumber } from "../parse/numbers";
import { cleanText, normalizeKey } from "../parse/text";
import { CategoryMatcher, joinLabels } from "../taxonomy/match";
import type { Category, CategoryField, Taxonomy } from "../taxonomy/types";
import { isTotalLabel } from "../budget/rowLabels";
import { holdsPersonnummer } from "../parse/personnummer";
import type { FieldKey } from "./fields";
import { municipalityKey, OpenList, openListKey } from "./openList";
import { bucketForYears, yearsWithIncome } from "./yearsOnBenefits";
import type { CellFix, Register, RegisterRow, RegisterSheet } from "./types";

/** Dates outside this range are typing mistakes in a Finsam register (Finsam began 2004). */
const EARLIEST_DATE = ymdToSerial(1990, 1, 1)!;
const LATEST_DATE = ymdToSerial(2099, 12, 31)!;
export const EARLIEST_BIRTH_YEAR = 1920;

export interface RegisterSheetInput {
  sheet: SheetGrid;
  header: HeaderRow<FieldKey>;
}

/** Shared state while reading every register sheet of a workbook. */
class RegisterReader {
  readonly rows: RegisterRow[] = [];
  readonly fixes: CellFix[] = [];
  readonly insatser = new Map<string, string>();
  readonly matchers: Record<CategoryField, CategoryMatcher>;
  /** Open lists keep the register's spellings (docs/domain.md); labels settle after the last sheet. */
  readonly municipalities = new OpenList((_, label) => municipalityKey(label));
  readonly openLists: Partial<Record<CategoryField, OpenList>> = {};
  /** Rows and their municipality, whose label is known only once every row is read. */
  readonly municipalityOf: [RegisterRow, Category][] = [];

  constructor(
    taxonomy: Taxonomy,
    private readonly issues: IssueCollector,
    private readonly todayYear: number,
    private readonly defaultInsats: string | undefined,
  ) {
    this.matchers = {} as Record<CategoryField, CategoryMatcher>;
    for (const f of Object.keys(taxonomy) as CategoryField[]) {
      this.matchers[f] = new CategoryMatcher(taxonomy[f], f === "exitReason");
      if (!taxonomy[f].open) continue;
      // A value written as a taxonomy label keeps its key ("fk"); others get one of their own.
      const known = new Map(taxonomy[f].categories.map((c) => [openListKey(c.label), c.key]));
      this.openLists[f] = new OpenList((k) => known.get(k) ?? "x-" + k);
    }
  }

  readSheet({ sheet, header }: RegisterSheetInput): RegisterSheet {
    const cols = header.columns;
    const colName = (c: number) => header.headers[c] ?? columnLetter(c);
    const sheetInsats = this.defaultInsats ?? sheet.name;
    let rowCount = 0;
    let lastRow = header.row;

    for (let r = header.row + 1; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r];
      if (!cells) continue;
      let nonBlank = 0;
      let errorCols: number[] | null = null;
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c];
        if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
        nonBlank++;
        if (isErrorValue(v)) {
          (errorCols ??= []).push(c);
          this.issues.add(
            "CELL-ERROR-VALUE",
            { sheet: sheet.name, row: r, col: c, column: colName(c) },
            v,
            this.issues.msg.errorValue(v.trim()),
          );
        }
      }
      if (nonBlank === 0 || isNoteRow(cells, nonBlank, cols)) continue;
      rowCount++;
      lastRow = r;

      const ctx: RowContext = { sheet: sheet.name, r, cells, errorCols, colName };
      const id = this.text(ctx, cols.id);
      if (id.blank)
        this.issues.add("REG-ID-MISSING", ref(ctx, cols.id!), null, this.issues.msg.idMissing());

      let insats: string | null = sheetInsats;
      if (cols.insats !== undefined) {
        const t = this.text(ctx, cols.insats);
        // A personnummer must never become an insats (a column header on Resultat): an error, and the row is left out.
        if (t.text !== null && holdsPersonnummer(t.text)) {
          this.issues.add(
            "REG-TEAM-PERSONNUMMER",
            ref(ctx, cols.insats),
            t.text,
            this.issues.msg.insatsPersonnummer(),
          );
          insats = null;
        } else insats = t.text === null ? null : this.insatsName(ctx, cols.insats, t.text);
        if (t.blank)
          this.issues.add(
            "REG-TEAM-MISSING",
            ref(ctx, cols.insats),
            null,
            this.issues.msg.insatsMissing(),
          );
      }

      const start = this.date(ctx, "start", cols.start);
      if (!start.present)
        this.issues.add(
          "REG-START-MISSING",
          ref(ctx, cols.start!),
          null,
          this.issues.msg.startMissing(),
        );
      const end = this.date(ctx, "end", cols.end);
      const exit = this.categories(ctx, "exitReason", cols.exitReason);

      const birthYear = this.birthYear(ctx, cols.birthYear);
      const age = this.wholeNumber(ctx, "age", cols.age);
      const municipality = this.openValue(
        ctx,
        this.municipalities,
        "municipality",
        cols.municipality,
      );
      const row: RegisterRow = {
        sheet: sheet.name,
        row: r,
        id: id.text,
        insats,
        start: start.serial,
        end: end.serial,
        hasEnd: end.present,
        hasExitReason: exit.present,
        birthYear,
        age,
        municipality: municipality?.label ?? null,
        gender: this.category(ctx, "gender", cols.gender),
        referrer: this.category(ctx, "referrer", cols.referrer),
        incomeBefore: this.category(ctx, "incomeBefore", cols.incomeBefore),
        incomeAfter: this.category(ctx, "incomeAfter", cols.incomeAfter),
        education: this.category(ctx, "education", cols.education),
        yearsOnBenefits: this.yearsOnBenefits(ctx, cols.yearsOnBenefits),
        exitReasons: exit.categories,
        followUp: this.category(ctx, "followUp", cols.followUp),
      };
      if (municipality) this.municipalityOf.push([row, municipality]);
      // "Ingen" also when there was no public support before the insats (docs/domain.md).
      row.yearsOnBenefits = yearsWithIncome(
        this.matchers.yearsOnBenefits.taxonomy.categories,
        row.yearsOnBenefits,
        row.incomeBefore,
      );
      this.rows.push(row);
    }
    return {
      name: sheet.name,
      headerRow: header.row,
      columns: cols,
      headers: header.headers,
      rowCount,
      lastRow,
    };
  }

  /** The display name of an insats: its first spelling; later spellings that differ only in case or spaces are noted. */
  private insatsName(ctx: RowContext, c: number, text: string): string {
    const key = normalizeKey(text) || text;
    let name = this.insatser.get(key);
    if (name === undefined) {
      name = text;
      this.insatser.set(key, name);
    }
    const raw = ctx.cells[c];
    if (raw !== name)
      this.normalized(
        ctx,
        c,
        "insats",
        raw,
        name,
        this.issues.msg.valueNormalized(ctx.colName(c), String(raw), name),
      );
    return name;
  }

  /**
   * A value of an open list: its own category, never reported as normalised. A cell with stray
   * spaces is trimmed in the written copy, since COUNTIFS (case-insensitive) does not trim.
   */
  private openValue(
    ctx: RowContext,
    list: OpenList,
    field: FieldKey,
    c: number | undefined,
  ): Category | null {
    const t = this.text(ctx, c).text;
    // Open-list values become row labels: a personnummer (flagged by the privacy rule) is not one.
    if (t === null || holdsPersonnummer(t)) return null;
    const raw = ctx.cells[c!];
    if (typeof raw === "string" && raw !== t)
      this.fixes.push({ sheet: ctx.sheet, row: ctx.r, col: c!, field, original: raw, value: t });
    return list.add(t);
  }

  private text(ctx: RowContext, c: number | undefined): { text: string | null; blank: boolean } {
    const v = raw(ctx, c);
    if (v === undefined || v === ERROR_CELL) return { text: null, blank: false };
    if (v === null) return { text: null, blank: true };
    const text = typeof v === "string" ? cleanText(v) : String(v);
    return { text: text || null, blank: !text };
  }

  private date(
    ctx: RowContext,
    field: "start" | "end",
    c: number | undefined,
  ): { serial: number | null; present: boolean } {
    const v = raw(ctx, c);
    if (v === undefined) return { serial: null, present: false };
    if (v === null) return { serial: null, present: false };
    if (v === ERROR_CELL) return { serial: null, present: true };
    const at = ref(ctx, c!);
    const header = ctx.colName(c!);
    const parsed = parseDate(v);
    if (parsed === null) return { serial: null, present: false };
    if (!parsed.ok) {
      if (parsed.reason === "impossible")
        this.issues.add("REG-DATE-IMPOSSIBLE", at, v, this.issues.msg.dateImpossible(header));
      else this.issues.add("REG-DATE-UNREADABLE", at, v, this.issues.msg.dateUnreadable(header));
      return { serial: null, present: true };
    }
    if (parsed.serial < EARLIEST_DATE || parsed.serial > LATEST_DATE) {
      this.issues.add(
        "REG-DATE-IMPLAUSIBLE",
        at,
        v,
        this.issues.msg.dateImplausible(header, serialToIso(parsed.serial)),
      );
      return { serial: null, present: true };
    }
    if (parsed.normalized)
      this.normalized(
        ctx,
        c!,
        field,
        v,
        parsed.serial,
        this.issues.msg.dateNormalized(header, String(v), serialToIso(parsed.serial)),
      );
    else if (v !== parsed.serial)
      this.normalized(
        ctx,
        c!,
        field,
        v,
        parsed.serial,
        this.issues.msg.timeDropped(header, serialToIso(parsed.serial)),
      );
    return { serial: parsed.serial, present: true };
  }

  private birthYear(ctx: RowContext, c: number | undefined): number | null {
    const n = this.wholeNumber(ctx, "birthYear", c, true);
    if (n === null) return null;
    if (n < EARLIEST_BIRTH_YEAR || n > this.todayYear) {
      this.issues.add(
        "REG-BIRTHYEAR-INVALID",
        ref(ctx, c!),
        ctx.cells[c!],
        this.issues.msg.birthYearInvalid(this.todayYear - 14),
      );
      return null;
    }
    return n;
  }

  private wholeNumber(
    ctx: RowContext,
    field: "age" | "birthYear",
    c: number | undefined,
    isYear = false,
  ): number | null {
    const v = raw(ctx, c);
    if (v === undefined || v === null || v === ERROR_CELL) return null;
    const parsed = parseWholeNumber(v);
    if (!parsed || !parsed.ok || parsed.value < 0) {
      if (isYear)
        this.issues.add(
          "REG-BIRTHYEAR-INVALID",
          ref(ctx, c!),
          v,
          this.issues.msg.birthYearInvalid(this.todayYear - 14),
        );
      else
        this.issues.add(
          "REG-NUMBER-INVALID",
          ref(ctx, c!),
          v,
          this.issues.msg.numberInvalid(ctx.colName(c!)),
        );
      return null;
    }
    if (parsed.normalized)
      this.normalized(
        ctx,
        c!,
        field,
        v,
        parsed.value,
        this.issues.msg.numberNormalized(ctx.colName(c!), String(v), parsed.value),
      );
    return parsed.value;
  }

  private yearsOnBenefits(ctx: RowContext, c: number | undefined): Category | null {
    const v = raw(ctx, c);
    if (v === undefined || v === null || v === ERROR_CELL) return null;
    const n = parseNumber(v);
    if (n && n.ok) {
      const bucket =
        n.value >= 0
          ? bucketForYears(this.matchers.yearsOnBenefits.taxonomy.categories, n.value)
          : null;
      if (!bucket) {
        const labels = this.matchers.yearsOnBenefits.taxonomy.categories.map((x) => x.label);
        this.issues.add(
          "REG-CATEGORY-UNKNOWN",
          ref(ctx, c!),
          v,
          this.issues.msg.yearsInvalid(ctx.colName(c!), labels),
        );
        return null;
      }
      if (n.normalized)
        this.normalized(
          ctx,
          c!,
          "yearsOnBenefits",
          v,
          n.value,
          this.issues.msg.numberNormalized(ctx.colName(c!), String(v), n.value),
        );
      return bucket;
    }
    return this.category(ctx, "yearsOnBenefits", c);
  }

  private category(ctx: RowContext, field: CategoryField, c: number | undefined): Category | null {
    const open = this.openLists[field];
    if (open) return this.openValue(ctx, open, field, c);
    return this.categories(ctx, field, c).categories[0] ?? null;
  }

  private categories(
    ctx: RowContext,
    field: CategoryField,
    c: number | undefined,
  ): { categories: Category[]; present: boolean } {
    const v = raw(ctx, c);
    if (v === undefined) return { categories: [], present: false };
    if (v === null) return { categories: [], present: false };
    if (v === ERROR_CELL) return { categories: [], present: true };
    const text = String(v);
    const header = ctx.colName(c!);
    const m = this.matchers[field].match(text);
    if (m.kind === "unknown") {
      const labels = this.matchers[field].taxonomy.categories.map((x) => x.label);
      this.issues.add(
        "REG-CATEGORY-UNKNOWN",
        ref(ctx, c!),
        v,
        this.issues.msg.categoryUnknown(header, m.unknown.join("; "), labels, m.suggestion),
        m.suggestion,
      );
      // A cell with one unknown reason among known ones: the copy gets the canonical "A; B" form formulas count.
      if (m.known.length > 0 && m.canonical !== v)
        this.fixes.push({
          sheet: ctx.sheet,
          row: ctx.r,
          col: c!,
          field,
          original: v,
          value: m.canonical,
        });
      return { categories: m.known, present: true };
    }
    if (m.kind === "normalized") {
      const understood = joinLabels(m.categories);
      this.normalized(
        ctx,
        c!,
        field,
        v,
        understood,
        this.issues.msg.valueNormalized(header, text, understood),
        understood,
      );
    }
    return { categories: m.categories, present: true };
  }

  private normalized(
    ctx: RowContext,
    c: number,
    field: FieldKey,
    original: CellValue,
    value: string | number,
    message: string,
    suggestion: string | null = null,
  ): void {
    this.fixes.push({ sheet: ctx.sheet, row: ctx.r, col: c, field, original, value });
    this.issues.add("REG-VALUE-NORMALIZED", ref(ctx, c), original, message, suggestion);
  }
}

interface RowContext {
  sheet: string;
  r: number;
  cells: CellValue[];
  errorCols: number[] | null;
  colName: (c: number) => string;
}

/** An error value in the cell ("#N/A"): reported once, then neither blank nor a value. */
const ERROR_CELL = Symbol("error value");

/** The cell of a mapped column: undefined when the column is not mapped, null when blank, ERROR_CELL for an error value. */
function raw(ctx: RowContext, c: number | undefined): CellValue | undefined | typeof ERROR_CELL {
  if (c === undefined) return undefined;
  const v = ctx.cells[c];
  if (v === null || v === undefined) return null;
  if (typeof v === "string" && v.trim() === "") return null;
  if (ctx.errorCols && ctx.errorCols.includes(c)) return ERROR_CELL;
  return v;
}

function ref(ctx: RowContext, c: number): CellRef {
  return { sheet: ctx.sheet, row: ctx.r, col: c, column: ctx.colName(c) };
}

/**
 * A line of text under or inside the data ("Källa: …", "Summa") rather than a
 * participant: a single text cell with spaces or a total word, and no enrolment date.
 */
function isNoteRow(
  cells: CellValue[],
  nonBlank: number,
  cols: Partial<Record<FieldKey, number>>,
): boolean {
  if (nonBlank !== 1) return false;
  const c = cells.findIndex(
    (v) => v !== null && v !== undefined && !(typeof v === "string" && v.trim() === ""),
  );
  if (c === cols.start) return false;
  const v = cells[c];
  if (typeof v !== "string") return false;
  const t = v.trim();
  return /\s/.test(t) || isTotalLabel(t);
}

export function readRegister(
  inputs: RegisterSheetInput[],
  taxonomy: Taxonomy,
  issues: IssueCollector,
  todayYear: number,
  defaultInsats: string | undefined,
): Register {
  const reader = new RegisterReader(taxonomy, issues, todayYear, defaultInsats);
  const sheets = inputs.map((input) => reader.readSheet(input));
  const insatser: string[] = [];
  const seen = new Set<string>();
  for (const row of reader.rows)
    if (row.insats !== null && !seen.has(row.insats)) {
      seen.add(row.insats);
      insatser.push(row.insats);
    }
  const municipalities = reader.municipalities.settle();
  for (const [row, c] of reader.municipalityOf) row.municipality = c.label;
  const openLists: Register["openLists"] = { municipality: municipalities, referrer: [] };
  const extraCategories: Register["extraCategories"] = {};
  for (const f of Object.keys(reader.openLists) as CategoryField[]) {
    const values = reader.openLists[f]!.settle();
    if (f === "referrer") openLists.referrer = values;
    const taxonomyKeys = new Set(taxonomy[f].categories.map((c) => c.key));
    const extra = values.filter((c) => !taxonomyKeys.has(c.key));
    if (extra.length) extraCategories[f] = extra;
  }
  return { sheets, rows: reader.rows, insatser, fixes: reader.fixes, extraCategories, openLists };
}
