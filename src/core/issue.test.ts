import { a1, parseA1 } from "./grid";
import { groupByRule, type Issue } from "./issue";

const issue = (code: string, severity: Issue["severity"], cell: string): Issue => ({
  code,
  severity,
  sheet: "Deltagare",
  cell,
  row: Number(cell.slice(1)),
  column: cell[0],
  value: null,
  message: code,
  suggestion: null,
});

describe("issues grouped by rule", () => {
  test("errors first, then warnings, then info; rules of one level in the order they first appear; issues in given order", () => {
    const issues = [
      issue("I1", "info", "A2"),
      issue("W1", "warning", "A3"),
      issue("E2", "error", "A4"),
      issue("E1", "error", "A5"),
      issue("E2", "error", "A6"),
      issue("W1", "warning", "A7"),
    ];
    expect(groupByRule(issues).map(([code, g]) => [code, g.map((i) => i.cell)])).toEqual([
      ["E2", ["A4", "A6"]],
      ["E1", ["A5"]],
      ["W1", ["A3", "A7"]],
      ["I1", ["A2"]],
    ]);
  });

  test("no issues, no groups", () => {
    expect(groupByRule([])).toEqual([]);
  });
});

test("a1 and parseA1 are each other's inverse; anything else is not an address", () => {
  for (const [row, col] of [
    [0, 0],
    [13, 5],
    [1048575, 16383],
    [99, 26],
  ])
    expect(parseA1(a1(row, col))).toEqual({ row, col });
  for (const bad of ["", "A0", "1A", "A", "ABCD1", "A1:B2", "$A$1"])
    expect(parseA1(bad)).toBeNull();
});
