import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { ImportResult, TeamSheetInfo } from "../../engine/types";
import { useT } from "../i18n/context";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalL,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  button: { alignSelf: "flex-start" },
  hidden: { display: "none" },
});

export interface TeamImportProps {
  /** The teams' sheets in the workbook now (from the overview). */
  sheets: TeamSheetInfo[];
  /** What the last import did; null before one. */
  result: ImportResult | null;
  busy: boolean;
  onFiles: (files: File[]) => void;
}

/** Inside Excel: Hämta teamens register, for the coordinator's summary of every team. */
export function TeamImport({ sheets, result, busy, onFiles }: TeamImportProps) {
  const t = useT();
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={s.root} aria-labelledby="teams-heading" data-testid="team-import">
      <Subtitle2 as="h2" block id="teams-heading">
        {t.teams.heading}
      </Subtitle2>
      <Caption1 as="p" block>
        {t.teams.help}
      </Caption1>
      <Button
        className={s.button}
        appearance="secondary"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {t.teams.choose}
      </Button>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        multiple
        accept=".xlsx,.xlsm"
        aria-label={t.teams.inputLabel}
        data-testid="team-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
      {result && result.imported.length > 0 && (
        <MessageBar intent="success" data-testid="team-done">
          <MessageBarBody>{t.teams.done(result.imported.length)}</MessageBarBody>
        </MessageBar>
      )}
      {result?.skipped.map((k) => (
        <MessageBar key={k.file} intent="warning">
          <MessageBarBody>
            {k.reason === "no-register"
              ? t.teams.noRegister(k.file)
              : t.teams.unreadable(k.file, k.message ?? "")}
          </MessageBarBody>
        </MessageBar>
      ))}
      {result?.conflicts.map((c) => (
        <MessageBar key={`${c.insats}|${c.files.join("|")}`} intent="error">
          <MessageBarBody>{t.teams.conflict(c.insats, c.files[0], c.files[1])}</MessageBarBody>
        </MessageBar>
      ))}
      {sheets.length > 0 && (
        <>
          <Subtitle2 as="h3" block>
            {t.teams.listHeading}
          </Subtitle2>
          <ul className={s.list} data-testid="team-sheets">
            {sheets.map((x) => (
              <li key={x.sheet}>
                {t.teams.sheet(x.sheet, x.file)} – {t.teams.dates(x.fileDate, x.imported)},{" "}
                {t.teams.rows(x.rows)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
