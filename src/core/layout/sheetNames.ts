import type { SheetKind } from "./sheetSpec";

const MAX_SHEET_NAME = 31;
const KINDS: SheetKind[] = ["resultat", "budget", "kostnad", "tabeller", "kontroll"];

/** Sheet names for a period label; shorter forms where Excel's 31-character limit would cut them. */
export function desiredSheetNames(label: string): Record<SheetKind, string> {
  const full = {
    resultat: `Resultat ${label}`,
    budget: `Budget mot utfall ${label}`,
    kostnad: `Kostnad per deltagare ${label}`,
    tabeller: `Tabeller ${label}`,
    kontroll: `Kontroll ${label}`,
  };
  const short = {
    resultat: `Resultat ${label}`,
    budget: `Budgetutfall ${label}`,
    kostnad: `Kostnad ${label}`,
    tabeller: `Tabeller ${label}`,
    kontroll: `Kontroll ${label}`,
  };
  const pick = {} as Record<SheetKind, string>;
  for (const k of KINDS)
    pick[k] = (full[k].length <= MAX_SHEET_NAME ? full[k] : short[k]).slice(0, MAX_SHEET_NAME);
  return pick;
}

const MARKER_PREFIX = "_FinsamRapport_";

/** The marker a generated sheet carries (a hidden workbook name), so that only the add-in's own sheets are ever replaced. */
export function sheetMarker(kind: SheetKind, label: string): string {
  return `${MARKER_PREFIX}${kind}_${label}`.replace(/[^A-Za-z0-9_]/g, "_");
}

/** Markers of team registers copied in by the add-in: its own sheets, but sources, not output. */
export const TEAM_MARKER_PREFIX = `${MARKER_PREFIX}team_`;

/** Whether a sheet's marker makes it a report sheet (output, never read as a source). */
export function isReportMarker(marker: string | null): boolean {
  return marker !== null && !marker.startsWith(TEAM_MARKER_PREFIX);
}

export interface ExistingSheet {
  name: string;
  /** The marker it carries, when the add-in made it. */
  marker: string | null;
}

/** The sheet a workbook name refers to: "='Resultat 2024'!$A$1" → "Resultat 2024"; null when none. */
export function sheetOfReference(ref: string): string | null {
  return /^=?'?(.*?)'?!/.exec(ref)?.[1]?.replace(/''/g, "'") || null;
}

/** The workbook's sheets with the markers its names give them (names as [name, what it refers to]). */
export function existingSheets(
  sheetNames: string[],
  workbookNames: [string, string][],
): ExistingSheet[] {
  const markers = new Map<string, string>();
  for (const [name, ref] of workbookNames) {
    const sheet = name.startsWith(MARKER_PREFIX) ? sheetOfReference(ref) : null;
    if (sheet) markers.set(sheet, name);
  }
  return sheetNames.map((name) => ({ name, marker: markers.get(name) ?? null }));
}

export interface SheetNamePlan {
  names: Record<SheetKind, string>;
  /** The add-in's own sheets for this period, to be replaced. */
  replace: string[];
  /** Kinds whose wanted name belongs to a sheet the user made: [wanted, used instead]. */
  renamed: [string, string][];
}

/**
 * Names for this period's sheets: the add-in's own earlier sheets (same marker) are
 * replaced; a user's sheet with the wanted name is never touched, the new sheet gets
 * a free name instead ("Resultat 2024 (2)").
 */
export function planSheetNames(label: string, existing: ExistingSheet[]): SheetNamePlan {
  const desired = desiredSheetNames(label);
  const replace = existing
    .filter((s) => s.marker !== null && KINDS.some((k) => s.marker === sheetMarker(k, label)))
    .map((s) => s.name);
  const taken = new Set(
    existing.filter((s) => !replace.includes(s.name)).map((s) => s.name.toLowerCase()),
  );
  const names = {} as Record<SheetKind, string>;
  const renamed: [string, string][] = [];
  for (const k of KINDS) {
    let name = desired[k];
    for (let i = 2; taken.has(name.toLowerCase()); i++) {
      const suffix = ` (${i})`;
      name = desired[k].slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    if (name !== desired[k]) renamed.push([desired[k], name]);
    taken.add(name.toLowerCase());
    names[k] = name;
  }
  return { names, replace, renamed };
}
