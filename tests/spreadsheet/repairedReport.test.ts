import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReportWorkbook } from "../../src/hosts/file/reportWorkbook";
import { repairWorkbook } from "../../src/hosts/file/repairWorkbook";
import { writeMessySample } from "../helpers/messyWorkbook";
import { formulaResults, same } from "./formulaResults";
import { recalculate, sofficePath } from "./libreoffice";

/*
 * Issue 13: a messy register repaired (`fix`), then reported — every Resultat figure is a
 * formula, and LibreOffice's recalculation of every formula equals the engine.
 */
const dir = mkdtempSync(join(tmpdir(), "finsam-repaired-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("the report on a repaired register: formulas everywhere, equal to the engine", async () => {
  if (!sofficePath()) throw new Error("LibreOffice saknas: installera libreoffice-calc.");
  const messy = join(dir, "rörig.xlsx");
  await writeMessySample(messy);
  const repaired = repairWorkbook(new Uint8Array(readFileSync(messy)), "rörig.xlsx", {
    today: "2025-06-01",
  });
  const built = await buildReportWorkbook([{ name: "rättad.xlsx", bytes: repaired.bytes! }], {
    period: { from: "2024-01-01", to: "2024-12-31" },
    today: "2025-06-01",
  });
  expect(built.valueInsatser).toEqual([]);
  const path = join(dir, "rapport.xlsx");
  writeFileSync(path, built.bytes!);
  const [recalculated] = await recalculate([path], join(dir, "recalculated"));
  const written = await formulaResults(path, built.sheets);
  const computed = await formulaResults(recalculated, built.sheets);
  const resultat = built.sheets.find((s) => s.startsWith("Resultat"))!;
  // Every insats's figures on Resultat: counts and shares over the register, one formula per figure.
  const onResultat = [...written.keys()].filter((k) => k.startsWith(`${resultat}!`)).length;
  expect(onResultat).toBeGreaterThan(built.prepared.model.insatser.length * 20);
  const wrong: string[] = [];
  for (const [at, [formula, cached]] of written)
    if (!same(cached, computed.get(at)?.[1]))
      wrong.push(
        `${at}: ${JSON.stringify(cached)} ≠ ${JSON.stringify(computed.get(at)?.[1])} (${formula})`,
      );
  expect(wrong).toEqual([]);
}, 300_000);
