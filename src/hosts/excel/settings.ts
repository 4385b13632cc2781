import type { Mapping } from "../../engine/types";
import type { HighlightMark } from "./highlight";

/** What the add-in keeps in the workbook: column choices, the period, the budget sheet, its own marks. Never personal data. */
export interface StoredSettings {
  mapping?: Mapping;
  period?: { from: string; to: string };
  /** The sheet whose budget tables the report uses (a sheet name); absent = automatic, by the period's year. */
  budgetSheet?: string;
  highlights?: HighlightMark[];
}

export interface SettingsStore {
  load(): StoredSettings;
  save(settings: StoredSettings): Promise<void>;
}

const KEY = "finsamRapport";

/** Office.context.document.settings: stored inside the workbook itself. */
export const officeSettings: SettingsStore = {
  load: () => (Office.context.document.settings.get(KEY) as StoredSettings | null) ?? {},
  save: (settings) =>
    new Promise((resolve, reject) => {
      Office.context.document.settings.set(KEY, settings);
      Office.context.document.settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error?.message))));
    }),
};
