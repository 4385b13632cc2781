import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { SheetKind } from "../../core/layout/sheetSpec";
import type { ReportModel } from "../../core/report/model";
import type { ReportRequest, ReportResult, WorkbookOverview } from "../../engine/types";
import { useT } from "../i18n/context";
import { formatShare } from "../format/format";
import { BarChart, type ChartData } from "./BarChart";
import { budgetTablesText } from "./budgetText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  group: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const SHEETS: SheetKind[] = ["resultat", "budget", "kostnad", "tabeller", "kontroll"];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export interface ReportPageProps {
  overview: WorkbookOverview | null;
  busy: boolean;
  result: ReportResult | null;
  /** The web page offers the report workbook as a download. */
  canDownload: boolean;
  onCreate: (request: ReportRequest) => void;
  onDownload: (result: ReportResult, which: "copy" | "reportOnly") => void;
}

export function outcomeChart(model: ReportModel): ChartData {
  return {
    bars: model.insatser.map((i) => i.name),
    series: model.total.outcomes.map((o, k) => ({
      label: o.label,
      values: model.insatser.map((i) => i.outcomes[k].count),
    })),
  };
}

/** Försörjning före and efter: a pair of bars per income source (a stack of eleven colours is unreadable). */
export function incomeChart(model: ReportModel, before: string, after: string): ChartData {
  const b = model.total.breakdowns.incomeBefore;
  const a = model.total.breakdowns.incomeAfter;
  // Sources nobody had before or after are left out: at pane width every row costs a screenful.
  const rows = b
    .map((x, k) => ({ label: x.label, before: x.count, after: a[k]?.count ?? 0 }))
    .filter((r) => r.before > 0 || r.after > 0);
  return {
    bars: rows.map((r) => r.label),
    series: [
      { label: before, values: rows.map((r) => r.before) },
      { label: after, values: rows.map((r) => r.after) },
    ],
  };
}

/** Jämförelse årsvis: totalt, nya and avslutade of the total for every year of `years`. */
export function yearsChart(
  model: ReportModel,
  labels: { total: string; new: string; exited: string },
): ChartData {
  const ys = model.years;
  return {
    bars: ys.map((y) => String(y.year)),
    series: (["total", "new", "exited"] as const).map((k) => ({
      label: labels[k],
      values: ys.map((y) => y.participants[k]),
    })),
  };
}

/** The period's participants by gender (the total's `breakdowns.gender`), each with its share. */
export function genderChart(model: ReportModel, label: string): ChartData {
  const items = model.total.breakdowns.gender;
  const all = items.reduce((sum, g) => sum + g.count, 0);
  return {
    bars: items.map((g) => `${g.label} (${formatShare(all > 0 ? g.count / all : null)})`),
    series: [{ label, values: items.map((g) => g.count) }],
  };
}

export function ReportPage({
  overview,
  busy,
  result,
  canDownload,
  onCreate,
  onDownload,
}: ReportPageProps) {
  const t = useT();
  const s = useStyles();
  // The workbook's last period when it has one (a whole year or a range), else the last full year.
  const saved = overview?.savedPeriod ?? null;
  const savedYear =
    saved && saved.from.endsWith("-01-01") && saved.to === `${saved.from.slice(0, 4)}-12-31`
      ? saved.from.slice(0, 4)
      : null;
  const [mode, setMode] = useState<"year" | "custom">(saved && !savedYear ? "custom" : "year");
  const [year, setYear] = useState(
    savedYear ?? String(overview?.defaultYear ?? new Date().getFullYear() - 1),
  );
  const [from, setFrom] = useState(saved?.from ?? `${year}-01-01`);
  const [to, setTo] = useState(saved?.to ?? `${year}-06-30`);
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const [sheets, setSheets] = useState<Record<SheetKind, boolean>>({
    resultat: true,
    budget: true,
    kostnad: true,
    tabeller: true,
    kontroll: true,
  });
  const [hideSmall, setHideSmall] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const years = useMemo(() => {
    const last = overview?.defaultYear ?? new Date().getFullYear() - 1;
    const list = Array.from({ length: 8 }, (_, i) => String(last + 1 - i));
    return savedYear && !list.includes(savedYear) ? [...list, savedYear] : list;
  }, [overview, savedYear]);

  if (!overview) return <Body1>{t.report.empty}</Body1>;
  const insatser = overview.insatser;
  const isChosen = (n: string) => chosen[n] ?? true;

  const create = () => {
    const period = mode === "year" ? { from: `${year}-01-01`, to: `${year}-12-31` } : { from, to };
    if (!ISO.test(period.from) || !ISO.test(period.to) || period.from > period.to)
      return setProblem(t.report.badPeriod);
    if (insatser.length === 0) return setProblem(t.report.noRegister);
    const wanted = insatser.filter(isChosen);
    if (wanted.length === 0) return setProblem(t.report.noInsatser);
    setProblem(null);
    onCreate({
      period,
      insatser: wanted,
      sheets: SHEETS.filter((k) => sheets[k]),
      hideSmall,
      budgetSheet: overview.budgetSheet,
    });
  };

  return (
    <div className={s.root}>
      <Field label={t.report.period}>
        <RadioGroup
          layout="horizontal"
          value={mode}
          onChange={(_, d) => setMode(d.value as "year" | "custom")}
        >
          <Radio value="year" label={t.report.year} />
          <Radio value="custom" label={t.report.custom} />
        </RadioGroup>
      </Field>
      {mode === "year" ? (
        <Field label={t.report.year}>
          <Select value={year} onChange={(_, d) => setYear(d.value)}>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </Select>
        </Field>
      ) : (
        <div className={s.row}>
          <Field label={t.report.from}>
            <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
          </Field>
          <Field label={t.report.to}>
            <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} />
          </Field>
        </div>
      )}
      <fieldset className={s.group}>
        <legend>
          <Subtitle2>{t.report.insatser}</Subtitle2>
        </legend>
        {insatser.map((n) => (
          <Checkbox
            key={n}
            label={n}
            checked={isChosen(n)}
            onChange={(_, d) => setChosen({ ...chosen, [n]: d.checked === true })}
          />
        ))}
      </fieldset>
      <fieldset className={s.group}>
        <legend>
          <Subtitle2>{t.report.sheets}</Subtitle2>
        </legend>
        {SHEETS.map((k) => (
          <Checkbox
            key={k}
            label={t.report.sheetNames[k]}
            checked={sheets[k]}
            onChange={(_, d) => setSheets({ ...sheets, [k]: d.checked === true })}
          />
        ))}
      </fieldset>
      <Switch
        label={t.report.hideSmall}
        checked={hideSmall}
        onChange={(_, d) => setHideSmall(d.checked)}
      />
      {problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" disabled={busy} onClick={create}>
          {t.report.create}
        </Button>
      </div>
      {result && result.conflicts.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            {result.conflicts.map((c) => (
              <div key={c.insats}>{t.report.conflict(c.insats, c.files[0], c.files[1])}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && result.conflicts.length === 0 && (
        <section className={s.result} aria-labelledby="report-done" data-testid="report-result">
          <Subtitle2 as="h2" id="report-done" role="status">
            {t.report.done}
          </Subtitle2>
          <Body1>
            {t.report.participants(result.model.total.participants.total, periodText(result.model))}
          </Body1>
          {result.model.budget && result.model.budget.tables.length > 0 && (
            <Body1 data-testid="budget-used">
              {t.budget.used(budgetTablesText(t, result.model.budget.tables))}
            </Body1>
          )}
          {result.model.budgetStatus.message && (
            <MessageBar intent="warning" data-testid="budget-status">
              <MessageBarBody>{result.model.budgetStatus.message}</MessageBarBody>
            </MessageBar>
          )}
          <Caption1>{t.report.madeSheets}</Caption1>
          <ul className={s.list}>
            {result.sheets.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          {result.renamed.map(([w, u]) => (
            <MessageBar key={w} intent="info">
              <MessageBarBody>{t.report.renamed(w, u)}</MessageBarBody>
            </MessageBar>
          ))}
          {result.fixes > 0 && <Caption1>{t.report.fixes(result.fixes)}</Caption1>}
          {result.valueInsatser.length > 0 && (
            <MessageBar intent="warning" data-testid="values-note">
              <MessageBarBody>{t.report.valuesNote(result.valueInsatser)}</MessageBarBody>
            </MessageBar>
          )}
          {result.differences.length > 0 && (
            <MessageBar intent="error" data-testid="differences">
              <MessageBarBody>
                {t.excel.differences(result.differences.length)}
                <ul className={s.list}>
                  {result.differences.slice(0, 20).map((d) => (
                    <li key={`${d.sheet}!${d.cell}`}>
                      {t.excel.difference(d.sheet, d.cell, String(d.engine), String(d.excel))}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {canDownload && result.bytes && (
            <div>
              <Button appearance="primary" onClick={() => onDownload(result, "copy")}>
                {t.report.download}
              </Button>
              <Caption1 block>{t.report.downloadHint}</Caption1>
            </div>
          )}
          {canDownload && result.reportOnlyBytes && (
            <div>
              <Button onClick={() => onDownload(result, "reportOnly")}>
                {t.report.downloadReportOnly}
              </Button>
              <Caption1 block>{t.report.downloadReportOnlyHint}</Caption1>
            </div>
          )}
          <BarChart
            title={t.report.outcomesChart}
            data={outcomeChart(result.model)}
            tableLabel={t.report.chartTable}
          />
          <BarChart
            layout="grouped"
            title={t.report.incomeChart}
            data={incomeChart(result.model, t.report.before, t.report.after)}
            tableLabel={t.report.chartTable}
          />
          {result.model.years.length > 0 && (
            <BarChart
              layout="grouped"
              title={t.report.yearsChart}
              data={yearsChart(result.model, t.report.yearsSeries)}
              tableLabel={t.report.chartTable}
            />
          )}
          <BarChart
            layout="grouped"
            title={t.report.genderChart}
            data={genderChart(result.model, t.report.participantsSeries)}
            tableLabel={t.report.chartTable}
          />
        </section>
      )}
    </div>
  );
}

function periodText(model: ReportModel): string {
  const { from, to } = model.period;
  return from.endsWith("-01-01") && to.endsWith("-12-31") && from.slice(0, 4) === to.slice(0, 4)
    ? from.slice(0, 4)
    : `${from}–${to}`;
}
