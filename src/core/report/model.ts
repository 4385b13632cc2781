import type { Issue } from "../issue";
import type { AmountUnit } from "../parse/amounts";

/** The report as data (docs/report-json.md): the product's public, machine-readable output. */
export interface ReportModel {
  schemaVersion: 1;
  period: { from: string; to: string };
  insatser: InsatsReport[];
  total: InsatsReport;
  budget: BudgetReport | null;
  /** Which budget the report uses and why (added key); `message` says why there is none, or warns. */
  budgetStatus: {
    state: "year" | "unnamed" | "none" | "no-year" | "spans-years";
    message: string | null;
    /** False when the period is not a whole calendar year (or there is no budget): no cost per participant. */
    costPerParticipant: boolean;
  };
  /** A row for every register insats and every budget insats row (docs/report-json.md). */
  cost: CostRow[];
  /** The same figures over every insats with a cost (added key). */
  costTotal: CostRow | null;
  /** Rows left out of every figure because their errors make counting them impossible (added key). */
  excludedRows: ExcludedRow[];
  issues: Issue[];
  /** The total's figures for every calendar year up to the period's (added key; `total.years`). */
  years: YearFigures[];
  /** Remitterande part × hemkommun over the period's participants, in total (added key). */
  referrerByMunicipality: ReferrerByMunicipality[];
  /** Planerat mot faktiskt antal deltagare; null when no used budget table has the column (added key). */
  plannedParticipants: PlannedParticipants[] | null;
}

/** One insats's planned participants (the budget table's column) against the period's (added key). */
export interface PlannedParticipants {
  insats: string;
  /** Null when the budget has no row or no readable count for the insats. */
  planned: number | null;
  /** The period's totalt antal deltagare. */
  actual: number;
  /** actual − planned. */
  difference: number | null;
  /** actual / planned; null without a planned count or when it is 0. */
  share: number | null;
}

/** One referrer's participants in the period per municipality (added key). */
export interface ReferrerByMunicipality {
  /** The referrer category's key, or "missing". */
  key: string;
  referrer: string;
  /** Every municipality of `breakdowns.municipality`, in its order, "missing" last. */
  municipality: { key: string; label: string; count: number }[];
  total: number;
}

/** One calendar year's figures (jämförelse årsvis; added key). */
export interface YearFigures {
  year: number;
  participants: ParticipantCounts;
  greenExits: number;
  greenShare: number | null;
}

/** The period's exits of one gender, per exit reason (avslutsorsak per kön; added key). */
export interface GenderOutcomes {
  /** The gender category's key, or "missing" for exits without a gender. */
  key: string;
  /** The gender's label ("Kvinna"), or "Ej ifyllt eller okänt". */
  gender: string;
  exited: number;
  outcomes: { key: string; label: string; count: number }[];
}

/** Medelålder in the period's end year, one decimal; null where nobody has an age (added key). */
export interface MeanAge {
  all: number | null;
  /** Participants the mean is over: those with an age (added key; publication hides means of 1–2). */
  count: number;
  byGender: { key: string; gender: string; value: number | null; count: number }[];
}

/** Uppföljning sex månader efter avslut (added key). */
export interface FollowUp {
  /** Green exits whose exit date plus six months falls in the period. */
  cohort: number;
  /** Of the cohort: marked Kvarstår or Kvarstår inte. */
  answered: number;
  /** Of the cohort: marked Kvarstår. */
  kept: number;
  /** answered / cohort; null when the cohort is empty. */
  answeredShare: number | null;
  /** kept / answered; null when nobody answered. */
  keptShare: number | null;
}

export interface ParticipantCounts {
  total: number;
  new: number;
  carriedOver: number;
  exited: number;
  ongoing: number;
}

export interface Outcome {
  key: string;
  label: string;
  count: number;
  /** Of exited; null when nobody exited. */
  share: number | null;
  green: boolean;
}

export interface BreakdownItem {
  key: string;
  label: string;
  count: number;
}

export interface SplitItem {
  key: string;
  label: string;
  new: number;
  total: number;
}

export interface InsatsReport {
  name: string;
  participants: ParticipantCounts;
  outcomes: Outcome[];
  greenExits: number;
  greenShare: number | null;
  meanDaysInProgram: { green: number | null; all: number | null };
  /** Exits in the period with two reasons, counted under both (added key; the report's footnote). */
  exitsWithTwoReasons: number;
  breakdowns: Breakdowns;
  /** Every calendar year from the register's first enrolment year to the period's (added key). */
  years: YearFigures[];
  /** Every gender of the taxonomy, zeros kept (added key). */
  outcomesByGender: GenderOutcomes[];
  meanAge: MeanAge;
  /** Null when the register has no follow-up column (for this insats's rows). */
  followUp: FollowUp | null;
}

export interface Breakdowns {
  gender: BreakdownItem[];
  ageGroup: BreakdownItem[];
  education: BreakdownItem[];
  yearsOnBenefits: BreakdownItem[];
  incomeBefore: BreakdownItem[];
  incomeAfter: BreakdownItem[];
  referrer: SplitItem[];
  municipality: SplitItem[];
}

export interface BudgetReportRow {
  insats: string;
  budget: number | null;
  actual: number | null;
  deviation: number | null;
  usedShare: number | null;
}

export interface BudgetReport {
  unit: AmountUnit;
  /** The sheet the (first) table was read from (added key). */
  sheet: string;
  /** The calendar year the table belongs to; null when it names none (added key). */
  year: number | null;
  /** Every table (or column pair) used: all of the period's year (added key). */
  tables: {
    sheet: string;
    headerRow: number;
    year: number | null;
    unit: AmountUnit;
    negativeCosts: boolean;
  }[];
  rows: BudgetReportRow[];
  /** Over the insats rows. */
  total: Omit<BudgetReportRow, "insats">;
  /** Cost rows that are not insatser (Styrelse, Kansli): in the table's own total, not in `total` (added key). */
  otherRows: BudgetReportRow[];
}

export interface CostRow {
  insats: string;
  cost: number | null;
  perParticipant: number | null;
  perNew: number | null;
  perExited: number | null;
  perGreenExit: number | null;
}

export type ExclusionReason = "no-insats" | "no-start" | "unreadable-end" | "exit-before-start";

export interface ExcludedRow {
  sheet: string;
  /** 1-based spreadsheet row. */
  row: number;
  reason: ExclusionReason;
}
