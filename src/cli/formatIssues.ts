import type { Issue } from "../core/issue";
import { countBySeverity, groupByRule } from "../core/issue";
import { RULES, type RuleCode } from "../core/messages/rules";
import type { ValidationResult } from "../core/validateWorkbook";
import { text } from "./text.sv";

export const GROUP_LIMIT = 20;

function showValue(v: Issue["value"]): string {
  if (v === null) return "";
  return typeof v === "string" ? `”${v}”` : String(v);
}

/** Human-readable report of one file's issues, grouped by sheet and then by rule. */
export function formatValidation(file: string, result: ValidationResult, all: boolean): string {
  const out: string[] = [text.fileHeading(file)];
  const reg = result.register;
  out.push(
    reg.sheets.length
      ? text.registerFound(
          reg.sheets.map((s) => text.registerSheet(s.name, s.headerRow)).join(", "),
          reg.rows,
          reg.insatser.length,
        )
      : text.noRegister,
  );
  out.push(result.budgets.length ? text.budgetFound(result.budgets) : text.noBudget);

  const bySheet = new Map<string, Issue[]>();
  for (const i of result.issues) {
    const sheet = bySheet.get(i.sheet);
    if (sheet) sheet.push(i);
    else bySheet.set(i.sheet, [i]);
  }
  for (const [sheet, sheetIssues] of bySheet) {
    out.push("", sheet ? text.sheetHeading(sheet) : text.workbookHeading);
    for (const [code, issues] of groupByRule(sheetIssues)) {
      const rule = RULES[code as RuleCode];
      out.push(
        `  ${text.groupHeading(text.severity[rule.severity], rule.title, code, issues.length)}`,
      );
      const shown = all ? issues : issues.slice(0, GROUP_LIMIT);
      for (const i of shown) {
        const value = showValue(i.value);
        out.push(`    ${i.cell.padEnd(6)} ${value ? value + "  " : ""}${i.message}`);
      }
      if (shown.length < issues.length) out.push(`    ${text.more(issues.length - shown.length)}`);
    }
  }
  const c = countBySeverity(result.issues);
  out.push("", result.issues.length ? text.summary(c.error, c.warning, c.info) : text.clean);
  return out.join("\n");
}
