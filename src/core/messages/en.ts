import type { RuleCode } from "./rules";
import type { Messages } from "./sv";

/**
 * English issue messages (the task pane's `?lang=en`): the keys and signatures of `sv.ts`.
 * The workbook's own Swedish words stay as the user sees them there: column names
 * (Deltagar-ID, Inskrivningsdatum), category labels, sheet names (”Kategorier”), Ja/Nej.
 */
const q = (s: string) => `“${s}”`;

export const en: Messages = {
  workbookEmpty: () =>
    "The workbook is empty. Open the workbook with the participant register and try again.",
  nothingFound: (sheets: string[]) =>
    `Found neither a participant register nor a budget table (sheets: ${sheets.map(q).join(", ")}). ` +
    "A register needs a header row with at least Deltagar-ID and Inskrivningsdatum above the data; " +
    "a budget table needs the columns Insats, Tilldelade medel and Använda medel.",

  columnMissing: (header: string, consequence: string) =>
    `The register has no ${q(header)} column. ${consequence}`,
  insatsColumnMissing: (sheet: string) =>
    `The ${q("Insats")} column is missing. Every row on the sheet counts towards the intervention ${q(sheet)} (the sheet's name). ` +
    "Add an Insats column, or set the intervention in the settings, if that is wrong.",
  endMissingConsequence:
    "Without it, exited and ongoing participants cannot be counted. Add an Avslutsdatum column.",
  reasonMissingConsequence: "Without it, outcomes cannot be reported. Add an Avslutsorsak column.",
  optionalColumnsMissing: (headers: string[]) =>
    `The register has no ${headers.map(q).join(", ")}. The summary's tables for these will be empty; add the columns if you follow them up.`,
  columnDuplicate: (header: string, first: string) =>
    `The column ${q(header)} means the same as the column in ${first}, which is used. This column is not read; remove or rename it.`,

  idMissing: () =>
    "Deltagar-ID is missing on this row. Fill in the participant's ID (a code, never a personnummer).",
  idDuplicate: (id: string, team: string, otherRow: number) =>
    `The participant ${q(id)} is already on row ${otherRow} in the intervention ${q(team)}, with a period that overlaps this one. ` +
    "Remove the duplicate, or correct the dates if the participant was enrolled again.",
  idDuplicateOtherSheet: (sheet: string) => ` (That row is on the sheet ${q(sheet)}.)`,
  insatsMissing: () =>
    "Insats is missing on this row. Fill in the intervention the participant is enrolled in; otherwise the row is not counted.",
  startMissing: () =>
    "Inskrivningsdatum is missing. Fill in the date (YYYY-MM-DD); without it the row cannot be counted in any period.",
  dateUnreadable: (header: string) =>
    `${header}: the value cannot be read as a date. Write the date as YYYY-MM-DD, for example 2024-03-05.`,
  dateImpossible: (header: string) =>
    `${header}: the date does not exist in the calendar. Correct the day or month (write YYYY-MM-DD).`,
  dateImplausible: (header: string, iso: string) =>
    `${header}: ${iso} is not a plausible date for an intervention. Check the year.`,
  dateOrder: (endIso: string, startIso: string) =>
    `Avslutsdatum ${endIso} is before Inskrivningsdatum ${startIso}. Correct one of the dates.`,
  startFuture: (iso: string) =>
    `Inskrivningsdatum ${iso} is in the future. Check the year; planned enrolments do not belong in the register yet.`,
  exitNoDate: () =>
    "Avslutsorsak is filled in but Avslutsdatum is missing. Fill in the exit date, or remove the reason if the participant is still enrolled.",
  exitNoReason: () =>
    "Avslutsdatum is filled in but Avslutsorsak is missing. Fill in why the participant exited.",
  categoryUnknown: (header: string, value: string, labels: string[], suggestion: string | null) =>
    (suggestion
      ? `${header}: ${q(value)} is not one of the categories. Did you mean ${q(suggestion)}? `
      : `${header}: ${q(value)} is not one of the categories. `) +
    `Use one of: ${labels.join(", ")} — or add the value on the ${q("Kategorier")} sheet.`,
  birthYearInvalid: (maxYear: number) =>
    `The birth year is not plausible. Write the year with four digits between 1920 and ${maxYear}, for example 1985.`,
  numberInvalid: (header: string) =>
    `${header}: the value cannot be read as a number. Write a whole number, for example 3.`,
  yearsInvalid: (header: string, labels: string[]) =>
    `${header}: the value cannot be read. Write a number of years (for example 3) or one of: ${labels.join(", ")}.`,
  ageRange: (age: number) =>
    `The participant was ${age} at enrolment, outside 16–67. Check the birth year and Inskrivningsdatum.`,
  valueNormalized: (header: string, value: string, understood: string) =>
    `${header}: ${q(value)} was read as ${q(understood)}. Not an error, but consider writing the value exactly like that.`,
  dateNormalized: (header: string, value: string, iso: string) =>
    `${header}: the text ${q(value)} was read as the date ${iso}. Not an error, but a real date (YYYY-MM-DD) works in Excel's formulas.`,
  timeDropped: (header: string, iso: string) =>
    `${header}: the date ${iso} also has a time of day. Not an error; only the date counts.`,
  numberNormalized: (header: string, value: string, n: number) =>
    `${header}: the text ${q(value)} was read as the number ${n}. Not an error, but a number works in Excel's formulas.`,
  errorValue: (value: string) =>
    `The cell contains the error value ${value}. Correct the formula or type in the value; error values are not counted.`,
  personnummer: () =>
    "The cell seems to contain a personnummer. The register may only hold pseudonymised participant IDs: replace the personnummer with a code and keep the code key separately.",
  personnummerLike: () =>
    "The cell seems to contain a personnummer with a wrong check digit – a mistyped personnummer still identifies a person. Replace it with a code and keep the code key separately.",
  personnummerColumn: (header: string) =>
    `The column ${q(header)} is meant for personnummer. The register may only hold pseudonymised participant IDs: remove the column and keep the code key separately and protected.`,
  insatsPersonnummer: () =>
    "The intervention looks like a personnummer. Write the intervention's name in the column; the row is not counted until this is corrected.",
  nameColumn: (header: string) =>
    `The column ${q(header)} seems to contain names. The register may only hold pseudonymised participant IDs: remove the column or move it to a separate, protected code key.`,

  amountInvalid: (header: string) =>
    `${header}: the amount cannot be read. Write a number, preferably with the unit, for example 1 250 000 kr or 1 250 tkr.`,
  budgetDiff: (
    first: { header: string; amount: string },
    second: { header: string; amount: string },
    expected: string,
    stated: string,
    reversed: boolean,
  ) =>
    `${first.header} ${first.amount} minus ${second.header} ${second.amount} is ${expected}, but the table says ${stated}.` +
    (reversed
      ? ` The difference seems to be calculated the other way round (${second.header} minus ${first.header}); correct it so that it is calculated like the table's other rows.`
      : " Correct the difference or the amounts."),
  budgetSum: (
    label: string,
    header: string,
    stated: string,
    sum: string,
    from: number,
    to: number,
  ) =>
    `${q(label)} in the column ${header} is ${stated}, but rows ${from}–${to} add up to ${sum}. Correct the sum or the rows (a SUM formula helps).`,
  budgetTotalMissing: () =>
    "The budget table has no total row (Totalt/Summa). Not an error; the summary calculates the total itself.",
  unitMixed: (thisUnit: string, tableUnit: string) =>
    `This amount is in ${thisUnit} but the rest of the table is in ${tableUnit}. Use one unit in the whole table.`,
  unitAssumed: () =>
    "The budget table states no unit; the amounts are read as kronor. Write kr or tkr in the header (for example “Budget (tkr)”) if that is wrong.",
  budgetRowNoInsats: () =>
    "The row has amounts but no intervention. Fill in the intervention's name, or write Totalt if it is the total row.",
  budgetDuplicateRow: (insats: string, otherRow: number) =>
    `The intervention ${q(insats)} is already on row ${otherRow} of the budget table. Merge the rows.`,
  budgetNoParticipants: (insats: string) =>
    `The intervention ${q(insats)} has a budget but no participants in the register. Check that it has the same name in the register and in the budget.`,
  budgetNone: () =>
    "The workbook has no budget table, so the summary has no budget vs actual and no cost per participant. " +
    "A budget table needs a header row with Budget (or Tilldelade medel) and Utfall (or Använda medel), a column with the interventions' names " +
    "and the year in the headers or in a title above, for example “Budget och utfall 2024”.",
  budgetSheetNone: (sheet: string, found: string[]) =>
    `The sheet ${q(sheet)} has no budget table that Finsam-rapport can read.` +
    (found.length
      ? ` There are budget tables on ${found.map(q).join(", ")}.`
      : " The workbook has no budget table."),
  budgetYearNone: (year: number | string, found: string) =>
    `No budget table is for ${year}: ${found}. Budget vs actual and cost per participant are not shown for ${year}. ` +
    "Add the budget for the year (with the year in the headers or the title), or choose a period the budget covers.",
  budgetYearUnnamed: (table: string, year: number) =>
    `The budget table ${table} names no year; it is used for ${year}. ` +
    `Write the year in a header (“Utfall ${year}”), in a title above the table (“Budget och utfall ${year}”) or in the sheet's name, so that the right year's budget is always used.`,
  budgetPeriodSpansYears: (period: string) =>
    `The period ${period} covers more than one calendar year. A budget table covers one year, so budget vs actual and cost per participant are not shown; choose a calendar year or part of one.`,
  budgetPeriodNotYear: (period: string, year: number) =>
    `The period ${period} is not a whole calendar year, but the actual costs in the budget are for ${year}. ` +
    "So cost per participant is not calculated (a whole year's costs divided by a shorter period's participants would be wrong). Choose the period " +
    `${year} for cost per participant.`,
  tablePlace: (sheet: string, headerRow: number) =>
    `on the sheet ${q(sheet)} (header row ${headerRow})`,
  tableYear: (place: string, year: number | null) => `the table ${place} is for ${year}`,
  tableCell: (place: string, cell: string) => `the table ${place}, cell ${cell}`,
  sheetCell: (sheet: string, cell: string) => `the sheet ${q(sheet)}, cell ${cell}`,
  costTableCell: (sheet: string, cell: string) =>
    `the cost table on the sheet ${q(sheet)}, cell ${cell}`,
  periodInvalid: (from: string, to: string) =>
    `The period ${from}–${to} is not valid. Enter the dates as YYYY-MM-DD, the from date before the to date.`,
  budgetActualConflict: (insats: string, here: string, other: string, otherPlace: string) =>
    `The intervention ${q(insats)} has the actual cost ${here} here but ${other} in ${otherPlace}. An intervention must have the same actual cost in every table; correct the wrong one.`,
  costTableCost: (insats: string, stated: string, actual: string, budgetPlace: string) =>
    `The total cost for ${q(insats)} is ${stated}, but the actual cost in the budget table (${budgetPlace}) is ${actual}. Correct the wrong one.`,
  costTableCount: (insats: string, stated: number, counted: number, period: string) =>
    `The number of participants for ${q(insats)} is ${stated}, but the register has ${counted} participants in ${period}. Check the number or the register.`,
  costTableDivision: (stated: string, cost: string, count: number, expected: string) =>
    `The cost per participant is ${stated}, but ${cost} divided by ${count} participants is ${expected}. Correct the calculation.`,
  costTableNoBudget: (insats: string) =>
    `The intervention ${q(insats)} is in the cost table but not in the budget table. Check that the names are the same.`,
  budgetRowMissing: (insats: string, budgetSheet: string) =>
    `The intervention ${q(insats)} has participants but no row in the budget table on the sheet ${q(budgetSheet)}. Add a row, or check that the names are the same.`,

  categoriesColumnsMissing: () =>
    `The ${q("Kategorier")} sheet needs the headers Fält, Kategori, Synonymer and Stegförflyttning. The default categories are used for now.`,
  categoriesFieldUnknown: (value: string) =>
    `${q(value)} is not a field of the register. Write, for example, Avslutsorsak, Kön, Utbildningsnivå, Försörjning före or Remitterande part.`,
  categoriesGreenInvalid: (value: string) =>
    `Stegförflyttning ${q(value)} must be Ja or Nej. For now the category does not count as a step towards work.`,
};

/** The English group title of every rule (the Swedish one is RULES[code].title). */
export const enTitles: Record<RuleCode, string> = {
  "WB-EMPTY": "Empty workbook",
  "WB-NOTHING-FOUND": "No register or budget table found",
  "REG-COLUMN-MISSING": "Column missing",
  "REG-COLUMNS-OPTIONAL": "Background columns missing",
  "REG-COLUMN-DUPLICATE": "Column appears twice",
  "REG-ID-MISSING": "Deltagar-ID missing",
  "REG-ID-DUPLICATE": "Same participant twice in one intervention",
  "REG-TEAM-MISSING": "Intervention missing",
  "REG-START-MISSING": "Inskrivningsdatum missing",
  "REG-DATE-UNREADABLE": "Dates that cannot be read",
  "REG-DATE-IMPOSSIBLE": "Dates that do not exist",
  "REG-DATE-IMPLAUSIBLE": "Implausible date",
  "REG-DATE-ORDER": "Exit before enrolment",
  "REG-START-FUTURE": "Inskrivningsdatum in the future",
  "REG-EXIT-NO-DATE": "Exit reason without exit date",
  "REG-EXIT-NO-REASON": "Exit date without exit reason",
  "REG-CATEGORY-UNKNOWN": "Unknown category value",
  "REG-BIRTHYEAR-INVALID": "Implausible birth year",
  "REG-NUMBER-INVALID": "Numbers that cannot be read",
  "REG-AGE-RANGE": "Age outside 16–67",
  "REG-VALUE-NORMALIZED": "Values read after normalisation",
  "CELL-ERROR-VALUE": "Error value in cell",
  "PRIVACY-PERSONNUMMER": "Personnummer in the workbook",
  "PRIVACY-PERSONNUMMER-LIKE": "Personnummer with a wrong check digit",
  "PRIVACY-PERSONNUMMER-COLUMN": "Column for personnummer",
  "PRIVACY-NAME-COLUMN": "Column with names",
  "REG-TEAM-PERSONNUMMER": "Personnummer instead of intervention",
  "BUDGET-AMOUNT-INVALID": "Amounts that cannot be read",
  "BUDGET-DIFF": "The difference does not add up",
  "BUDGET-TOTAL": "The total row does not match the sum",
  "BUDGET-SUBTOTAL": "The subtotal does not match the rows",
  "BUDGET-TOTAL-MISSING": "Budget table has no total row",
  "BUDGET-UNIT-MIXED": "Mixed units (kr and tkr)",
  "BUDGET-UNIT-ASSUMED": "No unit in the budget table",
  "BUDGET-ROW-NO-INSATS": "Budget row without intervention",
  "BUDGET-DUPLICATE-ROW": "Intervention twice in the budget",
  "BUDGET-NO-PARTICIPANTS": "Budgeted intervention without participants",
  "BUDGET-ROW-MISSING": "Intervention with participants but no budget row",
  "BUDGET-NONE": "No budget table",
  "BUDGET-YEAR-NONE": "No budget for the period's year",
  "BUDGET-YEAR-UNNAMED": "Budget table names no year",
  "BUDGET-PERIOD-SPANS-YEARS": "Period spans several years",
  "BUDGET-PERIOD-NOT-YEAR": "Cost per participant only for a whole year",
  "BUDGET-ACTUAL-CONFLICT": "Same intervention with different actual costs in two tables",
  "COST-TABLE-COST": "Cost table does not match the budget's actual cost",
  "COST-TABLE-COUNT": "Cost table's number does not match the register",
  "COST-TABLE-DIVISION": "Cost per participant calculated wrongly",
  "COST-TABLE-NO-BUDGET": "Intervention in the cost table missing from the budget",
  "KAT-COLUMNS-MISSING": "Category sheet is missing columns",
  "KAT-FIELD-UNKNOWN": "Unknown field on the category sheet",
  "KAT-GREEN-INVALID": "Stegförflyttning must be Ja or Nej",
};
