import { useCallback, useEffect, useRef, useState } from "react";
import { parseA1 } from "../../core/grid";
import type { Issue } from "../../core/issue";
import { isUserFacing } from "../../engine/errors";
import type {
  CategoriesSaved,
  CategoryEdits,
  DropDowns,
  TemplateFile,
  TemplateSheets,
  CheckResult,
  EngineApi,
  ImportResult,
  Mapping,
  ProgressStep,
  RepairResult,
  ReportRequest,
  ReportResult,
  RowPreview,
  WorkbookOverview,
} from "../../engine/types";

export type Page = "start" | "check" | "report" | "settings";

export interface AppState {
  page: Page;
  busy: { step: ProgressStep; fraction: number } | null;
  /** A message for the user in the pane's language; null when all is well. */
  error: string | null;
  overview: WorkbookOverview | null;
  mapping: Mapping;
  check: CheckResult | null;
  selected: Issue | null;
  preview: RowPreview | null;
  report: ReportResult | null;
  /** Error cells marked in the sheets (inside Excel), or null when none are. */
  marked: number | null;
  /** Inside Excel: what the last Hämta teamens register did. */
  teamImport: ImportResult | null;
  /** What the last template or drop-down action did, for the pane to say. */
  template: TemplateOutcome | null;
  /** The last save of edited categories, for the pane to say what happened. */
  savedCategories: CategoriesSaved | null;
  /** The last repair of the register (issue 13): inside Excel it can be undone; null when none. */
  repaired: RepairResult | null;
}

/** The result of a template or drop-down action (issue 13). */
export type TemplateOutcome =
  | { kind: "file"; fileName: string }
  | { kind: "sheets"; sheets: TemplateSheets }
  | { kind: "added" | "removed"; dropDowns: DropDowns };

export const initialState: AppState = {
  page: "start",
  busy: null,
  error: null,
  overview: null,
  mapping: {},
  check: null,
  selected: null,
  preview: null,
  report: null,
  marked: null,
  teamImport: null,
  template: null,
  savedCategories: null,
  repaired: null,
};

/** Files larger than this are refused in the page: ExcelJS would need gigabytes of memory. */
export const MAX_FILE_BYTES = 60 * 1024 * 1024;

export interface Messages {
  unexpected: string;
  tooLarge: (name: string, mb: number) => string;
  notXlsx: (name: string) => string;
}

/** A file's bytes; FileReader where Blob.arrayBuffer is missing (older webviews). */
function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function")
    return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** The task pane's state and the actions that change it; every action goes through the engine. */
export function useEngine(engine: EngineApi, messages: Messages, initial: Partial<AppState> = {}) {
  const [state, setState] = useState<AppState>({ ...initialState, ...initial });
  // The state as of the last render, for callbacks that must not be recreated on every change.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });
  const patch = useCallback((p: Partial<AppState>) => setState((s) => ({ ...s, ...p })), []);

  const run = useCallback(
    async <T>(
      first: ProgressStep,
      work: (progress: (step: ProgressStep, fraction: number) => void) => Promise<T>,
    ): Promise<T | null> => {
      patch({ busy: { step: first, fraction: 0 }, error: null });
      try {
        const result = await work((step, fraction) => patch({ busy: { step, fraction } }));
        patch({ busy: null });
        return result;
      } catch (e) {
        patch({ busy: null, error: isUserFacing(e) ? e.message : messages.unexpected });
        return null;
      }
    },
    [messages, patch],
  );

  const openFiles = useCallback(
    async (files: File[]) => {
      const big = files.find((f) => f.size > MAX_FILE_BYTES);
      if (big)
        return patch({ error: messages.tooLarge(big.name, Math.round(big.size / 1024 / 1024)) });
      // A .csv or .ods register is read too; its report is a new .xlsx.
      const wrong = files.find((f) => !/\.(xlsx|csv|ods)$/i.test(f.name));
      if (wrong) return patch({ error: messages.notXlsx(wrong.name) });
      const overview = await run("reading", async (progress) => {
        const loaded = await Promise.all(
          files.map(async (f) => ({ name: f.name, bytes: await readBytes(f) })),
        );
        return engine.open(loaded, progress);
      });
      if (overview)
        patch({
          overview,
          mapping: {},
          check: null,
          selected: null,
          preview: null,
          report: null,
          repaired: null,
        });
    },
    [engine, messages, patch, run],
  );

  const refresh = useCallback(async () => {
    if (!engine.refresh) return;
    const overview = await run("reading", (progress) => engine.refresh!(progress));
    if (overview) patch({ overview, check: null, selected: null, preview: null, report: null });
  }, [engine, patch, run]);

  const mark = useCallback(async () => {
    const issues = latest.current.check?.issues;
    if (!engine.highlight || !issues) return;
    const n = await run("writing", () => engine.highlight!(issues));
    if (n !== null) patch({ marked: n });
  }, [engine, patch, run]);

  const unmark = useCallback(async () => {
    if (!engine.clearHighlights) return;
    const done = await run("writing", async () => {
      await engine.clearHighlights!();
      return true;
    });
    if (done) patch({ marked: null });
  }, [engine, patch, run]);

  const remap = useCallback(
    async (mapping: Mapping) => {
      const overview = await run("checking", () => engine.remap(mapping));
      if (overview)
        patch({ overview, mapping, check: null, selected: null, preview: null, report: null });
    },
    [engine, patch, run],
  );

  const chooseBudget = useCallback(
    async (sheet: string | null) => {
      const overview = await run("checking", () => engine.chooseBudget(sheet));
      if (overview) patch({ overview, report: null });
    },
    [engine, patch, run],
  );

  const check = useCallback(async () => {
    const result = await run("checking", () => engine.check());
    if (result) patch({ check: result, selected: null, preview: null });
  }, [engine, patch, run]);

  const select = useCallback(
    async (issue: Issue) => {
      patch({ selected: issue, preview: null });
      const col = parseA1(issue.cell)?.col ?? 0;
      const preview = await run("reading", () => engine.preview(issue.sheet, issue.row, col));
      if (preview) patch({ preview });
    },
    [engine, patch, run],
  );

  const importTeams = useCallback(
    async (files: File[], notXlsx: (name: string) => string) => {
      if (!engine.importTeams) return;
      const big = files.find((f) => f.size > MAX_FILE_BYTES);
      if (big)
        return patch({ error: messages.tooLarge(big.name, Math.round(big.size / 1024 / 1024)) });
      const wrong = files.find((f) => !/\.xls[xm]$/i.test(f.name));
      if (wrong) return patch({ error: notXlsx(wrong.name) });
      const result = await run("reading", async (progress) => {
        // Read here, in the pane: the files never leave the computer.
        const loaded = await Promise.all(
          files.map(async (f) => ({
            name: f.name,
            bytes: await readBytes(f),
            fileDate: f.lastModified ? localDate(new Date(f.lastModified)) : null,
          })),
        );
        return engine.importTeams!(loaded, progress);
      });
      if (result)
        patch({
          overview: result.overview,
          teamImport: result,
          check: null,
          selected: null,
          preview: null,
          report: null,
        });
    },
    [engine, messages, patch, run],
  );

  const report = useCallback(
    async (request: ReportRequest) => {
      const result = await run("counting", (progress) => engine.report(request, progress));
      if (result) patch({ report: result });
    },
    [engine, patch, run],
  );

  // The register template and drop-downs (issue 13).
  const templateFile = useCallback(
    async (download: (file: TemplateFile) => void) => {
      if (!engine.templateFile) return;
      const file = await run("writing", () => engine.templateFile!());
      if (!file) return;
      download(file);
      patch({ template: { kind: "file", fileName: file.fileName } });
    },
    [engine, patch, run],
  );

  const addTemplate = useCallback(async () => {
    if (!engine.addTemplate) return;
    const sheets = await run("writing", () => engine.addTemplate!());
    if (sheets) patch({ template: { kind: "sheets", sheets } });
  }, [engine, patch, run]);

  const dropDowns = useCallback(
    async (kind: "added" | "removed") => {
      const act = kind === "added" ? engine.addDropDowns : engine.removeDropDowns;
      if (!act) return;
      const result = await run("writing", () => act.call(engine));
      if (result) patch({ template: { kind, dropDowns: result } });
    },
    [engine, patch, run],
  );

  const saveCategories = useCallback(
    async (edits: CategoryEdits) => {
      if (!engine.saveCategories) return;
      const saved = await run("writing", () => engine.saveCategories!(edits));
      if (saved)
        patch({ savedCategories: saved, overview: saved.overview, check: null, report: null });
    },
    [engine, patch, run],
  );
  // Issue 13: the repair, and inside Excel its undo; the check is made again on the new cells.
  const repair = useCallback(async (): Promise<RepairResult | null> => {
    if (!engine.repair) return null;
    const done = await run("writing", async () => {
      const result = await engine.repair!();
      return { result, check: result.overview ? await engine.check() : null };
    });
    if (!done) return null;
    const { result, check } = done;
    if (result.overview)
      patch({ overview: result.overview, check, selected: null, preview: null, report: null });
    patch({ repaired: result });
    return result;
  }, [engine, patch, run]);

  const undoRepair = useCallback(async () => {
    if (!engine.undoRepair) return;
    const done = await run("writing", async () => {
      const overview = await engine.undoRepair!();
      return { overview, check: await engine.check() };
    });
    if (done) patch({ ...done, selected: null, preview: null, report: null, repaired: null });
  }, [engine, patch, run]);

  return {
    state,
    setPage: (page: Page) => patch({ page }),
    dismissError: () => patch({ error: null }),
    showError: (message: string) => patch({ error: message }),
    closePreview: () => patch({ selected: null, preview: null }),
    openFiles,
    refresh,
    mark,
    unmark,
    remap,
    chooseBudget,
    check,
    select,
    report,
    importTeams,
    canImportTeams: engine.importTeams !== undefined,
    templateFile,
    addTemplate,
    addDropDowns: () => dropDowns("added"),
    removeDropDowns: () => dropDowns("removed"),
    saveCategories,
    repair,
    undoRepair,
  };
}

/** A date as the user's calendar shows it (ISO), not UTC's. */
function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export type Controller = ReturnType<typeof useEngine>;
