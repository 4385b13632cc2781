/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { checkResult, overview, reportResult } from "../testing/fixtures";
import { renderPane } from "../testing/renderWithProviders";
import { CheckPage } from "./CheckPage";
import { ReportPage } from "./ReportPage";
import { SettingsPage } from "./SettingsPage";
import { StartPage } from "./StartPage";
import type { WorkbookOverview } from "../../engine/types";

const noop = () => {};

describe("Start", () => {
  test("the web page offers the bundled sample; the add-in (no onSample) does not", () => {
    const onSample = jest.fn();
    const props = {
      overview: null,
      canOpenFiles: true,
      busy: false,
      onFiles: noop,
      mapping: {},
      onRemap: noop,
      onChooseBudget: noop,
    };
    const { unmount } = renderPane(<StartPage {...props} onSample={onSample} />);
    fireEvent.click(screen.getByRole("button", { name: "Prova med exempelfilen" }));
    expect(onSample).toHaveBeenCalledTimes(1);
    unmount();
    renderPane(<StartPage {...props} />);
    expect(screen.queryByRole("button", { name: "Prova med exempelfilen" })).toBeNull();
  });

  test("empty: explains the add-in and offers a file button and a drop zone", () => {
    renderPane(
      <StartPage
        overview={null}
        canOpenFiles
        busy={false}
        onFiles={noop}
        mapping={{}}
        onRemap={noop}
        onChooseBudget={noop}
      />,
    );
    expect(screen.getByText(/kontrollerar deltagarregistret/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Välj Excel-fil" })).toBeTruthy();
    expect(screen.getByTestId("drop-zone").getAttribute("aria-label")).toBe(
      "Släpp Excel-filer här",
    );
  });

  test("a workbook without a register is a warning MessageBar saying what a register needs", () => {
    renderPane(
      <StartPage
        overview={{ ...overview, registerSheets: [], rows: 0, insatser: [] }}
        canOpenFiles
        busy={false}
        onFiles={noop}
        mapping={{}}
        onRemap={noop}
        onChooseBudget={noop}
      />,
    );
    expect(screen.getByTestId("no-register").textContent).toContain(
      "minst Deltagar-ID och Inskrivningsdatum",
    );
  });

  test("inside Excel there is no file picker", () => {
    renderPane(
      <StartPage
        overview={overview}
        canOpenFiles={false}
        busy={false}
        onFiles={noop}
        mapping={{}}
        onRemap={noop}
        onChooseBudget={noop}
      />,
    );
    expect(screen.queryByRole("button", { name: /Välj/ })).toBeNull();
  });

  test("a chosen file is handed over; a drop too", () => {
    const onFiles = jest.fn();
    renderPane(
      <StartPage
        overview={null}
        canOpenFiles
        busy={false}
        onFiles={onFiles}
        mapping={{}}
        onRemap={noop}
        onChooseBudget={noop}
      />,
    );
    const file = new File(["x"], "register.xlsx");
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
    expect(onFiles).toHaveBeenCalledWith([file]);
    fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files: [file] } });
    expect(onFiles).toHaveBeenCalledTimes(2);
  });

  test("shows what was found and the guessed mapping; changing a column remaps", () => {
    const onRemap = jest.fn();
    renderPane(
      <StartPage
        overview={overview}
        canOpenFiles
        busy={false}
        onFiles={noop}
        mapping={{}}
        onRemap={onRemap}
        onChooseBudget={noop}
      />,
    );
    expect(screen.getByTestId("found-register").textContent).toBe(
      "Register: blad ”Deltagare”, 297 deltagarrader i 2 insatser",
    );
    expect(screen.getByTestId("found-budget").textContent).toBe("Budget: blad ”Budget”, 2024, tkr");
    expect(screen.queryByTestId("no-budget")).toBeNull();
    expect(screen.queryByLabelText("Kolumn för Avslutsdatum")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Blad ”Deltagare”, rubriker på rad 4" }));
    const end = screen.getByLabelText("Kolumn för Avslutsdatum") as HTMLSelectElement;
    expect(end.value).toBe("");
    fireEvent.change(end, { target: { value: "D" } });
    expect(onRemap).toHaveBeenCalledWith({ Deltagare: { columns: { end: "D" } } });
    expect((screen.getByLabelText("Kolumn för Inskrivningsdatum") as HTMLSelectElement).value).toBe(
      "C",
    );
  });
});

describe("Start: the budget table", () => {
  const tables: WorkbookOverview["budgetTables"] = [
    { sheet: "Budget", headerRow: 3, year: null, unit: "kr" },
    { sheet: "Ekonomi", headerRow: 2, year: 2024, unit: "tkr" },
    { sheet: "Ekonomi", headerRow: 2, year: 2023, unit: "tkr" },
    { sheet: "Ekonomi", headerRow: 20, year: 2024, unit: "tkr" },
  ];
  const withTables = {
    ...overview,
    budget: { sheet: "Budget", unit: "kr" as const },
    budgetTables: tables,
  };
  const options = () =>
    [...(screen.getByLabelText("Budgettabell") as HTMLSelectElement).options].map((o) => [
      o.value,
      o.textContent,
    ]);

  test("every table is listed; the dropdown offers automatic and each sheet with the years it names", () => {
    renderPane(
      <StartPage
        overview={withTables}
        canOpenFiles
        busy={false}
        onFiles={noop}
        mapping={{}}
        onRemap={noop}
        onChooseBudget={noop}
      />,
    );
    expect(screen.getByTestId("found-budget").textContent).toBe(
      "Budget: blad ”Budget”, inget år, kr; blad ”Ekonomi”, 2024, tkr; blad ”Ekonomi”, 2023, tkr",
    );
    expect(options()).toEqual([
      ["", "Automatiskt (periodens år)"],
      ["Budget", "Budget – inget år"],
      ["Ekonomi", "Ekonomi – 2023, 2024"],
    ]);
    expect((screen.getByLabelText("Budgettabell") as HTMLSelectElement).value).toBe("");
  });

  test("choosing a sheet, and automatic again, is handed over; the choice is shown", () => {
    const onChooseBudget = jest.fn();
    const { rerender } = renderPane(
      <StartPage
        overview={withTables}
        canOpenFiles
        busy={false}
        onFiles={noop}
        mapping={{}}
        onRemap={noop}
        onChooseBudget={onChooseBudget}
      />,
    );
    fireEvent.change(screen.getByLabelText("Budgettabell"), { target: { value: "Ekonomi" } });
    expect(onChooseBudget).toHaveBeenLastCalledWith("Ekonomi");
    rerender(
      <StartPage
        overview={{ ...withTables, budgetSheet: "Ekonomi" }}
        canOpenFiles
        busy={false}
        onFiles={noop}
        mapping={{}}
        onRemap={noop}
        onChooseBudget={onChooseBudget}
      />,
    );
    expect((screen.getByLabelText("Budgettabell") as HTMLSelectElement).value).toBe("Ekonomi");
    fireEvent.change(screen.getByLabelText("Budgettabell"), { target: { value: "" } });
    expect(onChooseBudget).toHaveBeenLastCalledWith(null);
  });

  test("no budget table at all: a warning saying what a budget table needs, and no dropdown", () => {
    renderPane(
      <StartPage
        overview={{ ...overview, budget: null, budgetTables: [] }}
        canOpenFiles
        busy={false}
        onFiles={noop}
        mapping={{}}
        onRemap={noop}
        onChooseBudget={noop}
      />,
    );
    expect(screen.getByTestId("found-budget").textContent).toBe(
      "Budget: ingen budgettabell hittades (kostnaderna kan då inte räknas).",
    );
    expect(screen.getByTestId("no-budget").textContent).toMatch(
      /^Ingen budgettabell hittades.*Budget \(eller Tilldelade medel\) och Utfall \(eller Använda medel\).*”Budget och utfall 2024”\.$/,
    );
    expect(screen.queryByLabelText("Budgettabell")).toBeNull();
  });
});

describe("Kontrollera", () => {
  const props = {
    hasWorkbook: true,
    busy: false,
    selected: null,
    preview: null,
    onCheck: noop,
    onSelect: noop,
    onClosePreview: noop,
  };

  test("without a workbook it says what to do first", () => {
    renderPane(<CheckPage {...props} hasWorkbook={false} result={null} />);
    expect(screen.getByText("Välj en fil på Start-sidan först.")).toBeTruthy();
  });

  test("before checking: one button; while busy it is disabled", () => {
    const onCheck = jest.fn();
    const { rerender } = renderPane(<CheckPage {...props} result={null} onCheck={onCheck} />);
    fireEvent.click(screen.getByRole("button", { name: "Kontrollera registret" }));
    expect(onCheck).toHaveBeenCalled();
    rerender(<CheckPage {...props} busy result={null} onCheck={onCheck} />);
    expect(
      (screen.getByRole("button", { name: "Kontrollera registret" }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  test("issues: summary, groups by rule, info hidden until asked for, filter by sheet, select an issue", () => {
    const onSelect = jest.fn();
    renderPane(<CheckPage {...props} result={checkResult} onSelect={onSelect} />);
    expect(screen.getByTestId("check-summary").textContent).toBe("2 fel, 1 varning, 1 info");
    expect(screen.getByRole("heading", { name: "Okänt kategorivärde" })).toBeTruthy();
    expect(screen.queryByText("Texten tolkades som datum.")).toBeNull();
    fireEvent.click(screen.getByLabelText("Info (1)"));
    expect(screen.getByText("Texten tolkades som datum.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Blad"), { target: { value: "Budget" } });
    expect(screen.queryByText(/Arbette/)).toBeNull();
    expect(screen.getByText("Differensen 241 tkr stämmer inte.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Blad"), { target: { value: "" } });
    const button = screen.getByRole("button", { name: /Visa Deltagare!I14/ });
    expect(within(button).getByText("Förslag: Arbete")).toBeTruthy();
    fireEvent.click(button);
    expect(onSelect).toHaveBeenCalledWith(checkResult.issues[0]);
  });

  test("a clean register says so", () => {
    renderPane(
      <CheckPage {...props} result={{ issues: [], counts: { error: 0, warning: 0, info: 0 } }} />,
    );
    expect(screen.getByTestId("check-summary").textContent).toBe(
      "Inga problem hittades. Registret och budgeten ser rätt ut.",
    );
  });

  test("the selected issue's row is shown with its cell marked", () => {
    const preview = {
      sheet: "Deltagare",
      headers: ["Deltagar-ID", "Avslutsorsak"],
      rows: [
        { row: 13, cells: ["D1", "Arbete"] },
        { row: 14, cells: ["D2", "Arbette"] },
      ],
      focusRow: 14,
      focusCol: 1,
    };
    renderPane(
      <CheckPage
        {...props}
        result={checkResult}
        selected={checkResult.issues[0]}
        preview={preview}
      />,
    );
    const grid = screen.getByTestId("row-preview");
    expect(within(grid).getByText("Blad ”Deltagare”, rad 14", { selector: "span" })).toBeTruthy();
    expect(within(grid).getByText("Arbette").tagName).toBe("TD");
  });
});

describe("Sammanställ", () => {
  const props = {
    overview,
    busy: false,
    result: null,
    canDownload: true,
    onCreate: noop,
    onDownload: noop,
  };

  test("without a workbook it says what to do first", () => {
    renderPane(<ReportPage {...props} overview={null} />);
    expect(screen.getByText("Välj en fil på Start-sidan först.")).toBeTruthy();
  });

  test("the workbook's last period is chosen again: a whole year, or a range", () => {
    const onCreate = jest.fn();
    const { unmount } = renderPane(
      <ReportPage
        {...props}
        overview={{ ...overview, savedPeriod: { from: "2019-01-01", to: "2019-12-31" } }}
        onCreate={onCreate}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Skapa sammanställning" }));
    expect(onCreate.mock.calls[0][0].period).toEqual({ from: "2019-01-01", to: "2019-12-31" });
    unmount();
    renderPane(
      <ReportPage
        {...props}
        overview={{ ...overview, savedPeriod: { from: "2024-01-01", to: "2024-06-30" } }}
        onCreate={onCreate}
      />,
    );
    expect((screen.getByLabelText("Eget intervall") as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Skapa sammanställning" }));
    expect(onCreate.mock.calls[1][0].period).toEqual({ from: "2024-01-01", to: "2024-06-30" });
  });

  test("a workbook without a register says what a register needs and asks for nothing", () => {
    const onCreate = jest.fn();
    renderPane(
      <ReportPage
        {...props}
        overview={{ ...overview, registerSheets: [], rows: 0, insatser: [] }}
        onCreate={onCreate}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Skapa sammanställning" }));
    expect(
      screen.getByText(
        /^Det finns inget deltagarregister att sammanställa\. Registret behöver en rubrikrad/,
      ),
    ).toBeTruthy();
    expect(onCreate).not.toHaveBeenCalled();
  });

  test("defaults to the last full year, every insats and sheet; creates the request", () => {
    const onCreate = jest.fn();
    renderPane(<ReportPage {...props} onCreate={onCreate} />);
    expect((screen.getByLabelText("År", { selector: "select" }) as HTMLSelectElement).value).toBe(
      "2024",
    );
    fireEvent.click(screen.getByLabelText("Team Syd"));
    fireEvent.click(
      screen.getByRole("switch", { name: "Visa antal under 3 som .. (för publicering)" }),
    );
    fireEvent.click(screen.getByRole("button", { name: "Skapa sammanställning" }));
    expect(onCreate).toHaveBeenCalledWith({
      period: { from: "2024-01-01", to: "2024-12-31" },
      insatser: ["Team Norr"],
      sheets: ["resultat", "budget", "kostnad", "tabeller", "kontroll"],
      hideSmall: true,
      budgetSheet: null,
    });
  });

  test("the budget sheet chosen on Start goes with the request", () => {
    const onCreate = jest.fn();
    renderPane(
      <ReportPage
        {...props}
        overview={{ ...overview, budgetSheet: "Budget" }}
        onCreate={onCreate}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Skapa sammanställning" }));
    expect(onCreate.mock.calls[0][0].budgetSheet).toBe("Budget");
  });

  test("done: the budget table used is named; no warning when the period's budget was used", () => {
    renderPane(<ReportPage {...props} result={reportResult()} />);
    expect(screen.getByTestId("budget-used").textContent).toBe(
      "Budgettabell: blad ”Budget”, 2024, tkr",
    );
    expect(screen.queryByTestId("budget-status")).toBeNull();
  });

  test("done: why there are no budget figures is a warning, and no table is named", () => {
    const result = reportResult();
    const message = "Ingen budgettabell gäller 2025: tabellen på bladet ”Budget” gäller 2024.";
    const model = {
      ...result.model,
      budget: null,
      budgetStatus: { state: "no-year" as const, message, costPerParticipant: false },
    };
    renderPane(<ReportPage {...props} result={{ ...result, model }} />);
    expect(screen.getByTestId("budget-status").textContent).toBe(message);
    expect(within(screen.getByTestId("report-result")).getByTestId("budget-status")).toBeTruthy();
    expect(screen.queryByTestId("budget-used")).toBeNull();
  });

  test("an impossible custom period and no insats are explained, not sent", () => {
    const onCreate = jest.fn();
    renderPane(<ReportPage {...props} onCreate={onCreate} />);
    fireEvent.click(screen.getByLabelText("Eget intervall"));
    fireEvent.change(screen.getByLabelText("Från"), { target: { value: "2024-07-01" } });
    fireEvent.change(screen.getByLabelText("Till"), { target: { value: "2024-06-30" } });
    fireEvent.click(screen.getByRole("button", { name: "Skapa sammanställning" }));
    expect(screen.getByText(/Ange perioden som ÅÅÅÅ-MM-DD/)).toBeTruthy();
    expect(onCreate).not.toHaveBeenCalled();
  });

  test("done: the sheets made, the renamed sheet, the download and the charts", () => {
    const onDownload = jest.fn();
    const result = reportResult();
    renderPane(<ReportPage {...props} result={result} onDownload={onDownload} />);
    const done = screen.getByTestId("report-result");
    expect(within(done).getByText("Resultat 2024")).toBeTruthy();
    expect(within(done).getByText(/det nya bladet heter ”Resultat 2024 \(2\)”/)).toBeTruthy();
    fireEvent.click(within(done).getByRole("button", { name: "Ladda ner rapporten" }));
    expect(onDownload).toHaveBeenCalledWith(result, "copy");
    // The report alone, without the register, for sharing: its own button and what it holds.
    fireEvent.click(within(done).getByRole("button", { name: "Ladda ner endast rapporten" }));
    expect(onDownload).toHaveBeenLastCalledWith(result, "reportOnly");
    expect(within(done).getByText(/utan registret och dess personuppgifter/)).toBeTruthy();
    expect(
      within(done).getByRole("img", { name: "Avslutsorsak per insats (antal avslutade)" }),
    ).toBeTruthy();
    expect(
      within(done).getByRole("img", { name: "Försörjning före och efter (totalt)" }),
    ).toBeTruthy();
  });

  test("insatser written as values are named, with what to do to get formulas", () => {
    renderPane(
      <ReportPage
        {...props}
        result={{ ...reportResult(), valueInsatser: ["Team Norr", "Team Syd"] }}
      />,
    );
    expect(screen.getByTestId("values-note").textContent).toMatch(
      /^Siffrorna för ”Team Norr”, ”Team Syd” och totalen skrevs som värden, inte formler.*Rätta registret på sidan Kontrollera.*skapa sammanställningen igen/,
    );
  });

  test("no values note when every figure is a formula", () => {
    renderPane(<ReportPage {...props} result={reportResult()} />);
    expect(screen.queryByTestId("values-note")).toBeNull();
  });

  test("a conflict between two files is an error with what to do", () => {
    renderPane(
      <ReportPage
        {...props}
        result={{
          ...reportResult(),
          conflicts: [{ insats: "Team Norr", files: ["a.xlsx", "b.xlsx"] }],
        }}
      />,
    );
    expect(screen.getByText(/finns i både a.xlsx och b.xlsx/)).toBeTruthy();
    expect(screen.queryByTestId("report-result")).toBeNull();
  });
});

describe("Inställningar", () => {
  test("lists each field's categories, green ones marked, and how to change them", () => {
    renderPane(<SettingsPage overview={overview} />);
    expect(screen.getByRole("heading", { name: "Avslutsorsak" })).toBeTruthy();
    expect(screen.getByText("Arbete")).toBeTruthy();
    expect(screen.getByText(/stegförflyttning/, { selector: "span" })).toBeTruthy();
    expect(screen.getByText("Tolkas även: Anställning")).toBeTruthy();
    expect(screen.getByText(/Lägg till ett blad som heter Kategorier/)).toBeTruthy();
  });
});

describe("inside Excel", () => {
  test("Start reads the open workbook instead of choosing files", () => {
    const onRefresh = jest.fn();
    const { rerender } = renderPane(
      <StartPage
        overview={null}
        canOpenFiles={false}
        busy={false}
        onFiles={noop}
        mapping={{}}
        onRemap={noop}
        onChooseBudget={noop}
        onRefresh={onRefresh}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Läs arbetsboken" }));
    expect(onRefresh).toHaveBeenCalled();
    rerender(
      <StartPage
        overview={overview}
        canOpenFiles={false}
        busy={false}
        onFiles={noop}
        mapping={{}}
        onRemap={noop}
        onChooseBudget={noop}
        onRefresh={onRefresh}
      />,
    );
    expect(screen.getByRole("button", { name: "Läs arbetsboken igen" })).toBeTruthy();
  });

  test("Kontrollera can mark the error cells and remove the marks", () => {
    const onMark = jest.fn();
    const onUnmark = jest.fn();
    const props = {
      hasWorkbook: true,
      busy: false,
      selected: null,
      preview: null,
      onCheck: noop,
      onSelect: noop,
      onClosePreview: noop,
      onMark,
      onUnmark,
    };
    const { rerender } = renderPane(<CheckPage {...props} result={checkResult} marked={null} />);
    expect(screen.queryByRole("button", { name: "Ta bort markeringar" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Markera i bladet" }));
    expect(onMark).toHaveBeenCalled();
    rerender(<CheckPage {...props} result={checkResult} marked={2} />);
    expect(screen.getByText(/2 celler med fel är markerade/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Ta bort markeringar" }));
    expect(onUnmark).toHaveBeenCalled();
  });

  test("figures Excel calculated differently are shown with their cells", () => {
    const result = {
      ...reportResult(),
      bytes: null,
      differences: [{ sheet: "Resultat 2024", cell: "B8", engine: 56, excel: 57 }],
    };
    renderPane(
      <ReportPage
        overview={overview}
        busy={false}
        result={result}
        canDownload={false}
        onCreate={noop}
        onDownload={noop}
      />,
    );
    expect(screen.getByTestId("differences").textContent).toContain(
      "Resultat 2024!B8: Finsam-rapport 56, Excel 57",
    );
    expect(screen.queryByRole("button", { name: "Ladda ner rapporten" })).toBeNull();
  });
});
