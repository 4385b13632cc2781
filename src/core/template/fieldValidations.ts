import { a1 } from "../grid";
import { FIELD_HEADERS, type FieldKey } from "../register/fields";
import { templateText as T } from "./text.sv";
import { LIST_FIELDS, type ListField, type ListSources, type ValidationSpec } from "./validation";

/** The dates a register's enrolment and exit dates are expected between. */
export const DATE_RANGE = { min: "2000-01-01", max: "2099-12-31" } as const;
export const FIRST_BIRTH_YEAR = 1900;

/** Lists a value outside which is still accepted: the referrer list is open, an exit may name two reasons. */
const WARNING_ONLY: ReadonlySet<ListField> = new Set(["referrer", "exitReason", "insats"]);

const isListField = (f: FieldKey): f is ListField => (LIST_FIELDS as readonly string[]).includes(f);

export interface ValidationTarget {
  /** 0-based column of each field. */
  columns: Partial<Record<FieldKey, number>>;
  /** 0-based inclusive rows to cover (the data rows). */
  firstRow: number;
  lastRow: number;
  sources: ListSources;
  /** The current year: the last birth year accepted. */
  year: number;
}

/**
 * The validations for a register's columns: drop-downs for the list fields that have a source,
 * dates for enrolment and exit (exit on or after enrolment), a whole year for Födelseår. Every
 * one carries the marker as its error title, so that the add-in can find (and remove) its own.
 */
export function fieldValidations(t: ValidationTarget): ValidationSpec[] {
  const out: ValidationSpec[] = [];
  const at = (field: FieldKey, col: number) => ({
    field,
    col,
    firstRow: t.firstRow,
    lastRow: t.lastRow,
  });
  for (const [field, col] of Object.entries(t.columns) as [FieldKey, number][]) {
    if (col === undefined) continue;
    const title = FIELD_HEADERS[field].canonical.slice(0, 32);
    if (isListField(field)) {
      const source = t.sources[field];
      if (!source) continue;
      const warn = WARNING_ONLY.has(field);
      const promptText =
        field === "exitReason" ? T.listPromptTwo : warn ? T.listPromptOpen : T.listPrompt;
      out.push({
        ...at(field, col),
        rule: { kind: "list", source },
        prompt: { title, text: promptText },
        error: {
          title: T.marker,
          text: warn ? T.listWarning : T.listError,
          style: warn ? "warning" : "stop",
        },
      });
    } else if (field === "start") {
      out.push({
        ...at(field, col),
        rule: { kind: "date", ...DATE_RANGE },
        prompt: { title, text: T.datePrompt },
        error: {
          title: T.marker,
          text: T.dateError(DATE_RANGE.min, DATE_RANGE.max),
          style: "stop",
        },
      });
    } else if (field === "end") {
      const self = a1(t.firstRow, col);
      const start = t.columns.start;
      // Relative to the first cell: each row's exit is compared with its own enrolment.
      const formula =
        start === undefined
          ? `ISNUMBER(${self})`
          : `AND(ISNUMBER(${self}),${self}>=${a1(t.firstRow, start)})`;
      out.push({
        ...at(field, col),
        rule: { kind: "custom", formula },
        prompt: { title, text: T.endPrompt },
        error: { title: T.marker, text: T.endError, style: "stop" },
      });
    } else if (field === "birthYear") {
      out.push({
        ...at(field, col),
        rule: { kind: "whole", min: FIRST_BIRTH_YEAR, max: t.year },
        prompt: { title, text: T.yearPrompt(t.year) },
        error: { title: T.marker, text: T.yearError(t.year), style: "stop" },
      });
    }
  }
  return out.sort((a, b) => a.col - b.col);
}

/** Whether a validation read back from a sheet is one the add-in wrote. */
export const isOwnValidation = (errorTitle: string | null | undefined) => errorTitle === T.marker;
