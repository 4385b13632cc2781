import { strFromU8, unzipSync } from "fflate";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { childElements, findElement } from "../../src/hosts/file/package/xmlEdit";
import { fidelityWorkbook, LABEL } from "../helpers/fidelityWorkbook";
import { run, tempFolder } from "./helpers/files";

/*
 * The report copy is the user's workbook plus our sheets: every part of theirs comes back byte
 * for byte (only the parts that list parts, and the styles our sheets add to, are edited, and
 * keep what they had), and the package stays one Excel opens (unique ids, every relationship
 * leads to a part, every part has a content type).
 */
const { dir, remove } = tempFolder("finsam-fidelity-");
afterAll(remove);

const EDITED = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
];
type Parts = Record<string, Uint8Array>;
const text = (p: Parts, n: string) => strFromU8(p[n]);

/** The top-level children of a part's root element, as written. */
function rootChildren(xml: string, root: string): string[] {
  const el = findElement(xml, root)!;
  return childElements(xml, el).map(([s, e]) => xml.slice(s, e));
}

function resolve(from: string, target: string): string {
  const base = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/"))
    if (seg === "..") base.pop();
    else if (seg !== ".") base.push(seg);
  return base.join("/");
}

/** What Excel checks before it opens a package: ids unique, relationships lead somewhere, content types cover the parts. */
function expectOpenable(parts: Parts): void {
  const names = Object.keys(parts).filter((n) => !n.endsWith("/"));
  const lower = new Set(names.map((n) => n.toLowerCase()));
  const types = text(parts, "[Content_Types].xml");
  const defaults = new Set(
    [...types.matchAll(/Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase()),
  );
  const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1].toLowerCase());
  expect(new Set(overrides).size).toBe(overrides.length);
  for (const o of overrides)
    expect({ override: o, exists: lower.has(o) }).toEqual({ override: o, exists: true });
  for (const n of names.filter((n) => n !== "[Content_Types].xml")) {
    const covered =
      overrides.includes(n.toLowerCase()) ||
      defaults.has(n.slice(n.lastIndexOf(".") + 1).toLowerCase());
    expect({ part: n, covered }).toEqual({ part: n, covered: true });
  }
  for (const relsName of names.filter((n) => n.endsWith(".rels"))) {
    const source = relsName.replace(/_rels\/([^/]*)\.rels$/, "$1");
    const rels = [...text(parts, relsName).matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]);
    const ids = rels.map((r) => /Id="([^"]+)"/.exec(r)![1]);
    expect({ relsName, unique: new Set(ids).size === ids.length }).toEqual({
      relsName,
      unique: true,
    });
    for (const r of rels.filter((r) => !/TargetMode="External"/.test(r))) {
      const target = resolve(source, /Target="([^"]+)"/.exec(r)![1]);
      expect({ relsName, target, exists: lower.has(target.toLowerCase()) }).toEqual({
        relsName,
        target,
        exists: true,
      });
    }
  }
  const wb = text(parts, "xl/workbook.xml");
  const sheetIds = [...wb.matchAll(/<sheet [^>]*sheetId="(\d+)"/g)].map((m) => m[1]);
  const sheetNames = [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1].toLowerCase());
  expect(new Set(sheetIds).size).toBe(sheetIds.length);
  expect(new Set(sheetNames).size).toBe(sheetNames.length);
  const tables = names.filter((n) => /^xl\/tables\/.*\.xml$/.test(n)).map((n) => text(parts, n));
  const tableIds = tables.map((t) => /<table [^>]*\bid="(\d+)"/.exec(t)![1]);
  const tableNames = tables.map((t) =>
    /<table [^>]*displayName="([^"]+)"/.exec(t)![1].toLowerCase(),
  );
  expect(new Set(tableIds).size).toBe(tables.length);
  expect(new Set(tableNames).size).toBe(tables.length);
}

function expectKept(source: Parts, copy: Parts): void {
  for (const [name, bytes] of Object.entries(source)) {
    expect({ name, inCopy: name in copy }).toEqual({ name, inCopy: true });
    if (!EDITED.includes(name))
      expect({ name, identical: Buffer.compare(copy[name], bytes) === 0 }).toEqual({
        name,
        identical: true,
      });
  }
  // The edited parts keep every element they had.
  for (const el of rootChildren(text(source, "xl/workbook.xml"), "workbook").filter(
    (e) => !/^<(sheets|definedNames)\b/.test(e),
  ))
    expect(text(copy, "xl/workbook.xml")).toContain(el);
  for (const root of ["sheets", "definedNames"])
    for (const el of rootChildren(text(source, "xl/workbook.xml"), root))
      expect(text(copy, "xl/workbook.xml")).toContain(el);
  for (const el of rootChildren(text(source, "xl/_rels/workbook.xml.rels"), "Relationships"))
    expect(text(copy, "xl/_rels/workbook.xml.rels")).toContain(el);
  for (const el of rootChildren(text(source, "[Content_Types].xml"), "Types"))
    expect(text(copy, "[Content_Types].xml")).toContain(el);
  const styles = text(source, "xl/styles.xml");
  for (const container of [
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
  ]) {
    const before = findElement(styles, container);
    if (!before) continue;
    const after = findElement(text(copy, "xl/styles.xml"), container)!;
    const copyXml = text(copy, "xl/styles.xml");
    expect(
      copyXml.slice(after.innerStart, after.innerStart + before.innerEnd - before.innerStart),
    ).toBe(styles.slice(before.innerStart, before.innerEnd));
  }
}

describe("the report copy keeps every part of the user's workbook", () => {
  test("an .xlsx with names, protection, a sensitivity label, extension lists, a comment, a chart and a pivot table", async () => {
    const input = join(dir, "register.xlsx");
    const bytes = await fidelityWorkbook();
    writeFileSync(input, bytes);
    const out = join(dir, "kopia.xlsx");
    const r = await run(["report", input, "--period", "2024", "-o", out, "--today", "2025-06-01"]);
    expect(r.err).toBe("");
    expect(r.out).toContain(`känslighetsetikett ”${LABEL}”`);
    const source = unzipSync(bytes);
    const copy = unzipSync(new Uint8Array(readFileSync(out)));
    // The test's workbook really carries each kind of part.
    for (const part of [
      "docProps/custom.xml",
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/comments1.xml",
    ])
      expect(Object.keys(source)).toContain(part);
    expect(text(source, "xl/workbook.xml")).toMatch(
      /<workbookProtection[\s\S]*Registrets_rubrik[\s\S]*_xlnm.Print_Area/,
    );
    expect(text(source, "xl/worksheets/sheet2.xml")).toMatch(
      /x14:dataValidations[\s\S]*x14:conditionalFormattings[\s\S]*x14:sparklineGroups/,
    );
    expectKept(source, copy);
    expectOpenable(copy);
    // Text that looks like a number stays text: the user's shared strings are untouched, ours are inline.
    expect(text(copy, "xl/sharedStrings.xml")).toContain("<t>00123</t>");
    const added = Object.keys(copy).filter((n) => !(n in source));
    const sheetCount = (parts: Record<string, Uint8Array>) =>
      (text(parts, "xl/workbook.xml").match(/<sheet\s/g) ?? []).length;
    expect(added.filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(
      sheetCount(copy) - sheetCount(source),
    );
    expect(sheetCount(copy) - sheetCount(source)).toBeGreaterThanOrEqual(4);
  }, 60000);

  test("an .xlsm stays an .xlsm: the VBA project and the workbook's macro content type are kept, the name keeps its extension", async () => {
    const input = join(dir, "makron.xlsm");
    const bytes = await fidelityWorkbook({ macros: true });
    writeFileSync(input, bytes);
    const r = await run(["report", input, "--period", "2024", "--today", "2025-06-01"]);
    expect(r.err).toBe("");
    const out = join(dir, "makron-rapport-2024.xlsm");
    expect(r.out).toContain(out);
    const source = unzipSync(bytes);
    const copy = unzipSync(new Uint8Array(readFileSync(out)));
    expect(Buffer.compare(copy["xl/vbaProject.bin"], source["xl/vbaProject.bin"])).toBe(0);
    expect(text(copy, "[Content_Types].xml")).toContain(
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>',
    );
    expectKept(source, copy);
    expectOpenable(copy);
    // Written again over its own copy: the earlier report sheets are replaced, everything else still kept.
    const again = join(dir, "igen.xlsm");
    const r2 = await run(["report", out, "--period", "2024", "-o", again, "--today", "2025-06-01"]);
    expect(r2.out).toContain("Ersatte tidigare rapportblad");
    const second = unzipSync(new Uint8Array(readFileSync(again)));
    for (const [name, b] of Object.entries(source))
      if (!EDITED.includes(name))
        expect({ name, identical: Buffer.compare(second[name], b) === 0 }).toEqual({
          name,
          identical: true,
        });
    expectOpenable(second);
  }, 60000);
});
