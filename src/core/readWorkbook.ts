import { readBudgetSheet } from "./budget/readBudget";
import type { BudgetTable, CostTable } from "./budget/types";
import { isBlank, type WorkbookGrid } from "./grid";
import type { Issue } from "./issue";
import { sortIssues } from "./issue";
import { IssueCollector, personalKey } from "./issueCollector";
import { messagesFor } from "./messages/catalogue";
import type { ReadOptions } from "./options";
import { isoToSerial, serialToYmd, ymdToSerial } from "./parse/dates";
import { RegisterCells } from "./register/cellRef";
import { detectRegisterHeader } from "./register/detect";
import { readRegister, type RegisterSheetInput } from "./register/readRegister";
import type { Register } from "./register/types";
import { findCategoriesSheet, readTaxonomy } from "./taxonomy/kategorierSheet";
import type { Taxonomy } from "./taxonomy/types";
import { checkAges } from "./validate/ageRules";
import { checkBudgetArithmetic } from "./validate/budgetArithmetic";
import { checkBudgetCoverage } from "./validate/budgetCoverage";
import { checkActualConflicts, checkCostTables } from "./validate/budgetCrossChecks";
import { checkColumns } from "./validate/columns";
import { checkFutureStarts } from "./validate/dateRules";
import { checkExits } from "./validate/exitRules";
import { checkDuplicateIds } from "./validate/idRules";
import { checkPersonalColumns, checkPersonnummer, findPersonalColumns } from "./validate/privacy";

/** Everything the core understood of a workbook: what validation reports and the report engine counts. */
export interface ParsedWorkbook {
  taxonomy: Taxonomy;
  register: Register;
  /** Budget tables (one per column pair), in workbook order. */
  budgets: BudgetTable[];
  /** A förbund's own cost-per-participant tables. */
  costTables: CostTable[];
  issues: Issue[];
  /** personalKey(sheet, col) of the register columns with names or ids: shown values there are masked. */
  personalColumns: ReadonlySet<string>;
  /** Today as an Excel serial (for "in the future" checks and default periods). */
  today: number;
}

function todaySerial(options: ReadOptions): number {
  if (options.today) {
    const s = isoToSerial(options.today);
    if (s !== null) return s;
  }
  const d = new Date();
  return ymdToSerial(d.getFullYear(), d.getMonth() + 1, d.getDate())!;
}

/** grid → register + budget tables + every issue found (docs/architecture.md, the one pipeline). */
export function readWorkbook(grid: WorkbookGrid, options: ReadOptions = {}): ParsedWorkbook {
  const issues = new IssueCollector(messagesFor(options.lang));
  const today = todaySerial(options);
  const taxonomy = readTaxonomy(grid, issues);
  const categoriesSheet = findCategoriesSheet(grid);

  const registerInputs: RegisterSheetInput[] = [];
  const budgets: BudgetTable[] = [];
  const costTables: CostTable[] = [];
  for (const sheet of grid.sheets) {
    if (sheet === categoriesSheet || sheet.generated) continue;
    const header = detectRegisterHeader(sheet, options.mapping?.[sheet.name]);
    if (header) {
      registerInputs.push({ sheet, header });
      continue;
    }
    const found = readBudgetSheet(sheet, issues);
    budgets.push(...found.budgets);
    costTables.push(...found.costTables);
  }

  // Known before any register cell is read, so that every issue about them is masked.
  const personal = findPersonalColumns(registerInputs);
  for (const p of personal) issues.personalColumns.add(personalKey(p.sheet, p.col));
  const register = readRegister(
    registerInputs,
    taxonomy,
    issues,
    serialToYmd(today).y,
    options.defaultInsats,
  );
  const cells = new RegisterCells(register.sheets);
  registerInputs.forEach((input, i) =>
    checkColumns(register.sheets[i], input.header, options.defaultInsats !== undefined, issues),
  );
  checkPersonalColumns(
    personal,
    new Map(register.sheets.map((s) => [s.name, s.headerRow])),
    issues,
  );
  checkDuplicateIds(register.rows, cells, issues);
  checkExits(register.rows, cells, issues);
  checkFutureStarts(register.rows, today, cells, issues);
  checkAges(register.rows, cells, issues);
  for (const t of budgets) checkBudgetArithmetic(t, issues);
  checkActualConflicts(budgets, issues);
  checkCostTables(costTables, budgets, issues);
  checkBudgetCoverage(budgets, register.rows, register.insatser, cells, issues);

  const headers = new Map<string, (string | null)[]>([
    ...register.sheets.map((s) => [s.name, s.headers] as const),
    ...budgets.map((b) => [b.sheet, b.headers] as const),
    ...costTables.map((b) => [b.sheet, b.headers] as const),
  ]);
  checkPersonnummer(grid, headers, issues);

  if (registerInputs.length === 0 && budgets.length === 0 && costTables.length === 0) {
    const empty = grid.sheets.every((s) => s.rows.every((r) => !r || r.every(isBlank)));
    const sheet = grid.sheets[0]?.name ?? "";
    if (empty)
      issues.add(
        "WB-EMPTY",
        { sheet, row: 0, col: 0, column: "A" },
        null,
        issues.msg.workbookEmpty(),
      );
    else
      issues.add(
        "WB-NOTHING-FOUND",
        { sheet, row: 0, col: 0, column: "A" },
        null,
        issues.msg.nothingFound(grid.sheets.map((s) => s.name)),
      );
  }

  return {
    taxonomy,
    register,
    budgets,
    costTables,
    issues: sortIssues(
      issues.issues,
      grid.sheets.map((s) => s.name),
    ),
    personalColumns: issues.personalColumns,
    today,
  };
}
