import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/grid";
import { MONTH_NAMES } from "../../src/core/parse/dates";
import { serialToDate } from "../../src/hosts/file/readXlsx";
import { prng, syntheticRegister } from "../../src/samples/synthetic";

export interface RandomCase {
  name: string;
  bytes: Uint8Array;
  period: { from: string; to: string };
  hideSmall: boolean;
  description: string;
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** Typed the way people type: the same meaning in another form. */
function messUp(rnd: () => number, header: string, v: CellValue): CellValue {
  if (v === null) return v;
  if ((header === "Inskrivningsdatum" || header === "Avslutsdatum") && typeof v === "number") {
    const d = serialToDate(v);
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    return pick(rnd, [
      `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      `${day}/${m}/${y}`,
      `${day} ${MONTH_NAMES[m - 1]} ${y}`,
      v + 0.5,
    ]);
  }
  if (typeof v === "string") return pick(rnd, [` ${v}`, v.toLowerCase(), `${v} `, v.toUpperCase()]);
  if (header === "Födelseår" || header.startsWith("Tid i offentlig")) return String(v);
  return v;
}

/**
 * A random register workbook: clean or messy, with title rows, shuffled and extra
 * columns, one or two register sheets, sometimes a budget (kr or tkr, typed as text),
 * a Kategorier sheet, planted errors, and two-reason exits.
 */
export async function randomCase(seed: number): Promise<RandomCase> {
  const rnd = prng(seed);
  const messy = rnd() < 0.6;
  const insatser = ["Team Norr", "Team Söder", "Arbetsträning", "Unga vuxna"].slice(
    0,
    1 + Math.floor(rnd() * 4),
  );
  const rows = 20 + Math.floor(rnd() * 180);
  const grid = syntheticRegister({
    rows,
    seed: seed * 7 + 1,
    insatser,
    fromYear: 2022,
    toYear: 2024,
    messiness: messy ? 0.15 : 0,
  });
  const [registerHeaders, ...data] = grid.rows as [string[], ...CellValue[][]];
  // A copy: the synthetic register's header row is a shared constant, and columns are added here.
  const headers = [...registerHeaders];
  const description: string[] = [
    messy ? "messy" : "clean",
    `${rows} rows`,
    `${insatser.length} insatser`,
  ];

  // Planted problems: rows the engine must leave out, and unknown categories.
  if (messy) {
    for (let i = 0; i < 3; i++) {
      const r = data[Math.floor(rnd() * data.length)];
      const kind = Math.floor(rnd() * 6);
      if (kind === 0) r[1] = null; // no insats
      if (kind === 1) r[6] = "i våras"; // unreadable enrolment date
      if (kind === 2) r[8] = "Arbette"; // unknown exit reason
      if (kind === 3 && typeof r[6] === "number") r[7] = r[6] - 10; // exit before enrolment: values, not formulas
      if (kind === 4) r[2] = "Okänd";
      if (kind === 5) r[4] = r[4] === null ? null : `  ${String(r[4]).toLowerCase()}`;
    }
    description.push("planted errors");
  }
  addFollowUpAndAge(seed, headers, data, messy, description);
  const dropColumns = rnd() < 0.25 ? ["Utbildningsnivå", "Försörjning efter"] : [];
  if (dropColumns.length) description.push("missing columns");
  const extra = rnd() < 0.5 ? ["Kommentar"] : [];
  let cols = headers.map((h, i) => ({ h, i })).filter((c) => !dropColumns.includes(c.h));
  if (rnd() < 0.5) {
    cols = cols.sort(() => rnd() - 0.5);
    description.push("shuffled columns");
  }
  const wb = new ExcelJS.Workbook();
  const twoSheets = rnd() < 0.3 && insatser.length > 1;
  const sheetsData = twoSheets
    ? [data.filter((r) => r[1] !== insatser[0]), data.filter((r) => r[1] === insatser[0])]
    : [data];
  if (twoSheets) description.push("two register sheets");
  sheetsData.forEach((part, si) => {
    const ws = wb.addWorksheet(si === 0 ? "Deltagare" : "Deltagare 2");
    const titles = Math.floor(rnd() * 4);
    for (let t = 0; t < titles; t++)
      ws.addRow([t === 0 ? "Deltagarregister" : t === 1 ? "Syntetiska data" : null]);
    ws.addRow([...cols.map((c) => c.h), ...extra]);
    for (const r of part) {
      ws.addRow([
        ...cols.map((c) => {
          const v = r[c.i];
          if (messy && rnd() < 0.1) return messUp(rnd, c.h, v);
          return v;
        }),
        ...extra.map(() => (rnd() < 0.3 ? "anteckning" : null)),
      ]);
      if (rnd() < 0.02) ws.addRow([]);
    }
    cols.forEach((c, i) => {
      if (c.h === "Inskrivningsdatum" || c.h === "Avslutsdatum")
        ws.getColumn(i + 1).numFmt = "yyyy-mm-dd";
    });
  });

  const half = rnd() < 0.3;
  const year = pick(rnd, [2023, 2024]);
  // Every sixth case has no budget; the others take the shapes in turn, so every shape is covered.
  // Every seventh budget names the other year: the report must then show none.
  const budgetYear = seed % 7 === 0 ? 4047 - year : year;
  if (seed % 6 !== 0)
    description.push(
      addBudget(wb, rnd, insatser, BUDGET_SHAPES[seed % BUDGET_SHAPES.length], budgetYear),
    );
  if (rnd() < 0.2) {
    const k = wb.addWorksheet("Kategorier");
    k.addRow(["Fält", "Kategori", "Synonymer", "Stegförflyttning"]);
    for (const [label, syn, green] of [
      ["Arbete", "Anställning", "Ja"],
      ["Studier", "Till studier", "Ja"],
      ["Avbrott/flytt", "Drop-out; Flytt; Avbrott", "Nej"],
      ["Fortsatt i aktivitet", "Fortsatt aktiv rehabilitering; Aktivt arbetssökande", "Ja"],
      ["Övrigt", "Medicinsk rehabilitering; Övrigt", "Nej"],
    ])
      k.addRow(["Avslutsorsak", label, syn, green]);
    description.push("own categories");
  }
  const hideSmall = rnd() < 0.3;
  if (hideSmall) description.push("hide small counts");
  return {
    name: `slump-${seed}`,
    bytes: new Uint8Array(await wb.xlsx.writeBuffer()),
    period: half
      ? { from: `${year}-01-01`, to: `${year}-06-30` }
      : { from: `${year}-01-01`, to: `${year}-12-31` },
    hideSmall,
    description: description.join(", "),
  };
}

/**
 * Half of the registers get the follow-up column (Kvarstår, Kvarstår inte, Ej svar or blank on
 * exits; synonyms when messy), and a few an age column for rows without a birth year, which
 * Tabeller must then write as values. Drawn from a generator of their own, so that the other
 * random choices of a seed stay as they were.
 */
function addFollowUpAndAge(
  seed: number,
  headers: string[],
  data: CellValue[][],
  messy: boolean,
  description: string[],
): void {
  const rnd = prng(seed * 31 + 7);
  const end = headers.indexOf("Avslutsdatum");
  const birth = headers.indexOf("Födelseår");
  const enrolled = headers.indexOf("Inskrivningsdatum");
  if (rnd() < 0.5) {
    headers.push("Uppföljning 6 mån");
    const answers = messy
      ? ["Kvarstår", "Kvarstår inte", "Ej svar", null, "ja", "Nej"]
      : ["Kvarstår", "Kvarstår inte", "Ej svar", null];
    for (const r of data) r.push(r[end] === null ? null : pick(rnd, answers));
    description.push("follow-up column");
  }
  if (rnd() < 0.15) {
    headers.push("Ålder");
    for (const r of data) {
      const year = r[birth];
      // Only rows with an enrolment date: the engine counts an age from its year.
      const lose = typeof year === "number" && r[enrolled] !== null && rnd() < 0.1;
      r.push(lose ? 20 + Math.floor(rnd() * 40) : null);
      if (lose) r[birth] = null;
    }
    description.push("age column");
  }
}

/**
 * A budget sheet in one of the shapes förbund print (docs/domain.md): a titled table, one
 * column pair per year, negative costs with subtotals and overhead, two tables on one sheet, or
 * an unheaded label column — in kr or tkr, as numbers or text, with rows without participants.
 */
const BUDGET_SHAPES = ["titled", "pairs", "negative", "two tables", "unheaded"] as const;

function addBudget(
  wb: ExcelJS.Workbook,
  rnd: () => number,
  insatser: string[],
  shape: (typeof BUDGET_SHAPES)[number],
  year: number,
): string {
  const tkr = rnd() < 0.5;
  const textAmounts = rnd() < 0.4;
  const scale = tkr ? 1 : 1000;
  const unit = tkr ? "tkr" : "kr";
  const fmt = (x: number) =>
    textAmounts ? `${(x * scale).toLocaleString("sv-SE")} ${unit}` : x * scale;
  const amounts = () => {
    const budget = 500 + Math.floor(rnd() * 1500);
    return [budget, budget - 200 + Math.floor(rnd() * 400)];
  };
  const names = [...insatser.filter(() => rnd() < 0.85), ...(rnd() < 0.5 ? ["Kurator"] : [])];
  const b = wb.addWorksheet(shape === "pairs" ? "Ekonomi" : "Budget");
  if (shape === "pairs") {
    b.addRow([`Belopp i ${unit}`]);
    b.addRow(["Insats", "Budget 2023", "Utfall 2023", "Budget 2024", "Utfall 2024"]);
    for (const n of names) b.addRow([n, ...[...amounts(), ...amounts()].map(fmt)]);
  } else if (shape === "negative") {
    b.addRow([`Budget och utfall ${year} (${unit})`]);
    b.addRow(["Verksamhet", "Budget", "Utfall", "Avvikelse"]);
    const sums = [0, 0];
    for (const n of names) {
      const [bu, u] = amounts();
      sums[0] += bu;
      sums[1] += u;
      b.addRow([n, fmt(-bu), fmt(-u), fmt(bu - u)]);
    }
    b.addRow(["Summa insatser", fmt(-sums[0]), fmt(-sums[1]), fmt(sums[0] - sums[1])]);
    b.addRow(["Kansli", fmt(-300), fmt(-290), fmt(10)]);
    b.addRow(["Totalt", fmt(-sums[0] - 300), fmt(-sums[1] - 290), fmt(sums[0] - sums[1] + 10)]);
  } else if (shape === "two tables") {
    b.addRow([`Budget ${year} (${unit})`]);
    b.addRow(["Individinriktade insatser", "Tilldelade medel", "Använda medel", "Differens"]);
    for (const n of names) {
      const [bu, u] = amounts();
      b.addRow([n, fmt(bu), fmt(u), fmt(bu - u)]);
    }
    b.addRow([]);
    b.addRow(["Strukturövergripande insatser", "Tilldelade medel", "Använda medel", "Differens"]);
    b.addRow(["Kompetensutveckling", fmt(200), fmt(150), fmt(50)]);
    b.addRow(["TOTALT", fmt(200), fmt(150), fmt(50)]);
  } else if (shape === "unheaded") {
    b.addRow([`Budget och utfall ${year}, ${unit}`]);
    b.addRow([null, null, "Budget", "Utfall"]);
    names.forEach((n, i) => b.addRow([i + 1, n, ...amounts().map(fmt)]));
  } else {
    b.addRow([`Budget ${year}${tkr ? " (tkr)" : ""}`]);
    // With the planned-participants column (Tabeller's planerat mot faktiskt), drawn from the amounts.
    b.addRow([
      "Insats",
      "Tilldelade medel",
      "Använda medel",
      "Differens",
      "Planerat antal deltagare",
    ]);
    for (const n of names) {
      const [bu, u] = amounts();
      b.addRow([n, fmt(bu), fmt(u), fmt(bu - u), Math.round(bu / 50)]);
    }
  }
  return `budget ${shape} ${shape === "pairs" ? "2023–2024" : year} in ${unit}${textAmounts ? " as text" : ""}`;
}
