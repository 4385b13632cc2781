/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { EngineApi, ImportResult, TeamFileInput } from "../../engine/types";
import { en } from "../i18n/en";
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

const norra = {
  sheet: "Team Norra",
  file: "Norra.xlsx",
  fileDate: "2025-05-20",
  imported: "2025-06-01",
  rows: 60,
};

function excelEngine(result: Partial<ImportResult> = {}): EngineApi {
  return {
    open: jest.fn(async () => overview),
    refresh: jest.fn(async () => overview),
    remap: jest.fn(async () => overview),
    chooseBudget: jest.fn(async () => overview),
    check: jest.fn(async () => checkResult),
    report: jest.fn(async () => reportResult()),
    preview: jest.fn(async () => null),
    importTeams: jest.fn(async (files: TeamFileInput[]) => ({
      overview: { ...overview, teamSheets: [norra] },
      imported: [norra],
      skipped: [],
      conflicts: [],
      syncs: files.length,
      ...result,
    })),
  };
}

function Harness({ engine, web = false }: { engine: EngineApi; web?: boolean }) {
  const controller = useEngine(engine, messages);
  return <App controller={controller} canOpenFiles={web} />;
}

const file = (name: string) => new File(["x"], name, { lastModified: Date.UTC(2025, 4, 20, 12) });

describe("Hämta teamens register in the pane", () => {
  test("the chosen files go to the engine with their dates; the pane lists file and dates", async () => {
    const engine = excelEngine();
    renderPane(<Harness engine={engine} />);
    fireEvent.change(screen.getByTestId("team-input"), {
      target: { files: [file("Norra.xlsx"), file("Södra.xlsm")] },
    });
    await waitFor(() => expect(screen.getByTestId("team-sheets")).toBeTruthy());
    expect(engine.importTeams).toHaveBeenCalledWith(
      [
        { name: "Norra.xlsx", bytes: expect.any(Uint8Array), fileDate: "2025-05-20" },
        { name: "Södra.xlsm", bytes: expect.any(Uint8Array), fileDate: "2025-05-20" },
      ],
      expect.any(Function),
    );
    expect(screen.getByTestId("team-sheets").textContent).toBe(
      `${sv.teams.sheet("Team Norra", "Norra.xlsx")} – ${sv.teams.dates("2025-05-20", "2025-06-01")}, ${sv.teams.rows(60)}`,
    );
    expect(screen.getByTestId("team-done").textContent).toContain(sv.teams.done(1));
  }, 30_000);

  test("a file that is not a workbook is refused before anything is read", async () => {
    const engine = excelEngine();
    renderPane(<Harness engine={engine} />);
    fireEvent.change(screen.getByTestId("team-input"), { target: { files: [file("lista.csv")] } });
    await waitFor(() =>
      expect(screen.getByTestId("error").textContent).toContain(sv.teams.notXlsx("lista.csv")),
    );
    expect(engine.importTeams).not.toHaveBeenCalled();
  }, 30_000);

  test("skipped files and conflicts are said, in the pane's language", async () => {
    const engine = excelEngine({
      imported: [],
      skipped: [{ file: "Tom.xlsx", reason: "no-register" }],
      conflicts: [{ insats: "Unga vuxna", files: ["A.xlsx", "B.xlsx"] }],
    });
    renderPane(<Harness engine={engine} />, en);
    fireEvent.change(screen.getByTestId("team-input"), { target: { files: [file("Tom.xlsx")] } });
    await waitFor(() =>
      expect(screen.getByText(en.teams.conflict("Unga vuxna", "A.xlsx", "B.xlsx"))).toBeTruthy(),
    );
    expect(screen.getByText(en.teams.noRegister("Tom.xlsx"))).toBeTruthy();
    expect(screen.queryByTestId("team-done")).toBeNull();
  }, 30_000);

  test("the web page has no team import (it combines the files it opens)", () => {
    const engine = excelEngine();
    delete engine.importTeams;
    renderPane(<Harness engine={engine} web />);
    expect(screen.queryByTestId("team-import")).toBeNull();
  });
});
