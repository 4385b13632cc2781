/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { UserFacingError } from "../../engine/errors";
import type { EngineApi } from "../../engine/types";
import { sv } from "../i18n/sv";
import { useEngine } from "../state/useEngine";
import { checkResult, overview, reportResult } from "../testing/fixtures";
import { renderPane } from "../testing/renderWithProviders";
import { App } from "./App";

const messages = {
  unexpected: sv.errors.unexpected,
  tooLarge: sv.file.tooLarge,
  notXlsx: sv.file.notXlsx,
};

function fakeEngine(overrides: Partial<EngineApi> = {}): EngineApi {
  return {
    open: jest.fn(async () => overview),
    remap: jest.fn(async () => overview),
    chooseBudget: jest.fn(async (sheet: string | null) => ({ ...overview, budgetSheet: sheet })),
    check: jest.fn(async () => checkResult),
    report: jest.fn(async () => reportResult()),
    preview: jest.fn(async () => ({
      sheet: "Deltagare",
      headers: ["A"],
      rows: [{ row: 14, cells: ["Arbette"] }],
      focusRow: 14,
      focusCol: 0,
    })),
    ...overrides,
  };
}

function Harness({ engine }: { engine: EngineApi }) {
  const controller = useEngine(engine, messages);
  return <App controller={controller} canOpenFiles onDownload={() => {}} />;
}

const xlsx = (name = "register.xlsx", size = 10) => {
  const f = new File(["x".repeat(size)], name);
  return f;
};

describe("the task pane", () => {
  test("open a file, check it, select an issue, make the report", async () => {
    const engine = fakeEngine();
    renderPane(<Harness engine={engine} />);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsx()] } });
    await waitFor(() => expect(screen.getByTestId("found-register")).toBeTruthy());
    expect(engine.open).toHaveBeenCalledWith(
      [{ name: "register.xlsx", bytes: expect.any(Uint8Array) }],
      expect.any(Function),
    );

    fireEvent.click(screen.getByRole("tab", { name: "Kontrollera" }));
    fireEvent.click(screen.getByRole("button", { name: "Kontrollera registret" }));
    await waitFor(() =>
      expect(screen.getByTestId("check-summary").textContent).toBe("2 fel, 1 varning, 1 info"),
    );
    fireEvent.click(screen.getByRole("button", { name: /Visa Deltagare!I14/ }));
    await waitFor(() => expect(screen.getByTestId("row-preview")).toBeTruthy());
    expect(engine.preview).toHaveBeenCalledWith("Deltagare", 14, 8);

    fireEvent.click(screen.getByRole("tab", { name: "Sammanställ" }));
    fireEvent.click(screen.getByRole("button", { name: "Skapa sammanställning" }));
    await waitFor(() => expect(screen.getByTestId("report-result")).toBeTruthy());
  }, 30_000);

  test("the budget table chosen on Start reaches the report request; the budget status is shown with the result", async () => {
    const tables = [
      { sheet: "Budget", headerRow: 3, year: 2024, unit: "tkr" as const },
      { sheet: "Ekonomi", headerRow: 2, year: 2024, unit: "kr" as const },
    ];
    const opened = { ...overview, budgetTables: tables };
    const result = reportResult();
    const message = "Budgettabellen på bladet ”Ekonomi” anger inget år; den används för 2024.";
    const engine = fakeEngine({
      open: jest.fn(async () => opened),
      chooseBudget: jest.fn(async (sheet: string | null) => ({ ...opened, budgetSheet: sheet })),
      report: jest.fn(async () => ({
        ...result,
        model: {
          ...result.model,
          budgetStatus: { state: "unnamed" as const, message, costPerParticipant: true },
        },
      })),
    });
    renderPane(<Harness engine={engine} />);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsx()] } });
    await waitFor(() => expect(screen.getByLabelText("Budgettabell")).toBeTruthy());
    fireEvent.change(screen.getByLabelText("Budgettabell"), { target: { value: "Ekonomi" } });
    await waitFor(() =>
      expect((screen.getByLabelText("Budgettabell") as HTMLSelectElement).value).toBe("Ekonomi"),
    );
    expect(engine.chooseBudget).toHaveBeenCalledWith("Ekonomi");

    fireEvent.click(screen.getByRole("tab", { name: "Sammanställ" }));
    fireEvent.click(screen.getByRole("button", { name: "Skapa sammanställning" }));
    await waitFor(() => expect(screen.getByTestId("report-result")).toBeTruthy());
    expect(engine.report).toHaveBeenCalledWith(
      expect.objectContaining({ budgetSheet: "Ekonomi" }),
      expect.any(Function),
    );
    expect(screen.getByTestId("budget-status").textContent).toBe(message);
  }, 30_000);

  test("progress is shown while the engine works", async () => {
    let finish: (v: typeof overview) => void = () => {};
    const engine = fakeEngine({
      open: jest.fn((_files, onProgress) => {
        onProgress?.("checking", 0.5);
        return new Promise((resolve) => (finish = resolve));
      }),
    });
    renderPane(<Harness engine={engine} />);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsx()] } });
    await waitFor(() => expect(screen.getByText("Kontrollerar registret…")).toBeTruthy());
    expect(screen.getByRole("progressbar")).toBeTruthy();
    await act(async () => finish(overview));
    expect(screen.queryByRole("progressbar")).toBeNull();
  }, 30_000);

  test("an unreadable file is a Swedish MessageBar that can be dismissed", async () => {
    const engine = fakeEngine({
      open: jest.fn(async () =>
        Promise.reject(new UserFacingError("Filen ”x.xlsx” är inte en Excel-arbetsbok (.xlsx).")),
      ),
    });
    renderPane(<Harness engine={engine} />);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsx("x.xlsx")] } });
    await waitFor(() =>
      expect(screen.getByTestId("error").textContent).toContain("är inte en Excel-arbetsbok"),
    );
    fireEvent.click(screen.getByRole("button", { name: "Stäng meddelandet" }));
    expect(screen.queryByTestId("error")).toBeNull();
  }, 30_000);

  test("the engine's own refusals (a ReportOptionsError here) are shown as written", async () => {
    const refusal = Object.assign(
      new Error("Hittade varken ett deltagarregister eller en budgettabell (blad: ”Blad1”)."),
      { name: "ReportOptionsError" },
    );
    const engine = fakeEngine({ open: jest.fn(async () => Promise.reject(refusal)) });
    renderPane(<Harness engine={engine} />);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsx()] } });
    await waitFor(() =>
      expect(screen.getByTestId("error").textContent).toContain(
        "Hittade varken ett deltagarregister",
      ),
    );
  }, 30_000);

  test("an unexpected failure never shows its internals", async () => {
    const engine = fakeEngine({
      check: jest.fn(async () =>
        Promise.reject(new TypeError("cannot read properties of undefined")),
      ),
    });
    renderPane(<Harness engine={engine} />);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsx()] } });
    await waitFor(() => expect(screen.getByTestId("found-register")).toBeTruthy());
    fireEvent.click(screen.getByRole("tab", { name: "Kontrollera" }));
    fireEvent.click(screen.getByRole("button", { name: "Kontrollera registret" }));
    await waitFor(() =>
      expect(screen.getByTestId("error").textContent).toContain(sv.errors.unexpected),
    );
    expect(document.body.textContent).not.toContain("undefined");
  }, 30_000);

  test("files that are not .xlsx, or too large, are refused before reading", async () => {
    const engine = fakeEngine();
    renderPane(<Harness engine={engine} />);
    fireEvent.change(screen.getByTestId("file-input"), {
      target: { files: [xlsx("register.xls")] },
    });
    await waitFor(() =>
      expect(screen.getByTestId("error").textContent).toContain(
        "”register.xls” är ingen Excel-arbetsbok",
      ),
    );
    const huge = xlsx();
    Object.defineProperty(huge, "size", { value: 200 * 1024 * 1024 });
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [huge] } });
    await waitFor(() =>
      expect(screen.getByTestId("error").textContent).toContain("200 MB, för stor"),
    );
    expect(engine.open).not.toHaveBeenCalled();
  }, 30_000);

  test("after opening, the next step checks; the counts stay in the header; then Skapa sammanställning", async () => {
    const engine = fakeEngine();
    renderPane(<Harness engine={engine} />);
    // The add-in's pane has its own title bar: on the web page the heading shows (Harness = web).
    expect(screen.getByRole("heading", { level: 1, name: "Finsam-rapport" })).toBeTruthy();
    expect(screen.queryByTestId("next-step")).toBeNull();
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsx()] } });
    await waitFor(() =>
      expect(screen.getByTestId("next-step").textContent).toBe("Nästa steg:Kontrollera"),
    );
    expect(screen.queryByTestId("pane-counts")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
    await waitFor(() => expect(screen.getByTestId("pane-counts")).toBeTruthy());
    expect(engine.check).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("tab", { name: "Kontrollera" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    const { counts } = checkResult;
    expect(screen.getByTestId("pane-counts").getAttribute("aria-label")).toBe(
      `${sv.check.summary(counts.error, counts.warning, counts.info)}. Visa på Kontrollera`,
    );
    expect(screen.getByTestId("next-step").textContent).toBe("Nästa steg:Skapa sammanställning");
    fireEvent.click(screen.getByTestId("next-step").querySelector("button")!);
    expect(screen.getByRole("tab", { name: "Sammanställ" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    // On its own page the step is the page's button, not a second one in the header.
    expect(screen.queryByTestId("next-step")).toBeNull();
    expect(screen.getAllByRole("button", { name: "Skapa sammanställning" })).toHaveLength(1);
  }, 30_000);

  test("issue values carry their unit: a budget amount in the table's tkr, a date as yyyy-mm-dd", async () => {
    renderPane(<Harness engine={fakeEngine()} />);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsx()] } });
    await waitFor(() => expect(screen.getByTestId("next-step")).toBeTruthy());
    fireEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
    await waitFor(() => expect(screen.getByTestId("check-summary")).toBeTruthy());
    fireEvent.click(screen.getByRole("checkbox", { name: /Info/ }));
    const shown = (cell: string) =>
      screen.getByRole("button", { name: new RegExp(`Visa ${cell}`) }).textContent;
    // The fixture's budget table on Budget (header row 3) is in tkr.
    expect(shown("Budget!D4")).toContain("Värde: 241\u00A0tkr");
    const serial = checkResult.issues.find((i) => i.cell === "G20")!.value as number;
    const iso = new Date(Date.UTC(1899, 11, 30) + serial * 864e5).toISOString().slice(0, 10);
    expect(shown("Deltagare!G20")).toContain(`Värde: ${iso}`);
  }, 30_000);
});
