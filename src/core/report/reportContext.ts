import { serialToYmd } from "../parse/dates";
import type { RegisterRow } from "../register/types";
import type { Category } from "../taxonomy/types";
import { ageInYear, hasMissingGender } from "./byGender";
import { periodRows } from "./participantCounts";
import type { Period } from "./period";
import { comparisonYears } from "./yearFigures";

/** What every insats's figures share, so that the insatser and the total line up. */
export interface ReportContext {
  /** Jämförelse årsvis: the same calendar years for every insats. */
  years: number[];
  /** The period's end year: ages are counted in it. */
  endYear: number;
  /** Whether the per-gender figures end with "Ej ifyllt eller okänt": some of the total's rows lack a gender. */
  missingGender: { exits: boolean; ages: boolean };
  /** Register sheets with the follow-up column; empty when the register has none. */
  followUpSheets: Set<string>;
}

export function reportContext(
  registerRows: RegisterRow[],
  reported: RegisterRow[],
  period: Period,
  genders: Category[],
  followUpSheets: Set<string>,
): ReportContext {
  const endYear = serialToYmd(period.to).y;
  const { participants, exits } = periodRows(reported, period);
  return {
    years: comparisonYears(registerRows, period),
    endYear,
    missingGender: {
      exits: hasMissingGender(exits, genders),
      ages: hasMissingGender(
        participants.filter((r) => ageInYear(r, endYear) !== null),
        genders,
      ),
    },
    followUpSheets,
  };
}
