import { a1, type WorkbookGrid } from "../../core/grid";
import { teamSheetFiles } from "../../core/import/teamSheets";
import { TEAM_MARKER_PREFIX, type ExistingSheet } from "../../core/layout/sheetNames";
import { resolveSources } from "../../core/report/sources";
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
  ImportResult,
  Mapping,
  Progress,
  RepairResult,
  ReportRequest,
  ReportResult,
  TeamFileInput,
  TeamSheetInfo,
  WorkbookOverview,
  DropDowns,
  TemplateSheets,
  CategoriesSaved,
} from "../../engine/types";
import { highlightIssues, removeHighlights } from "./highlight";
import { readTeamFiles, writeTeamSheets } from "./importTeams";
import { selectCell } from "./navigate";
import { readWorkbookGrid } from "./readGrid";
import { applyRepairs, undoRepairs, type UndoCell } from "./repairCells";
import type { ExcelRunner } from "./runner";
import type { SettingsStore, StoredSettings } from "./settings";
import { LIST_FIELDS, type ListSources } from "../../core/template/validation";
import { planTemplate, type TemplatePlan } from "../../core/template/planTemplate";
import { registerDropDowns } from "../../core/template/registerTemplate";
import type { ValidationSpec } from "../../core/template/validation";
import { queueClear, queueHolders, queueValidation } from "./dropDowns";
import {
  applyCategoryEdits,
  newlyUnknown,
  type CategoryEdits,
} from "../../core/template/editCategories";
import { kategorierSheet, withKategorier } from "../../core/template/kategorierLayout";
import { queueKategorier, queueTemplate } from "./template";
import { compareFigures, queuePrintSetup, queueReadBack, queueReport } from "./writeReport";

/**
 * The engine inside Excel: reads the open workbook through Office.js, lets the core
 * decide, and writes the report sheets into the workbook. The user's own cells are
 * never written: figures that would need a normalised cell are written as values.
 */
export class ExcelEngine implements EngineApi {
  private grid: WorkbookGrid = { sheets: [] };
  /** The sheets and markers of the last read (the teams' sheets among them). */
  private existing: ExistingSheet[] = [];
  private workbookName = "";
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
    this.existing = read.existing;
    this.workbookName = read.workbookName;
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
      teamSheets: this.teamSheets(parsed),
    };
  }

  /** The teams' sheets in the workbook now, with where each came from (kept in the settings). */
  private teamSheets(parsed: ParsedWorkbook): TeamSheetInfo[] {
    const kept = this.settings.load().teamImports ?? {};
    return this.existing.flatMap((e) => {
      if (!e.marker?.startsWith(TEAM_MARKER_PREFIX)) return [];
      const from = kept[e.marker];
      const rows = parsed.register.sheets.find((s) => s.name === e.name)?.rowCount ?? 0;
      return [
        {
          sheet: e.name,
          file: from?.file ?? e.name,
          fileDate: from?.fileDate ?? null,
          imported: from?.imported ?? "",
          rows,
        },
      ];
    });
  }

  /** The file each sheet comes from, when teams' sheets are in the workbook (the CLI's rule on several files). */
  private sheetFiles(existing: ExistingSheet[], workbookName: string) {
    const kept = this.settings.load().teamImports ?? {};
    const files = Object.fromEntries(Object.entries(kept).map(([m, k]) => [m, k.file]));
    return teamSheetFiles(existing, files, workbookName || "arbetsboken");
  }

  /**
   * Copies the teams' registers into the open workbook (read here, nothing uploaded). Round
   * trips: the workbook is read before (2 for an ordinary one) and after (2), and each file
   * written in one more (a file over 4 MB of cells in one per 4 MB).
   */
  async importTeams(files: TeamFileInput[], onProgress?: Progress): Promise<ImportResult> {
    onProgress?.("reading", 0);
    const { sources, skipped } = readTeamFiles(files, this.lang);
    onProgress?.("writing", 0.3);
    const { plan, syncs } = await this.run(async (context) => {
      // Read now, not from the last refresh: the user may have added or renamed sheets since.
      const read = await readWorkbookGrid(context);
      return writeTeamSheets(context, sources, read.existing);
    });
    const imported = this.today ?? new Date().toISOString().slice(0, 10);
    const kept = { ...(this.settings.load().teamImports ?? {}) };
    for (const old of plan.replace) delete kept[old.marker!];
    for (const s of plan.sheets) {
      const source = sources.find((x) => x.file === s.file)!;
      kept[s.marker] = { file: s.file, fileDate: source.fileDate, imported };
    }
    await this.settings.save({ ...this.settings.load(), teamImports: kept });
    onProgress?.("checking", 0.8);
    const overview = await this.refresh();
    const fileOf = this.sheetFiles(this.existing, this.workbookName);
    const conflicts = fileOf
      ? resolveSources(this.parsed!.register.rows, (sheet) => fileOf[sheet] ?? sheet).conflicts
      : [];
    const written = new Set(plan.sheets.map((s) => s.name));
    return {
      overview,
      imported: (overview.teamSheets ?? []).filter((t) => written.has(t.sheet)),
      skipped,
      conflicts,
      syncs,
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
      this.existing = read.existing;
      this.workbookName = read.workbookName;
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
        // The teams' sheets are each their file's: an insats in two of them is compared as the CLI does.
        sheetFiles: this.sheetFiles(read.existing, read.workbookName),
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

  // The register template and drop-downs (issue 13).

  /**
   * Reads the workbook and plans the template: names and tables first (settled by the read's
   * first sync), then the core decides the free names and what happens to Kategorier.
   */
  private async readForTemplate(context: Excel.RequestContext): Promise<TemplatePlan> {
    const names = context.workbook.names;
    names.load("items/name,items/formula");
    const tables = context.workbook.tables;
    tables.load("items/name");
    const read = await readWorkbookGrid(context);
    this.grid = read.grid;
    this.parsed = readWorkbook(this.grid, {
      today: this.today,
      mapping: this.mapping,
      lang: this.lang,
    });
    return planTemplate(
      this.grid,
      this.parsed,
      names.items.map((n) => [n.name, n.formula]),
      tables.items.map((t) => t.name),
      this.today,
    );
  }

  /** A new register sheet with drop-downs, and the Kategorier sheet unless the workbook has its own. */
  async addTemplate(): Promise<TemplateSheets> {
    return this.run(async (context) => {
      const plan = await this.readForTemplate(context);
      queueTemplate(context, plan);
      await context.sync();
      return {
        register: plan.template.register.name,
        kategorier: plan.template.kategorier.name,
        kategorierWritten: plan.kategorier !== "keep",
      };
    });
  }

  /** The validations for each register sheet's mapped columns, with what each column holds now. */
  private async targets(context: Excel.RequestContext, sources: ListSources) {
    const sheets = this.parsed!.register.sheets.map((sheet) => {
      const ws = context.workbook.worksheets.getItem(sheet.name);
      const specs = registerDropDowns(sheet, sources, this.today);
      return { name: sheet.name, ws, specs, holders: queueHolders(ws, specs) };
    });
    await context.sync();
    return sheets.map((s) => ({ ...s, held: s.holders() }));
  }

  /**
   * Drop-downs and date/year checks on the register's mapped columns; nothing else changes. A
   * column with the user's own validation keeps it; the add-in's earlier ones are replaced.
   */
  async addDropDowns(): Promise<DropDowns> {
    return this.run(async (context) => {
      const plan = await this.readForTemplate(context);
      const sources = plan.template.register.validations.reduce<ListSources>(
        (acc, v) => (v.rule.kind === "list" ? { ...acc, [v.field]: v.rule.source } : acc),
        {},
      );
      const targets = await this.targets(context, sources);
      queueKategorier(context, plan);
      let columns = 0;
      const sheets: string[] = [];
      for (const t of targets) {
        const mine = t.specs.filter((_, i) => t.held[i] !== "user");
        mine.forEach((v: ValidationSpec) =>
          queueValidation(t.ws, v, t.held[t.specs.indexOf(v)] === "own"),
        );
        columns += mine.length;
        if (mine.length) sheets.push(t.name);
      }
      await context.sync();
      return { sheets, columns };
    });
  }

  /** Removes the add-in's own validations from the register's columns; the user's stay. */
  async removeDropDowns(): Promise<DropDowns> {
    return this.run(async (context) => {
      await this.readForTemplate(context);
      const targets = await this.targets(context, ANY_SOURCE);
      let columns = 0;
      const sheets: string[] = [];
      for (const t of targets) {
        const own = t.specs.filter((_, i) => t.held[i] === "own");
        own.forEach((v) => queueClear(t.ws, v));
        columns += own.length;
        if (own.length) sheets.push(t.name);
      }
      if (columns) await context.sync();
      return { sheets, columns };
    });
  }

  /**
   * Writes the edited categories as the Kategorier sheet (made, or rewritten when it is the
   * add-in's own; a user's own is refused) and points the add-in's drop-downs on the register at
   * the new lists; one sync for what the columns hold, one to write.
   */
  async saveCategories(edits: CategoryEdits): Promise<CategoriesSaved> {
    return this.run(async (context) => {
      const plan = await this.readForTemplate(context);
      const parsed = this.parsed!;
      if (plan.kategorier === "keep")
        return {
          overview: this.overview(parsed),
          sheet: plan.template.kategorier.name,
          refused: true,
          unknown: [],
        };
      const taxonomy = applyCategoryEdits(parsed.taxonomy, edits);
      const k = kategorierSheet(taxonomy, parsed.register.insatser, plan.template.kategorier.name);
      const targets = await this.targets(context, k.sources);
      queueKategorier(context, { ...plan, template: { ...plan.template, kategorier: k } });
      for (const t of targets)
        t.specs.forEach((v, i) => t.held[i] === "own" && queueValidation(t.ws, v, true));
      await context.sync();
      // The workbook as now written: the new Kategorier rows in place of the old.
      this.grid = withKategorier(this.grid, k);
      const overview = this.reparse();
      return {
        overview,
        sheet: k.name,
        refused: false,
        unknown: newlyUnknown(parsed.issues, this.parsed!.issues),
      };
    });
  }
}

/** Every list field, for finding the add-in's validations whatever their source. */
const ANY_SOURCE: ListSources = Object.fromEntries(LIST_FIELDS.map((f) => [f, "-"]));

/** Settings with the budget choice set, or left out for automatic. */
function withBudgetSheet(settings: StoredSettings, sheet: string | null): StoredSettings {
  const rest = { ...settings };
  delete rest.budgetSheet;
  return sheet === null ? rest : { ...rest, budgetSheet: sheet };
}
