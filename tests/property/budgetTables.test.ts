import fc from "fast-check";
import { a1, type CellValue } from "../../src/core/grid";
import { formatAmountSv } from "../../src/core/parse/amounts";
import { readWorkbook } from "../../src/core/readWorkbook";

/** A budget table as a förbund may print it, consistent in its own conventions, and where its cells are. */
interface BuiltTable {
  rows: CellValue[][];
  /** Cells a planted mistake may go in, each with the kind of check that must find it. */
  targets: { row: number; col: number }[];
  /** Per pair: the insats rows' utfall in kronor, costs positive. */
  actuals: number[][];
}

const spec = fc.record({
  insatser: fc.integer({ min: 1, max: 7 }),
  unit: fc.constantFrom("kr" as const, "tkr" as const),
  sign: fc.constantFrom(1 as const, -1 as const),
  withDiff: fc.boolean(),
  asText: fc.boolean(),
  years: fc.constantFrom<number[]>([2024], [2023, 2024]),
  groups: fc.integer({ min: 1, max: 3 }),
  titleRows: fc.integer({ min: 0, max: 4 }),
  offsetCols: fc.integer({ min: 0, max: 3 }),
  labelHeader: fc.constantFrom("Insats", "Individinriktade insatser", "Uppdrag", null),
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
});
type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;

function build(s: Spec): BuiltTable {
  let state = s.seed;
  const rand = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  const max = s.unit === "tkr" ? 5000 : 5_000_000;
  const show = (v: number): CellValue => (s.asText ? formatAmountSv(v, s.unit) : v);
  const rows: CellValue[][] = [];
  for (let i = 0; i < s.titleRows; i++)
    rows.push(i === 0 ? [`Budget och utfall ${s.years[s.years.length - 1]} (${s.unit})`] : []);
  const pad: CellValue[] = Array(s.offsetCols).fill(null);
  const header: CellValue[] = [...pad, s.labelHeader];
  // Without a title the unit is in the headers; with several years, each pair's headers name its year.
  const unit = s.titleRows > 0 ? "" : ` (${s.unit})`;
  for (const y of s.years)
    header.push(
      s.years.length > 1 ? `Budget ${y}${unit}` : `Budget${unit}`,
      s.years.length > 1 ? `Utfall ${y}${unit}` : `Utfall${unit}`,
      ...(s.withDiff ? ["Differens"] : []),
    );
  rows.push(header);
  const perPair = s.withDiff ? 3 : 2;
  const targets: { row: number; col: number }[] = [];
  const actuals: number[][] = s.years.map(() => []);
  // Rows split into groups, each closed by a subtotal, then the total: sums in the table's own signs.
  const groupSums = s.years.map(() => [0, 0]);
  const totals = s.years.map(() => [0, 0]);
  const line = (label: string, amounts: [number, number][]) => {
    const cells: CellValue[] = [...pad, label];
    amounts.forEach(([b, u]) => {
      // Costs in the table's sign; the differens positive when favourable in both conventions.
      cells.push(show(s.sign * b), show(s.sign * u));
      if (s.withDiff) cells.push(show(b - u));
    });
    rows.push(cells);
  };
  let n = 0;
  for (let g = 0; g < s.groups; g++) {
    const size =
      g === s.groups - 1 ? s.insatser - n : Math.max(1, Math.floor(s.insatser / s.groups));
    if (size <= 0) break;
    for (let k = 0; k < size; k++, n++) {
      const amounts = s.years.map((_, p): [number, number] => {
        const b = rand(max);
        const u = rand(max);
        groupSums[p][0] += b;
        groupSums[p][1] += u;
        totals[p][0] += b;
        totals[p][1] += u;
        actuals[p].push(s.unit === "tkr" ? u * 1000 : u);
        return [b, u];
      });
      s.years.forEach(
        (_, p) =>
          s.withDiff && targets.push({ row: rows.length, col: s.offsetCols + 1 + p * perPair + 2 }),
      );
      line(`Insats ${n + 1}`, amounts);
    }
    if (s.groups > 1) {
      s.years.forEach((_, p) =>
        targets.push({ row: rows.length, col: s.offsetCols + 1 + p * perPair }),
      );
      line(
        `Summa grupp ${g + 1}`,
        groupSums.map(([b, u]) => [b, u] as [number, number]),
      );
      groupSums.forEach((x) => (x[0] = x[1] = 0));
    }
  }
  s.years.forEach((_, p) =>
    targets.push({ row: rows.length, col: s.offsetCols + 1 + p * perPair + 1 }),
  );
  line(
    "Totalt",
    totals.map(([b, u]) => [b, u] as [number, number]),
  );
  return { rows, targets, actuals };
}

const errorsOf = (rows: CellValue[][]) =>
  readWorkbook({ sheets: [{ name: "Ekonomi", rows }] }, { today: "2025-06-01" }).issues.filter(
    (i) => i.severity === "error",
  );

describe("any consistent budget table", () => {
  test("gives no error, and reads every insats's utfall in kronor with costs positive", () => {
    fc.assert(
      fc.property(spec, (s) => {
        const t = build(s);
        const parsed = readWorkbook(
          { sheets: [{ name: "Ekonomi", rows: t.rows }] },
          { today: "2025-06-01" },
        );
        expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(parsed.budgets.map((b) => b.rows.map((r) => r.actual))).toEqual(t.actuals);
        expect(parsed.budgets.map((b) => b.year)).toEqual(
          s.titleRows > 0 || s.years.length > 1 ? s.years : [null],
        );
      }),
      { numRuns: 300 },
    );
  });

  test("a planted mistake is found at its cell", () => {
    fc.assert(
      fc.property(spec, fc.nat(), fc.integer({ min: 2, max: 400 }), (s, pick, delta) => {
        const t = build(s);
        const target = t.targets[pick % t.targets.length];
        const rows = t.rows.map((r) => [...r]);
        const v = rows[target.row][target.col];
        const n = typeof v === "number" ? v : Number(String(v).replace(/[^\d-]/g, ""));
        rows[target.row][target.col] = s.asText ? formatAmountSv(n + delta, s.unit) : n + delta;
        const errors = errorsOf(rows);
        const cell = a1(target.row, target.col);
        expect(errors.map((e) => e.cell)).toContain(cell);
        // Nothing else is blamed but sums over that cell (its column) and its own row's differens.
        for (const e of errors)
          expect(
            e.cell === cell ||
              e.cell.replace(/\d+$/, "") === cell.replace(/\d+$/, "") ||
              e.row === target.row + 1,
          ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
