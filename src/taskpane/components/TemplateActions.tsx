import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useT } from "../i18n/context";
import type { TemplateOutcome } from "../state/useEngine";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface TemplateActionsProps {
  busy: boolean;
  /** The web page: download a new template workbook. */
  onDownloadTemplate?: () => void;
  /** Inside Excel: the template sheet, and the drop-downs on the register. */
  onAddTemplate?: () => void;
  onAddDropDowns?: () => void;
  onRemoveDropDowns?: () => void;
  hasRegister: boolean;
  outcome: TemplateOutcome | null;
}

/** Ny registermall, and inside Excel the drop-downs on an existing register. */
export function TemplateActions(p: TemplateActionsProps) {
  const t = useT();
  const s = useStyles();
  const o = p.outcome;
  const said =
    o === null
      ? null
      : o.kind === "file"
        ? t.template.downloaded(o.fileName)
        : o.kind === "sheets"
          ? t.template.sheets(o.sheets.register, o.sheets.kategorier, o.sheets.kategorierWritten)
          : o.kind === "added"
            ? t.template.added(o.dropDowns.sheets, o.dropDowns.columns)
            : t.template.removed(o.dropDowns.columns);
  return (
    <section className={s.root} aria-labelledby="template-heading">
      <Subtitle2 as="h2" id="template-heading">
        {t.template.heading}
      </Subtitle2>
      <Body1>{t.template.help}</Body1>
      <Caption1>
        {p.onDownloadTemplate ? t.template.newTemplateWeb : t.template.newTemplateExcel}
      </Caption1>
      <div className={s.actions}>
        <Button
          appearance="primary"
          disabled={p.busy}
          onClick={p.onDownloadTemplate ?? p.onAddTemplate}
        >
          {t.template.newTemplate}
        </Button>
      </div>
      {p.onAddDropDowns && (
        <>
          <Caption1>{p.hasRegister ? t.template.addDropDownsHelp : t.template.noRegister}</Caption1>
          <div className={s.actions}>
            <Button disabled={p.busy || !p.hasRegister} onClick={p.onAddDropDowns}>
              {t.template.addDropDowns}
            </Button>
            <Button disabled={p.busy || !p.hasRegister} onClick={p.onRemoveDropDowns}>
              {t.template.removeDropDowns}
            </Button>
          </div>
        </>
      )}
      {said && (
        <MessageBar intent="success" data-testid="template-outcome">
          <MessageBarBody>{said}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
