import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../components/App";
import { StringsProvider } from "../i18n/context";
import { en } from "../i18n/en";
import { sv } from "../i18n/sv";
import { useEngine } from "../state/useEngine";
import { downloadFile, downloadReport } from "./download";
import { createEngine } from "./engineClient";

// Swedish unless the page is opened with ?lang=en (for reviewers).
// The engine writes its issue messages in the same language.
const strings = new URLSearchParams(location.search).get("lang") === "en" ? en : sv;
document.documentElement.lang = strings.lang;
const engine = createEngine(strings.lang);
const messages = {
  unexpected: strings.errors.unexpected,
  tooLarge: strings.file.tooLarge,
  notXlsx: strings.file.notXlsx,
};

function WebApp() {
  const controller = useEngine(engine, messages);
  return (
    <App
      controller={controller}
      canOpenFiles
      onDownload={downloadReport}
      onDownloadFile={downloadFile}
    />
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <StringsProvider value={strings}>
      <FluentProvider theme={webLightTheme}>
        <WebApp />
      </FluentProvider>
    </StringsProvider>
  </StrictMode>,
);
