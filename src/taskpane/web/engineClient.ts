import type { Lang } from "../../core/messages/catalogue";
import { UserFacingError } from "../../engine/errors";
import type { EngineApi, Progress } from "../../engine/types";
import type { WorkerCall } from "./engine.worker";

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: Progress };

/**
 * The engine as the page uses it: in a worker when the browser allows one (served
 * pages), in the page itself otherwise (opened from disk, where workers are refused).
 * `lang` is the page's language: the engine writes its issue messages in it.
 */
export function createEngine(lang: Lang = "sv"): EngineApi {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL("./engine.worker.ts", import.meta.url));
  } catch {
    worker = null;
  }
  if (!worker) return localEngine(lang);
  // Sent before any call: messages to a worker arrive in order.
  worker.postMessage({ lang } satisfies WorkerCall);

  const pending = new Map<number, Pending>();
  let next = 1;
  let local: EngineApi | null = null;
  worker.onmessage = (e: MessageEvent) => {
    const { id, progress, result, error } = e.data;
    const p = pending.get(id);
    if (!p) return;
    if (progress) return p.onProgress?.(progress.step, progress.fraction);
    pending.delete(id);
    if (error !== undefined) p.reject(error ? new UserFacingError(error) : new Error("engine"));
    else p.resolve(result);
  };
  worker.onerror = () => {
    // A worker that cannot start (opened from disk): fall back to the page.
    local ??= localEngine(lang);
    for (const p of pending.values()) p.reject(new Error("worker"));
    pending.clear();
    worker = null;
  };
  const call = <T>(method: keyof EngineApi, args: unknown[], onProgress?: Progress): Promise<T> => {
    if (!worker) return (local![method] as (...a: unknown[]) => Promise<T>)(...args, onProgress);
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      worker!.postMessage({ id, method, args } satisfies WorkerCall);
    });
  };
  return {
    open: (files, onProgress) => call("open", [files], onProgress),
    remap: (mapping) => call("remap", [mapping]),
    chooseBudget: (sheet) => call("chooseBudget", [sheet]),
    check: () => call("check", []),
    report: (request, onProgress) => call("report", [request], onProgress),
    preview: (sheet, row, col) => call("preview", [sheet, row, col]),
    templateFile: () => call("templateFile", []),
    saveCategories: (edits) => call("saveCategories", [edits]),
    repair: () => call("repair", []),
  };
}

/** The engine in the page itself, loaded only when a worker cannot be had (ExcelJS is large). */
function localEngine(lang: Lang): EngineApi {
  const engine = import("../../hosts/file/fileEngine").then(
    (m) => new m.FileEngine(undefined, lang),
  );
  return {
    open: (files, onProgress) => engine.then((e) => e.open(files, onProgress)),
    remap: (mapping) => engine.then((e) => e.remap(mapping)),
    chooseBudget: (sheet) => engine.then((e) => e.chooseBudget(sheet)),
    check: () => engine.then((e) => e.check()),
    report: (request, onProgress) => engine.then((e) => e.report(request, onProgress)),
    preview: (sheet, row, col) => engine.then((e) => e.preview(sheet, row, col)),
    templateFile: () => engine.then((e) => e.templateFile()),
    saveCategories: (edits) => engine.then((e) => e.saveCategories(edits)),
    repair: () => engine.then((e) => e.repair()),
  };
}
