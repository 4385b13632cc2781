import type { WorkbookGrid } from "../grid";
import type { PreparedReport } from "../report/buildReport";
import { periodLabel } from "../report/period";
import { budgetSheet } from "./budgetSheet";
import { cellKey } from "./budgetSource";
import { copyFixes, copyReader } from "./copyFixes";
import { costSheet } from "./costSheet";
import { kontrollSheet } from "./kontrollSheet";
import { printFooter } from "./printLayout";
import { resultatSheet } from "./resultatSheet";
import { tabellerSheet } from "./tabellerSheet";
import { desiredSheetNames } from "./sheetNames";
import type { CopyFix, SheetKind, SheetSpec } from "./sheetSpec";

export interface LayoutOptions {
  /** Show counts of 1 and 2 as ".." for publication (totals still count them). */
  hideSmall?: boolean;
  /** Which sheets to make; all by default. */
  sheets?: SheetKind[];
  /** Names chosen by the host (see planSheetNames); the period's standard names by default. */
  names?: Record<SheetKind, string>;
  /**
   * Whether the host writes a copy in which normalised cells can be rewritten (the file
   * host). Inside Excel the user's own workbook is written: nothing of theirs is changed,
   * so figures that depend on such cells are written as values instead.
   */
  canRewriteSource?: boolean;
  /** The source file's name (never a path), for the printed footer; left out when unknown. */
  sourceName?: string;
}

export interface ReportLayout {
  sheets: SheetSpec[];
  /** Cells to rewrite in the written copy (never in the user's original), listed on Kontroll. */
  fixes: CopyFix[];
  /** Insatser whose figures on Resultat are values, not formulas (the sheet carries a note why). */
  valueInsatser: string[];
}

/** ReportModel → the four standard sheets, with live formulas over the register and budget. */
export function layoutReport(
  p: PreparedReport,
  grid: WorkbookGrid,
  options: LayoutOptions = {},
): ReportLayout {
  const hideSmall = options.hideSmall ?? false;
  const wanted = new Set<SheetKind>(
    options.sheets ?? ["resultat", "budget", "kostnad", "tabeller", "kontroll"],
  );
  const label = reportLabel(p);
  const names = options.names ?? desiredSheetNames(label);
  const prefix = (kind: string) => `${kind}_${label}`.replace(/[^A-Za-z0-9_]/g, "_");
  const canRewrite = options.canRewriteSource ?? true;
  const needed = copyFixes(p, grid);
  const fixes = canRewrite ? needed : [];
  const read = copyReader(grid, fixes);
  const regSheet = (name: string) => p.parsed.register.sheets.find((s) => s.name === name);

  // Rows the engine leaves out but COUNTIFS would still count: an insats and a numeric enrolment date.
  const valueInsatser = new Set<string>();
  for (const e of p.excluded) {
    const startCol = regSheet(e.source.sheet)?.columns.start;
    if (
      e.source.insats !== null &&
      startCol !== undefined &&
      typeof read(e.source.sheet, e.source.row, startCol) === "number"
    )
      valueInsatser.add(e.source.insats);
  }
  // Without a rewritten copy, every insats with a cell that needed normalising.
  const unfixed = canRewrite ? [] : needed;
  const rowInsats = new Map(
    p.parsed.register.rows.map((r) => [`${r.sheet}\u0000${r.row}`, r.insats]),
  );
  for (const f of unfixed) {
    const insats = rowInsats.get(`${f.sheet}\u0000${f.row}`);
    if (insats && p.rowsByInsats.has(insats)) valueInsatser.add(insats);
  }
  const unfixedCells = new Set(unfixed.map((f) => cellKey(f.sheet, f.row, f.col)));

  // Titles name the period itself, whatever the sheet had to be called ("Kostnad 240101–240630", "Resultat 2024 (2)").
  const heading = periodLabel(p.period);
  const resultat = resultatSheet(
    p,
    names.resultat,
    heading,
    prefix("Resultat"),
    hideSmall,
    valueInsatser,
  );
  const sheets: SheetSpec[] = [];
  if (wanted.has("resultat")) sheets.push(resultat.spec);
  // Written also without a budget for the period: the sheet says why there are no figures.
  if (wanted.has("budget"))
    sheets.push(budgetSheet(p, names.budget, heading, prefix("Budget"), unfixedCells));
  if (wanted.has("kostnad"))
    sheets.push(
      costSheet({
        p,
        anchors: resultat.anchors,
        name: names.kostnad,
        heading,
        tablePrefix: prefix("Kostnad"),
        hideSmall,
        unfixed: unfixedCells,
      }),
    );
  if (wanted.has("tabeller"))
    sheets.push(
      tabellerSheet(p, names.tabeller, heading, prefix("Tabeller"), hideSmall, valueInsatser, read),
    );
  if (wanted.has("kontroll"))
    sheets.push(kontrollSheet(p, fixes, names.kontroll, heading, prefix("Kontroll")));
  // The cost sheet's denominators live on Resultat: it is always written when costs are.
  if (wanted.has("kostnad") && !wanted.has("resultat")) sheets.unshift(resultat.spec);
  const shown = wanted.has("resultat") || wanted.has("kostnad") || wanted.has("tabeller");
  const footer = printFooter(options.sourceName, heading);
  return {
    sheets: sheets.map((s) => ({ ...s, print: { ...s.print, footer } })),
    fixes,
    valueInsatser: shown
      ? p.model.insatser.map((i) => i.name).filter((i) => valueInsatser.has(i))
      : [],
  };
}

/** The period as sheet names say it: "2024", or "240101–240630" to fit Excel's name limit. */
export function reportLabel(p: Pick<PreparedReport, "period">): string {
  const label = periodLabel(p.period);
  return label.length > 10 ? label.replace(/(\d{2})(\d{2})-(\d{2})-(\d{2})/g, "$2$3$4") : label;
}
