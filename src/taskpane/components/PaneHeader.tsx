import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import type { CheckResult } from "../../engine/types";
import { useT } from "../i18n/context";
import type { NextAction } from "../state/nextStep";
import type { Page } from "../state/useEngine";

const PAGES: Page[] = ["start", "check", "report", "settings"];

const useStyles = makeStyles({
  // Stays at the top while the page scrolls: where you are, how the workbook fares, what is next.
  root: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  tabs: { flexWrap: "nowrap", marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  tab: {
    paddingLeft: tokens.spacingHorizontalSNudge,
    paddingRight: tokens.spacingHorizontalSNudge,
  },
  tabText: { fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  // Four labels do not fit on one line in a 320 px pane: there Inställningar is its gear alone.
  narrowHidden: { "@media (max-width: 419px)": { display: "none" } },
  status: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    minHeight: "24px",
  },
  counts: { display: "flex", gap: tokens.spacingHorizontalXS, minWidth: 0, padding: 0 },
  next: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface PaneHeaderProps {
  page: Page;
  onPage: (page: Page) => void;
  check: CheckResult | null;
  /** The next step, shown unless its page is open (the page's own button does it there). */
  next: { action: NextAction; page: Page } | null;
  onNext: (action: NextAction, page: Page) => void;
  busy: boolean;
}

/** A cog: eight teeth around a ring, in the text's colour. */
function GearIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
      {[0, 45, 90, 135, 180, 225, 270, 315].map((a) => (
        <rect
          key={a}
          x="6.75"
          y="0.5"
          width="2.5"
          height="3.5"
          rx="0.5"
          transform={`rotate(${a} 8 8)`}
        />
      ))}
      <circle cx="8" cy="8" r="4.6" fill="none" stroke="currentColor" strokeWidth="2.2" />
    </svg>
  );
}

/** The pane's navigation, the check's counts and the next step, on one or two short lines. */
export function PaneHeader({ page, onPage, check, next, onNext, busy }: PaneHeaderProps) {
  const t = useT();
  const s = useStyles();
  const showNext = next !== null && next.page !== page;
  return (
    <div className={s.root} data-testid="pane-header">
      <TabList
        size="small"
        className={s.tabs}
        aria-label={t.tabs.label}
        selectedValue={page}
        onTabSelect={(_, d) => onPage(d.value as Page)}
      >
        {PAGES.map((p) =>
          p === "settings" ? (
            <Tab
              key={p}
              value={p}
              className={s.tab}
              icon={<GearIcon />}
              aria-label={t.tabs[p]}
              title={t.tabs[p]}
              content={{ className: mergeClasses(s.tabText, s.narrowHidden) }}
            >
              {t.tabs[p]}
            </Tab>
          ) : (
            <Tab key={p} value={p} className={s.tab} content={{ className: s.tabText }}>
              {t.tabs[p]}
            </Tab>
          ),
        )}
      </TabList>
      {(check || showNext) && (
        <div className={s.status}>
          {check && (
            <Button
              appearance="transparent"
              size="small"
              className={s.counts}
              data-testid="pane-counts"
              aria-label={t.pane.countsLabel(
                t.check.summary(check.counts.error, check.counts.warning, check.counts.info),
              )}
              onClick={() => onPage("check")}
            >
              <Badge appearance="filled" color={check.counts.error ? "danger" : "success"}>
                {t.pane.errors(check.counts.error)}
              </Badge>
              <Badge appearance="tint" color="warning">
                {t.pane.warnings(check.counts.warning)}
              </Badge>
              <Badge appearance="tint" color="informative">
                {t.pane.infos(check.counts.info)}
              </Badge>
            </Button>
          )}
          {showNext && (
            <span className={s.next} data-testid="next-step">
              <Caption1>{t.pane.nextStep}</Caption1>
              <Button
                appearance="primary"
                size="small"
                disabled={busy}
                onClick={() => onNext(next.action, next.page)}
              >
                {t.pane.next[next.action]}
              </Button>
            </span>
          )}
        </div>
      )}
    </div>
  );
}
