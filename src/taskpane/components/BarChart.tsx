import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";

/** Series colours from Fluent's palette tokens, in category order. */
const COLORS = [
  tokens.colorPaletteRedBackground3,
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorPaletteBerryBackground3,
  tokens.colorPaletteMarigoldBackground3,
  tokens.colorPaletteSteelBorderActive,
  tokens.colorPaletteLavenderBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPalettePlatinumBackground2,
  tokens.colorPaletteBrownBorderActive,
  tokens.colorPaletteSeafoamBorderActive,
];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyle: "none",
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
  /** One bar per row (an insats, or Före/Efter). */
  bars: string[];
  /** Stacked segments (categories) and their value per bar. */
  series: { label: string; values: number[] }[];
}

/** Horizontal stacked bars in SVG, with the figures also as a table for screen readers and keyboard users. */
export function StackedBarChart({
  title,
  data,
  tableLabel,
}: {
  title: string;
  data: ChartData;
  tableLabel: string;
}) {
  const s = useStyles();
  const barHeight = 18;
  const gap = 8;
  const labelWidth = 150;
  const width = 300;
  const totals = data.bars.map((_, b) => data.series.reduce((sum, x) => sum + x.values[b], 0));
  const max = Math.max(1, ...totals);
  const height = data.bars.length * (barHeight + gap);
  return (
    <figure className={s.root} style={{ margin: 0 }}>
      <figcaption>
        <Caption1>{title}</Caption1>
      </figcaption>
      <svg
        viewBox={`0 0 ${labelWidth + width} ${height}`}
        width="100%"
        role="img"
        aria-label={title}
        style={{ maxWidth: "560px" }}
      >
        {data.bars.map((bar, b) => {
          let x = labelWidth;
          return (
            <g key={bar}>
              <text
                x={0}
                y={b * (barHeight + gap) + barHeight * 0.75}
                style={{ fontSize: "10px", fill: tokens.colorNeutralForeground1 }}
              >
                {bar.length > 24 ? bar.slice(0, 23) + "…" : bar}
              </text>
              {data.series.map((series, i) => {
                const w = (series.values[b] / max) * width;
                const rect = (
                  <rect
                    key={series.label}
                    x={x}
                    y={b * (barHeight + gap)}
                    width={w}
                    height={barHeight}
                    style={{ fill: COLORS[i % COLORS.length] }}
                  />
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <ul className={s.legend}>
        {data.series.map((series, i) => (
          <li key={series.label}>
            <span
              className={s.key}
              style={{ backgroundColor: COLORS[i % COLORS.length] }}
              aria-hidden="true"
            />
            <Caption1>{series.label}</Caption1>
          </li>
        ))}
      </ul>
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
                {data.series.map((series) => (
                  <TableRow key={series.label}>
                    <TableCell>{series.label}</TableCell>
                    {series.values.map((v, i) => (
                      <TableCell key={i} className={s.td}>
                        {v}
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
