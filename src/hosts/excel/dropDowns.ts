import { isOwnValidation } from "../../core/template/fieldValidations";
import type { ValidationSpec } from "../../core/template/validation";

/**
 * A validation as Office.js takes it (ExcelApi 1.8): a range source as "=Kategorier!$B$4:$B$6",
 * a list written in the validation as "Kvinna,Man" (Office.js takes it without quotes).
 */
export function officeRule(v: ValidationSpec): Excel.DataValidationRule {
  const r = v.rule;
  switch (r.kind) {
    case "list": {
      const inline = /^"(.*)"$/.exec(r.source);
      return { list: { inCellDropDown: true, source: inline ? inline[1] : `=${r.source}` } };
    }
    case "whole":
      return {
        wholeNumber: { operator: "Between", formula1: String(r.min), formula2: String(r.max) },
      };
    case "date":
      return { date: { operator: "Between", formula1: r.min, formula2: r.max } };
    case "custom":
      return { custom: { formula: `=${r.formula}` } };
  }
}

const rangeOf = (ws: Excel.Worksheet, v: ValidationSpec) =>
  ws.getRangeByIndexes(v.firstRow, v.col, v.lastRow - v.firstRow + 1, 1);

/** Queues one validation: blanks allowed, the prompt and the Swedish error with the add-in's marker title. */
export function queueValidation(ws: Excel.Worksheet, v: ValidationSpec, replaceOwn = false): void {
  const dv = rangeOf(ws, v).dataValidation;
  // Excel refuses a rule over a range that has one: the add-in's own is cleared first.
  if (replaceOwn) dv.clear();
  dv.ignoreBlanks = true;
  dv.rule = officeRule(v);
  dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
  dv.errorAlert = {
    showAlert: true,
    style: v.error.style === "stop" ? "Stop" : "Warning",
    title: v.error.title,
    message: v.error.text,
  };
}

/** What each target column holds now: nothing, the add-in's own validation, or the user's. */
export type Holder = "none" | "own" | "user";

/** Queues a read of the validations over each target's cells; call holders() after the sync. */
export function queueHolders(ws: Excel.Worksheet, targets: ValidationSpec[]) {
  const loaded = targets.map((v) => {
    const dv = rangeOf(ws, v).dataValidation;
    dv.load("type,errorAlert");
    return dv;
  });
  return (): Holder[] =>
    loaded.map((dv) =>
      dv.type === "None" ? "none" : isOwnValidation(dv.errorAlert?.title) ? "own" : "user",
    );
}

/** Queues removal of the validation over the target's cells (only called for the add-in's own). */
export function queueClear(ws: Excel.Worksheet, v: ValidationSpec): void {
  rangeOf(ws, v).dataValidation.clear();
}
