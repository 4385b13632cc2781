import type { Strings } from "./sv";

/** English text: complete, for reviewers and for testing long strings. */
export const en: Strings = {
  lang: "en",
  appName: "Finsam-rapport",
  intro:
    "Finsam-rapport checks the participant register and the budget table and finds the mistakes before they reach the annual report. Then it creates the standard sheets: outcomes, budget vs actual and cost per participant.",
  privacy: "Everything happens on your computer – nothing is sent anywhere.",
  tabs: {
    start: "Start",
    check: "Check",
    report: "Summarise",
    settings: "Settings",
    label: "Pages",
  },
  file: {
    choose: "Choose Excel file",
    chooseMore: "Choose other files",
    drop: "…or drop the register here (.xlsx). You can choose several files, one per team.",
    dropLabel: "Drop Excel files here",
    tooLarge: (name: string, mb: number) =>
      `The file "${name}" is ${mb} MB, too large for the web page. Remove sheets other than the register and the budget, or use the command line tool.`,
    notXlsx: (name: string) =>
      `"${name}" is not an Excel workbook (.xlsx), OpenDocument file (.ods) or CSV file (.csv). Save the register as .xlsx in Excel and choose it again.`,
  },
  found: {
    heading: "What was found",
    register: (sheets: string, rows: number, insatser: number) =>
      `Register: ${sheets}, ${rows} participant ${rows === 1 ? "row" : "rows"} in ${insatser} ${insatser === 1 ? "intervention" : "interventions"}`,
    sheet: (name: string) => `sheet "${name}"`,
    noRegister:
      "Register: not found. The register needs a header row with at least Deltagar-ID and Inskrivningsdatum.",
    budget: (tables: string) => `Budget: ${tables}`,
    budgetTable: (sheet: string, year: string, unit: string) =>
      `sheet "${sheet}", ${year}, ${unit}`,
    noBudget: "Budget: no budget table found (costs cannot be computed).",
    files: (names: string) => `Files: ${names}`,
  },
  mapping: {
    heading: "Columns",
    help: "This is how the columns were read. Change anything that is wrong.",
    sheetHeading: (sheet: string, row: number) => `Sheet "${sheet}", headers in row ${row}`,
    none: "(no column)",
    fieldLabel: (field: string) => `Column for ${field}`,
    fields: {
      id: "Participant ID",
      insats: "Intervention",
      gender: "Gender",
      birthYear: "Birth year",
      age: "Age at enrolment",
      municipality: "Home municipality",
      referrer: "Referring party",
      start: "Enrolment date",
      end: "Exit date",
      exitReason: "Exit reason",
      incomeBefore: "Income before",
      incomeAfter: "Income after",
      education: "Education level",
      yearsOnBenefits: "Years on public support",
      followUp: "Follow-up after 6 months",
    },
  },
  budget: {
    label: "Budget table",
    auto: "Automatic (the period's year)",
    hint: "Automatic uses the budget tables for the summary's year. Choose a sheet to use only the budget tables on it.",
    option: (sheet: string, years: string) => `${sheet} – ${years}`,
    noYear: "no year",
    none: "No budget table was found, so the summary has no budget vs actual or cost per participant. A budget table needs a header row with the interventions' column (such as Insats), Budget (or Tilldelade medel) and Utfall (or Använda medel), and the year in the headers or in a title above, such as “Budget och utfall 2024”.",
    used: (tables: string) => `Budget table: ${tables}`,
  },
  excel: {
    read: "Read the workbook",
    readAgain: "Read the workbook again",
    intro: "The add-in reads the open workbook. Read it again if you have changed anything.",
    mark: "Mark in the sheet",
    unmark: "Remove marks",
    marked: (n: number) =>
      `${n} cells with errors are marked in the sheets. The marks do not change the cells' own formatting.`,
    differences: (n: number) =>
      `Excel calculated ${n} ${n === 1 ? "figure" : "figures"} differently from Finsam-rapport. Check the rows below and the register cells they use:`,
    difference: (sheet: string, cell: string, engine: string, excel: string) =>
      `${sheet}!${cell}: Finsam-rapport ${engine}, Excel ${excel}`,
  },
  check: {
    run: "Check the register",
    again: "Check again",
    empty: "Choose a file on the Start page first.",
    summary: (e: number, w: number, i: number) =>
      `${e} errors, ${w} ${w === 1 ? "warning" : "warnings"}, ${i} info`,
    clean: "No problems found. The register and budget look right.",
    filterSeverity: "Show",
    filterSheet: "Sheet",
    allSheets: "All sheets",
    severity: { error: "Errors", warning: "Warnings", info: "Info" },
    severityOne: { error: "Error", warning: "Warning", info: "Info" },
    value: "Value",
    suggestion: (s: string) => `Suggestion: ${s}`,
    showCell: (cell: string) => `Show ${cell}`,
    previewHeading: (sheet: string, row: number) => `Sheet "${sheet}", row ${row}`,
    closePreview: "Close",
    more: (n: number) => `Show ${n} more`,
    groupCount: (n: number) => `${n}`,
  },
  repair: {
    heading: "Repair the register",
    intro:
      "These register cells can be written so that Excel's formulas read them as the check does. The report's figures then become live formulas. Cells that need a decision (unknown categories, impossible dates, duplicates) are not changed.",
    count: (n: number) => `${n} ${n === 1 ? "cell" : "cells"}`,
    example: (cell: string, before: string, after: string) => `${cell}: ${before} → ${after}`,
    more: (n: number) => `… and ${n} more`,
    empty: "(empty)",
    run: "Repair the register",
    confirm: (n: number) =>
      `${n} register ${n === 1 ? "cell is" : "cells are"} rewritten as listed. You can undo with Undo here in the pane while the add-in is open.`,
    apply: (n: number) => `Repair ${n} ${n === 1 ? "cell" : "cells"}`,
    cancel: "Cancel",
    done: (n: number) => `${n} ${n === 1 ? "cell was" : "cells were"} repaired.`,
    undoNote:
      "Excel's own Undo does not cover changes made by an add-in. Use the Undo button here; it restores every cell's previous value and number format while the add-in is open.",
    undo: "Undo",
    download: "Download repaired file",
    downloadHint:
      "A copy of the file with the cells repaired; the original is not changed. Open the copy and create the report from it.",
    downloaded: (n: number, file: string) =>
      `${file} with ${n} repaired ${n === 1 ? "cell" : "cells"} was downloaded.`,
  },
  report: {
    empty: "Choose a file on the Start page first.",
    period: "Period",
    year: "Year",
    custom: "Custom range",
    from: "From",
    to: "To",
    badPeriod: "Enter the period as YYYY-MM-DD, the from date before the to date.",
    insatser: "Interventions",
    sheets: "Sheets to create",
    sheetNames: {
      resultat: "Outcomes",
      budget: "Budget vs actual",
      kostnad: "Cost per participant",
      tabeller: "Tables (by year, gender, age, municipality)",
      kontroll: "Checks",
    },
    hideSmall: "Show counts below 3 as .. (for publication)",
    create: "Create summary",
    noInsatser: "Choose at least one intervention.",
    noRegister:
      "There is no participant register to summarise. The register needs a header row with at least Deltagar-ID and Inskrivningsdatum above the data (titles and instructions may come first); see Start.",
    done: "The summary is ready",
    madeSheets: "Sheets created:",
    renamed: (wanted: string, used: string) =>
      `The sheet "${wanted}" already existed and was not made by Finsam-rapport; the new sheet is called "${used}".`,
    valuesNote: (insatser: string[]) =>
      `The figures for ${insatser.map((i) => `“${i}”`).join(", ")} and the total were written as values, not formulas, because the register has rows or cells formulas cannot count the way Finsam-rapport does (such as dates typed as text). They are listed on the Kontroll sheet. Repair the register on the Check page (or correct the cells yourself) and create the summary again to get formulas that update.`,
    fixes: (n: number) =>
      `${n} cells with text dates, synonyms or extra spaces were rewritten in the report's copy (listed on the Checks sheet). The original file is unchanged.`,
    download: "Download the report",
    downloadHint: "The original workbook with the report sheets added. Your file is not changed.",
    downloadReportOnly: "Download the report only",
    downloadReportOnlyHint:
      "Only the report sheets, as values, without the register and its personal data – for sharing and publication.",
    conflict: (insats: string, a: string, b: string) =>
      `The intervention "${insats}" is in both ${a} and ${b} with different rows. Remove it from one file and try again.`,
    participants: (n: number, period: string) => `${n} participants in ${period}`,
    outcomesChart: "Exit reason per intervention (number of exits)",
    incomeChart: "Income source before and after (total)",
    before: "Before (participants)",
    after: "After (exits)",
    chartTable: "The chart's figures",
    yearsChart: "Year by year (total)",
    yearsSeries: { total: "Total", new: "New", exited: "Exited" },
    genderChart: "Participants by gender (total)",
    participantsSeries: "Participants",
  },
  pane: {
    nextStep: "Next step:",
    next: {
      open: "Choose a file",
      read: "Read the workbook",
      check: "Check",
      report: "Create summary",
      download: "Download",
    } as Record<string, string>,
    errors: (n: number) => `${n} ${n === 1 ? "error" : "errors"}`,
    warnings: (n: number) => `${n} ${n === 1 ? "warning" : "warnings"}`,
    infos: (n: number) => `${n} info`,
    countsLabel: (summary: string) => `${summary}. Show on Check`,
    sample: "Try the sample file",
    sampleHint: "A made-up register with a budget, built into the page.",
    sampleFailed:
      "The sample file could not be loaded. Open the page from a web server (not as a file) or choose your own file.",
  },
  teams: {
    heading: "The teams' registers",
    help: "For the association's summary: choose the teams' workbooks (.xlsx). They are read on your computer – nothing is sent. Each team's register is copied to a sheet of its own in this workbook, owned by Finsam-rapport. Fetching the same file again replaces only that team's sheet; your own sheets are never changed.",
    choose: "Fetch the teams' registers",
    inputLabel: "Choose the teams' workbooks",
    notXlsx: (name: string) =>
      `"${name}" is not an Excel workbook (.xlsx or .xlsm). Save it as .xlsx in Excel and choose it again.`,
    listHeading: "Fetched registers",
    sheet: (sheet: string, file: string) => `Sheet "${sheet}" from ${file}`,
    dates: (fileDate: string | null, imported: string) =>
      fileDate ? `file changed ${fileDate}, fetched ${imported}` : `fetched ${imported}`,
    rows: (n: number) => `${n} participant ${n === 1 ? "row" : "rows"}`,
    done: (n: number) =>
      `${n} ${n === 1 ? "sheet was" : "sheets were"} fetched. Create summary on the Summarise page now counts every team with formulas over the sheets.`,
    noRegister: (file: string) =>
      `${file}: no participant register was found, so nothing was copied. The register needs a header row with at least Deltagar-ID and Inskrivningsdatum.`,
    unreadable: (file: string, message: string) => `${file}: ${message}`,
    conflict: (insats: string, a: string, b: string) =>
      `The intervention "${insats}" is in both ${a} and ${b} with different rows. The summary cannot be created until it is in only one of the files: correct the file and fetch it again.`,
  },
  progress: {
    reading: "Reading the workbook…",
    checking: "Checking the register…",
    counting: "Counting the summary…",
    writing: "Writing the report sheets…",
  },
  settings: {
    heading: "Categories",
    help: "This is how the register's values are read. Add a sheet named Kategorier with the columns Fält, Kategori, Synonymer (;-separated) and Stegförflyttning (Ja/Nej) to use your own categories; its rows set the report's order.",
    fromSheet: "From the Kategorier sheet",
    defaults: "Default",
    green: "step towards work",
    synonyms: (s: string) => `Also read: ${s}`,
    empty: "Choose a file on the Start page to see the workbook's categories.",
  },
  // The register template and drop-downs (issue 13).
  template: {
    heading: "Register template and drop-downs",
    help: "The drop-downs take their choices from the Kategorier sheet. A field listed on the Kategorier sheet replaces the default list for that field: only the categories on its rows apply.",
    newTemplate: "New register template",
    newTemplateWeb:
      "Downloads a new workbook with an empty register as an Excel table, drop-downs, date checks and the Kategorier sheet. With a file chosen, its categories and insatser are used.",
    newTemplateExcel:
      "Adds a new sheet with an empty register as an Excel table, drop-downs and date checks, and the Kategorier sheet if the workbook lacks one. No existing sheet is overwritten.",
    addDropDowns: "Add drop-downs",
    addDropDownsHelp:
      "Adds drop-downs, date checks and a birth-year check to the register's columns. No value changes, and columns with their own data validation are left as they are.",
    removeDropDowns: "Remove drop-downs",
    noRegister: "No register found to add drop-downs to.",
    sheets: (register: string, kategorier: string, written: boolean) =>
      written
        ? `Created the sheets "${register}" and "${kategorier}".`
        : `Created the sheet "${register}". The drop-downs list the categories of your own sheet "${kategorier}", which was not changed.`,
    added: (sheets: string[], columns: number) =>
      columns
        ? `Added drop-downs and checks to ${columns} ${columns === 1 ? "column" : "columns"} on ${sheets.map((s) => `"${s}"`).join(", ")}.`
        : "No column got drop-downs: they already have their own data validation.",
    removed: (columns: number) =>
      columns
        ? `Removed the add-in's drop-downs from ${columns} ${columns === 1 ? "column" : "columns"}.`
        : "There were no drop-downs from the add-in to remove.",
    downloaded: (file: string) => `The register template ${file} has been downloaded.`,
  },
  // Editing the categories in Inställningar (issue 13).
  categoriesEdit: {
    meaning:
      "A field you change here is written on the Kategorier sheet, where it replaces the default list for that field: only the categories in the list apply, in that order. Fields you do not change keep their list.",
    label: "Category",
    synonyms: "Also read (separate with ;)",
    green: "Step towards work",
    up: (label: string) => `Move "${label}" up`,
    down: (label: string) => `Move "${label}" down`,
    remove: (label: string) => `Remove "${label}"`,
    add: "Add category",
    newLabel: "New category",
    save: "Save the categories",
    savedExcel: (sheet: string) =>
      `The categories are saved on the sheet "${sheet}". The add-in's drop-downs show the new lists.`,
    savedWeb:
      "The categories now apply to the check and the register template in this session. Your file is not changed; download a new register template to get them in a file.",
    refused: (sheet: string) =>
      `The sheet "${sheet}" is the workbook's own, and the add-in never overwrites it. Change the categories on the sheet itself.`,
    unknownHeading: "Register values the changed lists no longer know:",
    unknownValue: (value: string, column: string, count: number) =>
      `"${value}" (${column}): ${count} ${count === 1 ? "cell" : "cells"}`,
  },
  errors: {
    unexpected:
      "Something went wrong while processing the workbook. Nothing in your file was changed. Try again, or check that the file is a participant register.",
    dismiss: "Dismiss the message",
  },
};
