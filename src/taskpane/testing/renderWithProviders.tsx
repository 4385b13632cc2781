import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { StringsProvider } from "../i18n/context";
import { sv, type Strings } from "../i18n/sv";

/** Renders a component as the task pane does: Fluent theme and the Swedish strings. */
export function renderPane(ui: ReactElement, strings: Strings = sv) {
  return render(
    <StringsProvider value={strings}>
      <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>
    </StringsProvider>,
  );
}
