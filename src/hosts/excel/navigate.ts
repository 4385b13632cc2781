/** Takes the user to an issue's cell: activates its sheet and selects the cell, in one sync. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
