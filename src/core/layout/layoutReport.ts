import type { WorkbookGrid } from "../grid";
import type { PreparedReport } from "../report/buildReport";
import { periodLabel } from "../report/period";
import { budgetSheet } from "./budgetSheet";
import { copyFixes, copyReader } from "./copyFixes";
import { costSheet } from "./costSheet";
import { kontrollSheet } from "./kontrollSheet";
import { resultatSheet } from "./resultatSheet";
import { desiredSheetNames } from "./sheetNames";
import type { CopyFix, SheetKind, SheetSpec } from "./sheetSpec";

export interface LayoutOptions {
  /** Show counts of 1 and 2 as ".." for publication (totals still count them). */
  hideSmall?: boolean;
  /** Which sheets to make; all by default. */
  sheets?: SheetKind[];
  /** Names chosen by the host (see planSheetNames); the period's standard names by default. */
  names?: Record<SheetKind, string>;
}

export interface ReportLayout {
  sheets: SheetSpec[];
  /** Cells to rewrite in the written copy (never in the user's original), listed on Kontroll. */
  fixes: CopyFix[];
}

/** ReportModel → the four standard sheets, with live formulas over the register and budget. */
export function layoutReport(p: PreparedReport, grid: WorkbookGrid, options: LayoutOptions = {}): ReportLayout {
  const hideSmall = options.hideSmall ?? false;
  const wanted = new Set<SheetKind>(options.sheets ?? ["resultat", "budget", "kostnad", "kontroll"]);
  const label = reportLabel(p);
  const names = options.names ?? desiredSheetNames(label);
  const prefix = (kind: string) => `${kind}_${label}`.replace(/[^A-Za-z0-9_]/g, "_");
  const fixes = copyFixes(p, grid);
  const read = copyReader(grid, fixes);
  const startCol = (sheet: string) => p.parsed.register.sheets.find((s) => s.name === sheet)?.columns.start;
  const isNumber = (sheet: string, row: number) => {
    const c = startCol(sheet);
    return c !== undefined && typeof read(sheet, row, c) === "number";
  };

  const resultat = resultatSheet(p, names.resultat, prefix("Resultat"), hideSmall, isNumber);
  const table = p.parsed.budgets[0];
  const sheets: SheetSpec[] = [];
  if (wanted.has("resultat")) sheets.push(resultat.spec);
  if (wanted.has("budget") && table && p.model.budget) sheets.push(budgetSheet(table, p.model.budget, names.budget, prefix("Budget")));
  if (wanted.has("kostnad")) sheets.push(costSheet(p, table, resultat.anchors, names.kostnad, prefix("Kostnad"), hideSmall));
  if (wanted.has("kontroll")) sheets.push(kontrollSheet(p, fixes, names.kontroll, prefix("Kontroll")));
  // The cost sheet's denominators live on Resultat: it is always written when costs are.
  if (wanted.has("kostnad") && !wanted.has("resultat")) sheets.unshift(resultat.spec);
  return { sheets, fixes };
}

/** The period as sheet names say it: "2024", or "240101–240630" to fit Excel's name limit. */
export function reportLabel(p: Pick<PreparedReport, "period">): string {
  const label = periodLabel(p.period);
  return label.length > 10 ? label.replace(/(\d{2})(\d{2})-(\d{2})-(\d{2})/g, "$2$3$4") : label;
}
