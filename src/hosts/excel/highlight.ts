import type { Issue } from "../../core/issue";

/** A conditional format the add-in added: removing it by id leaves the user's formatting untouched. */
export interface HighlightMark {
  sheet: string;
  id: string;
}

/** Excel limits a range address list; cells are marked in groups that fit. */
const MAX_ADDRESS_CHARS = 2000;

function groups(cells: string[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const c of cells) {
    if (current && current.length + c.length + 1 > MAX_ADDRESS_CHARS) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${c}` : c;
  }
  if (current) out.push(current);
  return out;
}

/**
 * Marks every cell with an error: one conditional format per sheet and group of cells
 * (a custom rule that is always true, with a red fill), so that the cells' own formats
 * are never changed. Returns the marks to remove later and how many cells were marked; one sync.
 */
export async function highlightIssues(
  context: Excel.RequestContext,
  issues: Issue[],
): Promise<{ marks: HighlightMark[]; cells: number }> {
  const bySheet = new Map<string, Set<string>>();
  for (const i of issues)
    if (i.severity === "error")
      bySheet.set(i.sheet, (bySheet.get(i.sheet) ?? new Set()).add(i.cell));
  const added: { sheet: string; cf: Excel.ConditionalFormat }[] = [];
  let marked = 0;
  for (const [sheet, cells] of bySheet) {
    marked += cells.size;
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const address of groups([...cells])) {
      const cf = ws.getRanges(address).conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
      cf.load("id");
      added.push({ sheet, cf });
    }
  }
  await context.sync();
  return { marks: added.map(({ sheet, cf }) => ({ sheet, id: cf.id })), cells: marked };
}

/** Removes exactly the add-in's marks, whatever else the sheets hold; two syncs. */
export async function removeHighlights(
  context: Excel.RequestContext,
  marks: HighlightMark[],
): Promise<void> {
  const sheets = [...new Set(marks.map((m) => m.sheet))];
  const collections = sheets.map((sheet) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    const cfs = ws.getRange().conditionalFormats;
    cfs.load("items/id");
    return { sheet, ws, cfs };
  });
  await context.sync();
  const ids = new Set(marks.map((m) => `${m.sheet}\u0000${m.id}`));
  for (const { sheet, ws, cfs } of collections) {
    if (ws.isNullObject) continue;
    for (const cf of cfs.items) if (ids.has(`${sheet}\u0000${cf.id}`)) cf.delete();
  }
  await context.sync();
}
