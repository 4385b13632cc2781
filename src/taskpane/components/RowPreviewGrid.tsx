import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { RowPreview } from "../../engine/types";
import { useT } from "../i18n/context";

const useStyles = makeStyles({
  root: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  head: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  scroll: { overflowX: "auto" },
  table: { width: "auto", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
  },
  focusRow: { backgroundColor: tokens.colorNeutralBackground1Selected },
  focusCell: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The row with its neighbours, as a small read-only grid (the web page's "go to cell"). */
export function RowPreviewGrid({ preview, onClose }: { preview: RowPreview; onClose: () => void }) {
  const t = useT();
  const s = useStyles();
  return (
    <section
      className={s.root}
      aria-label={t.check.previewHeading(preview.sheet, preview.focusRow)}
      data-testid="row-preview"
    >
      <div className={s.head}>
        <Caption1>{t.check.previewHeading(preview.sheet, preview.focusRow)}</Caption1>
        <Button size="small" onClick={onClose}>
          {t.check.closePreview}
        </Button>
      </div>
      <div
        className={s.scroll}
        tabIndex={0}
        role="region"
        aria-label={t.check.previewHeading(preview.sheet, preview.focusRow)}
      >
        <Table size="extra-small" className={s.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={s.cell} />
              {preview.headers.map((h, c) => (
                <TableHeaderCell key={c} className={s.cell}>
                  {h}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.rows.map((r) => (
              <TableRow
                key={r.row}
                className={r.row === preview.focusRow ? s.focusRow : undefined}
                aria-current={r.row === preview.focusRow ? "true" : undefined}
              >
                <TableCell className={s.cell}>{r.row}</TableCell>
                {r.cells.map((v, c) => (
                  <TableCell
                    key={c}
                    className={
                      r.row === preview.focusRow && c === preview.focusCol
                        ? mergeClasses(s.cell, s.focusCell)
                        : s.cell
                    }
                  >
                    {v === null ? "" : String(v)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
