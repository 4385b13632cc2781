import type { Category, CategoryField, FieldTaxonomy, Taxonomy } from "./types";

type Row = [key: string, label: string, green: boolean, synonyms: string[]];

const cat = ([key, label, green, synonyms]: Row): Category => ({ key, label, green, synonyms });

/** The default taxonomy of docs/domain.md; a workbook's `Kategorier` sheet replaces it per field. */
const DEFAULTS: Record<CategoryField, { open: boolean; rows: Row[] }> = {
  exitReason: {
    open: false,
    rows: [
      ["dropout", "Drop-out", false, ["Avbrott", "Avbröt", "Drop out", "Dropout", "Avhopp"]],
      [
        "work",
        "Arbete",
        true,
        ["Anställning", "Till arbete", "Lönearbete", "Anställning med lönestöd"],
      ],
      ["studies", "Studier", true, ["Till studier", "Utbildning"]],
      [
        "jobSeeking",
        "Aktivt arbetssökande",
        true,
        ["Arbetssökande", "Till Af", "Aktivt arbetssökande (till Af)"],
      ],
      [
        "continuedRehab",
        "Fortsatt aktiv rehabilitering",
        true,
        [
          "Fortsatt arbetslivsinriktad rehabilitering",
          "Förstärkt samverkan",
          "Fortsatt rehabilitering utan behov av samordnat stöd",
        ],
      ],
      [
        "medicalRehab",
        "Medicinsk rehabilitering",
        false,
        ["Åter till vården", "Sjukersättning", "Vård"],
      ],
      [
        "other",
        "Övrigt",
        false,
        ["Övriga", "Flytt", "Föräldraledighet", "Övrigt (flytt, föräldraledighet m.m.)"],
      ],
    ],
  },
  gender: {
    open: false,
    rows: [
      ["female", "Kvinna", false, ["K", "Kvinnor", "Female"]],
      ["male", "Man", false, ["M", "Män", "Male"]],
      [
        "otherOrUnknown",
        "Annat/ej angivet",
        false,
        ["Annat", "Ej angivet", "Vill ej uppge", "Icke-binär", "Okänt"],
      ],
    ],
  },
  education: {
    open: false,
    rows: [
      [
        "primary",
        "Förgymnasial",
        false,
        ["Förgymnasial utbildning", "Grundskola", "Grundskoleutbildning"],
      ],
      [
        "secondary",
        "Gymnasial",
        false,
        ["Gymnasial utbildning", "Gymnasium", "Gymnasieskola", "Gymnasieutbildning"],
      ],
      [
        "postSecondaryShort",
        "Eftergymnasial mindre än 3 år",
        false,
        ["Eftergymnasial kortare än 3 år", "Eftergymnasial utbildning mindre än 3 år"],
      ],
      [
        "postSecondaryLong",
        "Eftergymnasial 3 år eller mer",
        false,
        [
          "Eftergymnasial minst 3 år",
          "Eftergymnasial 3 år eller längre",
          "Eftergymnasial utbildning 3 år eller mer",
        ],
      ],
      ["unknown", "Uppgift saknas", false, ["Okänd", "Okänt", "Saknas", "Vet ej"]],
    ],
  },
  incomeBefore: { open: false, rows: [] },
  incomeAfter: { open: false, rows: [] },
  referrer: {
    open: true,
    rows: [
      ["fk", "Försäkringskassan", false, ["FK", "Försäkringskassa"]],
      ["af", "Arbetsförmedlingen", false, ["Af", "Arbetsförmedling"]],
      [
        "municipality",
        "Kommun",
        false,
        ["Kommunen", "Socialtjänsten", "Försörjningsstöd", "KAA", "LSS"],
      ],
      [
        "region",
        "Region",
        false,
        [
          "Regionen",
          "Psykiatri",
          "Psykiatrin",
          "Vårdcentral",
          "Vårdcentralen",
          "Habilitering",
          "Habiliteringen",
        ],
      ],
      ["self", "Egen anmälan", false, ["Egen", "Självremiss", "Eget initiativ"]],
      ["other", "Annan", false, ["Annat", "Övrigt", "Övriga"]],
    ],
  },
  yearsOnBenefits: {
    open: false,
    rows: [
      ["none", "Ingen", false, ["Inga", "Ingen tid"]],
      ["under1", "Under 1 år", false, ["Mindre än 1 år", "Kortare än 1 år", "< 1 år", "0 år"]],
      ["y1to3", "1–3 år", false, []],
      ["y4to6", "4–6 år", false, []],
      [
        "y7plus",
        "7 år eller mer",
        false,
        ["7 år eller längre", "Mer än 7 år", "7+ år", "Minst 7 år"],
      ],
      ["unknown", "Uppgift saknas", false, ["Okänd", "Okänt", "Saknas", "Vet ej"]],
    ],
  },
  /** Six months after a green exit (docs/domain.md); a blank cell: not followed up. */
  followUp: {
    open: false,
    rows: [
      ["kept", "Kvarstår", false, ["Ja", "Bibehållen"]],
      ["notKept", "Kvarstår inte", false, ["Nej", "Ej kvar", "Kvarstår ej"]],
      ["noAnswer", "Ej svar", false, ["Ej nådd", "Inget svar", "Avböjt"]],
    ],
  },
};

const INCOME_ROWS: Row[] = [
  [
    "sickness",
    "Sjukpenning",
    false,
    ["Sjukpenning/rehabiliteringspenning", "Rehabiliteringspenning", "SP"],
  ],
  ["sicknessComp", "Sjukersättning", false, ["SE"]],
  ["activityComp", "Aktivitetsersättning", false, ["AE"]],
  [
    "socialAssistance",
    "Försörjningsstöd (ekonomiskt bistånd)",
    false,
    ["Försörjningsstöd", "Ekonomiskt bistånd", "FS", "EKB"],
  ],
  [
    "activitySupport",
    "Aktivitetsstöd",
    false,
    ["Aktivitetsstöd/utvecklingsersättning", "Utvecklingsersättning"],
  ],
  ["unemployment", "Arbetslöshetsersättning", false, ["A-kassa", "Akassa", "Arbetslöshetskassa"]],
  ["establishment", "Etableringsersättning", false, []],
  ["studyGrant", "Studiemedel", false, ["CSN", "Studielån"]],
  ["salary", "Lön", false, ["Anställning", "Lönearbete", "Lön/anställning"]],
  ["none", "Ingen offentlig försörjning", false, ["Ingen", "Ingen ersättning", "Egen försörjning"]],
  ["other", "Annan", false, ["Annat", "Övrigt", "Övrig"]],
];
DEFAULTS.incomeBefore.rows = INCOME_ROWS;
DEFAULTS.incomeAfter.rows = INCOME_ROWS;

export function defaultFieldTaxonomy(field: CategoryField): FieldTaxonomy {
  const d = DEFAULTS[field];
  return { field, open: d.open, categories: d.rows.map(cat), source: "default" };
}

export function defaultTaxonomy(): Taxonomy {
  const t = {} as Taxonomy;
  for (const f of Object.keys(DEFAULTS) as CategoryField[]) t[f] = defaultFieldTaxonomy(f);
  return t;
}

/** Default key for a label, so that a workbook's own "Arbete" keeps the key "work". */
export function defaultKeyForLabel(
  field: CategoryField,
  normalizedLabel: string,
  normalize: (s: string) => string,
): string | null {
  for (const [key, label, , synonyms] of DEFAULTS[field].rows) {
    if (normalize(label) === normalizedLabel) return key;
    if (synonyms.some((s) => normalize(s) === normalizedLabel)) return key;
  }
  return null;
}
