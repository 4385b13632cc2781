import type { Lang } from "../../core/messages/catalogue";

/** The task pane's Swedish text (the product's language). `en.ts` must have every key. */
export const sv = {
  /** The language of this text: the engine writes issue messages and rule titles in it too. */
  lang: "sv" as Lang,
  appName: "Finsam-rapport",
  intro:
    "Finsam-rapport kontrollerar deltagarregistret och budgettabellen och hittar felen innan de hamnar i årsrapporten. Sedan skapar den standardbladen: resultat, budget mot utfall och kostnad per deltagare.",
  privacy: "Allt sker på din dator – inget skickas någonstans.",
  tabs: {
    start: "Start",
    check: "Kontrollera",
    report: "Sammanställ",
    settings: "Inställningar",
    label: "Sidor",
  },
  file: {
    choose: "Välj Excel-fil",
    chooseMore: "Välj andra filer",
    drop: "…eller dra registret hit (.xlsx). Du kan välja flera filer, en per team.",
    dropLabel: "Släpp Excel-filer här",
    tooLarge: (name: string, mb: number) =>
      `Filen ”${name}” är ${mb} MB, för stor för webbsidan. Ta bort andra blad än registret och budgeten, eller använd kommandoradsverktyget.`,
    notXlsx: (name: string) =>
      `”${name}” är ingen Excel-arbetsbok (.xlsx), OpenDocument-fil (.ods) eller CSV-fil (.csv). Spara registret som .xlsx i Excel och välj det igen.`,
  },
  found: {
    heading: "Det här hittades",
    register: (sheets: string, rows: number, insatser: number) =>
      `Register: ${sheets}, ${rows} ${rows === 1 ? "deltagarrad" : "deltagarrader"} i ${insatser} ${insatser === 1 ? "insats" : "insatser"}`,
    sheet: (name: string) => `blad ”${name}”`,
    noRegister:
      "Register: hittades inte. Registret behöver en rubrikrad med minst Deltagar-ID och Inskrivningsdatum.",
    budget: (tables: string) => `Budget: ${tables}`,
    budgetTable: (sheet: string, year: string, unit: string) => `blad ”${sheet}”, ${year}, ${unit}`,
    noBudget: "Budget: ingen budgettabell hittades (kostnaderna kan då inte räknas).",
    files: (names: string) => `Filer: ${names}`,
  },
  mapping: {
    heading: "Kolumner",
    help: "Så tolkades kolumnerna. Ändra om något blev fel.",
    sheetHeading: (sheet: string, row: number) => `Blad ”${sheet}”, rubriker på rad ${row}`,
    none: "(ingen kolumn)",
    fieldLabel: (field: string) => `Kolumn för ${field}`,
    fields: {
      id: "Deltagar-ID",
      insats: "Insats",
      gender: "Kön",
      birthYear: "Födelseår",
      age: "Ålder vid inskrivning",
      municipality: "Hemkommun",
      referrer: "Remitterande part",
      start: "Inskrivningsdatum",
      end: "Avslutsdatum",
      exitReason: "Avslutsorsak",
      incomeBefore: "Försörjning före",
      incomeAfter: "Försörjning efter",
      education: "Utbildningsnivå",
      yearsOnBenefits: "Tid i offentlig försörjning",
      followUp: "Uppföljning 6 mån",
    } as Record<string, string>,
  },
  budget: {
    label: "Budgettabell",
    auto: "Automatiskt (periodens år)",
    hint: "Automatiskt används budgettabellerna för sammanställningens år. Välj ett blad för att bara använda budgettabellerna där.",
    option: (sheet: string, years: string) => `${sheet} – ${years}`,
    noYear: "inget år",
    none: "Ingen budgettabell hittades, så sammanställningen får ingen budget mot utfall eller kostnad per deltagare. En budgettabell behöver en rubrikrad med insatsernas kolumn (till exempel Insats), Budget (eller Tilldelade medel) och Utfall (eller Använda medel), och året i rubriken eller i en titel ovanför, till exempel ”Budget och utfall 2024”.",
    used: (tables: string) => `Budgettabell: ${tables}`,
  },
  excel: {
    read: "Läs arbetsboken",
    readAgain: "Läs arbetsboken igen",
    intro: "Tillägget läser den öppna arbetsboken. Läs in den igen om du har ändrat något.",
    mark: "Markera i bladet",
    unmark: "Ta bort markeringar",
    marked: (n: number) =>
      `${n} celler med fel är markerade i bladen. Markeringen ändrar inte cellernas egen formatering.`,
    differences: (n: number) =>
      `Excel räknade ${n} ${n === 1 ? "siffra" : "siffror"} annorlunda än Finsam-rapport. Kontrollera raderna nedan och registrets celler de bygger på:`,
    difference: (sheet: string, cell: string, engine: string, excel: string) =>
      `${sheet}!${cell}: Finsam-rapport ${engine}, Excel ${excel}`,
  },
  check: {
    run: "Kontrollera registret",
    again: "Kontrollera igen",
    empty: "Välj en fil på Start-sidan först.",
    summary: (e: number, w: number, i: number) =>
      `${e} fel, ${w} ${w === 1 ? "varning" : "varningar"}, ${i} info`,
    clean: "Inga problem hittades. Registret och budgeten ser rätt ut.",
    filterSeverity: "Visa",
    filterSheet: "Blad",
    allSheets: "Alla blad",
    severity: { error: "Fel", warning: "Varningar", info: "Info" } as Record<string, string>,
    severityOne: { error: "Fel", warning: "Varning", info: "Info" } as Record<string, string>,
    value: "Värde",
    suggestion: (s: string) => `Förslag: ${s}`,
    showCell: (cell: string) => `Visa ${cell}`,
    previewHeading: (sheet: string, row: number) => `Blad ”${sheet}”, rad ${row}`,
    closePreview: "Stäng",
    more: (n: number) => `Visa ${n} till`,
    groupCount: (n: number) => `${n} st`,
  },
  repair: {
    heading: "Rätta registret",
    intro:
      "Så här kan registrets celler skrivas så att Excels formler läser dem som kontrollen gör. Då blir sammanställningens siffror levande formler. Celler som kräver ett beslut (okända kategorier, omöjliga datum, dubbletter) ändras inte.",
    count: (n: number) => `${n} ${n === 1 ? "cell" : "celler"}`,
    example: (cell: string, before: string, after: string) => `${cell}: ${before} → ${after}`,
    more: (n: number) => `… och ${n} till`,
    empty: "(tom)",
    run: "Rätta registret",
    confirm: (n: number) =>
      `${n} ${n === 1 ? "cell" : "celler"} i registret skrivs om enligt listan. Du kan ångra med Ångra här i fönstret så länge tillägget är öppet.`,
    apply: (n: number) => `Rätta ${n} ${n === 1 ? "cell" : "celler"}`,
    cancel: "Avbryt",
    done: (n: number) => `${n} ${n === 1 ? "cell" : "celler"} rättades.`,
    undoNote:
      "Excels egen Ångra omfattar inte ändringar som ett tillägg gör. Använd knappen Ångra här; den återställer varje cells tidigare värde och talformat så länge tillägget är öppet.",
    undo: "Ångra",
    download: "Ladda ner rättad fil",
    downloadHint:
      "En kopia av filen med cellerna rättade; originalfilen ändras inte. Öppna kopian och skapa sammanställningen från den.",
    downloaded: (n: number, file: string) =>
      `${file} med ${n} ${n === 1 ? "rättad cell" : "rättade celler"} laddades ner.`,
  },
  report: {
    empty: "Välj en fil på Start-sidan först.",
    period: "Period",
    year: "År",
    custom: "Eget intervall",
    from: "Från",
    to: "Till",
    badPeriod: "Ange perioden som ÅÅÅÅ-MM-DD, med från-datumet före till-datumet.",
    insatser: "Insatser",
    sheets: "Blad att skapa",
    sheetNames: {
      resultat: "Resultat",
      budget: "Budget mot utfall",
      kostnad: "Kostnad per deltagare",
      tabeller: "Tabeller (årsvis, kön, ålder, hemkommun)",
      kontroll: "Kontroll",
    } as Record<string, string>,
    hideSmall: "Visa antal under 3 som .. (för publicering)",
    create: "Skapa sammanställning",
    noInsatser: "Välj minst en insats.",
    noRegister:
      "Det finns inget deltagarregister att sammanställa. Registret behöver en rubrikrad med minst Deltagar-ID och Inskrivningsdatum ovanför uppgifterna (rubriker och instruktioner får stå före); se Start.",
    done: "Sammanställningen är klar",
    madeSheets: "Bladen som skapades:",
    renamed: (wanted: string, used: string) =>
      `Bladet ”${wanted}” fanns redan och skapades inte av Finsam-rapport; det nya bladet heter ”${used}”.`,
    valuesNote: (insatser: string[]) =>
      `Siffrorna för ${insatser.map((i) => `”${i}”`).join(", ")} och totalen skrevs som värden, inte formler, eftersom registret har rader eller celler som formler inte kan räkna som Finsam-rapport gör (till exempel datum skrivna som text). De listas på bladet Kontroll. Rätta registret på sidan Kontrollera (eller cellerna själv) och skapa sammanställningen igen för att få formler som uppdateras.`,
    fixes: (n: number) =>
      `${n} celler med text-datum, synonymer eller extra mellanslag skrevs om i rapportens kopia (listas på bladet Kontroll). Originalfilen är oförändrad.`,
    download: "Ladda ner rapporten",
    downloadHint: "Originalarbetsboken med rapportbladen tillagda. Din fil ändras inte.",
    downloadReportOnly: "Ladda ner endast rapporten",
    downloadReportOnlyHint:
      "Bara rapportbladen, som värden, utan registret och dess personuppgifter – för att dela och publicera.",
    conflict: (insats: string, a: string, b: string) =>
      `Insatsen ”${insats}” finns i både ${a} och ${b} med olika rader. Ta bort den ur en av filerna och försök igen.`,
    participants: (n: number, period: string) => `${n} deltagare under ${period}`,
    outcomesChart: "Avslutsorsak per insats (antal avslutade)",
    incomeChart: "Försörjning före och efter (totalt)",
    before: "Före (deltagare)",
    after: "Efter (avslutade)",
    chartTable: "Diagrammets siffror",
    yearsChart: "Jämförelse årsvis (totalt)",
    yearsSeries: { total: "Totalt", new: "Nya", exited: "Avslutade" },
    genderChart: "Deltagare per kön (totalt)",
    participantsSeries: "Deltagare",
  },
  pane: {
    nextStep: "Nästa steg:",
    next: {
      open: "Välj en fil",
      read: "Läs arbetsboken",
      check: "Kontrollera",
      report: "Skapa sammanställning",
      download: "Ladda ner",
    } as Record<string, string>,
    errors: (n: number) => `${n} fel`,
    warnings: (n: number) => `${n} ${n === 1 ? "varning" : "varningar"}`,
    infos: (n: number) => `${n} info`,
    countsLabel: (summary: string) => `${summary}. Visa på Kontrollera`,
    sample: "Prova med exempelfilen",
    sampleHint: "Ett påhittat register med budget, inbyggt i sidan.",
    sampleFailed:
      "Exempelfilen kunde inte läsas in. Öppna sidan från en webbserver (inte som fil) eller välj en egen fil.",
  },
  teams: {
    heading: "Teamens register",
    help: "För förbundets sammanställning: välj teamens arbetsböcker (.xlsx). De läses på din dator – inget skickas. Varje teams register kopieras till ett eget blad i den här arbetsboken, som Finsam-rapport äger. Hämtar du samma fil igen ersätts bara det teamets blad; dina egna blad ändras aldrig.",
    choose: "Hämta teamens register",
    inputLabel: "Välj teamens arbetsböcker",
    notXlsx: (name: string) =>
      `”${name}” är ingen Excel-arbetsbok (.xlsx eller .xlsm). Spara den som .xlsx i Excel och välj den igen.`,
    listHeading: "Hämtade register",
    sheet: (sheet: string, file: string) => `Bladet ”${sheet}” från ${file}`,
    dates: (fileDate: string | null, imported: string) =>
      fileDate ? `filen ändrad ${fileDate}, hämtad ${imported}` : `hämtad ${imported}`,
    rows: (n: number) => `${n} ${n === 1 ? "deltagarrad" : "deltagarrader"}`,
    done: (n: number) =>
      `${n} blad hämtades. Skapa sammanställning på sidan Sammanställ räknar nu alla team med formler över bladen.`,
    noRegister: (file: string) =>
      `${file}: inget deltagarregister hittades, så inget kopierades. Registret behöver en rubrikrad med minst Deltagar-ID och Inskrivningsdatum.`,
    unreadable: (file: string, message: string) => `${file}: ${message}`,
    conflict: (insats: string, a: string, b: string) =>
      `Insatsen ”${insats}” finns i både ${a} och ${b} med olika rader. Sammanställningen kan inte skapas förrän den bara finns i en av filerna: rätta filen och hämta den igen.`,
  },
  progress: {
    reading: "Läser arbetsboken…",
    checking: "Kontrollerar registret…",
    counting: "Räknar sammanställningen…",
    writing: "Skriver rapportbladen…",
  } as Record<string, string>,
  settings: {
    heading: "Kategorier",
    help: "Så här tolkas värdena i registret. Lägg till ett blad som heter Kategorier med kolumnerna Fält, Kategori, Synonymer (;-separerade) och Stegförflyttning (Ja/Nej) för att använda egna kategorier; raderna styr ordningen i rapporten.",
    fromSheet: "Från bladet Kategorier",
    defaults: "Standard",
    green: "stegförflyttning",
    synonyms: (s: string) => `Tolkas även: ${s}`,
    empty: "Välj en fil på Start-sidan för att se arbetsbokens kategorier.",
  },
  // The register template and drop-downs (issue 13).
  template: {
    heading: "Registermall och rullistor",
    help: "Rullistorna hämtar sina val från bladet Kategorier. Ett fält som står på bladet Kategorier ersätter standardlistan för det fältet: bara kategorierna på dess rader gäller.",
    newTemplate: "Ny registermall",
    newTemplateWeb:
      "Laddar ner en ny arbetsbok med ett tomt register som Excel-tabell, rullistor, datumkontroll och bladet Kategorier. Har du valt en fil används dess kategorier och insatser.",
    newTemplateExcel:
      "Lägger till ett nytt blad med ett tomt register som Excel-tabell, rullistor och datumkontroll, och bladet Kategorier om arbetsboken saknar det. Inga befintliga blad skrivs över.",
    addDropDowns: "Lägg till rullistor",
    addDropDownsHelp:
      "Lägger rullistor, datumkontroll och kontroll av födelseår på registrets kolumner. Inga värden ändras, och kolumner med egna datavalideringar lämnas som de är.",
    removeDropDowns: "Ta bort rullistor",
    noRegister: "Hittade inget register att lägga rullistor på.",
    sheets: (register: string, kategorier: string, written: boolean) =>
      written
        ? `Skapade bladen ”${register}” och ”${kategorier}”.`
        : `Skapade bladet ”${register}”. Rullistorna har kategorierna från ert eget blad ”${kategorier}”, som inte ändrades.`,
    added: (sheets: string[], columns: number) =>
      columns
        ? `La till rullistor och kontroller i ${columns} ${columns === 1 ? "kolumn" : "kolumner"} på ${sheets.map((s) => `”${s}”`).join(", ")}.`
        : "Inga kolumner fick rullistor: de har redan egna datavalideringar.",
    removed: (columns: number) =>
      columns
        ? `Tog bort tilläggets rullistor från ${columns} ${columns === 1 ? "kolumn" : "kolumner"}.`
        : "Det fanns inga rullistor från tillägget att ta bort.",
    downloaded: (file: string) => `Registermallen ${file} har laddats ner.`,
  },
  // Editing the categories in Inställningar (issue 13).
  categoriesEdit: {
    meaning:
      "Ändrar du ett fält här skrivs det på bladet Kategorier, och där ersätter det standardlistan för fältet: bara kategorierna i listan gäller, i den ordningen. Fält du inte ändrar behåller sin lista.",
    label: "Kategori",
    synonyms: "Tolkas även (skilj med ;)",
    green: "Stegförflyttning",
    up: (label: string) => `Flytta ”${label}” upp`,
    down: (label: string) => `Flytta ”${label}” ned`,
    remove: (label: string) => `Ta bort ”${label}”`,
    add: "Lägg till kategori",
    newLabel: "Ny kategori",
    save: "Spara kategorierna",
    savedExcel: (sheet: string) =>
      `Kategorierna är sparade på bladet ”${sheet}”. Tilläggets rullistor visar de nya listorna.`,
    savedWeb:
      "Kategorierna gäller nu för kontrollen och registermallen i den här sessionen. Din fil ändras inte; ladda ner en ny registermall för att få dem i en fil.",
    refused: (sheet: string) =>
      `Bladet ”${sheet}” är arbetsbokens eget, och tillägget skriver aldrig över det. Ändra kategorierna direkt på bladet.`,
    unknownHeading: "Värden i registret som de ändrade listorna inte längre känner igen:",
    unknownValue: (value: string, column: string, count: number) =>
      `”${value}” (${column}): ${count} ${count === 1 ? "cell" : "celler"}`,
  },
  errors: {
    unexpected:
      "Något gick fel när arbetsboken bearbetades. Ingenting har ändrats i din fil. Försök igen, eller kontrollera att filen är ett deltagarregister.",
    dismiss: "Stäng meddelandet",
  },
};

export type Strings = typeof sv;
