import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Tab,
  TabList,
  Title3,
  tokens,
} from "@fluentui/react-components";
import type { ReportResult, TemplateFile } from "../../engine/types";
import { useT } from "../i18n/context";
import type { Controller, Page } from "../state/useEngine";
import { CheckPage } from "./CheckPage";
import { ReportPage } from "./ReportPage";
import { SettingsPage } from "./SettingsPage";
import { StartPage } from "./StartPage";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "960px",
    margin: "0 auto",
    minWidth: 0,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  tabs: { flexWrap: "wrap" },
  busy: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const PAGES: Page[] = ["start", "check", "report", "settings"];

export interface AppProps {
  controller: Controller;
  canOpenFiles: boolean;
  onDownload?: (result: ReportResult, which: "copy" | "reportOnly") => void;
  /** The web page: offers a workbook (the register template) as a download. */
  onDownloadFile?: (file: TemplateFile) => void;
}

/** The task pane: the same pages inside Excel and in the standalone web page. */
export function App({ controller, canOpenFiles, onDownload, onDownloadFile }: AppProps) {
  const t = useT();
  const s = useStyles();
  const { state } = controller;
  const busy = state.busy !== null;
  return (
    <main className={s.root}>
      <header className={s.header}>
        <Title3 as="h1">{t.appName}</Title3>
        <TabList
          className={s.tabs}
          aria-label={t.tabs.label}
          selectedValue={state.page}
          onTabSelect={(_, d) => controller.setPage(d.value as Page)}
        >
          {PAGES.map((p) => (
            <Tab key={p} value={p}>
              {t.tabs[p]}
            </Tab>
          ))}
        </TabList>
      </header>
      {state.error && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>{state.error}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t.errors.dismiss}
                onClick={controller.dismissError}
              >
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
      {state.busy && (
        <div className={s.busy} role="status" aria-live="polite">
          <ProgressBar
            value={state.busy.fraction > 0 ? state.busy.fraction : undefined}
            aria-label={t.progress[state.busy.step]}
          />
          <span>{t.progress[state.busy.step]}</span>
        </div>
      )}
      <section role="tabpanel" aria-label={t.tabs[state.page]}>
        {state.page === "start" && (
          <StartPage
            overview={state.overview}
            canOpenFiles={canOpenFiles}
            busy={busy}
            onFiles={controller.openFiles}
            mapping={state.mapping}
            onRemap={controller.remap}
            onChooseBudget={controller.chooseBudget}
            onRefresh={canOpenFiles ? undefined : controller.refresh}
          />
        )}
        {state.page === "check" && (
          <CheckPage
            hasWorkbook={state.overview !== null}
            busy={busy}
            result={state.check}
            selected={state.selected}
            preview={state.preview}
            onCheck={controller.check}
            onSelect={controller.select}
            onClosePreview={controller.closePreview}
            onMark={canOpenFiles ? undefined : controller.mark}
            onUnmark={canOpenFiles ? undefined : controller.unmark}
            marked={state.marked}
          />
        )}
        {state.page === "report" && (
          <ReportPage
            overview={state.overview}
            busy={busy}
            result={state.report}
            canDownload={onDownload !== undefined}
            onCreate={controller.report}
            onDownload={(r, which) => onDownload?.(r, which)}
          />
        )}
        {state.page === "settings" && (
          <SettingsPage
            overview={state.overview}
            template={{
              busy,
              hasRegister: (state.overview?.registerSheets.length ?? 0) > 0,
              outcome: state.template,
              onDownloadTemplate: onDownloadFile && (() => controller.templateFile(onDownloadFile)),
              onAddTemplate: canOpenFiles ? undefined : controller.addTemplate,
              onAddDropDowns: canOpenFiles ? undefined : controller.addDropDowns,
              onRemoveDropDowns: canOpenFiles ? undefined : controller.removeDropDowns,
            }}
            editor={{
              busy,
              saved: state.savedCategories,
              onSave: controller.saveCategories,
            }}
          />
        )}
      </section>
    </main>
  );
}
