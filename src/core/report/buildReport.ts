import type { BudgetTable } from "../budget/types";
import type { WorkbookGrid } from "../grid";
import { IssueCollector } from "../issueCollector";
import { messagesFor } from "../messages/catalogue";
import type { Messages } from "../messages/sv";
import { serialToYmd } from "../parse/dates";
import { normalizeKey } from "../parse/text";
import { checkCostTableCounts } from "../validate/budgetCrossChecks";
import { chooseBudget, isWholeYear, type BudgetChoice } from "./budgetChoice";
import type { ReadOptions } from "../options";
import { readWorkbook, type ParsedWorkbook } from "../readWorkbook";
import type { RegisterRow } from "../register/types";
import type { Category } from "../taxonomy/types";
import { splitCountable } from "./countable";
import { budgetFigures, costFigures } from "./budgetFigures";
import { insatsFigures, municipalityKey, type BreakdownCategories } from "./insatsFigures";
import type { ExcludedRow, ReportModel } from "./model";
import { periodRows } from "./participantCounts";
import { plannedParticipants } from "./plannedParticipants";
import { referrerByMunicipality } from "./referrerByMunicipality";
import { reportContext } from "./reportContext";
import { resolveSources, type InsatsConflict } from "./sources";
import { periodFromIso, periodLabel, periodToIso, type Period } from "./period";

export interface ReportOptions extends ReadOptions {
  period: { from: string; to: string };
  /** Insatser (display names) to report; all by default. */
  insatser?: string[];
  /** The file each sheet came from, when several files are combined. */
  sheetFiles?: Record<string, string>;
  /** Use only the budget tables on this sheet (the user's choice); every table by default. */
  budgetSheet?: string;
}

/** Everything the layout needs besides the figures themselves. */
export interface PreparedReport {
  model: ReportModel;
  parsed: ParsedWorkbook;
  period: Period;
  categories: BreakdownCategories;
  /** Counted rows per insats, in report order. */
  rowsByInsats: Map<string, RegisterRow[]>;
  excluded: (ExcludedRow & { source: RegisterRow })[];
  /** Insatser found in two files with different rows: no report can be made until resolved. */
  conflicts: InsatsConflict[];
  /** The budget tables the report uses, by the year rule. */
  budget: BudgetChoice;
}

/** A report that cannot be made as asked; the message is written for the user. */
export class ReportOptionsError extends Error {
  constructor(message: string) {
    super(message);
    // Kept by name: class names do not survive minification, and hosts recognise it by name.
    this.name = "ReportOptionsError";
  }
}

/**
 * An open list's rows: the values the reported rows hold, as the register writes them. Values
 * written as a taxonomy label come first in the taxonomy's order; unused labels are no rows.
 */
function openListCategories(
  values: Category[],
  reported: RegisterRow[],
  keyOf: (r: RegisterRow) => string | null,
  order: Category[] = [],
): Category[] {
  const used = new Set(reported.map(keyOf));
  const rank = new Map(order.map((c, i) => [c.key, i]));
  const at = (c: Category) => rank.get(c.key) ?? order.length;
  // Array.prototype.sort is stable: values outside the taxonomy keep their order of appearance.
  return values.filter((c) => used.has(c.key)).sort((a, b) => at(a) - at(b));
}

export function prepareReport(
  workbook: WorkbookGrid | ParsedWorkbook,
  options: ReportOptions,
): PreparedReport {
  const msg = messagesFor(options.lang);
  const period = periodFromIso(options.period.from, options.period.to);
  if (!period)
    throw new ReportOptionsError(msg.periodInvalid(options.period.from, options.period.to));
  const parsed = "taxonomy" in workbook ? workbook : readWorkbook(workbook, options);
  // Neither a register nor a budget table: say so instead of writing empty sheets.
  const nothing = parsed.issues.find((i) => i.code === "WB-EMPTY" || i.code === "WB-NOTHING-FOUND");
  if (nothing) throw new ReportOptionsError(nothing.message);
  const files = options.sheetFiles;
  const { keep, conflicts } = files
    ? resolveSources(parsed.register.rows, (s) => files[s] ?? s)
    : { keep: parsed.register.rows, conflicts: [] };
  const { counted, excluded } = splitCountable(keep);
  const wanted = options.insatser ? new Set(options.insatser) : null;
  const names = parsed.register.insatser.filter((t) => !wanted || wanted.has(t));

  const rowsByInsats = new Map<string, RegisterRow[]>(names.map((n) => [n, []]));
  for (const r of counted) rowsByInsats.get(r.insats!)?.push(r);
  const reported = [...rowsByInsats.values()].flat();

  const t = parsed.taxonomy;
  const categories: BreakdownCategories = {
    exitReason: t.exitReason.categories,
    gender: t.gender.categories,
    education: t.education.categories,
    yearsOnBenefits: t.yearsOnBenefits.categories,
    incomeBefore: t.incomeBefore.categories,
    incomeAfter: t.incomeAfter.categories,
    referrer: openListCategories(
      parsed.register.openLists.referrer,
      reported,
      (r) => r.referrer?.key ?? null,
      t.referrer.categories,
    ),
    municipality: openListCategories(parsed.register.openLists.municipality, reported, (r) =>
      r.municipality === null ? null : municipalityKey(r.municipality),
    ),
  };

  const followUpSheets = new Set(
    parsed.register.sheets.filter((s) => s.columns.followUp !== undefined).map((s) => s.name),
  );
  const ctx = reportContext(counted, reported, period, categories.gender, followUpSheets);
  const insatser = names.map((n) =>
    insatsFigures(n, rowsByInsats.get(n)!, period, categories, ctx),
  );
  const total = insatsFigures("Totalt", reported, period, categories, ctx);
  const reportIssues = new IssueCollector(msg);
  const budget = chooseBudget(
    budgetTables(parsed, options.budgetSheet, msg),
    period,
    parsed.register.sheets[0]?.name ?? parsed.budgets[0]?.sheet ?? "",
    reportIssues,
  );
  const cost = costFigures(budget, insatser);
  const byKey = new Map(insatser.map((f) => [normalizeKey(f.name), f.participants.total]));
  const countYear = isWholeYear(period) ? serialToYmd(period.from).y : null;
  checkCostTableCounts(
    parsed.costTables,
    countYear,
    periodLabel(period),
    (i) => byKey.get(normalizeKey(i)) ?? null,
    reportIssues,
  );
  const excludedHere = excluded.filter(
    (e) => e.source.insats === null || !wanted || wanted.has(e.source.insats),
  );
  const model: ReportModel = {
    schemaVersion: 1,
    period: periodToIso(period),
    insatser,
    total,
    budget: budgetFigures(budget),
    budgetStatus: {
      state: budget.state,
      message: budget.message,
      costPerParticipant: budget.costPerParticipant,
    },
    cost: cost.rows,
    costTotal: cost.total,
    excludedRows: excludedHere.map(({ sheet, row, reason }) => ({ sheet, row, reason })),
    // This period's budget and cost-table findings follow the workbook's own.
    issues: [...withoutCopies(parsed, keep), ...reportIssues.issues],
    years: total.years,
    referrerByMunicipality: referrerByMunicipality(
      periodRows(reported, period).participants,
      categories.referrer,
      categories.municipality,
    ),
    plannedParticipants: plannedParticipants(budget, insatser),
  };
  return {
    model,
    parsed,
    period,
    categories,
    rowsByInsats,
    excluded: excludedHere,
    conflicts,
    budget,
  };
}

/**
 * The workbook's issues less those on rows of a file sent twice: an insats whose rows are
 * identical in two files is counted once, and its copy's rows are not duplicates of the original.
 */
function withoutCopies(parsed: ParsedWorkbook, keep: RegisterRow[]) {
  if (keep.length === parsed.register.rows.length) return parsed.issues;
  const kept = new Set(keep);
  const copies = new Set(
    parsed.register.rows.filter((r) => !kept.has(r)).map((r) => `${r.sheet}\u0000${r.row + 1}`),
  );
  return parsed.issues.filter((i) => !copies.has(`${i.sheet}\u0000${i.row}`));
}

/** The budget tables the user chose (`--budget`, the pane's dropdown), or every table. */
function budgetTables(
  parsed: ParsedWorkbook,
  sheet: string | undefined,
  msg: Messages,
): BudgetTable[] {
  if (sheet === undefined) return parsed.budgets;
  const tables = parsed.budgets.filter((t) => t.sheet === sheet);
  if (tables.length === 0)
    throw new ReportOptionsError(
      msg.budgetSheetNone(sheet, [...new Set(parsed.budgets.map((t) => t.sheet))]),
    );
  return tables;
}

/** The period's figures for every insats and the total (docs/domain.md, docs/report-json.md). */
export function buildReport(workbook: WorkbookGrid, options: ReportOptions): ReportModel {
  return prepareReport(workbook, options).model;
}
