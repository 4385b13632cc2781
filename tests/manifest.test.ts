import { XMLParser } from "fast-xml-parser";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MIN_EXCEL_API } from "../src/hosts/excel/requirements";

// The online validator (npm run validate) needs Microsoft's service; this checks the structure offline.
const root = join(__dirname, "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(
  xml,
).OfficeApp;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestForUrl } = require("../scripts/manifest.js");

const all = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  test("identity: a GUID id, a four-part version, Swedish by default with an en-US override", () => {
    expect(doc["@xsi:type"]).toBe("TaskPaneApp");
    expect(doc.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(doc.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(doc.DefaultLocale).toBe("sv-SE");
    expect(doc.DisplayName["@DefaultValue"]).toBe("Finsam-rapport");
    expect(doc.DisplayName.Override["@Locale"]).toBe("en-US");
    expect(doc.Description["@DefaultValue"]).toMatch(/[åäö]/);
    expect(doc.Description.Override["@Value"]).toMatch(/^Checks participant registers/);
  });

  test("Excel only, ReadWriteDocument, and exactly the requirement set the code uses", () => {
    expect(doc.Hosts.Host["@Name"]).toBe("Workbook");
    expect(doc.Permissions).toBe("ReadWriteDocument");
    const set = all(doc.Requirements.Sets.Set).find(
      (s: Record<string, string>) => s["@Name"] === "ExcelApi",
    )!;
    expect(Number(set["@MinVersion"])).toBe(MIN_EXCEL_API);
  });

  test("a ribbon button on the Home tab opens the task pane; every resource it names exists", () => {
    const host = doc.VersionOverrides.Hosts.Host;
    expect(host["@xsi:type"]).toBe("Workbook");
    const tab = host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab["@id"]).toBe("TabHome");
    const control = tab.Group.Control;
    expect(control["@xsi:type"]).toBe("Button");
    expect(control.Action["@xsi:type"]).toBe("ShowTaskpane");
    const res = doc.VersionOverrides.Resources;
    const ids = new Set(
      [
        ...all(res["bt:Images"]["bt:Image"]),
        ...all(res["bt:Urls"]["bt:Url"]),
        ...all(res["bt:ShortStrings"]["bt:String"]),
        ...all(res["bt:LongStrings"]["bt:String"]),
      ].map((r: Record<string, string>) => r["@id"]),
    );
    const referenced = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(8);
    for (const id of referenced) expect({ id, exists: ids.has(id) }).toEqual({ id, exists: true });
    for (const s of [
      ...all(res["bt:ShortStrings"]["bt:String"]),
      ...all(res["bt:LongStrings"]["bt:String"]),
    ])
      expect((s as { "bt:Override": { "@Locale": string } })["bt:Override"]["@Locale"]).toBe(
        "en-US",
      );
    expect(
      all(res["bt:LongStrings"]["bt:String"]).some((s: Record<string, string>) =>
        /[åäö]/.test(s["@DefaultValue"]),
      ),
    ).toBe(true);
  });

  test("every URL is https; icons of 16, 32, 64 and 80 px exist in assets/ with those sizes", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    const icons = [...xml.matchAll(/"https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)"/g)];
    expect(new Set(icons.map((m) => Number(m[2])))).toEqual(new Set([16, 32, 64, 80]));
    for (const [, file, size] of icons) {
      expect(existsSync(join(root, "assets", file))).toBe(true);
      expect(pngSize(join(root, "assets", file))).toEqual([Number(size), Number(size)]);
    }
    expect(doc.DefaultSettings.SourceLocation["@DefaultValue"]).toBe(
      "https://localhost:3000/taskpane.html",
    );
    // Every page the manifest names is one the add-in build emits.
    const pages = new Set(
      [...xml.matchAll(/https:\/\/localhost:3000\/([a-z]+\.html)/g)].map((m) => m[1]),
    );
    expect(pages).toEqual(new Set(["taskpane.html", "hjalp.html"]));
    for (const page of pages)
      expect(existsSync(join(root, "src", "taskpane", "excel", page))).toBe(true);
  });

  test("the production build's manifest points every URL at the deployment, and refuses http", () => {
    const prod = manifestForUrl(xml, "https://finsam.example.se/rapport/");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain(
      '<SourceLocation DefaultValue="https://finsam.example.se/rapport/taskpane.html"/>',
    );
    expect(() => manifestForUrl(xml, "http://finsam.example.se")).toThrow(/https/);
  });
});
