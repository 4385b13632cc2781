import { combine, countExpr, type Alternative, type Term } from "../registerFormulas";

/** What a cell adds up over the rows that meet its conditions: COUNTIFS, or SUMIFS of a column. */
export type Aggregate = (terms: Term[], alts: Alternative[]) => string;

/** A row or column of a count table: a category (its index), the rest ("missing"), or everyone. */
export type Pick = number | "missing" | "all";

/**
 * COUNTIFS (or SUMIFS) expressions for a table of categories by categories over `base`: a known row and
 * column count their conditions together; "missing" (not filled in or unknown) is everyone less
 * the known categories, so that rows and columns add up to their totals as the engine's do.
 */
export class CrossCounts {
  constructor(
    private readonly terms: Term[],
    private readonly base: Alternative[],
    private readonly rows: Alternative[][],
    private readonly cols: Alternative[][] = [],
    private readonly aggregate: Aggregate = countExpr,
  ) {}

  expr(r: Pick, c: Pick = "all"): string {
    if (r === "missing")
      return `(${this.expr("all", c)})-(${this.rows.map((_, i) => this.expr(i, c)).join("+") || "0"})`;
    if (c === "missing")
      return `(${this.expr(r, "all")})-(${this.cols.map((_, j) => this.expr(r, j)).join("+") || "0"})`;
    let alts = this.base;
    if (r !== "all") alts = combine(alts, this.rows[r]);
    if (c !== "all") alts = combine(alts, this.cols[c]);
    return this.aggregate(this.terms, alts);
  }
}
