import type { Issue } from "../../src/core/issue";

/** The issues of one rule, as [cell, severity] pairs, for compact assertions. */
export function issuesOf(issues: Issue[], code: string): [string, string][] {
  return issues.filter((i) => i.code === code).map((i) => [i.cell, i.severity]);
}

export function errors(issues: Issue[]): Issue[] {
  return issues.filter((i) => i.severity === "error");
}
