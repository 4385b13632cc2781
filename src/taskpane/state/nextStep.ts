import type { AppState, Page } from "./useEngine";

export type NextAction = "open" | "read" | "check" | "report" | "download";

/** What the user does next and the page it is done on; null when nothing is left to do. */
export function nextStep(
  state: Pick<AppState, "overview" | "check" | "report">,
  canOpenFiles: boolean,
): { action: NextAction; page: Page } | null {
  const { overview, check, report } = state;
  if (!overview || overview.registerSheets.length === 0)
    return { action: canOpenFiles ? "open" : "read", page: "start" };
  if (!check) return { action: "check", page: "check" };
  if (!report) return { action: "report", page: "report" };
  // Inside Excel the sheets are in the workbook once made: nothing is left.
  return canOpenFiles && report.bytes ? { action: "download", page: "report" } : null;
}
