import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { addRegisterRows } from "./registerWorksheet";

/*
 * A register workbook that carries one of each kind of part a user's workbook may have, for the
 * copy-fidelity tests: defined names (a named cell, a print area), workbook protection, a
 * sensitivity label in the custom document properties, x14 extension lists (data validation,
 * conditional format, sparklines), a comment, a chart with its drawing, a pivot cache and table,
 * text cells that look like numbers, and (as .xlsm) a VBA project. ExcelJS writes the register,
 * the rest is written by hand into its package.
 */

export const LABEL = "Känsligt – personuppgifter";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const LABEL_ID = "MSIP_Label_3f2a1c9e-0000-4000-8000-00000000f15a";

const CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${LABEL_ID}_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="${LABEL_ID}_Name"><vt:lpwstr>${LABEL}</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="${LABEL_ID}_Method"><vt:lpwstr>Privileged</vt:lpwstr></property></Properties>`;

const EXT_LIST = `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1" showErrorMessage="1"><x14:formula1><xm:f>Koder!$A$2:$A$4</xm:f></x14:formula1><xm:sqref>D2:D10</xm:sqref></x14:dataValidation></x14:dataValidations></ext><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="{6E1F7A20-0000-4000-8000-000000000001}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule><xm:sqref>B2:B4</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines><x14:sparkline><xm:f>Koder!B2:B4</xm:f><xm:sqref>C2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Koder!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Koder!$B$2:$B$4</c:f></c:numRef></c:val></c:ser><c:axId val="101"/><c:axId val="102"/></c:barChart><c:catAx><c:axId val="101"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="102"/></c:catAx><c:valAx><c:axId val="102"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="101"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const PIVOT_CACHE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Koder"/></cacheSource><cacheFields count="2"><cacheField name="Kod" numFmtId="0"><sharedItems count="3"><s v="00123"/><s v="1e3"/><s v="12,5"/></sharedItems></cacheField><cacheField name="Antal" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="3"/></cacheField></cacheFields></pivotCacheDefinition>`;

const PIVOT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition xmlns="${MAIN}" name="Pivottabell1" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Värden" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1"><location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Summa av Antal" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;

const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
const relsPart = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
const override = (part: string, type: string) =>
  `<Override PartName="/${part}" ContentType="${type}"/>`;
const T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The fidelity workbook; `macros` makes it an .xlsm with a VBA project. */
export async function fidelityWorkbook({ macros = false } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Deltagare");
  addRegisterRows(ws, {
    rows: 60,
    seed: 14,
    insatser: ["Team Norr", "Steget vidare"],
    fromYear: 2023,
    toYear: 2024,
  });
  ws.getCell("A1").note = "Kolumnerna följer mallen.";
  ws.pageSetup.printArea = "A1:H20";
  wb.definedNames.add("Deltagare!$A$1", "Registrets_rubrik");
  const codes = wb.addWorksheet("Koder");
  codes.addRows([
    ["Kod", "Antal"],
    ["00123", 1],
    ["1e3", 2],
    ["12,5", 3],
  ]);
  wb.addWorksheet("Pivot");
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const text = (p: string) => strFromU8(parts[p]);
  const put = (p: string, s: string) => (parts[p] = strToU8(s));

  // Koder (sheet2): the extension lists and a chart; Pivot (sheet3): a pivot table.
  put(
    "xl/worksheets/sheet2.xml",
    text("xl/worksheets/sheet2.xml").replace(
      "</worksheet>",
      `<drawing r:id="rIdDr1"/>${EXT_LIST}</worksheet>`,
    ),
  );
  put(
    "xl/worksheets/_rels/sheet2.xml.rels",
    relsPart(rel("rIdDr1", `${T}/drawing`, "../drawings/drawing1.xml")),
  );
  put("xl/drawings/drawing1.xml", DRAWING);
  put(
    "xl/drawings/_rels/drawing1.xml.rels",
    relsPart(rel("rId1", `${T}/chart`, "../charts/chart1.xml")),
  );
  put("xl/charts/chart1.xml", CHART);
  put(
    "xl/worksheets/_rels/sheet3.xml.rels",
    relsPart(rel("rIdPt1", `${T}/pivotTable`, "../pivotTables/pivotTable1.xml")),
  );
  put("xl/pivotTables/pivotTable1.xml", PIVOT_TABLE);
  put(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    relsPart(rel("rId1", `${T}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml")),
  );
  put("xl/pivotCache/pivotCacheDefinition1.xml", PIVOT_CACHE);
  put("docProps/custom.xml", CUSTOM);
  put(
    "_rels/.rels",
    text("_rels/.rels").replace(
      "</Relationships>",
      rel("rIdCp1", `${T}/custom-properties`, "docProps/custom.xml") + "</Relationships>",
    ),
  );

  let workbook = text("xl/workbook.xml")
    .replace(/(<workbookPr[^>]*\/>)/, `$1<workbookProtection lockStructure="1"/>`)
    .replace(
      /(<calcPr[^>]*\/>)/,
      `$1<pivotCaches><pivotCache cacheId="7" r:id="rIdPc1"/></pivotCaches>`,
    );
  let wbRels = rel("rIdPc1", `${T}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml");
  let types =
    override(
      "xl/drawings/drawing1.xml",
      "application/vnd.openxmlformats-officedocument.drawing+xml",
    ) +
    override(
      "xl/charts/chart1.xml",
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
    ) +
    override(
      "xl/pivotTables/pivotTable1.xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
    ) +
    override(
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
    ) +
    override(
      "docProps/custom.xml",
      "application/vnd.openxmlformats-officedocument.custom-properties+xml",
    );
  let contentTypes = text("[Content_Types].xml");
  if (macros) {
    // Not a real VBA project: its bytes only have to come back unchanged (macros are never run).
    parts["xl/vbaProject.bin"] = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
    wbRels += rel(
      "rIdVba1",
      "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
      "vbaProject.bin",
    );
    types = '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' + types;
    contentTypes = contentTypes.replace(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    );
    workbook = workbook.replace(/<workbookPr /, '<workbookPr codeName="ThisWorkbook" ');
  }
  put("xl/workbook.xml", workbook);
  put(
    "xl/_rels/workbook.xml.rels",
    text("xl/_rels/workbook.xml.rels").replace("</Relationships>", wbRels + "</Relationships>"),
  );
  put("[Content_Types].xml", contentTypes.replace("</Types>", types + "</Types>"));
  return zipSync(parts);
}
