import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { addRegisterRows } from "../helpers/registerWorksheet";

const dir = mkdtempSync(join(tmpdir(), "finsam-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function teamFile(
  path: string,
  insatser: string[],
  seed: number,
  extra: (wb: ExcelJS.Workbook) => void = () => {},
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Deltagare");
  addRegisterRows(ws, {
    rows: 60,
    seed,
    insatser,
    fromYear: 2023,
    toYear: 2024,
  });
  ws.getCell("G2").value = "2024-03-05"; // a text date: only the engine reads it as a date
  extra(wb);
  await wb.xlsx.writeFile(path);
}

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

describe("finsam-rapport report", () => {
  test("writes a copy with the four sheets and never touches the input", async () => {
    const input = join(dir, "norr.xlsx");
    await teamFile(input, ["Team Norr"], 1);
    const before = hash(input);
    const out = join(dir, "norr-rapport.xlsx");
    const r = await run(["report", input, "--period", "2024", "-o", out, "--today", "2025-06-01"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Skrev");
    expect(hash(input)).toBe(before);
    // Without a budget table the budget sheet is still written, saying why it has no figures.
    expect(await sheetNames(out)).toEqual([
      "Deltagare",
      "Resultat 2024",
      "Budget mot utfall 2024",
      "Kostnad per deltagare 2024",
      "Tabeller 2024",
      "Kontroll 2024",
    ]);
    // The user's cells are never rewritten, in the copy either: the insats over the text date is values, with a note.
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.getWorksheet("Deltagare")!.getCell("G2").value).toBe("2024-03-05");
    const notes: string[] = [];
    copy
      .getWorksheet("Resultat 2024")!
      .eachRow((row) =>
        row.eachCell((cell) => typeof cell.value === "string" && notes.push(cell.value)),
      );
    expect(
      notes.some((n) => n.includes("”Team Norr”") && n.startsWith("Värden, inte formler")),
    ).toBe(true);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(input);
    expect(original.getWorksheet("Deltagare")!.getCell("G2").value).toBe("2024-03-05");
  });

  test("a user's own sheet named Resultat 2024 survives; running on the output again replaces only the add-in's sheets", async () => {
    const input = join(dir, "egen.xlsx");
    await teamFile(
      input,
      ["Team Norr"],
      2,
      (wb) => (wb.addWorksheet("Resultat 2024").getCell("A1").value = "Mina egna anteckningar"),
    );
    const out = join(dir, "egen-rapport.xlsx");
    const r = await run(["report", input, "--period", "2024", "-o", out]);
    expect(r.out).toContain("rapporten skrevs till ”Resultat 2024 (2)”");
    const names = await sheetNames(out);
    expect(names).toContain("Resultat 2024 (2)");
    const again = join(dir, "egen-rapport-igen.xlsx");
    const r2 = await run(["report", out, "--period", "2024", "-o", again]);
    expect(r2.out).toContain("Ersatte tidigare rapportblad");
    expect(await sheetNames(again)).toEqual(names);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    expect(wb.getWorksheet("Resultat 2024")!.getCell("A1").value).toBe("Mina egna anteckningar");
  });

  test("several teams' files are combined; the same insats sent twice is counted once; different rows are a conflict", async () => {
    const norr = join(dir, "team-norr.xlsx");
    const syd = join(dir, "team-syd.xlsx");
    const norrAgain = join(dir, "team-norr-kopia.xlsx");
    const norrOther = join(dir, "team-norr-annan.xlsx");
    await teamFile(norr, ["Team Norr"], 3);
    await teamFile(syd, ["Team Syd"], 4);
    await teamFile(norrAgain, ["Team Norr"], 3);
    await teamFile(norrOther, ["Team Norr"], 5);
    const json = async (...files: string[]) =>
      JSON.parse((await run(["report", ...files, "--period", "2024", "--json"])).out);
    const one = await json(norr);
    const both = await json(norr, syd);
    expect(both.insatser.map((i: { name: string }) => i.name)).toEqual(["Team Norr", "Team Syd"]);
    expect(both.insatser[0].participants).toEqual(one.insatser[0].participants);
    const twice = await json(norr, syd, norrAgain);
    expect(twice.total.participants).toEqual(both.total.participants);
    // The copy's rows are not duplicates of the original: the same issues as without the copy.
    expect(twice.issues.filter((i: { code: string }) => i.code === "REG-ID-DUPLICATE")).toEqual(
      both.issues.filter((i: { code: string }) => i.code === "REG-ID-DUPLICATE"),
    );
    expect(twice.issues.length).toBe(both.issues.length);
    // A conflict stops the report: the command could not do its job (2), with and without --json; nothing is written.
    const conflict = await run([
      "report",
      norr,
      norrOther,
      "--period",
      "2024",
      "-o",
      join(dir, "konflikt.xlsx"),
    ]);
    expect(conflict.code).toBe(2);
    expect(conflict.err).toContain(
      "”Team Norr” finns i både team-norr.xlsx och team-norr-annan.xlsx",
    );
    expect(existsSync(join(dir, "konflikt.xlsx"))).toBe(false);
    const conflictJson = await run(["report", norr, norrOther, "--period", "2024", "--json"]);
    expect([conflictJson.code, conflictJson.out]).toEqual([2, ""]);
    expect(conflictJson.err).toBe(conflict.err);
    const written = await run([
      "report",
      norr,
      syd,
      "--period",
      "2024",
      "-o",
      join(dir, "samlad.xlsx"),
    ]);
    expect(written.code).toBe(0);
    expect(await sheetNames(join(dir, "samlad.xlsx"))).toEqual(
      expect.arrayContaining(["Deltagare", "Deltagare (team-syd)", "Resultat 2024"]),
    );
  });

  test("bad periods, a missing period and writing over the input are refused with Swedish messages", async () => {
    const input = join(dir, "norr.xlsx");
    expect((await run(["report", input])).err).toContain("Ange perioden");
    expect((await run(["report", input, "--period", "tjugofyra"])).err).toContain(
      "--period ”tjugofyra” är inget år",
    );
    expect((await run(["report", input, "--from", "2024-06-30", "--to", "2024-01-01"])).code).toBe(
      2,
    );
    const same = await run(["report", input, "--period", "2024", "-o", input]);
    expect([same.code, same.err]).toEqual([
      2,
      "Utfilen får inte vara samma fil som originalet. Välj ett annat namn med -o.",
    ]);
    const missing = await run(["report", join(dir, "saknas.xlsx"), "--period", "2024"]);
    expect([missing.code, missing.err]).toEqual([
      2,
      "Filen ”saknas.xlsx” finns inte. Kontrollera sökvägen och filnamnet.",
    ]);
  });

  test("a workbook with neither a register nor a budget writes nothing and says what a register needs", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1").addRow(["Anteckningar", "inget register här"]);
    const input = join(dir, "anteckningar.xlsx");
    await wb.xlsx.writeFile(input);
    const out = join(dir, "anteckningar-rapport.xlsx");
    const r = await run(["report", input, "--period", "2024", "-o", out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^Hittade varken ett deltagarregister eller en budgettabell \(blad: ”Blad1”\)\. Ett register behöver en rubrikrad med minst Deltagar-ID och Inskrivningsdatum/,
    );
    expect(() => readFileSync(out)).toThrow(/ENOENT/);
  });

  test("the right year or nothing: said in the output, on the Budget and Kostnad sheets and on Kontroll; --budget chooses the table", async () => {
    const input = join(dir, "ekonomi.xlsx");
    await teamFile(input, ["Team Norr", "Team Syd"], 6, (wb) => {
      const b = wb.addWorksheet("Ekonomi");
      b.addRow(["Budget och utfall 2024"]);
      b.addRow(["Individinriktade insatser", "Tilldelade medel", "Använda medel", "Differens"]);
      b.addRow(["Team Norr", 1200000, 1100000, 100000]);
      b.addRow(["Team Syd", 600000, 650000, -50000]);
      b.addRow(["Kurator", 300000, 280000, 20000]);
      b.addRow(["Totalt", 2100000, 2030000, 70000]);
      const old = wb.addWorksheet("Budget 2023");
      old.addRow(["Insats", "Budget", "Utfall"]);
      old.addRow(["Team Norr", 5, 5]);
    });
    const sheetText = async (path: string, name: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const out: string[] = [];
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => out.push(String(c.text))));
      return out.join("\n");
    };

    const ok = join(dir, "ekonomi-2024.xlsx");
    const r2024 = await run([
      "report",
      input,
      "--period",
      "2024",
      "-o",
      ok,
      "--today",
      "2025-06-01",
    ]);
    expect(r2024.code).toBe(0);
    expect(r2024.out).toContain("Budget: bladet ”Ekonomi” (rubrikrad 2, 2024), i kr.");
    const cost = await sheetText(ok, "Kostnad per deltagare 2024");
    expect(cost).toContain("Kurator");
    expect(cost).toContain(
      "Totalt utfall är lika med budgettabellens utfall för insatserna (2 030 000 kr).",
    );

    const later = join(dir, "ekonomi-2030.xlsx");
    const r2030 = await run([
      "report",
      input,
      "--period",
      "2030",
      "-o",
      later,
      "--today",
      "2031-06-01",
    ]);
    expect(r2030.code).toBe(0);
    expect(r2030.out).toContain("Budget: ingen budget för perioden");
    expect(r2030.out).toContain(
      "Ingen budgettabell gäller 2030: tabellen på bladet ”Ekonomi” (rubrikrad 2) gäller 2024, tabellen på bladet ”Budget 2023” (rubrikrad 1) gäller 2023.",
    );
    for (const sheet of ["Budget mot utfall 2030", "Kostnad per deltagare 2030", "Kontroll 2030"])
      expect(await sheetText(later, sheet)).toContain("Ingen budgettabell gäller 2030");

    const chosen = JSON.parse(
      (await run(["report", input, "--period", "2023", "--json", "--budget", "Budget 2023"])).out,
    );
    expect(chosen.budget).toMatchObject({
      sheet: "Budget 2023",
      year: 2023,
      rows: [{ insats: "Team Norr", actual: 5 }],
    });
    const wrong = await run([
      "report",
      input,
      "--period",
      "2024",
      "--json",
      "--budget",
      "Deltagare",
    ]);
    expect([wrong.code, wrong.err]).toEqual([
      2,
      "Bladet ”Deltagare” har ingen budgettabell som Finsam-rapport kan läsa. Budgettabeller finns på ”Ekonomi”, ”Budget 2023”.",
    ]);
  });
});
