/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { EngineApi, TemplateFile } from "../../engine/types";
import { sv } from "../i18n/sv";
import { useEngine } from "../state/useEngine";
import { overview } from "../testing/fixtures";
import { renderPane } from "../testing/renderWithProviders";
import { App } from "./App";

jest.setTimeout(30_000);

const messages = {
  unexpected: sv.errors.unexpected,
  tooLarge: sv.file.tooLarge,
  notXlsx: sv.file.notXlsx,
};

function engine(overrides: Partial<EngineApi>): EngineApi {
  return {
    open: jest.fn(async () => overview),
    remap: jest.fn(async () => overview),
    chooseBudget: jest.fn(async () => overview),
    check: jest.fn(),
    report: jest.fn(),
    preview: jest.fn(),
    refresh: jest.fn(async () => overview),
    ...overrides,
  } as EngineApi;
}

function Pane({
  e,
  web,
  onFile,
}: {
  e: EngineApi;
  web: boolean;
  onFile?: (f: TemplateFile) => void;
}) {
  const controller = useEngine(e, messages, { page: "settings", overview });
  return <App controller={controller} canOpenFiles={web} onDownloadFile={onFile} />;
}

describe("Registermall och rullistor", () => {
  test("the web page downloads the template the worker made", async () => {
    const file = { fileName: "register-mall.xlsx", bytes: new Uint8Array([1, 2]) };
    const e = engine({ templateFile: jest.fn(async () => file) });
    const onFile = jest.fn();
    renderPane(<Pane e={e} web onFile={onFile} />);
    expect(screen.queryByRole("button", { name: sv.template.addDropDowns })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: sv.template.newTemplate }));
    await waitFor(() =>
      expect(screen.getByTestId("template-outcome").textContent).toBe(
        sv.template.downloaded("register-mall.xlsx"),
      ),
    );
    expect(onFile).toHaveBeenCalledWith(file);
  });

  test("inside Excel: a template sheet, drop-downs added and removed, each result said", async () => {
    const e = engine({
      addTemplate: jest.fn(async () => ({
        register: "Deltagarregister (2)",
        kategorier: "Kategorier",
        kategorierWritten: false,
      })),
      addDropDowns: jest.fn(async () => ({ sheets: ["Deltagare"], columns: 10 })),
      removeDropDowns: jest.fn(async () => ({ sheets: ["Deltagare"], columns: 10 })),
    });
    renderPane(<Pane e={e} web={false} />);
    const outcome = () => screen.getByTestId("template-outcome").textContent;
    fireEvent.click(screen.getByRole("button", { name: sv.template.newTemplate }));
    await waitFor(() =>
      expect(outcome()).toBe(sv.template.sheets("Deltagarregister (2)", "Kategorier", false)),
    );
    fireEvent.click(screen.getByRole("button", { name: sv.template.addDropDowns }));
    await waitFor(() => expect(outcome()).toBe(sv.template.added(["Deltagare"], 10)));
    fireEvent.click(screen.getByRole("button", { name: sv.template.removeDropDowns }));
    await waitFor(() => expect(outcome()).toBe(sv.template.removed(10)));
    expect(e.addTemplate).toHaveBeenCalledTimes(1);
  });
});

describe("editing the categories", () => {
  test("rename, synonyms, add, stegförflyttning and order; only the changed field is saved; unknown values named", async () => {
    const saved = {
      overview,
      sheet: "Kategorier",
      refused: false,
      unknown: [{ column: "Avslutsorsak", value: "Studier", count: 3 }],
    };
    const e = engine({ saveCategories: jest.fn(async () => saved) });
    renderPane(<Pane e={e} web={false} />);
    const save = screen.getByRole("button", { name: sv.categoriesEdit.save });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole("textbox", { name: `${sv.categoriesEdit.label} 1` }), {
      target: { value: "Arbete eller praktik" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: `${sv.categoriesEdit.synonyms} 1` }), {
      target: { value: "Anställning; Praktik ;" },
    });
    fireEvent.click(screen.getByRole("button", { name: sv.categoriesEdit.add }));
    fireEvent.change(screen.getByRole("textbox", { name: `${sv.categoriesEdit.label} 2` }), {
      target: { value: "Studier" },
    });
    fireEvent.click(screen.getAllByRole("checkbox", { name: sv.categoriesEdit.green })[1]);
    fireEvent.click(screen.getByRole("button", { name: sv.categoriesEdit.up("Studier") }));
    fireEvent.click(screen.getByRole("button", { name: sv.categoriesEdit.save }));
    await waitFor(() => expect(e.saveCategories).toHaveBeenCalled());
    expect(e.saveCategories).toHaveBeenCalledWith({
      exitReason: [
        { label: "Studier", green: true, synonyms: [] },
        { label: "Arbete eller praktik", green: true, synonyms: ["Anställning", "Praktik"] },
      ],
    });
    await waitFor(() =>
      expect(screen.getByTestId("categories-saved").textContent).toBe(
        sv.categoriesEdit.savedExcel("Kategorier"),
      ),
    );
    expect(screen.getByTestId("categories-unknown").textContent).toContain(
      sv.categoriesEdit.unknownValue("Studier", "Avslutsorsak", 3),
    );
    // The pane says what a field on the Kategorier sheet means.
    expect(screen.getByText(sv.categoriesEdit.meaning)).toBeTruthy();
  });
});
