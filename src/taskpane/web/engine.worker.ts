/// <reference lib="webworker" />
// The engine in a worker, so that reading and counting a large register never freezes the page.
import { FileEngine } from "../../hosts/file/fileEngine";
import type { Lang } from "../../core/messages/catalogue";
import type { EngineApi } from "../../engine/types";
import { isUserFacing } from "../../engine/errors";

declare const self: DedicatedWorkerGlobalScope;
let engine = new FileEngine();

/** A call of an engine method, or (first, from engineClient) the page's language for issue messages. */
export type WorkerCall = { id: number; method: keyof EngineApi; args: unknown[] } | { lang: Lang };

self.onmessage = async (e: MessageEvent<WorkerCall>) => {
  if ("lang" in e.data) {
    engine = new FileEngine(undefined, e.data.lang);
    return;
  }
  const { id, method, args } = e.data;
  const onProgress = (step: string, fraction: number) =>
    self.postMessage({ id, progress: { step, fraction } });
  try {
    const fn = (engine as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method];
    const result = await fn.apply(
      engine,
      method === "open" || method === "report" ? [...args, onProgress] : args,
    );
    self.postMessage({ id, result });
  } catch (err) {
    // Only messages written for users cross over; anything else becomes the page's own message.
    self.postMessage({ id, error: isUserFacing(err) ? err.message : null });
  }
};
