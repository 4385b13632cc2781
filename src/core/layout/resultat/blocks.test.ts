import {
  participant,
  registerSheet,
  serial,
  workbook,
} from "../../../../tests/helpers/registerGrid";
import { block, type BlockRow } from "../../../../tests/helpers/resultatBlocks";
import type { WorkbookGrid } from "../../grid";
import { prepareReport } from "../../report/buildReport";
import { layoutReport } from "../layoutReport";
import { layoutText as T } from "../text.sv";

const period = { from: "2024-01-01", to: "2024-12-31" };

function resultat(grid: WorkbookGrid, hideSmall = false) {
  const p = prepareReport(grid, { period, today: "2025-06-01" });
  return { p, sheet: layoutReport(p, grid, { hideSmall, sheets: ["resultat"] }).sheets[0] };
}

const values = (row: BlockRow) => row.cells.map((c) => c.value);

describe("Resultat's blocks", () => {
  const grid = workbook(
    registerSheet([
      participant(1, { referrer: "Kommunen", municipality: "Sala" }),
      participant(2, { referrer: "kommunen ", municipality: "sala", gender: null }),
      participant(3, { referrer: "Kommunen - KAA", insats: "Team Syd", municipality: "Heby" }),
      participant(4, {
        insats: "Team Syd",
        start: serial("2023-05-01"),
        end: serial("2024-03-01"),
        exit: "Arbete",
      }),
      participant(5, {
        insats: "Team Syd",
        start: serial("2023-05-01"),
        end: serial("2024-04-01"),
        exit: null,
      }),
    ]),
  );
  const { p, sheet } = resultat(grid);
  const total = p.model.total;

  test("open lists show the register's spelling and no all-zero rows (no default 'Annan 0 0 0')", () => {
    const rows = block(sheet, T.referrerTotal);
    expect(rows.map((r) => r.label)).toEqual([
      "Försäkringskassan",
      "Kommunen",
      "Kommunen - KAA",
      T.sum,
    ]);
    // Nya: the two carried-over participants came through Försäkringskassan; they are not new.
    expect(block(sheet, T.referrerNew).map((r) => r.label)).toEqual([
      "Kommunen",
      "Kommunen - KAA",
      T.sum,
    ]);
    expect(block(sheet, T.municipalityTotal).map((r) => r.label)).toEqual([
      "Sala",
      "Heby",
      "Fagersta",
      T.sum,
    ]);
  });

  test("closed lists keep every category, zeros included; 'Ej ifyllt eller okänt' only when someone is in it", () => {
    const education = block(sheet, T.education);
    expect(education.map((r) => r.label)).toEqual([
      ...p.categories.education.map((c) => c.label),
      T.sum,
    ]);
    const gender = block(sheet, T.gender);
    expect(gender.map((r) => r.label)).toEqual([
      "Kvinnor",
      "Män",
      "Annat/ej angivet",
      "Ej ifyllt eller okänt",
      T.sum,
    ]);
    expect(values(gender[3])).toEqual([1, 0, 1]);
  });

  test("the gender rows' words are display only: the formulas count the taxonomy's labels", () => {
    const women = block(sheet, T.gender)[0];
    expect(women.cells[0].formula).toContain('"=Kvinna"');
    expect(women.cells[2].value).toBe(total.breakdowns.gender[0].count);
  });

  test("every background block ends with a Summa equal to its base figure, as a SUM over the block", () => {
    const bases: [string, (f: typeof total) => number][] = [
      [T.gender, (f) => f.participants.total],
      [T.ageGroup, (f) => f.participants.total],
      [T.education, (f) => f.participants.total],
      [T.yearsOnBenefits, (f) => f.participants.total],
      [T.incomeBefore, (f) => f.participants.total],
      [T.incomeAfter, (f) => f.participants.exited],
      [T.referrerNew, (f) => f.participants.new],
      [T.referrerTotal, (f) => f.participants.total],
      [T.municipalityNew, (f) => f.participants.new],
      [T.municipalityTotal, (f) => f.participants.total],
    ];
    const figures = [...p.model.insatser, total];
    for (const [title, base] of bases) {
      const rows = block(sheet, title);
      const sum = rows[rows.length - 1];
      expect({ title, label: sum.label, style: sum.style }).toEqual({
        title,
        label: T.sum,
        style: "total",
      });
      expect({ title, values: values(sum) }).toEqual({ title, values: figures.map(base) });
      expect(sum.cells[0].formula).toMatch(/^SUM\(B\d+:B\d+\)$/);
    }
  });

  test("outcomes: an exit without a reason gets its own row, and the Summa of reasons is the exits", () => {
    const rows = block(sheet, T.outcomesCount);
    expect(rows.map((r) => r.label).slice(-2)).toEqual(["Ej ifyllt eller okänt", T.sum]);
    expect(values(rows[rows.length - 2])).toEqual([0, 1, 1]);
    expect(values(rows[rows.length - 1])).toEqual([0, 2, 2]);
    expect(total.participants.exited).toBe(2);
  });

  test("outcomes with two reasons for one exit: 'Summa avslutade' is the exits, not the column's sum", () => {
    const { p: p2, sheet: s2 } = resultat(
      workbook(
        registerSheet([
          participant(1, { end: serial("2024-05-01"), exit: "Arbete; Studier" }),
          participant(2, { end: serial("2024-06-01"), exit: "Drop-out" }),
        ]),
      ),
    );
    const rows = block(s2, T.outcomesCount);
    const last = rows[rows.length - 1];
    expect(last.label).toBe(T.sumExited);
    expect(values(last)).toEqual([2, 2]);
    const counted = rows.slice(0, -1).reduce((n, r) => n + Number(r.cells[0].value), 0);
    expect(counted).toBe(3);
    expect(last.cells[0].formula).toMatch(/^B\d+$/);
    expect(p2.model.total.exitsWithTwoReasons).toBe(1);
  });

  test("with small counts hidden the Summa counts the base itself (a SUM would skip '..')", () => {
    const { sheet: hidden } = resultat(grid, true);
    const rows = block(hidden, T.referrerTotal);
    const sum = rows[rows.length - 1];
    expect(sum.cells[2].value).toBe(total.participants.total);
    expect(sum.cells[2].formula).toContain("COUNTIFS(");
    expect(sum.cells[0].value).toBe("..");
  });
});
