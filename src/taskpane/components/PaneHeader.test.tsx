/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { checkResult } from "../testing/fixtures";
import { renderPane } from "../testing/renderWithProviders";
import { PaneHeader, type PaneHeaderProps } from "./PaneHeader";

/** The header on Start, before anything is checked, with nothing next; `p` overrides. */
const header = (p: Partial<PaneHeaderProps>) =>
  renderPane(
    <PaneHeader
      page="start"
      onPage={() => {}}
      check={null}
      next={null}
      onNext={() => {}}
      busy={false}
      {...p}
    />,
  );

describe("the pane's header", () => {
  test("four tabs, Inställningar named even where only its gear shows", () => {
    const onPage = jest.fn();
    header({ onPage });
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
    header({ page: "report", onPage, check: checkResult });
    const badges = screen.getByTestId("pane-counts");
    expect(badges.textContent).toBe(
      `${counts.error} fel${counts.warning} varning${counts.info} info`,
    );
    fireEvent.click(badges);
    expect(onPage).toHaveBeenCalledWith("check");
  });

  test("the next step is a button on other pages, and hidden on its own page", () => {
    const onNext = jest.fn();
    const next = { action: "check" as const, page: "check" as const };
    const { unmount } = header({ next, onNext });
    expect(screen.getByTestId("next-step").textContent).toBe("Nästa steg:Kontrollera");
    fireEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
    expect(onNext).toHaveBeenCalledWith("check", "check");
    unmount();
    header({ page: "check", next, onNext });
    expect(screen.queryByTestId("next-step")).toBeNull();
  });

  test("the next step waits while the engine works", () => {
    header({ next: { action: "report", page: "report" }, busy: true });
    expect(
      (screen.getByRole("button", { name: "Skapa sammanställning" }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
