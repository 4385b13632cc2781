/** The command line's Swedish text. */
export const text = {
  usage: `Användning:
  finsam-rapport validate <fil.xlsx>... [--json] [--all] [--today ÅÅÅÅ-MM-DD]
  finsam-rapport report <fil.xlsx>... (--period ÅÅÅÅ | --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD)
                 [-o rapport.xlsx] [--json] [--dolj-sma] [--budget BLAD] [--endast-rapport] [--today ÅÅÅÅ-MM-DD]

Kontrollerar deltagarregister och budgettabeller i Excel-arbetsböcker.
  --json    skriv resultatet som JSON ({ "schemaVersion": 1, "issues": [...] })
  --all     visa alla problem (annars högst 20 per regel och blad)
  --today   datum att räkna "i framtiden" från (standard: dagens datum)

report skriver en kopia av arbetsboken med bladen Resultat, Budget mot utfall,
Kostnad per deltagare och Kontroll för perioden; originalfilen ändras aldrig.
  --period    kalenderår, till exempel 2024
  --from/--to första och sista dag i perioden
  -o          filen att skriva (standard: <fil>-rapport-<period>.xlsx bredvid originalet)
  --json      skriv sammanställningen som JSON i stället (ReportModel, schemaVersion 1)
  --dolj-sma  visa antal under 3 som .. för publicering
  --budget    använd budgettabellen på det här bladet (standard: tabellen för periodens år)
  --endast-rapport  skriv bara rapportbladen, som värden, utan registret (för att dela och publicera)

Slutkod: 0 = inga fel, 1 = fel hittades, 2 = en fil kunde inte läsas eller skrivas.
All bearbetning sker på den här datorn; inget skickas någonstans.`,
  unknownCommand: (c: string) => `Okänt kommando ”${c}”. Skriv finsam-rapport --help för hjälp.`,
  unknownOption: (o: string) => `Okänt val ”${o}”. Skriv finsam-rapport --help för hjälp.`,
  noFiles: "Ange minst en Excel-fil (.xlsx) att kontrollera.",
  missingValue: (o: string) => `Valet ${o} behöver ett värde.`,
  badToday: (v: string) => `”${v}” är inget datum. Skriv --today som ÅÅÅÅ-MM-DD.`,
  noPeriod: "Ange perioden: --period 2024, eller --from 2024-01-01 --to 2024-06-30.",
  badPeriod: (v: string) => `”${v}” är ingen period. Skriv --period som ett år (2024) eller --from/--to som ÅÅÅÅ-MM-DD.`,
  sameAsInput: "Utfilen får inte vara samma fil som originalet. Välj ett annat namn med -o.",
  reportWritten: (path: string, sheets: string[]) => `Skrev ${path} med bladen ${sheets.map((s) => `”${s}”`).join(", ")}.`,
  reportSummary: (participants: number, insatser: number, period: string) =>
    `Perioden ${period}: ${participants} deltagare i ${insatser} ${insatser === 1 ? "insats" : "insatser"}.`,
  reportBudget: (tables: { sheet: string; headerRow: number; year: number | null }[], unit: string) =>
    `Budget: ${tables.map((t) => `bladet ”${t.sheet}” (rubrikrad ${t.headerRow}${t.year === null ? ", inget år" : `, ${t.year}`})`).join(", ")}, i ${unit}.`,
  reportNoBudget: "Budget: ingen budget för perioden – sammanställningen saknar budget mot utfall och kostnad per deltagare.",
  copyHoldsRegister:
    "Kopian innehåller hela arbetsboken med registret och dess personuppgifter. Dela rapporten med --endast-rapport i stället.",
  reportOnlyWritten: "Filen innehåller bara rapportbladen, som värden – inget register och inga personuppgifter.",
  reportRenamed: (wanted: string, used: string) => `Bladet ”${wanted}” finns redan och är inte skapat av Finsam-rapport; rapporten skrevs till ”${used}”.`,
  reportReplaced: (names: string[]) => `Ersatte tidigare rapportblad: ${names.map((s) => `”${s}”`).join(", ")}.`,
  reportIssues: (e: number) => `Källan har ${e} fel; se bladet Kontroll.`,
  sameFileTwice: (a: string, b: string) => `”${a}” och ”${b}” är samma fil. Ange varje fil bara en gång och försök igen.`,
  outputLocked: (path: string, lock: string) =>
    `En annan körning skriver redan till ${path}. Vänta tills den är klar och försök igen. Om ingen annan körning pågår, ta bort låsfilen ${lock} och försök igen.`,
  diskFull: (path: string) =>
    `Disken är full: ${path} kunde inte skrivas. Frigör utrymme på disken, eller välj en annan mapp med -o, och försök igen. En tidigare fil med samma namn är oförändrad.`,
  writeFailed: (path: string) => `Kunde inte skriva ${path}. Kontrollera att mappen finns och att filen inte är öppen i Excel.`,
  conflict: (insats: string, a: string, b: string) =>
    `Insatsen ”${insats}” finns i både ${a} och ${b} med olika rader. Ta bort insatsen ur den ena filen, eller slå ihop registren, och försök igen.`,
  fileHeading: (file: string) => `Kontroll av ${file}`,
  registerFound: (sheets: string, rows: number, insatser: number) =>
    `Register: ${sheets}, ${rows} ${rows === 1 ? "rad" : "rader"} i ${insatser} ${insatser === 1 ? "insats" : "insatser"}`,
  registerSheet: (name: string, headerRow: number) => `blad ”${name}” (rubriker på rad ${headerRow})`,
  noRegister: "Register: hittades inte",
  budgetFound: (tables: { sheet: string; headerRow: number; year: number | null; unit: string }[]) =>
    `Budget: ${tables.map((t) => `blad ”${t.sheet}” rubrikrad ${t.headerRow} (${t.year ?? "inget år"}, ${t.unit})`).join("; ")}`,
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
