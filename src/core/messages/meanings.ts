import type { Lang } from "./catalogue";
import { RULES, type RuleCode } from "./rules";

/** The rules that only inform: nothing is wrong, the figures count as if typed exactly. */
export type InfoCode = {
  [K in RuleCode]: (typeof RULES)[K]["severity"] extends "info" ? K : never;
}[RuleCode];

/**
 * What an info rule means, in a sentence: Kontroll lists such rules once each, with a
 * count and the first cells, instead of one row per cell.
 */
const MEANINGS: Record<Lang, Record<InfoCode, string>> = {
  sv: {
    "REG-COLUMNS-OPTIONAL":
      "Registret saknar några bakgrundskolumner. Sammanställningen görs ändå; tabellerna för de uppgifterna blir tomma.",
    "REG-VALUE-NORMALIZED":
      "Värdet var skrivet på annat sätt än listan (datum som text, extra mellanslag, små eller stora bokstäver, en synonym) men gick att tolka. Inget fel: siffrorna räknas som om värdet var skrivet exakt.",
    "BUDGET-TOTAL-MISSING":
      "Budgettabellen har ingen totalrad. Inget fel; sammanställningen räknar totalen själv.",
    "BUDGET-UNIT-ASSUMED":
      "Budgettabellen anger ingen enhet, så beloppen läses som kronor. Skriv kr eller tkr i rubriken om det inte stämmer.",
  },
  en: {
    "REG-COLUMNS-OPTIONAL":
      "The register lacks some background columns. The summary is made anyway; the tables for those items are empty.",
    "REG-VALUE-NORMALIZED":
      "The value was written differently from the list (a date as text, extra spaces, lower or upper case, a synonym) but could be read. Not an error: the figures count as if it were written exactly.",
    "BUDGET-TOTAL-MISSING":
      "The budget table has no total row. Not an error; the summary calculates the total itself.",
    "BUDGET-UNIT-ASSUMED":
      "The budget table states no unit, so the amounts are read as kronor. Write kr or tkr in the header if that is wrong.",
  },
};

export function isInfoCode(code: string): code is InfoCode {
  return code in RULES && RULES[code as RuleCode].severity === "info";
}

/** What an info rule means; Swedish by default. */
export function ruleMeaning(code: InfoCode, lang: Lang = "sv"): string {
  return (MEANINGS[lang] ?? MEANINGS.sv)[code];
}
