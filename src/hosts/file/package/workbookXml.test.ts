import { XmlScanner } from "../xlsx/xmlScan";
import { editWorkbook, workbookNames, workbookSheets } from "./workbookXml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Whether the reader's scanner reads the XML through (it throws on tags that do not nest). */
function wellFormed(xml: string): boolean {
  const scanner = new XmlScanner({ wantText: false, open() {}, close() {}, text() {} });
  scanner.write(xml);
  scanner.end();
  return true;
}

describe("the workbook part's sheets and names", () => {
  test("a part that spells the main namespace with a prefix gets elements in that namespace", () => {
    const xml =
      `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:sheets><x:sheet name="Data" sheetId="3" rel:id="R1"/></x:sheets>` +
      `<x:calcPr/></x:workbook>`;
    const out = editWorkbook(
      xml,
      new Set(),
      [{ name: "Resultat 2024", relId: "R9" }],
      [
        {
          xml: "<definedName name=\"_FinsamRapport_resultat_2024\">'Resultat 2024'!$A$1</definedName>",
        },
      ],
    );
    expect(wellFormed(out)).toBe(true);
    expect(out).toContain(`<sheet xmlns="${MAIN}" name="Resultat 2024" sheetId="4" rel:id="R9"/>`);
    expect(out).toMatch(
      /<\/x:sheets><x:definedNames><definedName xmlns="[^"]+" name="_FinsamRapport_resultat_2024">/,
    );
    expect(workbookSheets(out).map((s) => [s.name, s.sheetId, s.relId])).toEqual([
      ["Data", 3, "R1"],
      ["Resultat 2024", 4, "R9"],
    ]);
  });

  test("removing a sheet drops its local names and names over it, shifts later local names and the active tab", () => {
    const xml =
      `<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView activeTab="2"/></bookViews><sheets>` +
      `<sheet name="A" sheetId="1" r:id="r1"/><sheet name="Gammal" sheetId="2" r:id="r2"/><sheet name="C" sheetId="5" r:id="r3"/></sheets>` +
      `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">Gammal!$A$1:$B$2</definedName>` +
      `<definedName name="_xlnm.Print_Area" localSheetId="2">C!$A$1:$B$2</definedName>` +
      `<definedName name="Summa">'Gammal'!$A$1,A!$B$2</definedName><definedName name="Egen">A!$A$1</definedName></definedNames></workbook>`;
    const out = editWorkbook(
      xml,
      new Set(["Gammal"]),
      [{ name: "Ny", relId: "r4" }],
      [
        {
          xml: '<definedName name="_xlnm.Print_Titles" localSheetId="0">Ny!$1:$3</definedName>',
          localSheet: 0,
        },
      ],
    );
    expect(wellFormed(out)).toBe(true);
    expect(workbookSheets(out).map((s) => [s.name, s.sheetId])).toEqual([
      ["A", 1],
      ["C", 5],
      ["Ny", 6],
    ]);
    expect(workbookNames(out).map((n) => [/name="([^"]+)"/.exec(n.xml)![1], n.localSheet])).toEqual(
      [
        ["_xlnm.Print_Area", 1],
        ["Egen", undefined],
        ["_xlnm.Print_Titles", 2],
      ],
    );
    expect(out).toContain('<workbookView activeTab="1"/>');
  });
});
