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
});
