import type { CellStyle } from "./sheetSpec";

/** How a style looks, in terms both hosts can apply: colours as #RRGGBB. */
export interface StyleFont {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  underline?: boolean;
}

/** The one palette of the generated sheets; both hosts translate it, neither defines its own. */
export const PALETTE: Partial<Record<CellStyle, StyleFont>> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: "#404040" },
  note: { italic: true, size: 9, color: "#595959" },
  header: { bold: true },
  total: { bold: true },
  warn: { bold: true, color: "#C00000" },
  link: { underline: true, color: "#0563C1" },
};
