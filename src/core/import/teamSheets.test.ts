import fc from "fast-check";
import { isReportMarker, sheetMarker, type ExistingSheet } from "../layout/sheetNames";
import { planTeamImport, teamKey, teamMarker, teamSheetFiles, teamSheetName } from "./teamSheets";

const one = (file: string, ...registerSheets: string[]) => ({
  file,
  registerSheets: registerSheets.length ? registerSheets : ["Deltagare"],
});

describe("team sheet names", () => {
  test("Team and the file's name; a name that says Team already is kept", () => {
    expect(teamSheetName("Norra.xlsx", "Deltagare", false)).toBe("Team Norra");
    expect(teamSheetName("C:\\inkorg\\team söder.xlsm", "Deltagare", false)).toBe("team söder");
    expect(teamSheetName("Norra.xlsx", "2024", true)).toBe("Team Norra 2024");
  });

  test("any file name gives a name Excel takes: at most 31 characters, none it refuses", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.boolean(), (file, sheet, several) => {
        const name = teamSheetName(`${file}.xlsx`, sheet, several);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[:\\/?*[\]]|^'|'$/);
      }),
    );
  });
});

describe("planning an import", () => {
  test("two files: two sheets, each with a team marker that is not a report marker", () => {
    const plan = planTeamImport([one("Norra.xlsx"), one("Södra.xlsx")], []);
    expect(plan.sheets.map((s) => s.name)).toEqual(["Team Norra", "Team Södra"]);
    expect(new Set(plan.sheets.map((s) => s.marker)).size).toBe(2);
    for (const s of plan.sheets) expect(isReportMarker(s.marker)).toBe(false);
    expect(isReportMarker(sheetMarker("resultat", "2024"))).toBe(true);
    expect(plan.replace).toEqual([]);
  });

  test("re-importing a team replaces only its own sheet and keeps its name", () => {
    const existing: ExistingSheet[] = [
      { name: "Team Norra", marker: teamMarker("Norra.xlsx", 0) },
      { name: "Team Södra", marker: teamMarker("Södra.xlsx", 0) },
      { name: "Resultat 2024", marker: sheetMarker("resultat", "2024") },
    ];
    const plan = planTeamImport([one("norra .XLSX")], existing);
    expect(plan.replace.map((s) => s.name)).toEqual(["Team Norra"]);
    expect(plan.sheets.map((s) => s.name)).toEqual(["Team Norra"]);
    expect(plan.sheets[0].marker).toBe(teamMarker("Norra.xlsx", 0));
    const renamed = planTeamImport([one("Norra.xlsx")], [{ ...existing[0], name: "Norr" }]);
    expect(renamed.sheets[0].name).toBe("Norr");
  });

  test("a user's sheet with the same name is never replaced: the team's sheet gets a free name", () => {
    const existing: ExistingSheet[] = [
      { name: "Team Norra", marker: null },
      { name: "team norra (2)", marker: null },
    ];
    const plan = planTeamImport([one("Norra.xlsx")], existing);
    expect(plan.replace).toEqual([]);
    expect(plan.sheets[0].name).toBe("Team Norra (3)");
  });

  test("names stay unique and within 31 characters whatever the files are called", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }), (stems) => {
        const plan = planTeamImport(
          stems.map((s) => one(`${s}.xlsx`, "A", "B")),
          [{ name: "Team", marker: null }],
        );
        const names = plan.sheets.map((s) => s.name.toLowerCase());
        expect(new Set([...names, "team"]).size).toBe(names.length + 1);
        for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
        expect(new Set(plan.sheets.map((s) => s.marker)).size).toBe(plan.sheets.length);
      }),
    );
  });

  test("a file without a register copies nothing and replaces nothing; the same team twice counts once", () => {
    const existing: ExistingSheet[] = [{ name: "Team Norra", marker: teamMarker("Norra.xlsx", 0) }];
    const plan = planTeamImport(
      [{ file: "Norra.xlsx", registerSheets: [] }, one("Södra.xlsx"), one("södra.xlsx", "Ny")],
      existing,
    );
    expect(plan.empty).toEqual(["Norra.xlsx"]);
    expect(plan.replace).toEqual([]);
    expect(plan.sheets.map((s) => [s.file, s.source])).toEqual([["södra.xlsx", "Ny"]]);
    expect(teamKey("Södra.xlsx")).toBe(teamKey(" södra .xlsm"));
  });
});

test("the file each sheet comes from: a team's sheet its file's, the rest the workbook's", () => {
  const existing: ExistingSheet[] = [
    { name: "Budget", marker: null },
    { name: "Team Norra", marker: teamMarker("Norra.xlsx", 0) },
    { name: "Team Okänd", marker: teamMarker("Okänd.xlsx", 0) },
  ];
  expect(
    teamSheetFiles(existing, { [teamMarker("Norra.xlsx", 0)]: "Norra.xlsx" }, "F.xlsx"),
  ).toEqual({
    Budget: "F.xlsx",
    "Team Norra": "Norra.xlsx",
    "Team Okänd": "Team Okänd",
  });
  expect(teamSheetFiles([{ name: "Budget", marker: null }], {}, "F.xlsx")).toBeUndefined();
});
