import type { Mapping } from "../../engine/types";
import type { HighlightMark } from "./highlight";

/** What the add-in keeps in the workbook: column choices, the period, the budget sheet, its own marks. Never personal data. */
export interface StoredSettings {
  mapping?: Mapping;
  period?: { from: string; to: string };
  /** The sheet whose budget tables the report uses (a sheet name); absent = automatic, by the period's year. */
  budgetSheet?: string;
  highlights?: HighlightMark[];
  /** Per team-sheet marker: the file it was copied from and when (file name and dates only). */
  teamImports?: Record<string, { file: string; fileDate: string | null; imported: string }>;
}

export interface SettingsStore {
  load(): StoredSettings;
  save(settings: StoredSettings): Promise<void>;
}

const KEY = "finsamRapport";

/**
 * Settings as an earlier version saved them, in today's words: the insats column was mapped
 * under the key "team" before the code used one word for it.
 */
export function upgradeSettings(stored: StoredSettings | null): StoredSettings {
  const s = stored ?? {};
  if (!s.mapping) return s;
  const mapping: Mapping = {};
  for (const [sheet, m] of Object.entries(s.mapping)) {
    const columns = { ...(m.columns ?? {}) } as Record<string, string | null | undefined>;
    if ("team" in columns) {
      if (!("insats" in columns)) columns.insats = columns.team;
      delete columns.team;
    }
    mapping[sheet] = m.columns ? { ...m, columns } : m;
  }
  return { ...s, mapping };
}

/** Office.context.document.settings: stored inside the workbook itself. */
export const officeSettings: SettingsStore = {
  load: () => upgradeSettings(Office.context.document.settings.get(KEY) as StoredSettings | null),
  save: (settings) =>
    new Promise((resolve, reject) => {
      Office.context.document.settings.set(KEY, settings);
      Office.context.document.settings.saveAsync((r) =>
        r.status === Office.AsyncResultStatus.Succeeded
          ? resolve()
          : reject(new Error(r.error?.message)),
      );
    }),
};
