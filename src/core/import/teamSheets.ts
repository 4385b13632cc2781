import { TEAM_MARKER_PREFIX, type ExistingSheet } from "../layout/sheetNames";

/*
 * The coordinator's summary inside Excel: each team's register is copied into the open workbook
 * as a sheet the add-in owns. The core decides the sheets' names and markers; hosts only copy.
 */

const MAX_SHEET_NAME = 31;

/** A team's file and the register sheets the core found in it. */
export interface TeamFile {
  file: string;
  registerSheets: string[];
}

export interface TeamSheetPlan {
  file: string;
  /** The register sheet's name in the team's file. */
  source: string;
  /** Its name in the open workbook. */
  name: string;
  marker: string;
}

export interface TeamImportPlan {
  sheets: TeamSheetPlan[];
  /** The add-in's earlier copies of these teams: deleted, with their markers. */
  replace: ExistingSheet[];
  /** Files without a register: nothing is copied from them. */
  empty: string[];
}

const stem = (file: string) => file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");

/** A team is its file's name: case, spacing and folder aside, the same name is the same team. */
export function teamKey(file: string): string {
  return stem(file).trim().replace(/\s+/g, " ").toLowerCase();
}

/** FNV-1a: a short, stable tag for a team's key (a workbook name holds no spaces or "å"). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** Every marker of a team's sheets starts with this. */
export function teamMarkerStem(file: string): string {
  return `${TEAM_MARKER_PREFIX}${hash(teamKey(file))}_`;
}

/** The marker of a team's n-th (0-based) register sheet. */
export function teamMarker(file: string, index: number): string {
  return `${teamMarkerStem(file)}${index + 1}`;
}

/** Characters Excel refuses in a sheet name, and the apostrophe it refuses at either end. */
function sheetSafe(text: string): string {
  return text
    .replace(/[:\\/?*[\]]/g, "-")
    .replace(/^'+|'+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** "Team <file name>" ("Team Norr.xlsx" stays "Team Norr"); a file with several registers adds the sheet's name. */
export function teamSheetName(file: string, source: string, several: boolean): string {
  const base = sheetSafe(stem(file));
  const team = /^team\b/i.test(base) ? base : `Team ${base}`.trim();
  const full = several ? `${team} ${sheetSafe(source)}` : team;
  return full.slice(0, MAX_SHEET_NAME).trim();
}

function freeName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = wanted.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
  }
  return name;
}

/**
 * Names and markers for the teams' register sheets. A team imported before (same file name) has
 * its earlier sheets replaced, under the names they have; a sheet the add-in did not make is never
 * replaced: the team's sheet gets a free name beside it. The same team twice in one import: the
 * later file counts.
 */
export function planTeamImport(files: TeamFile[], existing: ExistingSheet[]): TeamImportPlan {
  const byTeam = new Map<string, TeamFile>();
  for (const f of files) {
    byTeam.delete(teamKey(f.file));
    byTeam.set(teamKey(f.file), f);
  }
  const teams = [...byTeam.values()];
  const stems = teams.filter((t) => t.registerSheets.length).map((t) => teamMarkerStem(t.file));
  const replace = existing.filter(
    (s) => s.marker !== null && stems.some((st) => s.marker!.startsWith(st)),
  );
  const taken = new Set(
    existing.filter((s) => !replace.includes(s)).map((s) => s.name.toLowerCase()),
  );
  const sheets: TeamSheetPlan[] = [];
  for (const t of teams)
    t.registerSheets.forEach((source, i) => {
      const marker = teamMarker(t.file, i);
      // A re-imported sheet keeps the name it has (the user may have renamed it).
      const earlier = replace.find((s) => s.marker === marker)?.name;
      const wanted = earlier ?? teamSheetName(t.file, source, t.registerSheets.length > 1);
      const name = freeName(wanted, taken);
      taken.add(name.toLowerCase());
      sheets.push({ file: t.file, source, name, marker });
    });
  return {
    sheets,
    replace,
    empty: teams.filter((t) => !t.registerSheets.length).map((t) => t.file),
  };
}

/**
 * The file each sheet comes from, for the report's rule on insatser found in several files
 * (resolveSources): a team's sheet is its file's, every other sheet the open workbook's.
 * Undefined when no team sheet is there (one workbook, nothing to compare).
 */
export function teamSheetFiles(
  existing: ExistingSheet[],
  fileOfMarker: Record<string, string>,
  workbookName: string,
): Record<string, string> | undefined {
  const files: Record<string, string> = {};
  let teams = 0;
  for (const s of existing) {
    // A team sheet whose provenance was lost still counts as a file of its own.
    const file = s.marker?.startsWith(TEAM_MARKER_PREFIX)
      ? (fileOfMarker[s.marker] ?? s.name)
      : undefined;
    if (file !== undefined) teams++;
    files[s.name] = file ?? workbookName;
  }
  return teams ? files : undefined;
}
