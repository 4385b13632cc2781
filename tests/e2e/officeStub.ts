/*
 * Stands in for Office.js when the production add-in bundle runs in Chromium: the
 * test serves this file at the CDN address of office.js. It gives the task pane the
 * strict Excel fake over a workbook the test injects, and records every batch's
 * options so the test can see that all of them wait for cell edits.
 */
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { FakeWorkbookData, fakeRunner } from "../fakes/fakeExcel";

export interface StubInput {
  grid: WorkbookGrid;
  /** What Excel calculates for the report's formulas, by "Sheet!A1". */
  figures: Record<string, CellValue>;
  displayLanguage: string;
}

export interface StubState {
  data: FakeWorkbookData;
  batchOptions: unknown[];
  syncCount: () => number;
  settings: Record<string, unknown>;
  savedSettings: number;
}

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

const w = window as unknown as {
  __officeStubInput: StubInput;
  __officeStub: StubState;
  Office: unknown;
  Excel: unknown;
};
const input = w.__officeStubInput;
const data = FakeWorkbookData.fromGrid(input.grid);
const runner = fakeRunner(data, (sheet, address) => input.figures[`${sheet}!${address}`] ?? null);
const state: StubState = {
  data,
  batchOptions: [],
  syncCount: runner.syncCount,
  settings: {},
  savedSettings: 0,
};
w.__officeStub = state;

w.Excel = {
  run(a: unknown, b?: Batch) {
    const [options, batch] = typeof a === "function" ? [null, a as Batch] : [a, b!];
    state.batchOptions.push(options);
    return runner.run(batch);
  },
};

w.Office = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    displayLanguage: input.displayLanguage,
    document: {
      settings: {
        get: (key: string) =>
          key in state.settings ? JSON.parse(JSON.stringify(state.settings[key])) : null,
        set: (key: string, value: unknown) =>
          void (state.settings[key] = JSON.parse(JSON.stringify(value))),
        saveAsync: (callback: (r: { status: string }) => void) => {
          state.savedSettings++;
          setTimeout(() => callback({ status: "succeeded" }), 0);
        },
      },
    },
  },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    setTimeout(() => callback?.(info), 0);
    return Promise.resolve(info);
  },
};
