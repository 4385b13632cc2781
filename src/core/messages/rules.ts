import type { Severity } from "../issue";

/**
 * Every rule the checker knows: its code, severity and the Swedish group title
 * that the CLI and the task pane show above the issues of that rule.
 */
export const RULES = {
  "WB-EMPTY": { severity: "error", title: "Tom arbetsbok" },
  "WB-NOTHING-FOUND": { severity: "error", title: "Inget register eller budgettabell hittades" },
  "REG-COLUMN-MISSING": { severity: "warning", title: "Kolumn saknas" },
  "REG-COLUMNS-OPTIONAL": { severity: "info", title: "Bakgrundskolumner saknas" },
  "REG-COLUMN-DUPLICATE": { severity: "warning", title: "Kolumnen finns två gånger" },
  "REG-ID-MISSING": { severity: "error", title: "Deltagar-ID saknas" },
  "REG-ID-DUPLICATE": { severity: "error", title: "Samma deltagare två gånger i samma insats" },
  "REG-TEAM-MISSING": { severity: "error", title: "Insats saknas" },
  "REG-START-MISSING": { severity: "error", title: "Inskrivningsdatum saknas" },
  "REG-DATE-UNREADABLE": { severity: "error", title: "Datum som inte går att läsa" },
  "REG-DATE-IMPOSSIBLE": { severity: "error", title: "Datum som inte finns" },
  "REG-DATE-IMPLAUSIBLE": { severity: "error", title: "Orimligt datum" },
  "REG-DATE-ORDER": { severity: "error", title: "Avslut före inskrivning" },
  "REG-START-FUTURE": { severity: "warning", title: "Inskrivningsdatum i framtiden" },
  "REG-EXIT-NO-DATE": { severity: "error", title: "Avslutsorsak utan avslutsdatum" },
  "REG-EXIT-NO-REASON": { severity: "error", title: "Avslutsdatum utan avslutsorsak" },
  "REG-CATEGORY-UNKNOWN": { severity: "error", title: "Okänt kategorivärde" },
  "REG-BIRTHYEAR-INVALID": { severity: "error", title: "Orimligt födelseår" },
  "REG-NUMBER-INVALID": { severity: "error", title: "Tal som inte går att läsa" },
  "REG-AGE-RANGE": { severity: "warning", title: "Ålder utanför 16–67 år" },
  "REG-VALUE-NORMALIZED": { severity: "info", title: "Värden som tolkades efter normalisering" },
  "CELL-ERROR-VALUE": { severity: "error", title: "Felvärde i cell" },
  "PRIVACY-PERSONNUMMER": { severity: "error", title: "Personnummer i arbetsboken" },
  "PRIVACY-PERSONNUMMER-LIKE": {
    severity: "warning",
    title: "Personnummer med fel kontrollsiffra",
  },
  "PRIVACY-PERSONNUMMER-COLUMN": { severity: "error", title: "Kolumn för personnummer" },
  "PRIVACY-NAME-COLUMN": { severity: "warning", title: "Kolumn med namn" },
  "REG-TEAM-PERSONNUMMER": { severity: "error", title: "Personnummer i stället för insats" },
  "BUDGET-AMOUNT-INVALID": { severity: "error", title: "Belopp som inte går att läsa" },
  "BUDGET-DIFF": { severity: "error", title: "Differensen stämmer inte" },
  "BUDGET-TOTAL": { severity: "error", title: "Totalraden stämmer inte med summan" },
  "BUDGET-SUBTOTAL": { severity: "error", title: "Delsumman stämmer inte med raderna" },
  "BUDGET-TOTAL-MISSING": { severity: "info", title: "Budgettabellen saknar totalrad" },
  "BUDGET-UNIT-MIXED": { severity: "error", title: "Blandade enheter (kr och tkr)" },
  "BUDGET-UNIT-ASSUMED": { severity: "info", title: "Enhet saknas i budgettabellen" },
  "BUDGET-ROW-NO-INSATS": { severity: "error", title: "Budgetrad utan insats" },
  "BUDGET-DUPLICATE-ROW": { severity: "error", title: "Insatsen finns två gånger i budgeten" },
  "BUDGET-NO-PARTICIPANTS": { severity: "warning", title: "Budgeterad insats utan deltagare" },
  "BUDGET-ROW-MISSING": { severity: "warning", title: "Insats med deltagare men utan budgetrad" },
  "BUDGET-NONE": { severity: "warning", title: "Ingen budgettabell" },
  "BUDGET-YEAR-NONE": { severity: "warning", title: "Ingen budget för periodens år" },
  "BUDGET-YEAR-UNNAMED": { severity: "warning", title: "Budgettabellen anger inget år" },
  "BUDGET-PERIOD-SPANS-YEARS": { severity: "warning", title: "Perioden omfattar flera år" },
  "BUDGET-PERIOD-NOT-YEAR": { severity: "warning", title: "Kostnad per deltagare bara för helår" },
  "BUDGET-ACTUAL-CONFLICT": {
    severity: "warning",
    title: "Samma insats med olika utfall i två tabeller",
  },
  "COST-TABLE-COST": {
    severity: "warning",
    title: "Kostnadstabellen stämmer inte med budgetens utfall",
  },
  "COST-TABLE-COUNT": {
    severity: "warning",
    title: "Kostnadstabellens antal stämmer inte med registret",
  },
  "COST-TABLE-DIVISION": { severity: "warning", title: "Kostnad per deltagare är fel uträknad" },
  "COST-TABLE-NO-BUDGET": {
    severity: "warning",
    title: "Insats i kostnadstabellen saknas i budgeten",
  },
  "KAT-COLUMNS-MISSING": { severity: "warning", title: "Kategoribladet saknar kolumner" },
  "KAT-FIELD-UNKNOWN": { severity: "warning", title: "Okänt fält på kategoribladet" },
  "KAT-GREEN-INVALID": { severity: "warning", title: "Stegförflyttning ska vara Ja eller Nej" },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type RuleCode = keyof typeof RULES;
