import { a1, type WorkbookGrid } from "../../core/grid";
import { countBySeverity, type Issue } from "../../core/issue";
import { planReport } from "../../core/layout/planReport";
import type { Lang } from "../../core/messages/catalogue";
import { readWorkbook, type ParsedWorkbook } from "../../core/readWorkbook";
import { planRepairs } from "../../core/repair/planRepairs";
import { previewRepairs } from "../../core/repair/preview";
import type { Repair } from "../../core/repair/types";
import { budgetSheetOf, overviewOf } from "../../engine/overview";
import type {
  CheckResult,
  EngineApi,
  Mapping,
  Progress,
  RepairResult,
  ReportRequest,
  ReportResult,
  WorkbookOverview,
} from "../../engine/types";
import { highlightIssues, removeHighlights } from "./highlight";
import { selectCell } from "./navigate";
import { readWorkbookGrid } from "./readGrid";
import { applyRepairs, undoRepairs, type UndoCell } from "./repairCells";
import type { ExcelRunner } from "./runner";
import type { SettingsStore, StoredSettings } from "./settings";
import { compareFigures, queuePrintSetup, queueReadBack, queueReport } from "./writeReport";

/**
 * The engine inside Excel: reads the open workbook through Office.js, lets the core
 * decide, and writes the report sheets into the workbook. The user's own cells are
 * never written: figures that would need a normalised cell are written as values.
 */
export class ExcelEngine implements EngineApi {
  private grid: WorkbookGrid = { sheets: [] };
  private parsed: ParsedWorkbook | null = null;
  private mapping: Mapping;
  /** The user's budget sheet, kept in the workbook's settings; null = automatic (the period's year). */
  private budgetSheet: string | null;
  /** Issue 13: the repairs the last check planned, and each repair made this session (for Ångra). */
  private planned: Repair[] = [];
  private readonly undoStack: UndoCell[][] = [];

  constructor(
    private readonly run: ExcelRunner,
    private readonly settings: SettingsStore,
    private readonly today?: string,
    /** The language of issue messages (the pane's); the report sheets stay Swedish. */
    private readonly lang: Lang = "sv",
  ) {
    const stored = settings.load();
    this.mapping = stored.mapping ?? {};
    this.budgetSheet = stored.budgetSheet ?? null;
  }

  async open(): Promise<WorkbookOverview> {
    // Inside Excel the open workbook is the source; files are the web page's.
    return this.refresh();
  }

  async refresh(onProgress?: Progress): Promise<WorkbookOverview> {
    onProgress?.("reading", 0);
    const read = await this.run((context) => readWorkbookGrid(context));
    this.grid = read.grid;
    onProgress?.("checking", 0.7);
    return this.reparse();
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
    return {
      ...overviewOf(parsed, [], this.grid, this.budgetSheet),
      savedPeriod: this.settings.load().period ?? null,
    };
  }

  async chooseBudget(sheet: string | null): Promise<WorkbookOverview> {
    this.budgetSheet = sheet;
    await this.settings.save(withBudgetSheet(this.settings.load(), sheet));
    return this.parsed ? this.overview(this.parsed) : this.reparse();
  }

  async remap(mapping: Mapping): Promise<WorkbookOverview> {
    this.mapping = mapping;
    await this.settings.save({ ...this.settings.load(), mapping });
    return this.reparse();
  }

  /** Reads the workbook again (the user may have fixed cells since) and lists its issues. */
  async check(): Promise<CheckResult> {
    await this.refresh();
    const parsed = this.parsed!;
    const issues = parsed.issues;
    this.planned = planRepairs(parsed, this.grid);
    const repairs = this.planned.length
      ? { total: this.planned.length, groups: previewRepairs(this.planned, parsed.personalColumns) }
      : undefined;
    return { issues, counts: countBySeverity(issues), repairs };
  }

  /**
   * Writes the repairs the last check listed (the user confirmed them in the pane), in one batch;
   * cells changed since are left alone. The previous values and formats are kept for undoRepair.
   */
  async repair(): Promise<RepairResult> {
    const planned = this.planned;
    const undo = await this.run((context) => applyRepairs(context, planned));
    if (undo.length) this.undoStack.push(undo);
    this.planned = [];
    const overview = await this.refresh();
    return { repaired: undo.length, fileName: null, bytes: null, overview };
  }

  /** Puts back the cells of the last repair, values and number formats exactly; kept for the session only. */
  async undoRepair(): Promise<WorkbookOverview> {
    const undo = this.undoStack.pop();
    if (undo) await this.run((context) => undoRepairs(context, undo));
    return this.refresh();
  }

  async report(request: ReportRequest, onProgress?: Progress): Promise<ReportResult> {
    // The request's budget choice is kept as the user's; without one, the kept choice is used.
    if (request.budgetSheet !== undefined) this.budgetSheet = request.budgetSheet;
    await this.settings.save(
      withBudgetSheet({ ...this.settings.load(), period: request.period }, this.budgetSheet),
    );
    return this.run(async (context) => {
      onProgress?.("reading", 0);
      const read = await readWorkbookGrid(context);
      this.grid = read.grid;
      onProgress?.("counting", 0.4);
      const insatser = request.insatser.length ? request.insatser : undefined;
      this.parsed = readWorkbook(this.grid, {
        today: this.today,
        mapping: this.mapping,
        lang: this.lang,
      });
      // A kept choice whose sheet has no budget table any more reads as automatic, as the overview shows it; one asked for now must exist.
      const budgetSheet =
        request.budgetSheet !== undefined
          ? request.budgetSheet
          : budgetSheetOf(this.parsed, this.budgetSheet);
      // Inside Excel the user's cells are never rewritten: figures over cells only the engine reads are values.
      const {
        prepared,
        label,
        names: plan,
        layout,
      } = planReport(this.parsed, this.grid, read.existing, {
        period: request.period,
        insatser,
        today: this.today,
        mapping: this.mapping,
        lang: this.lang,
        budgetSheet: budgetSheet ?? undefined,
        hideSmall: request.hideSmall,
        sheets: request.sheets,
        canRewriteSource: false,
        sourceName: read.workbookName || undefined,
      });
      const base = {
        model: prepared.model,
        renamed: plan.renamed,
        fixes: 0,
        valueInsatser: [] as string[],
        fileName: null,
        bytes: null,
        reportOnlyFileName: null,
        reportOnlyBytes: null,
        conflicts: prepared.conflicts,
      };
      if (!layout) return { ...base, sheets: [], differences: [] };
      onProgress?.("writing", 0.7);
      queueReport(context, layout.sheets, plan, label);
      await context.sync();
      // Calculation resumed with that sync: read what Excel computed.
      const ranges = queueReadBack(context, layout.sheets);
      await context.sync();
      const differences = compareFigures(
        layout.sheets,
        ranges.map((r) => r.values),
      );
      queuePrintSetup(context, layout.sheets);
      try {
        await context.sync();
      } catch {
        // The report is written and checked; an Excel that refuses a print setting prints it unset.
      }
      return {
        ...base,
        valueInsatser: layout.valueInsatser,
        sheets: layout.sheets.map((s) => s.name),
        differences,
      };
    });
  }

  async preview(sheet: string, row: number, col: number): Promise<null> {
    await this.run((context) => selectCell(context, sheet, a1(row - 1, Math.max(0, col))));
    return null;
  }

  async highlight(issues: Issue[]): Promise<number> {
    await this.clearHighlights();
    const { marks, cells } = await this.run((context) => highlightIssues(context, issues));
    await this.settings.save({ ...this.settings.load(), highlights: marks });
    return cells;
  }

  async clearHighlights(): Promise<void> {
    const marks = this.settings.load().highlights ?? [];
    if (marks.length === 0) return;
    await this.run((context) => removeHighlights(context, marks));
    await this.settings.save({ ...this.settings.load(), highlights: [] });
  }
}

/** Settings with the budget choice set, or left out for automatic. */
function withBudgetSheet(settings: StoredSettings, sheet: string | null): StoredSettings {
  const rest = { ...settings };
  delete rest.budgetSheet;
  return sheet === null ? rest : { ...rest, budgetSheet: sheet };
}
