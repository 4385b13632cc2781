/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import type { RepairPreview } from "../../engine/types";
import { checkResult } from "../testing/fixtures";
import { renderPane } from "../testing/renderWithProviders";
import { CheckPage } from "./CheckPage";

const noop = () => {};
const base = {
  hasWorkbook: true,
  busy: false,
  selected: null,
  preview: null,
  onCheck: noop,
  onSelect: noop,
  onClosePreview: noop,
};
const repairs: RepairPreview = {
  total: 7,
  groups: [
    {
      rule: "date",
      count: 6,
      examples: [{ sheet: "Deltagare", cell: "G5", before: "16/8/2024", after: 45520 }],
    },
    {
      rule: "category",
      count: 1,
      examples: [{ sheet: "Deltagare", cell: "C5", before: "man", after: "Man" }],
    },
  ],
};
const withRepairs = { ...checkResult, repairs };

describe("Rätta registret on Kontrollera", () => {
  test("the preview per rule: count, first cells before → after, and how many more", () => {
    renderPane(
      <CheckPage
        {...base}
        result={withRepairs}
        repair={{ done: null, inExcel: false, onRepair: noop }}
      />,
    );
    expect(screen.getByText("Datum skrivna som text blir datum – 6 celler")).toBeTruthy();
    expect(screen.getByText("Deltagare!G5: ”16/8/2024” → 2024-08-16")).toBeTruthy();
    expect(screen.getByText("… och 5 till")).toBeTruthy();
    expect(screen.getByText("Deltagare!C5: ”man” → ”Man”")).toBeTruthy();
  });

  test("the web page: one download button, the original untouched", () => {
    const onRepair = jest.fn();
    renderPane(
      <CheckPage
        {...base}
        result={withRepairs}
        repair={{ done: null, inExcel: false, onRepair }}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Ladda ner rättad fil" }));
    expect(onRepair).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("button", { name: "Rätta registret" })).toBeNull();
  });

  test("inside Excel: applied only after the user confirms; cancel writes nothing", () => {
    const onRepair = jest.fn();
    renderPane(
      <CheckPage {...base} result={withRepairs} repair={{ done: null, inExcel: true, onRepair }} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Rätta registret" }));
    expect(onRepair).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
    fireEvent.click(screen.getByRole("button", { name: "Rätta registret" }));
    fireEvent.click(screen.getByRole("button", { name: "Rätta 7 celler" }));
    expect(onRepair).toHaveBeenCalledTimes(1);
  });

  test("after a repair inside Excel: says Excel's undo does not cover it, and offers Ångra", () => {
    const onUndo = jest.fn();
    const done = { repaired: 7, fileName: null, bytes: null, overview: null };
    renderPane(
      <CheckPage
        {...base}
        result={checkResult}
        repair={{ done, inExcel: true, onRepair: noop, onUndo }}
      />,
    );
    expect(screen.getByText(/7 celler rättades\. Excels egen Ångra omfattar inte/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Ångra" }));
    expect(onUndo).toHaveBeenCalled();
  });

  test("no repairs: no panel", () => {
    renderPane(
      <CheckPage
        {...base}
        result={checkResult}
        repair={{ done: null, inExcel: true, onRepair: noop }}
      />,
    );
    expect(screen.queryByTestId("repair")).toBeNull();
  });
});
