/** Runs a batch against the open workbook; tests hand in a fake context instead of Excel's. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Every batch waits while the user is editing a cell instead of failing. */
export const excelRunner: ExcelRunner = (batch) => Excel.run({ delayForCellEdit: true }, batch);
