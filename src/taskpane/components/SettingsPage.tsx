import { Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { WorkbookOverview } from "../../engine/types";
import { useT } from "../i18n/context";
import { FieldHeading } from "./FieldHeading";
import { CategoryEditor, type CategoryEditorProps } from "./CategoryEditor";
import { TemplateActions, type TemplateActionsProps } from "./TemplateActions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

/** The categories the workbook's values are read against, per field, and how to change them. */
export function SettingsPage({
  overview,
  template,
  editor,
}: {
  overview: WorkbookOverview | null;
  template?: TemplateActionsProps;
  /** Editing the categories (when the engine can save them). */
  editor?: Omit<CategoryEditorProps, "fields">;
}) {
  const t = useT();
  const s = useStyles();
  return (
    <div className={s.root}>
      {template && <TemplateActions {...template} />}
      <Subtitle2 as="h2">{t.settings.heading}</Subtitle2>
      <Body1>{t.settings.help}</Body1>
      {!overview && <Caption1>{t.settings.empty}</Caption1>}
      {overview && editor && (
        <CategoryEditor
          key={JSON.stringify(overview.categories)}
          fields={overview.categories}
          {...editor}
        />
      )}
      {!editor &&
        overview?.categories.map((f) => (
          <section key={f.field} aria-labelledby={`field-${f.field}`}>
            <FieldHeading field={f} />
            <ul className={s.list}>
              {f.categories.map((c) => (
                <li key={c.label}>
                  <Body1>{c.label}</Body1>
                  {c.green && <Caption1> · {t.settings.green}</Caption1>}
                  {c.synonyms.length > 0 && (
                    <Caption1 block>{t.settings.synonyms(c.synonyms.join(", "))}</Caption1>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
