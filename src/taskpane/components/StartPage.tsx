import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import type { FieldKey } from "../../core/register/fields";
import type { Mapping, WorkbookOverview } from "../../engine/types";
import { useT } from "../i18n/context";
import { budgetSheetOptions, budgetTablesText } from "./budgetText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  dropActive: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  budget: { marginTop: tokens.spacingVerticalM, maxWidth: "440px" },
  hidden: { display: "none" },
});

const FIELDS: FieldKey[] = [
  "id",
  "insats",
  "start",
  "end",
  "exitReason",
  "gender",
  "birthYear",
  "age",
  "municipality",
  "referrer",
  "incomeBefore",
  "incomeAfter",
  "education",
  "yearsOnBenefits",
  "followUp",
];

export interface StartPageProps {
  overview: WorkbookOverview | null;
  /** The web page opens files; inside Excel the open workbook is used. */
  canOpenFiles: boolean;
  busy: boolean;
  onFiles: (files: File[]) => void;
  mapping: Mapping;
  onRemap: (mapping: Mapping) => void;
  /** The budget sheet to report on; null = automatic (the period's year). */
  onChooseBudget: (sheet: string | null) => void;
  /** Inside Excel: read the open workbook (again). */
  onRefresh?: () => void;
  /** The web page: open the bundled sample workbook. */
  onSample?: () => void;
}

export function StartPage({
  overview,
  canOpenFiles,
  busy,
  onFiles,
  mapping,
  onRemap,
  onChooseBudget,
  onRefresh,
  onSample,
}: StartPageProps) {
  const t = useT();
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length) onFiles(files);
  };

  const setColumn = (sheet: string, field: FieldKey, letter: string) => {
    const current = mapping[sheet]?.columns ?? {};
    onRemap({
      ...mapping,
      [sheet]: {
        ...mapping[sheet],
        columns: { ...current, [field]: letter === "" ? null : letter },
      },
    });
  };

  return (
    <div className={s.root}>
      <Body1>{t.intro}</Body1>
      <Caption1>{t.privacy}</Caption1>
      {canOpenFiles && (
        <div
          className={over ? mergeClasses(s.drop, s.dropActive) : s.drop}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
          aria-label={t.file.dropLabel}
          data-testid="drop-zone"
        >
          <Button
            appearance={overview ? "secondary" : "primary"}
            disabled={busy}
            onClick={() => input.current?.click()}
          >
            {overview ? t.file.chooseMore : t.file.choose}
          </Button>
          <Caption1>{t.file.drop}</Caption1>
          {onSample && (
            <div>
              <Button disabled={busy} onClick={onSample}>
                {t.pane.sample}
              </Button>
              <Caption1 block>{t.pane.sampleHint}</Caption1>
            </div>
          )}
          <input
            ref={input}
            className={s.hidden}
            type="file"
            accept=".xlsx,.csv,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple
            aria-label={t.file.choose}
            data-testid="file-input"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = "";
              if (files.length) onFiles(files);
            }}
          />
        </div>
      )}
      {!canOpenFiles && onRefresh && (
        <div>
          <Caption1 as="p" block>
            {t.excel.intro}
          </Caption1>
          <Button
            appearance={overview ? "secondary" : "primary"}
            disabled={busy}
            onClick={onRefresh}
          >
            {overview ? t.excel.readAgain : t.excel.read}
          </Button>
        </div>
      )}
      {overview && (
        <section aria-labelledby="found-heading">
          <Subtitle2 as="h2" block id="found-heading">
            {t.found.heading}
          </Subtitle2>
          <ul className={s.list}>
            {overview.fileNames.length > 0 && (
              <li>{t.found.files(overview.fileNames.join(", "))}</li>
            )}
            <li data-testid="found-register">
              {overview.registerSheets.length
                ? t.found.register(
                    overview.registerSheets.map((r) => t.found.sheet(r.name)).join(", "),
                    overview.rows,
                    overview.insatser.length,
                  )
                : t.found.noRegister}
            </li>
            <li data-testid="found-budget">
              {overview.budgetTables.length
                ? t.found.budget(budgetTablesText(t, overview.budgetTables))
                : t.found.noBudget}
            </li>
          </ul>
        </section>
      )}
      {overview && overview.registerSheets.length === 0 && (
        <MessageBar intent="warning" data-testid="no-register">
          <MessageBarBody>{t.found.noRegister}</MessageBarBody>
        </MessageBar>
      )}
      {overview && overview.budgetTables.length === 0 && (
        <MessageBar intent="warning" data-testid="no-budget">
          <MessageBarBody>{t.budget.none}</MessageBarBody>
        </MessageBar>
      )}
      {overview && overview.registerSheets.length > 0 && (
        <section aria-labelledby="mapping-heading">
          <Subtitle2 as="h2" block id="mapping-heading">
            {t.mapping.heading}
          </Subtitle2>
          <Caption1 as="p" block>
            {t.mapping.help}
          </Caption1>
          <Accordion collapsible multiple>
            {overview.registerSheets.map((sheet) => (
              <AccordionItem key={sheet.name} value={sheet.name}>
                <AccordionHeader as="h3">
                  {t.mapping.sheetHeading(sheet.name, sheet.headerRow)}
                </AccordionHeader>
                <AccordionPanel>
                  <div className={s.grid}>
                    {FIELDS.map((field) => (
                      <Field key={field} label={t.mapping.fields[field]}>
                        <Select
                          aria-label={t.mapping.fieldLabel(t.mapping.fields[field])}
                          value={sheet.mapping[field] ?? ""}
                          disabled={busy}
                          onChange={(_, d) => setColumn(sheet.name, field, d.value)}
                        >
                          <option value="">{t.mapping.none}</option>
                          {sheet.columns.map((c) => (
                            <option key={c.letter} value={c.letter}>
                              {c.letter}: {c.header}
                            </option>
                          ))}
                        </Select>
                      </Field>
                    ))}
                  </div>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
          {overview.budgetTables.length > 0 && (
            <Field className={s.budget} label={t.budget.label} hint={t.budget.hint}>
              <Select
                value={overview.budgetSheet ?? ""}
                disabled={busy}
                onChange={(_, d) => onChooseBudget(d.value === "" ? null : d.value)}
              >
                <option value="">{t.budget.auto}</option>
                {budgetSheetOptions(t, overview.budgetTables).map((o) => (
                  <option key={o.sheet} value={o.sheet}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </section>
      )}
    </div>
  );
}
