/** The Swedish text of the register template, its Kategorier sheet and its drop-downs. */
export const templateText = {
  registerSheet: "Deltagarregister",
  registerTable: "Deltagarregister",
  kategorierTitle: "Kategorier för registret",
  kategorierNote:
    "Ett fält som står här ersätter standardlistan för det fältet: bara kategorierna på dess rader gäller, i den ordningen. " +
    "Rullistorna i registret hämtar sina val härifrån. Synonymer skiljs med semikolon; Stegförflyttning (Ja/Nej) gäller avslutsorsaker. " +
    "Skriv era insatser på raderna för Insats.",
  kategorierHeaders: ["Fält", "Kategori", "Synonymer", "Stegförflyttning"],
  /** Fält for both income fields when their lists are the same (read as both). */
  incomeBoth: "Försörjning",
  yes: "Ja",
  no: "Nej",
  /** Error dialogs of the add-in's own validations carry this title: how they are recognised again. */
  marker: "Finsam-rapport",
  listPrompt: "Välj i listan. Listan finns på bladet Kategorier.",
  listPromptOpen: "Välj i listan eller skriv en egen. Förslagen finns på bladet Kategorier.",
  listPromptTwo:
    "Välj i listan. Två orsaker skrivs med semikolon: Arbete; Studier. Listan finns på bladet Kategorier.",
  listError:
    "Värdet finns inte i listan. Välj ett värde i listan, eller lägg till det på bladet Kategorier.",
  listWarning: "Värdet finns inte i listan på bladet Kategorier. Vill du ändå använda det?",
  datePrompt: "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-03-05.",
  dateError: (min: string, max: string) =>
    `Skriv ett datum som ÅÅÅÅ-MM-DD mellan ${min} och ${max}.`,
  endPrompt: "Skriv datumet som ÅÅÅÅ-MM-DD. Avslutsdatum får inte vara före inskrivningsdatum.",
  endError: "Skriv ett datum som ÅÅÅÅ-MM-DD, samma dag som inskrivningsdatum eller senare.",
  yearPrompt: (max: number) => `Skriv året med fyra siffror, 1900–${max}.`,
  yearError: (max: number) => `Födelseår ska vara ett helt år mellan 1900 och ${max}.`,
} as const;
