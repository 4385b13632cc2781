/** Swedish text of the Tabeller sheet (the tables published reports carry). */
export const tabellerText = {
  title: (p: string) => `Tabeller ${p} – jämförelse årsvis, kön, ålder, hemkommun och uppföljning`,
  formulasNote:
    "Siffrorna är formler över registret där Excel kan räkna som Finsam-rapport; annars värden (se noterna).",
  summa: "Summa",
  share: "Andel",

  yearsHeading: "Jämförelse årsvis",
  yearFirstDay: "Årets första dag",
  yearLastDay: "Årets sista dag",
  yearsTable: (insats: string) => `Jämförelse årsvis – ${insats}`,
  yearsNote:
    "Varje år räknas för hela kalenderåret (1 januari–31 december) med samma regler som perioden.",
  yearsGreenValues:
    "Stegförflyttning är värden, inte formler: registret har avslut med två avslutsorsaker som båda räknas som stegförflyttning.",

  genderCount: "Kön (antal deltagare)",
  genderShare: "Kön (andel av deltagarna)",
  /** The reports' words for the gender categories, by taxonomy key. */
  genderHeading: {
    female: "Kvinnor",
    male: "Män",
    otherOrUnknown: "Annat",
  } as Record<string, string>,

  outcomesByGender: "Avslutsorsak per kön (antal, alla insatser)",
  exitedSum: "Summa avslutade",

  meanAge: "Medelålder",
  meanAgeAll: "Alla deltagare",
  meanAgeNote:
    "Medelålder = periodens slutår − födelseår, medel över periodens deltagare med födelseår eller ålder, en decimal.",
  meanAgeValues:
    "Medelåldern är värden, inte formler: registret har ålder utan födelseår eller födelseår som formler inte kan läsa.",

  municipality: "Hemkommun (deltagare under perioden)",
  referrerByMunicipality: "Remitterande part × hemkommun (deltagare under perioden, alla insatser)",
  referrer: "Remitterande part",

  followUp: "Uppföljning sex månader efter avslut",
  followUpColumns: [
    "Insats",
    "Kohort",
    "Besvarade",
    "Kvarstår",
    "Andel besvarade",
    "Andel som kvarstår",
  ],
  followUpNote:
    "Kohort = avslut med stegförflyttning vars avslutsdatum plus sex kalendermånader infaller under perioden. Besvarade = kohortens rader med Kvarstår eller Kvarstår inte; andel som kvarstår = Kvarstår / besvarade.",
  followUpValues:
    "Uppföljningen är värden, inte formler: perioden börjar eller slutar inte vid ett månadsskifte, eller avslut har två avslutsorsaker som båda räknas som stegförflyttning.",

  planned: "Planerat mot faktiskt antal deltagare",
  plannedColumns: ["Insats", "Planerat", "Faktiskt", "Skillnad", "Andel av planerat"],
  plannedSum: "Summa, insatser med planerat antal",
  plannedNote:
    "Planerat antal från budgettabellen; faktiskt = totalt antal deltagare under perioden. Skillnad = faktiskt − planerat.",
};
