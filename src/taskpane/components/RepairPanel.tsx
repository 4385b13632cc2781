import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { REPAIR_RULE_TITLES } from "../../core/repair/ruleText";
import { showRepairValue } from "../../core/repair/showValue";
import type { RepairPreview, RepairResult } from "../../engine/types";
import { useT } from "../i18n/context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface RepairPanelProps {
  /** The repairs the last check found; undefined when there are none. */
  preview: RepairPreview | undefined;
  /** The last repair made (inside Excel it can be undone). */
  done: RepairResult | null;
  busy: boolean;
  /** Inside Excel the cells are rewritten after a confirmation; the web page downloads a copy. */
  inExcel: boolean;
  onRepair: () => void;
  onUndo?: () => void;
}

/** Issue 13: the repairs per rule (count, first cells before → after), then the action. */
export function RepairPanel({ preview, done, busy, inExcel, onRepair, onUndo }: RepairPanelProps) {
  const t = useT();
  const s = useStyles();
  const [confirming, setConfirming] = useState(false);
  const show = (v: Parameters<typeof showRepairValue>[0], rule: string, side: "before" | "after") =>
    showRepairValue(v, rule as Parameters<typeof showRepairValue>[1], side, t.repair.empty);

  return (
    <section className={s.root} aria-labelledby="repair-heading" data-testid="repair">
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>
            {inExcel
              ? `${t.repair.done(done.repaired)} ${t.repair.undoNote}`
              : t.repair.downloaded(done.repaired, done.fileName ?? "")}
          </MessageBarBody>
        </MessageBar>
      )}
      {done && inExcel && onUndo && (
        <div className={s.actions}>
          <Button disabled={busy} onClick={onUndo}>
            {t.repair.undo}
          </Button>
        </div>
      )}
      {preview && (
        <>
          <Subtitle2 as="h2" id="repair-heading">
            {t.repair.heading}
          </Subtitle2>
          <Body1>{t.repair.intro}</Body1>
          {preview.groups.map((g) => (
            <div key={g.rule}>
              <Text weight="semibold">
                {REPAIR_RULE_TITLES[t.lang][g.rule]} – {t.repair.count(g.count)}
              </Text>
              <ul className={s.list}>
                {g.examples.map((x) => (
                  <li key={`${x.sheet}!${x.cell}`}>
                    <Caption1>
                      {t.repair.example(
                        `${x.sheet}!${x.cell}`,
                        show(x.before, g.rule, "before"),
                        show(x.after, g.rule, "after"),
                      )}
                    </Caption1>
                  </li>
                ))}
                {g.count > g.examples.length && (
                  <li>
                    <Caption1>{t.repair.more(g.count - g.examples.length)}</Caption1>
                  </li>
                )}
              </ul>
            </div>
          ))}
          {!inExcel && (
            <div>
              <Button appearance="primary" disabled={busy} onClick={onRepair}>
                {t.repair.download}
              </Button>
              <Caption1 block>{t.repair.downloadHint}</Caption1>
            </div>
          )}
          {inExcel && !confirming && (
            <div className={s.actions}>
              <Button disabled={busy} onClick={() => setConfirming(true)}>
                {t.repair.run}
              </Button>
            </div>
          )}
          {inExcel && confirming && (
            <>
              <Body1>{t.repair.confirm(preview.total)}</Body1>
              <div className={s.actions}>
                <Button
                  appearance="primary"
                  disabled={busy}
                  onClick={() => {
                    setConfirming(false);
                    onRepair();
                  }}
                >
                  {t.repair.apply(preview.total)}
                </Button>
                <Button disabled={busy} onClick={() => setConfirming(false)}>
                  {t.repair.cancel}
                </Button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
