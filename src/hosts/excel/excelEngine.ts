import { a1, type WorkbookGrid } from "../../core/grid";
import { countBySeverity, type Issue } from "../../core/issue";
import { layoutReport, reportLabel } from "../../core/layout/layoutReport";
import { planSheetNames } from "../../core/layout/sheetNames";
import { readWorkbook, type ParsedWorkbook } from "../../core/readWorkbook";
import { prepareReport } from "../../core/report/buildReport";
import { overviewOf } from "../../taskpane/engine/overview";
import type { CheckResult, EngineApi, Mapping, Progress, ReportRequest, ReportResult, WorkbookOverview } from "../../taskpane/engine/types";
import { highlightIssues, removeHighlights } from "./highlight";
import { selectCell } from "./navigate";
import { readWorkbookGrid } from "./readGrid";
import type { ExcelRunner } from "./runner";
import type { SettingsStore } from "./settings";
import { compareFigures, queueReadBack, queueReport } from "./writeReport";

/**
 * The engine inside Excel: reads the open workbook through Office.js, lets the core
 * decide, and writes the report sheets into the workbook. The user's own cells are
 * never written: figures that would need a normalised cell are written as values.
 */
export class ExcelEngine implements EngineApi {
  private grid: WorkbookGrid = { sheets: [] };
  private parsed: ParsedWorkbook | null = null;
  private mapping: Mapping;

  constructor(
    private readonly run: ExcelRunner,
    private readonly settings: SettingsStore,
    private readonly today?: string,
  ) {
    this.mapping = settings.load().mapping ?? {};
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
    this.parsed = readWorkbook(this.grid, { today: this.today, mapping: this.mapping });
    return { ...overviewOf(this.parsed, [], this.grid), savedPeriod: this.settings.load().period ?? null };
  }

  async remap(mapping: Mapping): Promise<WorkbookOverview> {
    this.mapping = mapping;
    await this.settings.save({ ...this.settings.load(), mapping });
    return this.reparse();
  }

  /** Reads the workbook again (the user may have fixed cells since) and lists its issues. */
  async check(): Promise<CheckResult> {
    await this.refresh();
    const issues = this.parsed!.issues;
    return { issues, counts: countBySeverity(issues) };
  }

  async report(request: ReportRequest, onProgress?: Progress): Promise<ReportResult> {
    await this.settings.save({ ...this.settings.load(), period: request.period });
    return this.run(async (context) => {
      onProgress?.("reading", 0);
      const read = await readWorkbookGrid(context);
      this.grid = read.grid;
      onProgress?.("counting", 0.4);
      const insatser = request.insatser.length ? request.insatser : undefined;
      const prepared = prepareReport(this.grid, { period: request.period, insatser, today: this.today, mapping: this.mapping });
      const label = reportLabel(prepared);
      const plan = planSheetNames(label, read.existing);
      const base = { model: prepared.model, renamed: plan.renamed, fixes: 0, valueInsatser: [] as string[], fileName: null, bytes: null, conflicts: prepared.conflicts };
      if (prepared.conflicts.length) return { ...base, sheets: [], differences: [] };
      const layout = layoutReport(prepared, this.grid, { hideSmall: request.hideSmall, sheets: request.sheets, names: plan.names, canRewriteSource: false });
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
      return { ...base, valueInsatser: layout.valueInsatser, sheets: layout.sheets.map((s) => s.name), differences };
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

