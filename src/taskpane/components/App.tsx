import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Title3,
  tokens,
} from "@fluentui/react-components";
import type { ReportResult, TemplateFile } from "../../engine/types";
import { useT } from "../i18n/context";
import { nextStep, type NextAction } from "../state/nextStep";
import type { Controller, Page } from "../state/useEngine";
import { CheckPage } from "./CheckPage";
import { PaneHeader } from "./PaneHeader";
import { ReportPage } from "./ReportPage";
import { SettingsPage } from "./SettingsPage";
import { StartPage } from "./StartPage";
import { TeamImport } from "./TeamImport";

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
  // The add-in's pane has Excel's own title above it: the heading is for screen readers only.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  busy: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface AppProps {
  controller: Controller;
  canOpenFiles: boolean;
  onDownload?: (result: ReportResult, which: "copy" | "reportOnly") => void;
  /** The web page shows the product's name as its heading; the add-in's pane has it as its title. */
  showTitle?: boolean;
  /** The web page: open the bundled sample workbook. */
  onSample?: () => void;
  /** The web page: offers a workbook (the register template) as a download. */
  onDownloadFile?: (file: TemplateFile) => void;
}

/** The task pane: the same pages inside Excel and in the standalone web page. */
export function App({
  controller,
  canOpenFiles,
  onDownload,
  onDownloadFile,
  showTitle,
  onSample,
}: AppProps) {
  const t = useT();
  const s = useStyles();
  const { state } = controller;
  const busy = state.busy !== null;
  // The next step's button goes to its page; checking also starts the check there.
  const onNext = (action: NextAction, page: Page) => {
    controller.setPage(page);
    if (action === "check") void controller.check();
  };
  return (
    <main className={s.root}>
      <Title3 as="h1" className={showTitle ? undefined : s.hidden}>
        {t.appName}
      </Title3>
      <PaneHeader
        page={state.page}
        onPage={controller.setPage}
        check={state.check}
        next={nextStep(state, canOpenFiles)}
        onNext={onNext}
        busy={busy}
      />
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
            onSample={onSample}
          />
        )}
        {state.page === "start" && !canOpenFiles && controller.canImportTeams && (
          <TeamImport
            sheets={state.overview?.teamSheets ?? []}
            result={state.teamImport}
            busy={busy}
            onFiles={(files) => controller.importTeams(files, t.teams.notXlsx)}
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
            repair={{
              done: state.repaired,
              inExcel: !canOpenFiles,
              onRepair: () =>
                void controller.repair().then((r) => {
                  if (r?.bytes && r.fileName)
                    onDownloadFile?.({ fileName: r.fileName, bytes: r.bytes });
                }),
              onUndo: canOpenFiles ? undefined : controller.undoRepair,
            }}
            budgetTables={state.overview?.budgetTables}
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
