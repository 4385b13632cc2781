import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { ExcelEngine } from "../../hosts/excel/excelEngine";
import { excelRunner } from "../../hosts/excel/runner";
import { officeSettings } from "../../hosts/excel/settings";
import { App } from "../components/App";
import { StringsProvider } from "../i18n/context";
import { en } from "../i18n/en";
import { sv, type Strings } from "../i18n/sv";
import { useEngine, type Messages } from "../state/useEngine";

function AddIn({ engine, messages }: { engine: ExcelEngine; messages: Messages }) {
  const controller = useEngine(engine, messages);
  const { refresh } = controller;
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return <App controller={controller} canOpenFiles={false} />;
}

Office.onReady(() => {
  // Swedish unless Office runs in English (its display language is known once Office is ready).
  const strings: Strings = Office.context?.displayLanguage?.toLowerCase().startsWith("en")
    ? en
    : sv;
  const messages: Messages = {
    unexpected: strings.errors.unexpected,
    tooLarge: strings.file.tooLarge,
    notXlsx: strings.file.notXlsx,
  };
  document.documentElement.lang = strings.lang;
  // The engine writes its issue messages in the pane's language; the report sheets stay Swedish.
  const engine = new ExcelEngine(excelRunner, officeSettings, undefined, strings.lang);
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <StringsProvider value={strings}>
        <FluentProvider theme={webLightTheme}>
          <AddIn engine={engine} messages={messages} />
        </FluentProvider>
      </StringsProvider>
    </StrictMode>,
  );
});
