import { deflateSync, strToU8 } from "fflate";
import { handXlsx, workbookParts } from "../../../../tests/hostile/xlsxParts";
import { ReadBudget } from "./limits";
import { readWorkbookGrid } from "./readWorkbookGrid";
import { findEntry, inflateEntry, openZip, partKey } from "./zip";

/** A zip64 archive (sizes and offsets in the zip64 extra field, a zip64 end record), as large-file writers make. */
function zip64(parts: Record<string, string | Uint8Array>): Uint8Array {
  const out: number[] = [];
  const central: number[] = [];
  /** Little-endian fields: [byte width, value]. */
  const put = (a: number[], fields: [2 | 4 | 8, number][]) => {
    for (const [width, v] of fields)
      for (let i = 0; i < width; i++) a.push(Math.floor(v / 2 ** (8 * i)) & 0xff);
  };
  const FF = 0xffffffff;
  let count = 0;
  for (const [name, content] of Object.entries(parts)) {
    const raw = typeof content === "string" ? strToU8(content) : content;
    const data = deflateSync(raw);
    const nameBytes = strToU8(name);
    const offset = out.length;
    put(out, [
      [4, 0x04034b50],
      [2, 45],
      [2, 0x800],
      [2, 8],
      [4, 0],
      [4, 0],
      [4, FF],
      [4, FF],
      [2, nameBytes.length],
      [2, 20],
    ]);
    out.push(...nameBytes);
    put(out, [
      [2, 1],
      [2, 16],
      [8, raw.length],
      [8, data.length],
    ]);
    for (const b of data) out.push(b);
    put(central, [
      [4, 0x02014b50],
      [2, 45],
      [2, 45],
      [2, 0x800],
      [2, 8],
      [4, 0],
      [4, 0],
      [4, FF],
      [4, FF],
      [2, nameBytes.length],
      [2, 28],
      [2, 0],
      [2, 0],
      [2, 0],
      [4, 0],
      [4, FF],
    ]);
    central.push(...nameBytes);
    put(central, [
      [2, 1],
      [2, 24],
      [8, raw.length],
      [8, data.length],
      [8, offset],
    ]);
    count++;
  }
  const dirOffset = out.length;
  out.push(...central);
  const eocd64 = out.length;
  put(out, [
    [4, 0x06064b50],
    [8, 44],
    [2, 45],
    [2, 45],
    [4, 0],
    [4, 0],
    [8, count],
    [8, count],
    [8, central.length],
    [8, dirOffset],
  ]);
  put(out, [
    [4, 0x07064b50],
    [4, 0],
    [8, eocd64],
    [4, 1],
  ]);
  put(out, [
    [4, 0x06054b50],
    [2, 0],
    [2, 0],
    [2, 0xffff],
    [2, 0xffff],
    [4, FF],
    [4, FF],
    [2, 0],
  ]);
  return new Uint8Array(out);
}

describe("the zip container", () => {
  const book = {
    sheets: [
      {
        name: "Data",
        xml: '<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>två</t></is></c></row>',
      },
    ],
  };

  test("reads zip64 archives", () => {
    expect(readWorkbookGrid(zip64(workbookParts(book)), "x.xlsx").sheets).toEqual([
      { name: "Data", rows: [[1, "två"]] },
    ]);
  });

  test("finds parts whatever their case and separators, and inflates them in chunks that add up", () => {
    const bytes = handXlsx(book);
    const budget = new ReadBudget("x.xlsx");
    const zip = openZip(bytes, budget);
    expect(partKey("/XL\\Workbook.xml")).toBe("xl/workbook.xml");
    const entry = findEntry(zip, "/XL/WORKSHEETS/SHEET1.XML")!;
    let text = "";
    const decoder = new TextDecoder();
    inflateEntry(
      zip,
      entry,
      1 << 20,
      "bladet ”Data”",
      budget,
      (chunk) => (text += decoder.decode(chunk, { stream: true })),
    );
    expect(text).toContain('<c r="B1" t="inlineStr"><is><t>två</t></is></c>');
    expect(findEntry(zip, "xl/missing.xml")).toBeUndefined();
  });

  test("a zip with a comment after its directory is read", () => {
    const bytes = handXlsx(book);
    const commented = new Uint8Array(bytes.length + 300);
    commented.set(bytes);
    commented[bytes.length - 2] = 300 & 0xff;
    commented[bytes.length - 1] = 300 >> 8;
    commented.fill(0x20, bytes.length);
    expect(readWorkbookGrid(commented, "x.xlsx").sheets[0].rows).toEqual([[1, "två"]]);
  });
});
