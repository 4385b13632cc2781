import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { formatCount } from "../format/format";
import { seriesColor, textOn } from "./chartPalette";

/** A segment narrower than this share of the longest bar has no room for its value inside. */
const VALUE_ROOM = 0.1;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0 },
  chart: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  bar: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  track: { display: "flex", flexGrow: 1, minWidth: 0, height: "20px" },
  segment: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    overflow: "hidden",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  thin: { height: "14px" },
  value: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyle: "none",
    fontSize: tokens.fontSizeBase200,
  },
  key: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: tokens.spacingHorizontalXS,
  },
  table: { width: "auto" },
  td: { textAlign: "right" },
});

export interface ChartData {
  /** One bar (or group of bars) per row: an insats, a year, Före/Efter. */
  bars: string[];
  /** The categories and their value per bar. */
  series: { label: string; values: number[] }[];
}

export interface ChartProps {
  title: string;
  data: ChartData;
  tableLabel: string;
  /** "stacked": one bar per row, the series end to end; "grouped": one thin bar per series. */
  layout?: "stacked" | "grouped";
}

/**
 * Horizontal bars in HTML, so that text keeps the pane's size at any width: the label above
 * each bar, values on the segments that have room and every bar's total after it; the figures
 * are also a table for screen readers and keyboard users.
 */
export function BarChart({ title, data, tableLabel, layout = "stacked" }: ChartProps) {
  const s = useStyles();
  const totals = data.bars.map((_, b) => data.series.reduce((sum, x) => sum + x.values[b], 0));
  const max = Math.max(
    1,
    ...(layout === "stacked" ? totals : data.series.flatMap((x) => x.values)),
  );
  const pct = (v: number) => `${(Math.max(0, v) / max) * 100}%`;
  return (
    <figure className={s.root}>
      <figcaption>
        <Text weight="semibold">{title}</Text>
      </figcaption>
      <div className={s.chart} role="img" aria-label={title}>
        {data.bars.map((bar, b) => (
          <div key={bar} className={s.bar} data-testid="chart-bar">
            <span className={s.label}>{bar}</span>
            {layout === "stacked" ? (
              <div className={s.line}>
                <div className={s.track}>
                  {data.series.map((x, i) =>
                    x.values[b] > 0 ? (
                      <div
                        key={x.label}
                        className={s.segment}
                        title={`${x.label}: ${formatCount(x.values[b])}`}
                        style={{
                          width: pct(x.values[b]),
                          backgroundColor: seriesColor(i),
                          color: textOn(seriesColor(i)),
                        }}
                      >
                        {x.values[b] / max >= VALUE_ROOM && (
                          <span data-testid="segment-value">{formatCount(x.values[b])}</span>
                        )}
                      </div>
                    ) : null,
                  )}
                </div>
                <span className={s.value} data-testid="bar-value">
                  {formatCount(totals[b])}
                </span>
              </div>
            ) : (
              data.series.map((x, i) => (
                <div key={x.label} className={s.line}>
                  <div className={mergeClasses(s.track, s.thin)}>
                    <div
                      title={`${x.label}: ${formatCount(x.values[b])}`}
                      style={{ width: pct(x.values[b]), backgroundColor: seriesColor(i) }}
                    />
                  </div>
                  <span className={s.value} data-testid="bar-value">
                    {formatCount(x.values[b])}
                  </span>
                </div>
              ))
            )}
          </div>
        ))}
      </div>
      {(data.series.length > 1 || layout === "stacked") && (
        <ul className={s.legend}>
          {data.series.map((x, i) => (
            <li key={x.label}>
              <span
                className={s.key}
                style={{ backgroundColor: seriesColor(i) }}
                aria-hidden="true"
              />
              {x.label}
            </li>
          ))}
        </ul>
      )}
      <Accordion collapsible>
        <AccordionItem value="table">
          <AccordionHeader size="small">{tableLabel}</AccordionHeader>
          <AccordionPanel>
            <Table size="extra-small" className={s.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell />
                  {data.bars.map((b) => (
                    <TableHeaderCell key={b}>{b}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.series.map((x) => (
                  <TableRow key={x.label}>
                    <TableCell>{x.label}</TableCell>
                    {x.values.map((v, i) => (
                      <TableCell key={i} className={s.td}>
                        {formatCount(v)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </figure>
  );
}

/** The stacked form under its earlier name. */
export const StackedBarChart = (props: Omit<ChartProps, "layout">) => (
  <BarChart {...props} layout="stacked" />
);
