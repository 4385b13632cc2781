import { formatAmountSv, type AmountUnit } from "../parse/amounts";

/** A budget table as the sheets name it. */
interface TableRef {
  sheet: string;
  headerRow: number;
  sign: 1 | -1;
}

const tablesText = (tables: TableRef[]) =>
  tables.length === 1
    ? `tabellen på bladet ”${tables[0].sheet}” (rubrikrad ${tables[0].headerRow + 1})`
    : `tabellerna ${tables.map((t) => `på bladet ”${t.sheet}” (rubrikrad ${t.headerRow + 1})`).join(" och ")}`;

/** Swedish text of the generated sheets. */
export const layoutText = {
  total: "Totalt",
  resultatTitle: (p: string) => `Resultat ${p} – deltagare och utfall per insats`,
  source: (sheets: (readonly [string, number, number])[]) =>
    `Källa: ${sheets.map(([s, from, to]) => `blad ”${s}” rad ${from}–${to}`).join(", ")}. Alla insatser och totalt.`,
  periodFrom: "Period från",
  periodTo: "till",
  excluded: (n: number) =>
    `${n} ${n === 1 ? "rad" : "rader"} i registret lämnades utanför: de saknar insats eller läsbart inskrivningsdatum, eller har avslut före inskrivning. Se bladet Kontroll.`,
  noneExcluded: "Alla rader i registret ingår.",
  formulasNote: "Siffrorna är formler över registret och uppdateras när registret ändras.",
  valuesNote: (insatser: string[]) =>
    `Värden, inte formler, för ${insatser.map((i) => `”${i}”`).join(", ")} och totalen: registret har celler som formler inte kan läsa som Finsam-rapport gör (se Kontroll). Rätta dem och skapa sammanställningen igen för levande formler.`,
  participants: "Deltagare",
  total_participants: "Totalt antal deltagare",
  new: "Nya under perioden",
  carriedOver: "Kvar från tidigare",
  exited: "Avslutade under perioden",
  ongoing: "Pågående vid periodens slut",
  outcomesCount: "Avslutsorsak (antal)",
  outcomesShare: "Avslutsorsak (andel av avslutade)",
  steps: "Stegförflyttning",
  greenExits: "Avslut med stegförflyttning (antal)",
  greenShare: "Andel med stegförflyttning",
  time: "Genomsnittlig tid i insatsen",
  daysGreen: "Avslut med stegförflyttning, dagar",
  durationGreen: "Avslut med stegförflyttning",
  daysAll: "Alla avslut, dagar",
  durationAll: "Alla avslut",
  gender: "Kön",
  /** Gender rows as reports print them, by taxonomy key; other keys keep their label. */
  genderRows: { female: "Kvinnor", male: "Män" } as Record<string, string>,
  sum: "Summa",
  sumExited: "Summa avslutade",
  ageGroup: "Åldersgrupp vid inskrivning",
  education: "Utbildningsnivå",
  yearsOnBenefits: "Tid i offentlig försörjning före insatsen",
  incomeBefore: "Försörjning före insatsen",
  incomeAfter: "Försörjning efter avslut (avslutade)",
  referrerNew: "Remitterande part (nya)",
  referrerTotal: "Remitterande part (totalt)",
  municipalityNew: "Hemkommun (nya)",
  municipalityTotal: "Hemkommun (totalt)",
  greenFootnote: "* Räknas som stegförflyttning.",
  twoReasons: (n: number) =>
    `${n} ${n === 1 ? "avslutad deltagare har" : "avslutade deltagare har"} två avslutsorsaker och räknas under båda; antalen kan därför summera till mer än Summa avslutade och andelarna till mer än 100 %. Antal och tid för stegförflyttning är därför värden, inte formler.`,
  hiddenNote: "Antal under 3 (1 och 2) visas som .. för publicering; totalerna räknar dem ändå.",
  ageNote:
    "Åldersgrupperna räknas av Finsam-rapport från födelseår eller ålder (värden, inte formler).",
  outcomesChart: "Avslutsorsak per insats",
  genderChart: "Kön per insats",
  // The chart shows the table it stands beside: the source of income before the insats.
  incomeChart: "Försörjning före insatsen",

  budgetTitle: (p: string) => `Budget mot utfall ${p}`,
  budgetSource: (tables: TableRef[], unit: string, year: number | null) =>
    `Källa: ${tablesText(tables)}${year === null ? "" : `, budgetåret ${year}`}, belopp i ${unit}. ` +
    "Avvikelse = budget − utfall och förbrukning = utfall / budget räknas här, inte från tabellens egen differenskolumn." +
    (tables.some((t) => t.sign === -1)
      ? " Tabellen skriver kostnader som negativa tal; här visas de som positiva."
      : ""),
  otherRowsHeading: "Övriga kostnader i budgeten (inte insatser)",
  budgetColumns: ["Insats", "Budget", "Utfall", "Avvikelse", "Förbrukning", "Över budget"],
  overBudget: "Över budget",
  notComputableNote: "– = kan ej beräknas (uppgift saknas).",

  costTitle: (p: string) => `Kostnad per deltagare ${p}`,
  costSource: (tables: TableRef[], resultat: string, unit: string) =>
    `Utfall från ${tablesText(tables)} i ${unit}, som i tabellen; kostnad per deltagare i kronor; antal från bladet ”${resultat}”. Varje kostnad står bredvid sin nämnare. – = kan ej beräknas (kostnad 0 eller saknas, eller inga deltagare).`,
  costSum: "Summa, insatser med deltagare",
  costWithoutParticipants: "Insatser i budgeten utan deltagare i registret",
  costWithoutParticipantsColumns: (unit: string) => [
    "Insats",
    `Utfall (${unit})`,
    "Kostnad per deltagare (kr)",
  ],
  costAllRows: "Totalt utfall, alla insatser i budgeten",
  costReconciles: (actual: number | null, unit: AmountUnit, other: boolean) =>
    `Totalt utfall är lika med budgettabellens utfall för insatserna${actual === null ? "" : ` (${formatAmountSv(actual, unit)})`}` +
    (other ? "; övriga kostnader som styrelse och kansli ingår inte (se Budget mot utfall)." : "."),
  costColumns: (unit: string) => [
    "Insats",
    `Utfall (${unit})`,
    "Deltagare under perioden",
    "Kostnad per deltagare (kr)",
    "Nya deltagare",
    "Kostnad per ny deltagare (kr)",
    "Avslutade",
    "Kostnad per avslutad (kr)",
    "Avslut med stegförflyttning",
    "Kostnad per avslut med stegförflyttning (kr)",
  ],
  costTotalValues: "Totalraden är värden: några nämnare är dolda (..).",
  noBudget: "Arbetsboken har ingen budgettabell; kostnaderna kan inte beräknas.",

  kontrollTitle: (p: string) => `Kontroll ${p} – registrets och budgetens kvalitet`,
  kontrollSummary: (e: number, w: number, i: number) =>
    `Källan hade ${e} fel, ${w} ${w === 1 ? "varning" : "varningar"} och ${i} info. Klicka på en cell för att gå till den.`,
  kontrollColumns: ["Allvarlighet", "Cell", "Regel", "Kolumn", "Värde", "Meddelande", "Förslag"],
  problemsHeading: "Fel och varningar: rätta felen innan siffrorna används",
  infoHeading:
    "Info: inget fel, men bra att veta. En rad per regel; varje cell listas i JSON-utdata och i panelen.",
  /** Aligned with kontrollColumns: counts under Allvarlighet, the first cell under Cell, rules under Regel. */
  infoColumns: [
    "Antal celler",
    "Första cell",
    "Regel",
    "Kolumner",
    "Fler celler",
    "Vad det betyder",
  ],
  fixKindColumns: [
    "Antal celler",
    "Första cell",
    "Ändring",
    "Kolumner",
    "Fler celler",
    "Vad kopian har",
  ],
  fixKinds: {
    date: {
      title: "Datum skrivna som text",
      meaning: "Riktiga datum, så att formlerna räknar dem.",
    },
    number: {
      title: "Tal skrivna som text",
      meaning: "Tal, så att formlerna räknar dem.",
    },
    value: {
      title: "Värden skrivna på annat sätt än listan",
      meaning:
        "Listans värde (utan extra mellanslag, med listans stavning), så att formlerna räknar dem.",
    },
    blank: {
      title: "Avslutsdatum med bara mellanslag",
      meaning: "Tomma celler: deltagaren räknas som kvar i insatsen.",
    },
    amount: {
      title: "Belopp i budgettabellen",
      meaning: "Tal i tabellens enhet, så att formlerna räknar dem.",
    },
  },
  /** "Inskrivningsdatum (412)": a column and how many of the rule's cells are in it. */
  columnCount: (column: string, n: number) => `${column} (${n})`,
  severity: { error: "Fel", warning: "Varning", info: "Info" } as Record<string, string>,
  noIssues: "Inga problem hittades.",
  excludedHeading: "Rader utanför sammanställningen",
  excludedColumns: ["Rad", "Orsak"],
  exclusionReason: {
    "no-insats": "Insats saknas",
    "no-start": "Inskrivningsdatum saknas eller går inte att läsa",
    "unreadable-end": "Avslutsdatum går inte att läsa",
    "exit-before-start": "Avslut före inskrivning",
  } as Record<string, string>,
  fixesHeading: "Celler som skrevs om i den här kopian (originalfilen är oförändrad)",
  fixesColumns: ["Cell", "Ursprungligt värde", "Nytt värde"],

  // Printed footers, in Excel's header/footer codes (&P page, &N pages); the arguments come escaped.
  footerSource: (file: string, period: string) => `${file} – period ${period}`,
  footerPeriod: (period: string) => `Period ${period}`,
  footerPage: "Sida &P av &N",
};
