/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Node's export conditions: the web page's engine (ExcelJS and its uuid) loads as it does under Node.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { participant, registerSheet, serial, workbook } from "../../../tests/helpers/registerGrid";
import { countBySeverity } from "../../core/issue";
import { RULES } from "../../core/messages/rules";
import { readWorkbook } from "../../core/readWorkbook";
import { FileEngine } from "../../hosts/file/fileEngine";
import type { EngineApi } from "../../engine/types";
import { en } from "../i18n/en";
import { useEngine } from "../state/useEngine";
import { renderPane } from "../testing/renderWithProviders";
import { App } from "./App";
import { CheckPage } from "./CheckPage";

// jsdom lacks the text codecs the web page's xlsx reader uses (browsers and workers have them).
Object.assign(globalThis, {
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
});

const noop = () => {};
const props = {
  hasWorkbook: true,
  busy: false,
  selected: null,
  preview: null,
  onCheck: noop,
  onSelect: noop,
  onClosePreview: noop,
};

/** A register with a duplicate id and a near-miss exit reason, and a budget whose differens is wrong. */
function englishCheck() {
  const budget = {
    name: "Budget",
    rows: [
      ["Budget och utfall 2024 (tkr)"],
      [],
      ["Insats", "Tilldelade medel", "Använda medel", "Differens"],
      ["Samordningsteam Norra", 1528, 1284, 241],
    ],
  };
  const grid = workbook(
    registerSheet([
      participant(1),
      participant(2, { id: "D0001" }),
      participant(3, { end: serial("2024-10-01"), exit: "Arbette" }),
    ]),
    budget,
  );
  const issues = readWorkbook(grid, { today: "2025-06-01", lang: "en" }).issues;
  return { issues, counts: countBySeverity(issues) };
}

describe("the pane in English", () => {
  test("the check page shows English rule titles and the engine's English messages", () => {
    const result = englishCheck();
    renderPane(<CheckPage {...props} result={result} />, en);
    for (const title of [
      "Same participant twice in one intervention",
      "Unknown category value",
      "The difference does not add up",
    ])
      expect(screen.getByRole("heading", { name: title })).toBeTruthy();
    for (const code of ["REG-ID-DUPLICATE", "REG-CATEGORY-UNKNOWN", "BUDGET-DIFF"] as const)
      expect(screen.queryByRole("heading", { name: RULES[code].title })).toBeNull();
    expect(screen.getByText(/^The participant “D0001” is already on row 2/)).toBeTruthy();
    expect(screen.getByText(/is 244 tkr, but the table says 241 tkr\./)).toBeTruthy();
    const button = screen.getByRole("button", {
      name: /Show Deltagare!I4: Avslutsorsak: “Arbette” is not one of the categories\. Did you mean “Arbete”\?/,
    });
    expect(within(button).getByText("Suggestion: Arbete")).toBeTruthy();
    expect(
      screen.queryByText(/finns inte bland kategorierna|Samma deltagare|stämmer inte/),
    ).toBeNull();
  });

  test("in Swedish (the default) the same page shows the Swedish titles", () => {
    const result = englishCheck();
    renderPane(<CheckPage {...props} result={result} />);
    expect(screen.getByRole("heading", { name: "Okänt kategorivärde" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Unknown category value" })).toBeNull();
  });

  function Harness({ engine }: { engine: EngineApi }) {
    const controller = useEngine(engine, {
      unexpected: en.errors.unexpected,
      tooLarge: en.file.tooLarge,
      notXlsx: en.file.notXlsx,
    });
    return <App controller={controller} canOpenFiles onDownload={noop} />;
  }

  test("a whole flow with the web page's engine in English: open, check and summarise a half year", async () => {
    const bytes = readFileSync(join(__dirname, "..", "..", "..", "samples", "finsam-exempel.xlsx"));
    const file = new File([bytes], "finsam-exempel.xlsx");
    renderPane(<Harness engine={new FileEngine("2025-06-01", "en")} />, en);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId("found-register")).toBeTruthy(), {
      timeout: 20_000,
    });

    fireEvent.click(screen.getByRole("tab", { name: "Check" }));
    fireEvent.click(screen.getByRole("button", { name: "Check the register" }));
    await waitFor(() => expect(screen.getByTestId("check-summary")).toBeTruthy(), {
      timeout: 20_000,
    });
    const titles = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).toContain("Unknown category value");
    const swedishTitles = new Set<string>(Object.values(RULES).map((r) => r.title));
    expect(titles.filter((t) => swedishTitles.has(t!))).toEqual([]);
    // Every shown message is the English catalogue's: none of the Swedish messages' stock phrases.
    const messages = screen.getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(messages.length).toBeGreaterThan(0);
    expect(
      messages.filter((m) =>
        /\b(saknas|finns inte|går inte att läsa|stämmer inte|Rätta|Kontrollera)\b/.test(m),
      ),
    ).toEqual([]);

    fireEvent.click(screen.getByRole("tab", { name: "Summarise" }));
    fireEvent.click(screen.getByLabelText("Custom range"));
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2024-01-01" } });
    fireEvent.change(screen.getByLabelText("To"), { target: { value: "2024-06-30" } });
    fireEvent.click(screen.getByRole("button", { name: "Create summary" }));
    await waitFor(() => expect(screen.getByTestId("report-result")).toBeTruthy(), {
      timeout: 20_000,
    });
    expect(screen.getByTestId("budget-status").textContent).toMatch(
      /^The period 2024-01-01–2024-06-30 is not a whole calendar year/,
    );
    // The report sheets are the förbund's report: Swedish whatever the pane's language.
    expect(screen.getByTestId("report-result").textContent).toContain("Resultat 240101–240630");
  }, 30_000);
});
