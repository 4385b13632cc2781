/**
 * The Office.js APIs the add-in calls, with the ExcelApi requirement set that brought
 * each (from the Office.js reference). The manifest asks for the highest of these and
 * no more; a test keeps the two in step.
 */
export const EXCEL_APIS_USED: [api: string, set: number][] = [
  [
    "Worksheet.activate, Range.select, Chart.setPosition, NamedItem.visible, RangeFormat.horizontalAlignment, RangeFormat.wrapText",
    1.1,
  ],
  ["RangeFormat.rowHeight, Range.merge", 1.2],
  ["Table.showFilterButton", 1.3],
  [
    "Worksheet.getUsedRangeOrNullObject, NamedItemCollection.getItemOrNullObject, WorksheetCollection.getItemOrNullObject",
    1.4,
  ],
  ["WorksheetCollection.getFirst, Worksheet.getNextOrNullObject", 1.5],
  [
    "ConditionalFormatCollection.add, ConditionalFormat.id, Application.suspendApiCalculationUntilNextSync",
    1.6,
  ],
  [
    "Worksheet.getRangeByIndexes, WorksheetFreezePanes.freezeAt, NamedItem.formula, Workbook.name",
    1.7,
  ],
  [
    "Range.dataValidation (DataValidation.rule, prompt, errorAlert, ignoreBlanks, type, clear), WorksheetFreezePanes.freezeRows (1.7)",
    1.8,
  ],
  ["Worksheet.getRanges (RangeAreas), Application.suspendScreenUpdatingUntilNextSync", 1.9],
  [
    "Worksheet.pageLayout (PageLayout.zoom, setPrintArea, setPrintTitleRows, headersFooters), Worksheet.horizontalPageBreaks, RangeFormat.indentLevel",
    1.9,
  ],
];

/** delayForCellEdit is an Excel.run option: honoured where supported, ignored before, so it raises no requirement. */
export const MIN_EXCEL_API = Math.max(...EXCEL_APIS_USED.map(([, set]) => set));
