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
import sampleUrl from "../../../samples/finsam-exempel.xlsx";

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

/** The bundled sample as a file the user might have chosen; null where it cannot be fetched (file://). */
async function sampleFile(): Promise<File | null> {
  try {
    const response = await fetch(sampleUrl);
    if (!response.ok) return null;
    return new File([await response.blob()], "finsam-exempel.xlsx");
  } catch {
    return null;
  }
}

function WebApp() {
  const controller = useEngine(engine, messages);
  const { openFiles, showError } = controller;
  const onSample = async () => {
    const file = await sampleFile();
    if (file) await openFiles([file]);
    else showError(strings.pane.sampleFailed);
  };
  return (
    <App
      controller={controller}
      canOpenFiles
      onDownload={downloadReport}
      showTitle
      onSample={() => void onSample()}
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
