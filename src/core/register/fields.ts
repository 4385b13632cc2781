import { normalizeKey } from "../parse/text";

/** The register's columns (docs/domain.md, "The participant register"). */
export type FieldKey =
  | "id"
  | "insats"
  | "gender"
  | "birthYear"
  | "age"
  | "municipality"
  | "referrer"
  | "start"
  | "end"
  | "exitReason"
  | "incomeBefore"
  | "incomeAfter"
  | "education"
  | "yearsOnBenefits"
  | "followUp";

interface FieldHeaders {
  canonical: string;
  synonyms: string[];
}

export const FIELD_HEADERS: Record<FieldKey, FieldHeaders> = {
  id: {
    canonical: "Deltagar-ID",
    synonyms: [
      "ID",
      "Deltagare",
      "Deltagarnummer",
      "Deltagarnr",
      "Deltagarkod",
      "Löpnummer",
      "Löpnr",
      "Kod",
      "Nr",
    ],
  },
  insats: { canonical: "Insats", synonyms: ["Team", "Samordningsteam", "Verksamhet", "Enhet"] },
  gender: { canonical: "Kön", synonyms: ["Kon", "Kvinna/Man"] },
  birthYear: { canonical: "Födelseår", synonyms: ["Född", "Födelseår (ÅÅÅÅ)", "Födelseår ÅÅÅÅ"] },
  age: { canonical: "Ålder vid inskrivning", synonyms: ["Ålder"] },
  municipality: {
    canonical: "Hemkommun",
    synonyms: ["Kommun", "Bostadskommun", "Hemvist", "Folkbokföringskommun"],
  },
  referrer: {
    canonical: "Remitterande part",
    synonyms: ["Remittent", "Anvisande part", "Aktualiserad av", "Remitterande myndighet"],
  },
  start: {
    canonical: "Inskrivningsdatum",
    synonyms: ["Startdatum", "Inskriven", "Start", "Datum för inskrivning"],
  },
  end: {
    canonical: "Avslutsdatum",
    synonyms: ["Slutdatum", "Avslutad", "Utskriven", "Datum för avslut"],
  },
  exitReason: {
    canonical: "Avslutsorsak",
    synonyms: ["Avslutsanledning", "Avslut till", "Orsak till avslut"],
  },
  incomeBefore: {
    canonical: "Försörjning före",
    synonyms: ["Försörjningskälla före insats", "Försörjningskälla före", "Ersättning före"],
  },
  incomeAfter: {
    canonical: "Försörjning efter",
    synonyms: ["Försörjningskälla efter insats", "Försörjningskälla efter", "Ersättning efter"],
  },
  education: {
    canonical: "Utbildningsnivå",
    synonyms: ["Högsta utbildning", "Högsta slutförda utbildning"],
  },
  yearsOnBenefits: {
    canonical: "Tid i offentlig försörjning (år)",
    synonyms: [
      "Tid i offentlig försörjning",
      "År i offentlig försörjning",
      "Tid i offentlig försörjning före insats",
    ],
  },
  followUp: {
    canonical: "Uppföljning 6 mån",
    synonyms: ["Uppföljning efter 6 månader", "Uppföljning sex månader", "6 mån uppföljning"],
  },
};

export const FIELD_KEYS = Object.keys(FIELD_HEADERS) as FieldKey[];

const HEADER_INDEX: Map<string, FieldKey> = (() => {
  const m = new Map<string, FieldKey>();
  for (const key of FIELD_KEYS) {
    const h = FIELD_HEADERS[key];
    for (const name of [h.canonical, ...h.synonyms]) {
      const norm = normalizeKey(name);
      if (!m.has(norm)) m.set(norm, key);
    }
  }
  return m;
})();

const PARENTHESIS = /\([^)]*\)/g;

/**
 * The field a header names, ignoring case, spaces, punctuation and å/ä/ö;
 * a trailing note in parentheses ("Inskrivningsdatum (ÅÅÅÅ-MM-DD)") is ignored too.
 */
export function fieldForHeader(text: string): FieldKey | null {
  const norm = normalizeKey(text);
  if (!norm) return null;
  const direct = HEADER_INDEX.get(norm);
  if (direct) return direct;
  const stripped = normalizeKey(text.replace(PARENTHESIS, " "));
  return (stripped && HEADER_INDEX.get(stripped)) || null;
}

/** Headers that look like a column of people's names (a privacy risk). */
const NAME_HEADERS = new Set(
  [
    "Namn",
    "Förnamn",
    "Efternamn",
    "Tilltalsnamn",
    "Fullständigt namn",
    "Förnamn och efternamn",
    "Deltagarens namn",
    "Deltagarnamn",
    "Klient",
    "Klientens namn",
    "Brukare",
    "Person",
    "Kontaktperson",
    "Kontakt",
    "Handläggare",
    "Name",
    "First name",
    "Last name",
    "Surname",
  ].map(normalizeKey),
);

export function looksLikeNameHeader(text: string): boolean {
  const norm = normalizeKey(text);
  return (
    NAME_HEADERS.has(norm) ||
    (norm.endsWith("namn") &&
      norm.length <= 20 &&
      !norm.endsWith("kommunnamn") &&
      !norm.endsWith("insatsnamn") &&
      !norm.endsWith("teamnamn"))
  );
}

const PERSONNUMMER_HEADERS = new Set(
  [
    "Personnummer",
    "Pnr",
    "Personnr",
    "Person nr",
    "Pers nr",
    "Persnr",
    "Samordningsnummer",
    "Personnummer/samordningsnummer",
    "Födelsenummer",
  ].map(normalizeKey),
);

/** A header that says its column holds personnummer, whatever the values look like. */
export function looksLikePersonnummerHeader(text: string): boolean {
  return PERSONNUMMER_HEADERS.has(normalizeKey(text.replace(/\([^)]*\)/g, " ")));
}
