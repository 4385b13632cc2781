/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { checkResult } from "../testing/fixtures";
import { renderPane } from "../testing/renderWithProviders";
import { PaneHeader } from "./PaneHeader";

const noop = () => {};

describe("the pane's header", () => {
  test("four tabs, Inställningar named even where only its gear shows", () => {
    const onPage = jest.fn();
    renderPane(
      <PaneHeader
        page="start"
        onPage={onPage}
        check={null}
        next={null}
        onNext={noop}
        busy={false}
      />,
    );
    const names = ["Start", "Kontrollera", "Sammanställ", "Inställningar"];
    expect(screen.getAllByRole("tab")).toEqual(
      names.map((name) => screen.getByRole("tab", { name })),
    );
    fireEvent.click(screen.getByRole("tab", { name: "Inställningar" }));
    expect(onPage).toHaveBeenCalledWith("settings");
    expect(screen.queryByTestId("next-step")).toBeNull();
    expect(screen.queryByTestId("pane-counts")).toBeNull();
  });

  test("the check's counts are shown and lead to Kontrollera", () => {
    const onPage = jest.fn();
    const { counts } = checkResult;
    renderPane(
      <PaneHeader
        page="report"
        onPage={onPage}
        check={checkResult}
        next={null}
        onNext={noop}
        busy={false}
      />,
    );
    const badges = screen.getByTestId("pane-counts");
    expect(badges.textContent).toBe(
      `${counts.error} fel${counts.warning} varning${counts.info} info`,
    );
    fireEvent.click(badges);
    expect(onPage).toHaveBeenCalledWith("check");
  });

  test("the next step is a button on other pages, and hidden on its own page", () => {
    const onNext = jest.fn();
    const { rerender } = renderPane(
      <PaneHeader
        page="start"
        onPage={noop}
        check={null}
        next={{ action: "check", page: "check" }}
        onNext={onNext}
        busy={false}
      />,
    );
    expect(screen.getByTestId("next-step").textContent).toBe("Nästa steg:Kontrollera");
    fireEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
    expect(onNext).toHaveBeenCalledWith("check", "check");
    rerender(
      <PaneHeader
        page="check"
        onPage={noop}
        check={null}
        next={{ action: "check", page: "check" }}
        onNext={onNext}
        busy={false}
      />,
    );
    expect(screen.queryByTestId("next-step")).toBeNull();
  });
});
