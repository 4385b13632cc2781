import { HIDDEN, orDash, shareFormula, showCount } from "../display";
import type { Figure } from "./tableRows";

/**
 * count / of over two cells of the sheet; ".." when either count is hidden. The value is the
 * exact ratio, as the formula gives it (the JSON's four decimals would differ from it in the
 * fifth), and the sheet shows it in whole percent.
 */
export function shareFigure(
  count: number,
  of: number,
  countCell: string,
  ofCell: string,
  hideSmall: boolean,
): Figure {
  const hidden = [count, of].some((n) => showCount(n, hideSmall) === HIDDEN);
  return {
    value: hidden ? HIDDEN : orDash(of === 0 ? null : count / of),
    formula: shareFormula(countCell, ofCell, hideSmall),
  };
}
