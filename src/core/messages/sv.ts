/**
 * Swedish issue messages (the default catalogue): each says what is wrong and what to do.
 * The location (sheet and cell) travels in the Issue itself; messages
 * name other places only when the user needs them. `en.ts` has the same keys.
 */
const q = (s: string) => `”${s}”`;

export const sv = {
  workbookEmpty: () =>
    "Arbetsboken är tom. Öppna arbetsboken med deltagarregistret och försök igen.",
  nothingFound: (sheets: string[]) =>
    `Hittade varken ett deltagarregister eller en budgettabell (blad: ${sheets.map(q).join(", ")}). ` +
    "Ett register behöver en rubrikrad med minst Deltagar-ID och Inskrivningsdatum ovanför uppgifterna; " +
    "en budgettabell behöver kolumnerna Insats, Tilldelade medel och Använda medel.",

  columnMissing: (header: string, consequence: string) =>
    `Kolumnen ${q(header)} saknas i registret. ${consequence}`,
  insatsColumnMissing: (sheet: string) =>
    `Kolumnen ${q("Insats")} saknas. Alla rader på bladet räknas till insatsen ${q(sheet)} (bladets namn). ` +
    "Lägg till kolumnen Insats eller ange insatsen i inställningarna om det inte stämmer.",
  endMissingConsequence:
    "Utan den kan avslutade och pågående deltagare inte räknas. Lägg till kolumnen Avslutsdatum.",
  reasonMissingConsequence:
    "Utan den kan utfallet inte redovisas. Lägg till kolumnen Avslutsorsak.",
  optionalColumnsMissing: (headers: string[]) =>
    `Registret saknar ${headers.map(q).join(", ")}. Tabellerna för dessa uppgifter blir tomma i sammanställningen; lägg till kolumnerna om ni följer upp dem.`,
  columnDuplicate: (header: string, first: string) =>
    `Kolumnen ${q(header)} betyder samma sak som kolumnen i ${first}, som används. Den här kolumnen läses inte; ta bort eller byt namn på den.`,

  idMissing: () =>
    "Deltagar-ID saknas på raden. Fyll i deltagarens ID (en kod, aldrig personnummer).",
  idDuplicate: (id: string, team: string, otherRow: number) =>
    `Deltagaren ${q(id)} finns redan på rad ${otherRow} i insatsen ${q(team)} med en period som överlappar den här. ` +
    "Ta bort dubbletten, eller rätta datumen om deltagaren har skrivits in på nytt.",
  /** Appended to idDuplicate when the first row is on another sheet. */
  idDuplicateOtherSheet: (sheet: string) => ` (Raden finns på bladet ${q(sheet)}.)`,
  insatsMissing: () =>
    "Insats saknas på raden. Fyll i vilken insats deltagaren är inskriven i; raden räknas annars inte.",
  startMissing: () =>
    "Inskrivningsdatum saknas. Fyll i datumet (ÅÅÅÅ-MM-DD); utan det kan raden inte räknas i någon period.",
  dateUnreadable: (header: string) =>
    `${header}: värdet går inte att läsa som ett datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-03-05.`,
  dateImpossible: (header: string) =>
    `${header}: datumet finns inte i kalendern. Rätta dag eller månad (skriv ÅÅÅÅ-MM-DD).`,
  dateImplausible: (header: string, iso: string) =>
    `${header}: ${iso} är inte ett rimligt datum för en insats. Kontrollera årtalet.`,
  dateOrder: (endIso: string, startIso: string) =>
    `Avslutsdatum ${endIso} ligger före inskrivningsdatum ${startIso}. Rätta något av datumen.`,
  startFuture: (iso: string) =>
    `Inskrivningsdatum ${iso} ligger i framtiden. Kontrollera årtalet; planerade inskrivningar hör inte hemma i registret än.`,
  exitNoDate: () =>
    "Avslutsorsak är ifylld men avslutsdatum saknas. Fyll i avslutsdatum, eller ta bort orsaken om deltagaren är kvar.",
  exitNoReason: () =>
    "Avslutsdatum är ifyllt men avslutsorsak saknas. Fyll i varför deltagaren avslutades.",
  categoryUnknown: (header: string, value: string, labels: string[], suggestion: string | null) =>
    (suggestion
      ? `${header}: ${q(value)} finns inte bland kategorierna. Menade du ${q(suggestion)}? `
      : `${header}: ${q(value)} finns inte bland kategorierna. `) +
    `Använd en av: ${labels.join(", ")} — eller lägg till värdet på bladet ${q("Kategorier")}.`,
  birthYearInvalid: (maxYear: number) =>
    `Födelseåret är inte rimligt. Skriv året med fyra siffror mellan 1920 och ${maxYear}, till exempel 1985.`,
  numberInvalid: (header: string) =>
    `${header}: värdet går inte att läsa som ett tal. Skriv ett heltal, till exempel 3.`,
  yearsInvalid: (header: string, labels: string[]) =>
    `${header}: värdet går inte att läsa. Skriv antal år (till exempel 3) eller en av: ${labels.join(", ")}.`,
  ageRange: (age: number) =>
    `Deltagaren var ${age} år vid inskrivningen, utanför 16–67 år. Kontrollera födelseår och inskrivningsdatum.`,
  valueNormalized: (header: string, value: string, understood: string) =>
    `${header}: ${q(value)} tolkades som ${q(understood)}. Inget fel, men skriv gärna värdet exakt så.`,
  dateNormalized: (header: string, value: string, iso: string) =>
    `${header}: texten ${q(value)} tolkades som datumet ${iso}. Inget fel, men ett riktigt datum (ÅÅÅÅ-MM-DD) fungerar i Excels formler.`,
  timeDropped: (header: string, iso: string) =>
    `${header}: datumet ${iso} har även en tid på dagen. Inget fel; bara datumet räknas.`,
  numberNormalized: (header: string, value: string, n: number) =>
    `${header}: texten ${q(value)} tolkades som talet ${n}. Inget fel, men ett tal fungerar i Excels formler.`,
  errorValue: (value: string) =>
    `Cellen innehåller felvärdet ${value}. Rätta formeln eller skriv in värdet; felvärden räknas inte.`,
  personnummer: () =>
    "Cellen ser ut att innehålla ett personnummer. Registret ska bara ha avidentifierade deltagar-ID: ersätt personnumret med en kod och spara kodnyckeln separat.",
  personnummerLike: () =>
    "Cellen ser ut att innehålla ett personnummer med fel kontrollsiffra – ett felskrivet personnummer pekar ändå ut en person. Ersätt det med en kod och spara kodnyckeln separat.",
  personnummerColumn: (header: string) =>
    `Kolumnen ${q(header)} är till för personnummer. Registret ska bara ha avidentifierade deltagar-ID: ta bort kolumnen och spara kodnyckeln separat och skyddat.`,
  insatsPersonnummer: () =>
    "Insatsen ser ut att vara ett personnummer. Skriv insatsens namn i kolumnen; raden räknas inte förrän det är rättat.",
  nameColumn: (header: string) =>
    `Kolumnen ${q(header)} ser ut att innehålla namn. Registret ska bara ha avidentifierade deltagar-ID: ta bort kolumnen eller flytta den till en separat, skyddad kodnyckel.`,

  amountInvalid: (header: string) =>
    `${header}: beloppet går inte att läsa. Skriv ett tal, gärna med enheten, till exempel 1 250 000 kr eller 1 250 tkr.`,
  budgetDiff: (
    first: { header: string; amount: string },
    second: { header: string; amount: string },
    expected: string,
    stated: string,
    reversed: boolean,
  ) =>
    `${first.header} ${first.amount} minus ${second.header} ${second.amount} är ${expected}, tabellen säger ${stated}.` +
    (reversed
      ? ` Differensen verkar vara räknad åt andra hållet (${second.header} minus ${first.header}); rätta den så att den räknas som tabellens övriga rader.`
      : " Rätta differensen eller beloppen."),
  budgetSum: (
    label: string,
    header: string,
    stated: string,
    sum: string,
    from: number,
    to: number,
  ) =>
    `${q(label)} i kolumnen ${header} är ${stated} men raderna ${from}–${to} summerar till ${sum}. Rätta summan eller raderna (använd gärna en SUMMA-formel).`,
  budgetTotalMissing: () =>
    "Budgettabellen saknar totalrad (Totalt/Summa). Inget fel; sammanställningen räknar totalen själv.",
  unitMixed: (thisUnit: string, tableUnit: string) =>
    `Beloppet anges i ${thisUnit} men tabellen i övrigt i ${tableUnit}. Använd en enhet i hela tabellen.`,
  unitAssumed: () =>
    "Budgettabellen anger ingen enhet; beloppen läses som kronor. Skriv kr eller tkr i rubriken (till exempel ”Budget (tkr)”) om det inte stämmer.",
  budgetRowNoInsats: () =>
    "Raden har belopp men ingen insats. Fyll i insatsens namn, eller skriv Totalt om det är totalraden.",
  budgetDuplicateRow: (insats: string, otherRow: number) =>
    `Insatsen ${q(insats)} finns redan på rad ${otherRow} i budgettabellen. Slå ihop raderna.`,
  budgetNoParticipants: (insats: string) =>
    `Insatsen ${q(insats)} har budget men inga deltagare i registret. Kontrollera att insatsen heter likadant i registret och i budgeten.`,
  budgetNone: () =>
    "Arbetsboken har ingen budgettabell, så sammanställningen saknar budget mot utfall och kostnad per deltagare. " +
    "En budgettabell behöver en rubrikrad med Budget (eller Tilldelade medel) och Utfall (eller Använda medel), en kolumn med insatsernas namn " +
    "och året i rubriken eller i en titel ovanför, till exempel ”Budget och utfall 2024”.",
  budgetSheetNone: (sheet: string, found: string[]) =>
    `Bladet ${q(sheet)} har ingen budgettabell som Finsam-rapport kan läsa.` +
    (found.length
      ? ` Budgettabeller finns på ${found.map(q).join(", ")}.`
      : " Arbetsboken har ingen budgettabell."),
  budgetYearNone: (year: number | string, found: string) =>
    `Ingen budgettabell gäller ${year}: ${found}. Budget mot utfall och kostnad per deltagare visas inte för ${year}. ` +
    "Lägg till budgeten för året (med året i rubriken eller titeln), eller välj en period som budgeten gäller.",
  budgetYearUnnamed: (table: string, year: number) =>
    `Budgettabellen ${table} anger inget år; den används för ${year}. ` +
    `Skriv året i en rubrik (”Utfall ${year}”), i en titel ovanför tabellen (”Budget och utfall ${year}”) eller i bladets namn, så att rätt års budget alltid används.`,
  budgetPeriodSpansYears: (period: string) =>
    `Perioden ${period} omfattar mer än ett kalenderår. En budgettabell gäller ett år, så budget mot utfall och kostnad per deltagare visas inte; välj ett kalenderår eller en del av ett år.`,
  budgetPeriodNotYear: (period: string, year: number) =>
    `Perioden ${period} är inte ett helt kalenderår, men utfallet i budgeten gäller ${year}. ` +
    "Kostnad per deltagare räknas därför inte (helårets utfall delat med en kortare periods deltagare blir fel). Välj perioden " +
    `${year} för kostnad per deltagare.`,
  /** Where a budget table is: "på bladet ”Ekonomi” (rubrikrad 3)" (1-based header row). */
  tablePlace: (sheet: string, headerRow: number) =>
    `på bladet ${q(sheet)} (rubrikrad ${headerRow})`,
  /** A table and the year it names, for budgetYearNone's list. */
  tableYear: (place: string, year: number | null) => `tabellen ${place} gäller ${year}`,
  /** A budget table's utfall cell, for budgetActualConflict. */
  tableCell: (place: string, cell: string) => `tabellen ${place}, cell ${cell}`,
  /** A budget table's utfall cell, for costTableCost. */
  sheetCell: (sheet: string, cell: string) => `bladet ${q(sheet)}, cell ${cell}`,
  /** A cost table's total cost cell, for budgetActualConflict. */
  costTableCell: (sheet: string, cell: string) =>
    `kostnadstabellen på bladet ${q(sheet)}, cell ${cell}`,
  periodInvalid: (from: string, to: string) =>
    `Perioden ${from}–${to} är inte giltig. Ange datum som ÅÅÅÅ-MM-DD, från före till.`,
  budgetActualConflict: (insats: string, here: string, other: string, otherPlace: string) =>
    `Insatsen ${q(insats)} har utfallet ${here} här men ${other} i ${otherPlace}. Samma insats ska ha samma utfall i alla tabeller; rätta den som är fel.`,
  costTableCost: (insats: string, stated: string, actual: string, budgetPlace: string) =>
    `Total kostnad för ${q(insats)} är ${stated} men utfallet i budgettabellen (${budgetPlace}) är ${actual}. Rätta den som är fel.`,
  costTableCount: (insats: string, stated: number, counted: number, period: string) =>
    `Antal deltagare för ${q(insats)} är ${stated} men registret har ${counted} deltagare under ${period}. Kontrollera antalet eller registret.`,
  costTableDivision: (stated: string, cost: string, count: number, expected: string) =>
    `Kostnad per deltagare är ${stated} men ${cost} delat med ${count} deltagare är ${expected}. Rätta beräkningen.`,
  costTableNoBudget: (insats: string) =>
    `Insatsen ${q(insats)} finns i kostnadstabellen men inte i budgettabellen. Kontrollera att namnen är lika.`,
  budgetRowMissing: (insats: string, budgetSheet: string) =>
    `Insatsen ${q(insats)} har deltagare men ingen rad i budgettabellen på bladet ${q(budgetSheet)}. Lägg till en rad, eller kontrollera att namnen är lika.`,

  categoriesColumnsMissing: () =>
    `Bladet ${q("Kategorier")} behöver rubrikerna Fält, Kategori, Synonymer och Stegförflyttning. Standardkategorierna används tills vidare.`,
  categoriesFieldUnknown: (value: string) =>
    `${q(value)} är inget fält i registret. Skriv till exempel Avslutsorsak, Kön, Utbildningsnivå, Försörjning före eller Remitterande part.`,
  categoriesGreenInvalid: (value: string) =>
    `Stegförflyttning ${q(value)} ska vara Ja eller Nej. Kategorin räknas tills vidare inte som stegförflyttning.`,
};

/** A message catalogue: every language has the keys and signatures of the Swedish one. */
export type Messages = typeof sv;
