/** The command line's Swedish text. */
export const text = {
  usage: `Användning:
  finsam-rapport validate <fil.xlsx>... [--json] [--all] [--today ÅÅÅÅ-MM-DD]

Kontrollerar deltagarregister och budgettabeller i Excel-arbetsböcker.
  --json    skriv resultatet som JSON ({ "schemaVersion": 1, "issues": [...] })
  --all     visa alla problem (annars högst 20 per regel och blad)
  --today   datum att räkna "i framtiden" från (standard: dagens datum)

Slutkod: 0 = inga fel, 1 = fel hittades, 2 = en fil kunde inte läsas.
All bearbetning sker på den här datorn; inget skickas någonstans.`,
  unknownCommand: (c: string) => `Okänt kommando ”${c}”. Skriv finsam-rapport --help för hjälp.`,
  unknownOption: (o: string) => `Okänt val ”${o}”. Skriv finsam-rapport --help för hjälp.`,
  noFiles: "Ange minst en Excel-fil (.xlsx) att kontrollera.",
  missingValue: (o: string) => `Valet ${o} behöver ett värde.`,
  badToday: (v: string) => `”${v}” är inget datum. Skriv --today som ÅÅÅÅ-MM-DD.`,
  fileHeading: (file: string) => `Kontroll av ${file}`,
  registerFound: (sheets: string, rows: number, insatser: number) =>
    `Register: ${sheets}, ${rows} ${rows === 1 ? "rad" : "rader"} i ${insatser} ${insatser === 1 ? "insats" : "insatser"}`,
  registerSheet: (name: string, headerRow: number) => `blad ”${name}” (rubriker på rad ${headerRow})`,
  noRegister: "Register: hittades inte",
  budgetFound: (sheet: string, unit: string) => `Budget: blad ”${sheet}”, ${unit}`,
  noBudget: "Budget: hittades inte",
  sheetHeading: (sheet: string) => `Blad ”${sheet}”`,
  workbookHeading: "Arbetsboken",
  severity: { error: "Fel", warning: "Varning", info: "Info" } as Record<string, string>,
  groupHeading: (severity: string, title: string, code: string, n: number) => `${severity} – ${title} (${code}), ${n} st`,
  more: (n: number) => `… och ${n} till (visa alla med --all)`,
  summary: (e: number, w: number, i: number) =>
    `Sammanfattning: ${e} fel, ${w} ${w === 1 ? "varning" : "varningar"}, ${i} info`,
  clean: "Inga problem hittades.",
  unexpected: (file: string) =>
    `Ett oväntat fel inträffade när ${file} kontrollerades. Inga filer har ändrats. Kontrollera att filen är ett deltagarregister och försök igen.`,
};
