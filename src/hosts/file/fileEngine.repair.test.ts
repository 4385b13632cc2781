/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeMessySample } from "../../../tests/helpers/messyWorkbook";
import { FileEngine } from "./fileEngine";

const period = { from: "2024-01-01", to: "2024-12-31" };
const request = { sheets: ["resultat" as const], hideSmall: false };
const dir = mkdtempSync(join(tmpdir(), "finsam-web-repair-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the web page's repair (issue 13)", () => {
  test("the check previews the repairs; the downloaded copy has none left and only formulas", async () => {
    const path = join(dir, "rörig.xlsx");
    await writeMessySample(path);
    const engine = new FileEngine("2025-06-01");
    const { insatser } = await engine.open([
      { name: "rörig.xlsx", bytes: new Uint8Array(readFileSync(path)) },
    ]);
    const checked = await engine.check();
    const preview = checked.repairs!;
    expect(preview.groups.map((g) => g.rule)).toEqual(
      expect.arrayContaining(["date", "category", "trim"]),
    );
    expect(preview.groups.reduce((n, g) => n + g.count, 0)).toBe(preview.total);
    expect(
      (await engine.report({ ...request, insatser, period })).valueInsatser.length,
    ).toBeGreaterThan(0);

    const done = await engine.repair();
    expect(done.fileName).toBe("rörig-rättad.xlsx");
    expect(done.repaired).toBe(preview.total);

    const again = new FileEngine("2025-06-01");
    await again.open([{ name: done.fileName!, bytes: done.bytes! }]);
    expect((await again.check()).repairs).toBeUndefined();
    expect((await again.report({ ...request, insatser, period })).valueInsatser).toEqual([]);
  }, 60_000);

  test("several files: no repair is offered (the copy is one file)", async () => {
    const path = join(dir, "rörig2.xlsx");
    await writeMessySample(path);
    const bytes = new Uint8Array(readFileSync(path));
    const engine = new FileEngine("2025-06-01");
    await engine.open([
      { name: "a.xlsx", bytes },
      { name: "b.xlsx", bytes },
    ]);
    expect((await engine.check()).repairs).toBeUndefined();
  }, 60_000);
});
