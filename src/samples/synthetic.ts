import type { CellValue, SheetGrid } from "../core/grid";
import { ymdToSerial } from "../core/parse/dates";

/** Small seeded PRNG (mulberry32): the same seed gives the same register on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const REGISTER_HEADERS = [
  "Deltagar-ID",
  "Insats",
  "Kön",
  "Födelseår",
  "Hemkommun",
  "Remitterande part",
  "Inskrivningsdatum",
  "Avslutsdatum",
  "Avslutsorsak",
  "Försörjning före",
  "Försörjning efter",
  "Utbildningsnivå",
  "Tid i offentlig försörjning (år)",
];

export interface SyntheticOptions {
  rows: number;
  seed?: number;
  insatser?: string[];
  /** First and last enrolment year. */
  fromYear?: number;
  toYear?: number;
  /** Share of cells typed the way people type (text dates, synonyms, stray spaces). */
  messiness?: number;
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/**
 * A register of synthetic people (ids are pseudonyms, no real person) for
 * benchmarks, samples and tests. Clean unless `messiness` > 0.
 */
export function syntheticRegister(o: SyntheticOptions): SheetGrid {
  const rnd = prng(o.seed ?? 1);
  const insatser = o.insatser ?? ["Samordningsteam Norra", "Samordningsteam Södra", "Arbetsträning Bro", "Unga vuxna", "Hälsoteamet"];
  const fromYear = o.fromYear ?? 2023;
  const toYear = o.toYear ?? 2024;
  const messy = o.messiness ?? 0;
  const exits = ["Drop-out", "Arbete", "Studier", "Aktivt arbetssökande", "Fortsatt aktiv rehabilitering", "Medicinsk rehabilitering", "Övrigt"];
  const exitSynonyms = ["Avbrott", "Anställning", "Till studier", "Arbetssökande", "Förstärkt samverkan", "Vård", "Flytt"];
  const incomes = ["Sjukpenning", "Sjukersättning", "Aktivitetsersättning", "Försörjningsstöd (ekonomiskt bistånd)", "Aktivitetsstöd", "Arbetslöshetsersättning", "Lön", "Ingen offentlig försörjning"];
  const education = ["Förgymnasial", "Gymnasial", "Eftergymnasial mindre än 3 år", "Eftergymnasial 3 år eller mer", "Uppgift saknas"];
  const referrers = ["Försäkringskassan", "Arbetsförmedlingen", "Kommun", "Region", "Egen anmälan"];
  const municipalities = ["Fagersta", "Norberg", "Skinnskatteberg", "Sala", "Heby"];
  const rows: CellValue[][] = [REGISTER_HEADERS];
  const firstDay = ymdToSerial(fromYear, 1, 1)!;
  const lastDay = ymdToSerial(toYear, 12, 31)!;

  for (let i = 0; i < o.rows; i++) {
    const start = firstDay + Math.floor(rnd() * (lastDay - firstDay + 1));
    const exited = rnd() < 0.6;
    const end = exited ? Math.min(lastDay + 200, start + 30 + Math.floor(rnd() * 600)) : null;
    const exitIndex = Math.floor(rnd() * exits.length);
    let exit: CellValue = exited ? exits[exitIndex] : null;
    if (exited && rnd() < 0.05) exit = `${exits[exitIndex]}; ${exits[(exitIndex + 1 + Math.floor(rnd() * (exits.length - 1))) % exits.length]}`;
    let startCell: CellValue = start;
    if (rnd() < messy) {
      const d = new Date(Date.UTC(1899, 11, 30) + start * 86400000);
      startCell = `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
    }
    if (exited && rnd() < messy) exit = rnd() < 0.5 ? exitSynonyms[exitIndex] : ` ${String(exit).toLowerCase()} `;
    let insats: CellValue = insatser[i % insatser.length];
    if (rnd() < messy) insats = ` ${insats}`;
    rows.push([
      `D${String(i + 1).padStart(6, "0")}`,
      insats,
      rnd() < 0.55 ? "Kvinna" : rnd() < 0.95 ? "Man" : "Annat/ej angivet",
      1960 + Math.floor(rnd() * 45),
      pick(rnd, municipalities),
      pick(rnd, referrers),
      startCell,
      end,
      exit,
      pick(rnd, incomes),
      exited ? pick(rnd, incomes) : null,
      pick(rnd, education),
      Math.floor(rnd() * 12),
    ]);
  }
  return { name: "Deltagare", rows };
}
