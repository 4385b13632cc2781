import type { Issue } from "../../core/issue";
import { buildReport } from "../../core/report/buildReport";
import { syntheticRegister } from "../../samples/synthetic";
import type { CheckResult, ReportResult, WorkbookOverview } from "../../engine/types";

export const overview: WorkbookOverview = {
  fileNames: ["register.xlsx"],
  registerSheets: [
    {
      name: "Deltagare",
      headerRow: 4,
      rows: 297,
      columns: [
        { letter: "A", header: "Deltagar-ID" },
        { letter: "B", header: "Insats" },
        { letter: "C", header: "Startdatum" },
        { letter: "D", header: "Slut" },
      ],
      mapping: { id: "A", insats: "B", start: "C" },
    },
  ],
  rows: 297,
  insatser: ["Team Norr", "Team Syd"],
  budget: { sheet: "Budget", unit: "tkr" },
  budgetTables: [{ sheet: "Budget", headerRow: 3, year: 2024, unit: "tkr" }],
  budgetSheet: null,
  categories: [
    {
      field: "exitReason",
      source: "default",
      categories: [{ label: "Arbete", green: true, synonyms: ["Anställning"] }],
    },
  ],
  defaultYear: 2024,
  savedPeriod: null,
};

const issue = (p: Partial<Issue>): Issue => ({
  code: "REG-CATEGORY-UNKNOWN",
  severity: "error",
  sheet: "Deltagare",
  cell: "I14",
  row: 14,
  column: "Avslutsorsak",
  value: "Arbette",
  message: "Avslutsorsak: ”Arbette” finns inte bland kategorierna. Menade du ”Arbete”?",
  suggestion: "Arbete",
  ...p,
});

export const checkResult: CheckResult = {
  issues: [
    issue({}),
    issue({
      code: "REG-START-FUTURE",
      severity: "warning",
      cell: "G20",
      row: 20,
      value: 46000,
      message: "Inskrivningsdatum ligger i framtiden.",
      suggestion: null,
    }),
    issue({
      code: "BUDGET-DIFF",
      sheet: "Budget",
      cell: "D4",
      row: 4,
      value: 241,
      message: "Differensen 241 tkr stämmer inte.",
      suggestion: null,
    }),
    issue({
      code: "REG-VALUE-NORMALIZED",
      severity: "info",
      cell: "G6",
      row: 6,
      value: "5/3/2023",
      message: "Texten tolkades som datum.",
      suggestion: null,
    }),
  ],
  counts: { error: 2, warning: 1, info: 1 },
};

export function reportResult(): ReportResult {
  const budget = {
    name: "Budget",
    rows: [
      ["Budget och utfall 2024 (tkr)"],
      [],
      ["Insats", "Tilldelade medel", "Använda medel"],
      ["Team Norr", 1000, 900],
      ["Team Syd", 800, 850],
    ],
  };
  const grid = {
    sheets: [syntheticRegister({ rows: 80, seed: 3, insatser: ["Team Norr", "Team Syd"] }), budget],
  };
  const model = buildReport(grid, {
    period: { from: "2024-01-01", to: "2024-12-31" },
    today: "2025-06-01",
  });
  return {
    model,
    sheets: ["Resultat 2024", "Kontroll 2024"],
    renamed: [["Resultat 2024", "Resultat 2024 (2)"]],
    fixes: 3,
    valueInsatser: [],
    fileName: "register-rapport-2024.xlsx",
    bytes: new Uint8Array([1, 2, 3]),
    reportOnlyFileName: "register-rapport-2024-endast-rapport.xlsx",
    reportOnlyBytes: new Uint8Array([4, 5]),
    conflicts: [],
    differences: [],
  };
}
