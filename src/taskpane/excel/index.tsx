import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { ExcelEngine } from "../../hosts/excel/excelEngine";
import { excelRunner } from "../../hosts/excel/runner";
import { officeSettings } from "../../hosts/excel/settings";
import { App } from "../components/App";
import { StringsProvider } from "../i18n/context";
import { en } from "../i18n/en";
import { sv } from "../i18n/sv";
import { useEngine } from "../state/useEngine";

// Swedish unless Office runs in another language than Swedish and English is asked for.
const strings = typeof Office !== "undefined" && Office.context?.displayLanguage?.toLowerCase().startsWith("en") ? en : sv;
const messages = { unexpected: strings.errors.unexpected, tooLarge: strings.file.tooLarge, notXlsx: strings.file.notXlsx };

function AddIn({ engine }: { engine: ExcelEngine }) {
  const controller = useEngine(engine, messages);
  const { refresh } = controller;
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return <App controller={controller} canOpenFiles={false} />;
}

Office.onReady(() => {
  document.documentElement.lang = strings === en ? "en" : "sv";
  const engine = new ExcelEngine(excelRunner, officeSettings);
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <StringsProvider value={strings}>
        <FluentProvider theme={webLightTheme}>
          <AddIn engine={engine} />
        </FluentProvider>
      </StringsProvider>
    </StrictMode>,
  );
});
