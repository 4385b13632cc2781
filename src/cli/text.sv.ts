import { MONTH_NAMES } from "../core/parse/dates";
/** The command line's Swedish text. */

const EXIT_CODES = `Slutkod (samma med och utan --json):
  0  inga fel i källan
  1  fel hittades i källan
  2  kommandot kunde inte göra sitt jobb (en fil kunde inte läsas eller skrivas, fel val,
     eller insatser som krockar mellan filer i report)`;

export const text = {
  /** `finsam-rapport --help`: the commands, and where each one's own help is. */
  usage: `Användning: finsam-rapport <kommando> [filer] [val]

Kommandon:
  validate   kontrollera deltagarregister och budgettabeller i en eller flera Excel-filer
  report     skapa sammanställningen för en period i en kopia av arbetsboken
  template   skapa en ny registermall med rullistor och bladet Kategorier
  fix        rätta registret i en kopia, så att Excels formler läser det som kontrollen

  finsam-rapport <kommando> --help   hjälp för ett kommando, till exempel finsam-rapport report --help
  finsam-rapport --version           visa versionen

${EXIT_CODES}

All bearbetning sker på den här datorn; inget skickas någonstans.`,
  validateHelp: `Användning: finsam-rapport validate <fil.xlsx>... [--json] [--all] [--today ÅÅÅÅ-MM-DD]

Kontrollerar deltagarregister och budgettabeller i Excel-arbetsböcker (.xlsx, .xlsm), i
OpenDocument-filer (.ods) och i CSV-filer (.csv) och visar varje problem med blad och cell.
Filerna ändras aldrig.
Med flera filer kontrolleras också det som gäller mellan filerna, som i report: en insats
som finns i två filer med olika rader är ett fel.

  --json    skriv resultatet som JSON ({ "schemaVersion": 1, "issues": [...] })
  --all     visa alla problem (annars högst 20 per regel och blad)
  --today   datum att räkna "i framtiden" från (standard: dagens datum)
  -h, --help  visa den här hjälpen

${EXIT_CODES}`,
  reportHelp: `Användning: finsam-rapport report <fil.xlsx>... (--period ÅÅÅÅ | --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD)
                 [-o rapport.xlsx] [--skriv-over] [--json] [--dolj-sma] [--budget BLAD]
                 [--endast-rapport] [--today ÅÅÅÅ-MM-DD]

Skriver en kopia av arbetsboken med bladen Resultat, Budget mot utfall, Kostnad per
deltagare och Kontroll för perioden; originalfilen ändras aldrig. Flera filer (ett team
per fil) blir en rapport. Ett register i en .csv- eller .ods-fil ger en ny .xlsx-fil med
registret som värden och rapportbladen.

  --period          kalenderår med fyra siffror, till exempel 2024
  --from, --to      första och sista dag i perioden (båda behövs), till exempel
                    --from 2024-01-01 --to 2024-06-30; ange antingen --period eller --from/--to
  -o, --out         filen att skriva (standard: <fil>-rapport-<period>.xlsx bredvid originalet)
  --skriv-over      ersätt filen om den redan finns (annars vägrar kommandot, även för
                    standardnamnet, så att en tidigare rapport inte skrivs över av misstag)
  --json            skriv sammanställningen som JSON i stället (ReportModel, schemaVersion 1);
                    ingen fil skrivs
  --dolj-sma        visa antal under 3 som .. för publicering
  --budget          använd budgettabellen på det här bladet (standard: tabellen för periodens år)
  --endast-rapport  skriv bara rapportbladen, som värden, utan registret (för att dela och publicera)
  --today           datum att räkna "i framtiden" från (standard: dagens datum)
  -h, --help        visa den här hjälpen

${EXIT_CODES}
Har källan fel skrivs rapporten ändå (felen står på bladet Kontroll), men slutkoden är 1.
Finns samma insats i två filer med olika rader skrivs ingenting, och slutkoden är 2.`,
  templateHelp: `Användning: finsam-rapport template [-o register.xlsx] [--kategorier befintlig.xlsx]
                 [--skriv-over] [--today ÅÅÅÅ-MM-DD]

Skriver en ny arbetsbok med ett tomt deltagarregister: rubrikerna som en Excel-tabell, fryst
rubrikrad, rullistor för kön, insats, remitterande part, avslutsorsak, försörjning före och
efter, utbildningsnivå och uppföljning 6 mån, datumkontroll för inskrivnings- och avslutsdatum
och helt år för födelseår. Rullistorna hämtar sina val från bladet Kategorier i samma fil;
ändra där för att ändra listorna. Ett fält på bladet Kategorier ersätter standardlistan för
det fältet.

  -o, --out         filen att skriva (standard: deltagarregister-mall.xlsx i den här mappen)
  --kategorier      ta kategorierna (bladet Kategorier) och insatserna från en befintlig
                    arbetsbok; filen läses bara, den ändras aldrig
  --skriv-over      ersätt filen om den redan finns (annars vägrar kommandot)
  --today           dagens datum (ÅÅÅÅ-MM-DD): året är det sista födelseår som godtas
  -h, --help        visa den här hjälpen

Slutkod: 0 mallen skrevs, 2 kommandot kunde inte göra sitt jobb (en fil kunde inte läsas
eller skrivas, fel val, utfilen finns redan).`,
  templateNoFiles: (f: string) =>
    `template tar ingen fil som argument (”${f}”). Ange filen att skriva med -o, och en befintlig arbetsbok med --kategorier.`,
  templateWritten: (path: string, register: string, kategorier: string) =>
    `Skrev ${path} med bladen ”${register}” och ”${kategorier}”.`,
  templateCategories: (file: string | null, fields: string[]) =>
    file === null
      ? "Listorna har standardkategorierna; ändra dem på bladet Kategorier."
      : fields.length
        ? `Från ${file}: egna kategorier för ${fields.join(", ")}; standardkategorierna för resten.`
        : `${file} har inga egna kategorier; listorna har standardkategorierna.`,
  templateInsatser: (n: number) =>
    n === 0
      ? "Skriv era insatser på raderna för Insats på bladet Kategorier, så att rullistan för Insats visar dem."
      : `Rullistan för Insats har ${n} ${n === 1 ? "insats" : "insatser"} från arbetsboken.`,
  fixHelp: `Användning: finsam-rapport fix <register.xlsx> [-o rättad.xlsx] [--skriv-over] [--today ÅÅÅÅ-MM-DD]

Skriver en kopia av arbetsboken där registrets celler står så som kontrollen läser dem, så att
sammanställningens formler räknar samma sak: datum skrivna som text blir riktiga datum,
heltal skrivna som text blir tal, kategorier med annan stavning, andra mellanslag eller en
synonym får kategorins namn, och överflödiga mellanslag i id, insatser och öppna listor tas
bort. Celler som kräver ett beslut (okända kategorier, omöjliga datum, dubbletter) lämnas
orörda. Originalfilen ändras aldrig, och allt annat i kopian är som i originalet.

  -o, --out     filen att skriva (standard: <fil>-rättad.xlsx bredvid originalet); får inte
                vara originalfilen
  --skriv-over  ersätt filen om den redan finns (annars vägrar kommandot)
  --today       datum att räkna "i framtiden" från (standard: dagens datum)
  -h, --help    visa den här hjälpen

${EXIT_CODES}`,
  noFixFile:
    "Ange Excel-filen (.xlsx) med registret, till exempel finsam-rapport fix register.xlsx -o rättad.xlsx.",
  fixOneFile: "fix rättar en fil i taget. Ange en Excel-fil (.xlsx).",
  fixNothing: (file: string) =>
    `Inget att rätta i ${file}: Excels formler läser redan registret som kontrollen. Ingen fil skrevs.`,
  fixGroup: (title: string, n: number) => `${title}: ${n} ${n === 1 ? "cell" : "celler"}`,
  fixExample: (cell: string, before: string, after: string) => `  ${cell}: ${before} → ${after}`,
  fixEmpty: "(tom)",
  fixMore: (n: number) => `  … och ${n} till`,
  fixWritten: (path: string, n: number) =>
    `Skrev ${path} med ${n} ${n === 1 ? "rättad cell" : "rättade celler"}. Originalfilen är oförändrad.`,
  fixLeft: (e: number) =>
    `Källan har ${e} fel som kräver ett beslut och inte rättas automatiskt; se finsam-rapport validate (slutkod 1).`,
  unknownCommand: (c: string) =>
    `Okänt kommando ”${c}”. Kommandona är validate, report, template och fix; skriv finsam-rapport --help för hjälp.`,
  unknownOption: (o: string, command: string) =>
    `Okänt val ”${o}”. Skriv finsam-rapport ${command} --help för att se valen.`,
  noCommand:
    "Ange ett kommando: validate, report, template eller fix. Skriv finsam-rapport --help för hjälp.",
  noFiles: "Ange minst en Excel-fil (.xlsx) att kontrollera.",
  noReportFiles:
    "Ange Excel-filen (.xlsx) med deltagarregistret, till exempel finsam-rapport report register.xlsx --period 2024.",
  missingValue: (o: string) => `Valet ${o} behöver ett värde.`,
  version: (v: string) => v,
  noVersion:
    "Versionen kunde inte läsas: package.json saknas bredvid programmet. Installera finsam-rapport på nytt (npm ci i projektets mapp).",
  folderGiven: (path: string) => `”${path}” är en mapp, inte en fil. Ange Excel-filen (.xlsx).`,
  folderAsOut: (path: string) =>
    `”${path}” är en mapp, inte en fil. Ange filen att skriva med -o, till exempel -o ${path.replace(/[\\/]+$/, "")}/rapport.xlsx.`,
  outputExists: (path: string) =>
    `Filen ${path} finns redan. Välj ett annat namn med -o, eller lägg till --skriv-over för att ersätta den.`,
  // Dates and periods: each message says which part is wrong.
  notADate: (option: string, v: string) =>
    `${option} ”${v}” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-06-30.`,
  noSuchMonth: (option: string, v: string, month: number) =>
    `${option} ${v}: månad ${month} finns inte. Månaden ska vara 01–12.`,
  noSuchDay: (option: string, v: string, month: number, days: number) =>
    `${option}: ${v} finns inte – ${MONTH_NAMES[month - 1]} ${v.slice(0, 4)} har ${days} dagar.`,
  outsideExcel: (option: string, v: string) =>
    `${option} ${v}: datumet ligger utanför de datum Excel räknar med (1900-03-01–9999-12-31).`,
  badYear: (v: string) =>
    `--period ”${v}” är inget år. Skriv --period som ett år med fyra siffror, till exempel --period 2024.`,
  missingTo:
    "--to saknas: ange både --from och --to, till exempel --from 2024-01-01 --to 2024-06-30.",
  missingFrom:
    "--from saknas: ange både --from och --to, till exempel --from 2024-01-01 --to 2024-06-30.",
  periodAndRange:
    "Ange antingen --period (ett helt år) eller --from och --to (valfri period), inte båda.",
  fromAfterTo: (from: string, to: string) =>
    `--from ${from} är efter --to ${to}. Ange periodens första dag med --from och sista dag med --to.`,
  noPeriod: "Ange perioden: --period 2024, eller --from 2024-01-01 --to 2024-06-30.",
  sameAsInput: "Utfilen får inte vara samma fil som originalet. Välj ett annat namn med -o.",
  reportWritten: (path: string, sheets: string[]) =>
    `Skrev ${path} med bladen ${sheets.map((s) => `”${s}”`).join(", ")}.`,
  reportSummary: (participants: number, insatser: number, period: string) =>
    `Perioden ${period}: ${participants} deltagare i ${insatser} ${insatser === 1 ? "insats" : "insatser"}.`,
  reportBudget: (
    tables: { sheet: string; headerRow: number; year: number | null }[],
    unit: string,
  ) =>
    `Budget: ${tables.map((t) => `bladet ”${t.sheet}” (rubrikrad ${t.headerRow}${t.year === null ? ", inget år" : `, ${t.year}`})`).join(", ")}, i ${unit}.`,
  reportNoBudget:
    "Budget: ingen budget för perioden – sammanställningen saknar budget mot utfall och kostnad per deltagare.",
  copyHoldsRegister:
    "Kopian innehåller hela arbetsboken med registret och dess personuppgifter. Dela rapporten med --endast-rapport i stället.",
  /** A .csv or .ods register: the copy is a new workbook, not the user's file plus sheets. */
  convertedSource: (format: "csv" | "ods") =>
    `Källan är en ${format === "csv" ? "CSV-fil" : "OpenDocument-fil (.ods)"}: rapporten skrivs som en ny .xlsx-fil med registret som värden.`,
  sensitivityKept: (label: string | null) =>
    label
      ? `Kopian behåller källfilens känslighetsetikett ”${label}”.`
      : "Kopian behåller källfilens känslighetsetikett.",
  reportOnlyWritten:
    "Filen innehåller bara rapportbladen, som värden – inget register och inga personuppgifter.",
  reportRenamed: (wanted: string, used: string) =>
    `Bladet ”${wanted}” finns redan och är inte skapat av Finsam-rapport; rapporten skrevs till ”${used}”.`,
  reportReplaced: (names: string[]) =>
    `Ersatte tidigare rapportblad: ${names.map((s) => `”${s}”`).join(", ")}.`,
  reportIssues: (e: number) =>
    `Källan har ${e} fel; se bladet Kontroll. Rapporten är skriven, men rätta felen innan siffrorna används (slutkod 1).`,
  sameFileTwice: (a: string, b: string) =>
    `”${a}” och ”${b}” är samma fil. Ange varje fil bara en gång och försök igen.`,
  outputLocked: (path: string, lock: string) =>
    `En annan körning skriver redan till ${path}. Vänta tills den är klar och försök igen. Om ingen annan körning pågår, ta bort låsfilen ${lock} och försök igen.`,
  diskFull: (path: string) =>
    `Disken är full: ${path} kunde inte skrivas. Frigör utrymme på disken, eller välj en annan mapp med -o, och försök igen. En tidigare fil med samma namn är oförändrad.`,
  writeFailed: (path: string) =>
    `Kunde inte skriva ${path}. Kontrollera att mappen finns och att filen inte är öppen i Excel.`,
  conflict: (insats: string, a: string, b: string) =>
    `Insatsen ”${insats}” finns i både ${a} och ${b} med olika rader. Ta bort insatsen ur den ena filen, eller slå ihop registren, och försök igen.`,
  crossFileHeading: (files: string[]) => `Mellan filerna ${files.join(", ")}`,
  crossFileSummary: (e: number) => `Sammanfattning mellan filerna: ${e} fel`,
  fileHeading: (file: string) => `Kontroll av ${file}`,
  registerFound: (sheets: string, rows: number, insatser: number) =>
    `Register: ${sheets}, ${rows} ${rows === 1 ? "rad" : "rader"} i ${insatser} ${insatser === 1 ? "insats" : "insatser"}`,
  registerSheet: (name: string, headerRow: number) =>
    `blad ”${name}” (rubriker på rad ${headerRow})`,
  noRegister: "Register: hittades inte",
  budgetFound: (
    tables: { sheet: string; headerRow: number; year: number | null; unit: string }[],
  ) =>
    `Budget: ${tables.map((t) => `blad ”${t.sheet}” rubrikrad ${t.headerRow} (${t.year ?? "inget år"}, ${t.unit})`).join("; ")}`,
  noBudget: "Budget: hittades inte",
  sheetHeading: (sheet: string) => `Blad ”${sheet}”`,
  workbookHeading: "Arbetsboken",
  severity: { error: "Fel", warning: "Varning", info: "Info" } as Record<string, string>,
  groupHeading: (severity: string, title: string, code: string, n: number) =>
    `${severity} – ${title} (${code}), ${n} st`,
  more: (n: number) => `… och ${n} till (visa alla med --all)`,
  summary: (e: number, w: number, i: number) =>
    `Sammanfattning: ${e} fel, ${w} ${w === 1 ? "varning" : "varningar"}, ${i} info`,
  clean: "Inga problem hittades.",
  unexpected: (file: string) =>
    `Ett oväntat fel inträffade när ${file} kontrollerades. Inga filer har ändrats. Kontrollera att filen är ett deltagarregister och försök igen.`,
};
