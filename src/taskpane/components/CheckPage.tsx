import {
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  makeStyles,
  Select,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { groupByRule, type Issue, type Severity } from "../../core/issue";
import { ruleTitle } from "../../core/messages/catalogue";
import { RULES, type RuleCode } from "../../core/messages/rules";
import type { BudgetTableOverview, CheckResult, RowPreview } from "../../engine/types";
import { formatIssueValue } from "../format/format";
import { useT } from "../i18n/context";
import { RepairPanel, type RepairPanelProps } from "./RepairPanel";
import { RowPreviewGrid } from "./RowPreviewGrid";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  filters: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    alignItems: "flex-end",
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  issue: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    textAlign: "left",
    width: "100%",
    height: "auto",
    padding: tokens.spacingHorizontalS,
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  meta: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};
const PAGE = 50;

export interface CheckPageProps {
  hasWorkbook: boolean;
  busy: boolean;
  result: CheckResult | null;
  selected: Issue | null;
  preview: RowPreview | null;
  onCheck: () => void;
  onSelect: (issue: Issue) => void;
  onClosePreview: () => void;
  /** Inside Excel: mark the error cells in the sheets, and remove the marks. */
  onMark?: () => void;
  onUnmark?: () => void;
  marked?: number | null;
  /** The workbook's budget tables: an amount's unit is that of the table it is in. */
  budgetTables?: BudgetTableOverview[];
  /** Issue 13: repairing the register (the preview comes with the check's result). */
  repair?: Omit<RepairPanelProps, "preview" | "busy">;
}

export function CheckPage({
  hasWorkbook,
  busy,
  result,
  selected,
  preview,
  onCheck,
  onSelect,
  onClosePreview,
  onMark,
  onUnmark,
  marked,
  budgetTables = [],
  repair,
}: CheckPageProps) {
  const t = useT();
  const s = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({
    error: true,
    warning: true,
    info: false,
  });
  const [sheet, setSheet] = useState("");
  const [limits, setLimits] = useState<Record<string, number>>({});

  const sheets = useMemo(() => [...new Set(result?.issues.map((i) => i.sheet) ?? [])], [result]);
  const groups = useMemo(() => {
    const visible = (result?.issues ?? []).filter(
      (i) => shown[i.severity] && (!sheet || i.sheet === sheet),
    );
    return groupByRule(visible);
  }, [result, shown, sheet]);

  if (!hasWorkbook) return <Body1>{t.check.empty}</Body1>;
  return (
    <div className={s.root}>
      <div className={s.filters}>
        {/* Once checked, the header's next step is the primary action. */}
        <Button appearance={result ? "secondary" : "primary"} disabled={busy} onClick={onCheck}>
          {result ? t.check.again : t.check.run}
        </Button>
        {onMark && result && result.counts.error > 0 && (
          <Button disabled={busy} onClick={onMark}>
            {t.excel.mark}
          </Button>
        )}
        {onUnmark && marked !== null && marked !== undefined && (
          <Button disabled={busy} onClick={onUnmark}>
            {t.excel.unmark}
          </Button>
        )}
      </div>
      {marked !== null && marked !== undefined && (
        <MessageBar intent="info">
          <MessageBarBody>{t.excel.marked(marked)}</MessageBarBody>
        </MessageBar>
      )}
      {repair && (result?.repairs || repair.done) && (
        <RepairPanel preview={result?.repairs} busy={busy} {...repair} />
      )}
      {result && (
        <>
          <Subtitle2 as="h2" role="status" data-testid="check-summary">
            {result.issues.length
              ? t.check.summary(result.counts.error, result.counts.warning, result.counts.info)
              : t.check.clean}
          </Subtitle2>
          {result.issues.length > 0 && (
            <div className={s.filters}>
              <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
                <legend>
                  <Caption1>{t.check.filterSeverity}</Caption1>
                </legend>
                {SEVERITIES.map((sev) => (
                  <Checkbox
                    key={sev}
                    label={`${t.check.severity[sev]} (${result.counts[sev]})`}
                    checked={shown[sev]}
                    onChange={(_, d) => setShown({ ...shown, [sev]: d.checked === true })}
                  />
                ))}
              </fieldset>
              <Field label={t.check.filterSheet}>
                <Select value={sheet} onChange={(_, d) => setSheet(d.value)}>
                  <option value="">{t.check.allSheets}</option>
                  {sheets.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          )}
          {preview && selected && <RowPreviewGrid preview={preview} onClose={onClosePreview} />}
          {groups.map(([code, issues]) => {
            const rule = RULES[code as RuleCode];
            const limit = limits[code] ?? PAGE;
            return (
              <section key={code} className={s.group} aria-labelledby={`rule-${code}`}>
                <div className={s.meta}>
                  <Badge appearance="filled" color={BADGE[rule.severity]}>
                    {t.check.severityOne[rule.severity]}
                  </Badge>
                  <Text weight="semibold" as="h3" id={`rule-${code}`} style={{ margin: 0 }}>
                    {ruleTitle(code as RuleCode, t.lang)}
                  </Text>
                  <Caption1>{t.check.groupCount(issues.length)}</Caption1>
                </div>
                <ul className={s.list}>
                  {issues.slice(0, limit).map((i, n) => (
                    <li key={`${i.sheet}!${i.cell}-${n}`}>
                      <Button
                        appearance="subtle"
                        className={selected === i ? mergeClasses(s.issue, s.selected) : s.issue}
                        aria-pressed={selected === i}
                        aria-label={`${t.check.showCell(`${i.sheet}!${i.cell}`)}: ${i.message}`}
                        onClick={() => onSelect(i)}
                      >
                        <Text weight="semibold">
                          {i.sheet}!{i.cell}
                          {i.value !== null && i.value !== ""
                            ? ` · ${t.check.value}: ${formatIssueValue(i, budgetTables)}`
                            : ""}
                        </Text>
                        <Body1>{i.message}</Body1>
                        {i.suggestion && <Caption1>{t.check.suggestion(i.suggestion)}</Caption1>}
                      </Button>
                    </li>
                  ))}
                </ul>
                {issues.length > limit && (
                  <div>
                    <Button
                      appearance="secondary"
                      size="small"
                      onClick={() => setLimits({ ...limits, [code]: limit + PAGE })}
                    >
                      {t.check.more(Math.min(PAGE, issues.length - limit))}
                    </Button>
                  </div>
                )}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
