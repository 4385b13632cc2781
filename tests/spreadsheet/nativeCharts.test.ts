import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReportWorkbook } from "../../src/hosts/file/reportWorkbook";
import { fidelityWorkbook } from "../helpers/fidelityWorkbook";
import { recalculate, sofficePath } from "./libreoffice";

/*
 * LibreOffice opens the report copy without losing its native charts: saved again by
 * LibreOffice, the copy still has each chart, of the same kind and title, its series referring
 * to the same cells of the report sheet (tests/integration/nativeCharts.test.ts checks the parts).
 */
const dir = mkdtempSync(join(tmpdir(), "finsam-charts-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each chart part's kind, title and series references, decoded. */
function charts(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes);
  return Object.keys(parts)
    .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
    .map((n) => {
      const xml = strFromU8(parts[n]);
      const grouping = /<c:grouping val="(\w+)"/.exec(xml)?.[1] ?? "";
      const title = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join("");
      const refs = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) =>
        m[1].replace(/&apos;/g, "'"),
      );
      return JSON.stringify({ grouping, title, refs });
    })
    .sort();
}

test("the copy's charts survive LibreOffice: same kind, title and cell references", async () => {
  if (!sofficePath())
    throw new Error("LibreOffice saknas: installera libreoffice-calc för formelsviten.");
  const built = await buildReportWorkbook(
    [{ name: "register.xlsx", bytes: await fidelityWorkbook() }],
    { period: { from: "2024-01-01", to: "2024-12-31" }, today: "2025-06-01" },
  );
  const path = join(dir, "kopia.xlsx");
  writeFileSync(path, built.bytes!);
  const [saved] = await recalculate([path], join(dir, "saved"));
  const ours = charts(built.bytes!).filter((c) => c.includes("Resultat"));
  expect(ours.length).toBeGreaterThanOrEqual(2);
  const theirs = charts(new Uint8Array(readFileSync(saved)));
  for (const c of ours) expect(theirs).toContain(c);
}, 180000);
