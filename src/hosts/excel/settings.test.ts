import { upgradeSettings } from "./settings";

test("a workbook saved by an earlier version keeps its column choices: the insats column's old key is read", () => {
  const old = {
    mapping: { Deltagare: { headerRow: 3, columns: { id: "A", team: "C" } } },
    period: { from: "2024-01-01", to: "2024-12-31" },
  };
  expect(upgradeSettings(old as never)).toEqual({
    mapping: { Deltagare: { headerRow: 3, columns: { id: "A", insats: "C" } } },
    period: { from: "2024-01-01", to: "2024-12-31" },
  });
  expect(upgradeSettings(null)).toEqual({});
  expect(upgradeSettings({ mapping: { D: { headerRow: 2 } } })).toEqual({
    mapping: { D: { headerRow: 2 } },
  });
});
