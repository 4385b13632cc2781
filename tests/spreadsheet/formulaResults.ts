import ExcelJS from "exceljs";

/** Formula cells of a workbook: sheet!cell → [formula, cached or computed result]. */
export async function formulaResults(
  path: string,
  sheets: string[],
): Promise<Map<string, [string, unknown]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out = new Map<string, [string, unknown]>();
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`sheet ${name} missing in ${path}`);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // cell.model, not cell.value: ExcelJS's value getter drops a result of 0.
        const m = cell.model as { formula?: string; result?: unknown };
        if (m.formula) out.set(`${name}!${cell.address}`, [m.formula, m.result]);
      }),
    );
  }
  return out;
}

export function same(expected: unknown, got: unknown): boolean {
  // ExcelJS reads an empty-string result as no result.
  const e = expected === undefined ? "" : expected;
  const g = got === undefined ? "" : got;
  if (typeof e === "number" && typeof g === "number")
    return Math.abs(e - g) <= (Number.isInteger(e) ? 1e-9 : 5e-5);
  return e === g;
}
