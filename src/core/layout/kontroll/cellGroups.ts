/** A cell Kontroll points at, and the name of its column. */
export interface PlacedCell {
  sheet: string;
  /** A1 address. */
  cell: string;
  column: string;
}

/** Many cells of one kind (a rule, a rewrite) told in one row. */
export interface CellGroup<K> {
  key: K;
  count: number;
  /** The first FIRST_CELLS cells, in the order given. */
  first: PlacedCell[];
  /** Columns in order of first appearance, with how many of the group's cells each holds. */
  columns: { name: string; count: number }[];
}

export const FIRST_CELLS = 5;

/** Groups cells by key, in order of first appearance; items should come in workbook order. */
export function groupCells<T, K>(
  items: Iterable<T>,
  keyOf: (item: T) => K,
  placeOf: (item: T) => PlacedCell,
): CellGroup<K>[] {
  const groups = new Map<K, CellGroup<K> & { byColumn: Map<string, { count: number }> }>();
  for (const item of items) {
    const key = keyOf(item);
    const at = placeOf(item);
    let g = groups.get(key);
    if (!g) {
      g = { key, count: 0, first: [], columns: [], byColumn: new Map() };
      groups.set(key, g);
    }
    g.count++;
    if (g.first.length < FIRST_CELLS) g.first.push(at);
    const column = g.byColumn.get(at.column);
    if (column) column.count++;
    else {
      const entry = { name: at.column, count: 1 };
      g.byColumn.set(at.column, entry);
      g.columns.push(entry);
    }
  }
  return [...groups.values()].map(({ key, count, first, columns }) => ({
    key,
    count,
    first,
    columns,
  }));
}
