import { columnLetter, type WorkbookGrid } from "../../core/grid";
import { budgetSheetOf, overviewOf } from "../../engine/overview";
import { countBySeverity } from "../../core/issue";
import { readWorkbook, type ParsedWorkbook } from "../../core/readWorkbook";
import { personalKey } from "../../core/issueCollector";
import type { Lang } from "../../core/messages/catalogue";
import { serialToIso } from "../../core/parse/dates";
import { maskValue } from "../../core/privacy/mask";
import { planRepairs } from "../../core/repair/planRepairs";
import { previewRepairs } from "../../core/repair/preview";
import { repairedFileName, repairWorkbook } from "./repairWorkbook";
import {
  buildReportWorkbook,
  combineGrids,
  reportFileName,
  reportOnlyFileName,
  type ReportSource,
} from "./reportWorkbook";
import { templateForWorkbook } from "../../core/template/fromWorkbook";
import {
  applyCategoryEdits,
  newlyUnknown,
  type CategoryEdits,
} from "../../core/template/editCategories";
import { kategorierSheet, withKategorier } from "../../core/template/kategorierLayout";
import { findCategoriesSheet } from "../../core/taxonomy/kategorierSheet";
import { templateFileName, templateWorkbookBytes } from "./template/templateWorkbook";
import type {
  CategoriesSaved,
  TemplateFile,
  CheckResult,
  EngineApi,
  Mapping,
  Progress,
  ReportRequest,
  RepairPreview,
  RepairResult,
  ReportResult,
  RowPreview,
  WorkbookOverview,
} from "../../engine/types";

const PREVIEW_CONTEXT = 2;

/**
 * The engine over .xlsx files (the standalone web page): ExcelJS reads and writes,
 * the core decides. Runs in a worker, or in the page when workers are unavailable.
 */
export class FileEngine implements EngineApi {
  private sources: ReportSource[] = [];
  private grid: WorkbookGrid = { sheets: [] };
  private mapping: Mapping = {};
  private parsed: ParsedWorkbook | null = null;
  /** The user's budget sheet for this session; null = automatic (the period's year). */
  private budgetSheet: string | null = null;

  /** `lang`: the language of issue messages (the pane's); the report sheets stay Swedish. */
  constructor(
    private readonly today?: string,
    private readonly lang: Lang = "sv",
  ) {}

  async open(
    files: { name: string; bytes: Uint8Array }[],
    onProgress?: Progress,
  ): Promise<WorkbookOverview> {
    onProgress?.("reading", 0);
    const combined = combineGrids(files);
    this.sources = files;
    this.grid = combined.grid;
    this.mapping = {};
    onProgress?.("checking", 0.6);
    return this.reparse();
  }

  async remap(mapping: Mapping): Promise<WorkbookOverview> {
    this.mapping = mapping;
    return this.reparse();
  }

  async chooseBudget(sheet: string | null): Promise<WorkbookOverview> {
    this.budgetSheet = sheet;
    return this.parsed ? this.overview(this.parsed) : this.reparse();
  }

  private reparse(): WorkbookOverview {
    this.parsed = readWorkbook(this.grid, {
      today: this.today,
      mapping: this.mapping,
      lang: this.lang,
    });
    return this.overview(this.parsed);
  }

  private overview(parsed: ParsedWorkbook): WorkbookOverview {
    return overviewOf(
      parsed,
      this.sources.map((s) => s.name),
      this.grid,
      this.budgetSheet,
    );
  }

  async check(): Promise<CheckResult> {
    const issues = this.parsed!.issues;
    return { issues, counts: countBySeverity(issues), repairs: this.repairPreview() };
  }

  /** One file at a time: the repaired copy is that file with its cells repaired. */
  private repairPreview(): RepairPreview | undefined {
    if (this.sources.length !== 1 || !this.parsed) return undefined;
    const repairs = planRepairs(this.parsed, this.grid);
    if (!repairs.length) return undefined;
    return { total: repairs.length, groups: previewRepairs(repairs, this.parsed.personalColumns) };
  }

  async repair(): Promise<RepairResult> {
    const source = this.sources[0];
    const options = { today: this.today, mapping: this.mapping, lang: this.lang };
    const done = repairWorkbook(source.bytes, source.name, options);
    return {
      repaired: done.repairs.length,
      fileName: repairedFileName(source.name),
      bytes: done.bytes,
      overview: null,
    };
  }

  async report(request: ReportRequest, onProgress?: Progress): Promise<ReportResult> {
    onProgress?.("counting", 0.1);
    const built = await buildReportWorkbook(this.sources, {
      period: request.period,
      insatser: request.insatser,
      sheets: request.sheets,
      hideSmall: request.hideSmall,
      today: this.today,
      mapping: this.mapping,
      lang: this.lang,
      withReportOnly: true,
      budgetSheet:
        (request.budgetSheet !== undefined
          ? request.budgetSheet
          : budgetSheetOf(this.parsed, this.budgetSheet)) ?? undefined,
    });
    onProgress?.("writing", 0.9);
    return {
      model: built.prepared.model,
      sheets: built.sheets,
      renamed: built.plan.renamed,
      fixes: built.fixes,
      valueInsatser: built.valueInsatser,
      fileName: reportFileName(this.sources[0]?.name ?? "rapport.xlsx", built.label),
      bytes: built.bytes,
      reportOnlyFileName: reportOnlyFileName(this.sources[0]?.name ?? "rapport.xlsx", built.label),
      reportOnlyBytes: built.reportOnlyBytes,
      conflicts: built.prepared.conflicts,
      // The file's formulas are checked by recalculating in LibreOffice in the test suite.
      differences: [],
    };
  }

  async preview(sheet: string, row: number, col: number): Promise<RowPreview> {
    const g = this.grid.sheets.find((s) => s.name === sheet);
    const reg = this.parsed?.register.sheets.find((s) => s.name === sheet);
    const headerRow = reg ? reg.headerRow : 0;
    const headerCells = g?.rows[headerRow] ?? [];
    const from = Math.max(headerRow + 1, row - 1 - PREVIEW_CONTEXT);
    const to = Math.min((g?.rows.length ?? 0) - 1, row - 1 + PREVIEW_CONTEXT);
    const width = Math.max(headerCells.length, col + 1);
    // Date columns show dates, not Excel serials.
    const dateCols = new Set(
      [reg?.columns.start, reg?.columns.end].filter((c): c is number => c !== undefined),
    );
    // The preview is shown to a user: its cells pass the same masking rule as every issue.
    const personal = this.parsed?.personalColumns ?? new Set<string>();
    const cellsOf = (r: number) =>
      Array.from({ length: width }, (_, c) => {
        const v = g?.rows[r]?.[c] ?? null;
        return dateCols.has(c) && typeof v === "number" && v >= 1
          ? serialToIso(v)
          : maskValue(v, personal.has(personalKey(sheet, c)));
      });
    const rows = [];
    for (let r = from; r <= to; r++) rows.push({ row: r + 1, cells: cellsOf(r) });
    if (rows.length === 0 && g) rows.push({ row, cells: cellsOf(row - 1) });
    return {
      sheet,
      headers: Array.from({ length: width }, (_, c) =>
        headerCells[c] === null || headerCells[c] === undefined
          ? columnLetter(c)
          : String(headerCells[c]),
      ),
      rows,
      focusRow: row,
      focusCol: col,
    };
  }

  /** A new register workbook; with files open, their categories and insatser feed the lists. */
  async templateFile(): Promise<TemplateFile> {
    const t = templateForWorkbook(this.sources.length ? this.grid : null, this.today);
    return {
      fileName: templateFileName(this.sources[0]?.name),
      bytes: await templateWorkbookBytes(t),
    };
  }

  /**
   * The edited categories for this session: the workbook as read gets them as its Kategorier
   * sheet (the user's file is never changed), so checks and the template download use them.
   */
  async saveCategories(edits: CategoryEdits): Promise<CategoriesSaved> {
    const parsed = this.parsed ?? this.reparseOnly();
    const before = parsed.issues;
    const taxonomy = applyCategoryEdits(parsed.taxonomy, edits);
    const existing = findCategoriesSheet(this.grid);
    const sheet = kategorierSheet(taxonomy, parsed.register.insatser, existing?.name);
    this.grid = withKategorier(this.grid, sheet);
    const overview = this.reparse();
    return {
      overview,
      sheet: null,
      refused: false,
      unknown: newlyUnknown(before, this.parsed!.issues),
    };
  }

  private reparseOnly(): ParsedWorkbook {
    this.reparse();
    return this.parsed!;
  }
}
