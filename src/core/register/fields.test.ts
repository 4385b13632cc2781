import { fieldForHeader, looksLikeNameHeader } from "./fields";

describe("fieldForHeader", () => {
  test.each([
    ["Deltagar-ID", "id"],
    ["deltagar id", "id"],
    ["LÖPNUMMER", "id"],
    ["Insats", "insats"],
    ["Samordningsteam", "insats"],
    ["Kon", "gender"],
    ["Kvinna/Man", "gender"],
    ["Födelseår (ÅÅÅÅ)", "birthYear"],
    ["Fodelsear", "birthYear"],
    ["Ålder", "age"],
    ["Folkbokföringskommun", "municipality"],
    ["Aktualiserad av", "referrer"],
    ["Datum för inskrivning", "start"],
    ["Inskrivningsdatum (ÅÅÅÅ-MM-DD)", "start"],
    ["  Startdatum ", "start"],
    ["Utskriven", "end"],
    ["Orsak till avslut", "exitReason"],
    ["Försörjningskälla före insats", "incomeBefore"],
    ["Ersättning efter", "incomeAfter"],
    ["Högsta slutförda utbildning", "education"],
    ["Tid i offentlig försörjning (år)", "yearsOnBenefits"],
    ["År i offentlig försörjning", "yearsOnBenefits"],
    ["Uppföljning 6 mån", "followUp"],
    ["Uppföljning efter 6 månader", "followUp"],
    ["Uppföljning sex månader", "followUp"],
    ["6 mån uppföljning", "followUp"],
  ])("%s → %s", (header, key) => {
    expect(fieldForHeader(header)).toBe(key);
  });

  test.each(["Kommentar", "Handläggare", "", "   ", "Datum"])("%s is no field", (header) => {
    expect(fieldForHeader(header)).toBeNull();
  });
});

describe("looksLikeNameHeader", () => {
  test.each(["Namn", "Förnamn", "efternamn", "Deltagarens namn", "Tilltalsnamn"])(
    "%s looks like names",
    (h) => expect(looksLikeNameHeader(h)).toBe(true),
  );
  test.each(["Kommunnamn", "Insatsnamn", "Deltagar-ID", "Kommentar"])("%s does not", (h) =>
    expect(looksLikeNameHeader(h)).toBe(false),
  );
});
