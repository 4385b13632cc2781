/**
 * Hostile and broken files, built here with fflate (or byte by byte): each is refused or read
 * within TIME_BUDGET_MS, and a refusal is always a WorkbookReadError with a Swedish message
 * naming the file — never another exception, never minutes or gigabytes.
 */
import { WorkbookReadError, readXlsxBuffer } from "../../src/hosts/file/readXlsx";
import { readWorkbookGrid } from "../../src/hosts/file/xlsx";
import { LIMITS, ReadBudget } from "../../src/hosts/file/xlsx/limits";
import type { WorkbookGrid } from "../../src/core/grid";
import {
  deflateRepeated,
  handXlsx,
  NS,
  rawEntriesOf,
  rawZip,
  workbookParts,
  zipParts,
  type HandWorkbook,
  type RawEntry,
} from "./xlsxParts";

/** Every file here is refused or read within this time (they take well under a second each on a laptop). */
const TIME_BUDGET_MS = 5000;
const FILE = "fientlig.xlsx";

function timed<T>(f: () => T): T {
  const start = Date.now();
  try {
    return f();
  } finally {
    expect(Date.now() - start).toBeLessThan(TIME_BUDGET_MS);
  }
}

/** The refusal a file gets: a WorkbookReadError whose Swedish message names the file. */
function refusal(bytes: Uint8Array, file = FILE): WorkbookReadError {
  let error: unknown;
  timed(() => {
    try {
      readWorkbookGrid(bytes, file);
    } catch (e) {
      error = e;
    }
  });
  if (!(error instanceof WorkbookReadError))
    throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
  expect(error.message).toContain(`Filen ”${file}”`);
  expect(error.message).not.toMatch(/\bat \S+\.(js|ts)\b|Error:/);
  return error;
}

const read = (bytes: Uint8Array): WorkbookGrid => timed(() => readWorkbookGrid(bytes, FILE));

const sheetXml = (data: string, after = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${data}</sheetData>${after}</worksheet>`;
const oneSheet = (xml: string, more: Partial<HandWorkbook> = {}) =>
  handXlsx({ sheets: [{ name: "Data", xml }], ...more });

/** A workbook whose sheet part is the given raw entry (other parts honest). */
function withSheetEntry(
  entry: Omit<RawEntry, "name">,
  more: Partial<HandWorkbook> = {},
): Uint8Array {
  const parts = workbookParts({ sheets: [{ name: "Data", xml: "" }], ...more });
  delete parts["xl/worksheets/sheet1.xml"];
  return rawZip([...rawEntriesOf(parts), { name: "xl/worksheets/sheet1.xml", ...entry }]);
}

describe("zip bombs and huge parts", () => {
  test("a sheet that inflates more than 200-fold is refused as a zip bomb before it is inflated", () => {
    const bomb = deflateRepeated(
      '<?xml version="1.0"?><worksheet><sheetData>',
      " ".repeat(1 << 20),
      40,
      "</sheetData></worksheet>",
    );
    expect(bomb.size / bomb.data.length).toBeGreaterThan(LIMITS.maxRatio);
    const e = refusal(withSheetEntry(bomb));
    expect([e.reason, e.message]).toEqual(["too-large", expect.stringContaining("zip-bomb")]);
    expect(e.message).toContain("bladet ”Data”");
  });

  test("a sheet that declares a small size but inflates to more is stopped as soon as it passes the declared size", () => {
    const bomb = deflateRepeated(
      '<?xml version="1.0"?><worksheet><sheetData>',
      " ".repeat(1 << 20),
      40,
      "</sheetData></worksheet>",
    );
    const e = refusal(withSheetEntry({ data: bomb.data, size: 5000 }));
    expect(["too-large", "unreadable"]).toContain(e.reason);
  });

  test("a part declared larger than the part limit is refused unread, naming the limit", () => {
    const e = refusal(
      withSheetEntry({
        data: deflateRepeated("<worksheet>", "<sheetData/>", 1, "</worksheet>").data,
        size: 0xfffffff0,
      }),
    );
    expect([e.reason, e.message]).toEqual(["too-large", expect.stringContaining("512 MB")]);
  });

  test("a 150 MB shared string is refused after its first few hundred kilobytes (stored, so no zip-bomb check stops it first)", () => {
    const enc = new TextEncoder();
    const [head, tail] = [
      enc.encode(`<?xml version="1.0"?><sst ${NS}><si><t>`),
      enc.encode("</t></si></sst>"),
    ];
    const content = new Uint8Array(head.length + 150 * 2 ** 20 + tail.length).fill(0x61);
    content.set(head);
    content.set(tail, content.length - tail.length);
    const parts = workbookParts({
      sheets: [{ name: "Data", xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
      sharedStrings: ["x"],
    });
    delete parts["xl/sharedStrings.xml"];
    const e = refusal(
      rawZip([
        ...rawEntriesOf(parts),
        { name: "xl/sharedStrings.xml", data: content, size: content.length, method: 0 },
      ]),
    );
    expect(e.message).toBe(
      `Filen ”${FILE}” har en text med mer än 32 767 tecken, vilket Excel inte tillåter i en cell. Filen kan vara skadad eller skapad av ett annat program; öppna och spara den i Excel och försök igen.`,
    );
    // Deflated, the same string packs ~1 000-fold: refused as a zip bomb before a byte is inflated.
    const packed = deflateRepeated(
      `<?xml version="1.0"?><sst ${NS}><si><t>`,
      "a".repeat(1 << 20),
      20,
      "</t></si></sst>",
    );
    expect(
      refusal(rawZip([...rawEntriesOf(parts), { name: "xl/sharedStrings.xml", ...packed }]))
        .message,
    ).toContain("zip-bomb");
  });

  test("a cell text longer than Excel allows is refused with the sheet and cell", () => {
    const long = "å".repeat(LIMITS.maxText + 1);
    expect(
      refusal(oneSheet(`<row r="7"><c r="B7" t="inlineStr"><is><t>${long}</t></is></c></row>`))
        .message,
    ).toBe(
      `Filen ”${FILE}” har en cell med mer än 32 767 tecken (bladet ”Data”, cell B7), vilket Excel inte tillåter. Filen kan vara skadad eller skapad av ett annat program; öppna och spara den i Excel och försök igen.`,
    );
    expect(
      refusal(oneSheet(`<row r="2"><c r="C2" t="str"><v>${long}</v></c></row>`)).message,
    ).toContain("cell C2");
    expect(
      refusal(
        handXlsx({
          sharedStrings: [long],
          sheets: [{ name: "Data", xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
        }),
      ).reason,
    ).toBe("too-large");
    // Exactly Excel's limit is fine, and so is a legal text whose escapes make its XML longer.
    const max = "x".repeat(LIMITS.maxText);
    expect(
      read(oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${max}</t></is></c></row>`))
        .sheets[0].rows[0][0],
    ).toBe(max);
    const crs = read(
      handXlsx({
        sharedStrings: ["<t>" + "_x000D_".repeat(LIMITS.maxText) + "</t>"],
        sheets: [{ name: "Data", xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
      }),
    );
    expect(crs.sheets[0].rows[0][0]).toBe("\r".repeat(LIMITS.maxText));
  });

  test("more than 10 000 zip entries", () => {
    const parts = workbookParts({ sheets: [{ name: "Data", xml: "" }] });
    for (let i = 0; i <= LIMITS.maxEntries; i++)
      parts[`xl/media/image${i}.png`] = new Uint8Array(1);
    expect(refusal(zipParts(parts, 0)).message).toContain("fler än 10 000 delar");
  });
});

describe("rows, columns and cells beyond Excel's grid", () => {
  test("row 50 000 000 is refused at once, and a <dimension> declaring it is not trusted", () => {
    const e = refusal(
      oneSheet(
        '<worksheet><dimension ref="A1:XFD50000000"/><sheetData><row r="50000000"><c r="A50000000"><v>1</v></c></row></sheetData></worksheet>',
      ),
    );
    expect(e.message).toBe(
      `Filen ”${FILE}” har en rad efter rad 1 048 576, Excels sista rad (bladet ”Data”, rad 50 000 000). Filen kan vara skadad eller skapad av ett annat program; öppna och spara den i Excel och försök igen.`,
    );
    expect(refusal(oneSheet('<row r="1"><c r="A1048577"><v>1</v></c></row>')).message).toContain(
      "rad 1 048 577",
    );
  });

  test("a huge <dimension> alone allocates nothing: the sheet reads as its cells", () => {
    const xml = `<?xml version="1.0"?><worksheet ${NS}><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    expect(read(oneSheet(xml)).sheets[0].rows).toEqual([[1]]);
  });

  test("a column beyond XFD is refused naming the cell", () => {
    expect(refusal(oneSheet('<row r="1"><c r="XFE1"><v>1</v></c></row>')).message).toContain(
      "bortom kolumn XFD, Excels sista kolumn (bladet ”Data”, cell XFE1)",
    );
    expect(refusal(oneSheet('<row r="1"><c r="AAAAAAAAAA1"><v>1</v></c></row>')).reason).toBe(
      "too-large",
    );
  });

  test("the last cell Excel has, XFD1048576, is read", () => {
    const rows = read(oneSheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')).sheets[0]
      .rows;
    expect([rows.length, rows[1048575].length, rows[1048575][16383]]).toEqual([1048576, 16384, 1]);
  });

  test("a merged range over the whole sheet is read; many of them are refused", () => {
    const whole = read(
      oneSheet(
        sheetXml(
          '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>',
          '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        ),
      ),
    );
    expect([whole.sheets[0].rows.length, whole.sheets[0].rows[0]]).toEqual([1048576, [1]]);
    const columns = Array.from(
      { length: 20 },
      (_, i) =>
        `<mergeCell ref="${String.fromCharCode(65 + i)}1:${String.fromCharCode(65 + i)}1048576"/>`,
    ).join("");
    expect(
      refusal(
        oneSheet(
          sheetXml(
            '<row r="1"><c r="A1"><v>1</v></c></row>',
            `<mergeCells>${columns}</mergeCells>`,
          ),
        ),
      ).message,
    ).toContain("sammanfogade");
  });

  test("a million empty <row> elements more than Excel has rows is refused", () => {
    // Rows 1–2 500 over and over: more than the deflate window apart, so the sheet packs like a real one (not a bomb).
    const block = Array.from({ length: 2500 }, (_, i) => `<row r="${i + 1}"/>`).join("");
    const rows = deflateRepeated(
      `<?xml version="1.0"?><worksheet ${NS}><sheetData>`,
      block,
      440,
      "</sheetData></worksheet>",
    );
    expect(refusal(withSheetEntry(rows)).message).toContain("rad efter rad 1 048 576");
  });

  test("more cells than the cell limit is refused, naming it", () => {
    const budget = new ReadBudget(FILE);
    expect(() => {
      for (let i = 0; i <= LIMITS.maxCells; i++) budget.cell("Data");
    }).toThrow(/fler än 20 000 000 celler .*bladet ”Data”/);
    const rowsBudget = new ReadBudget(FILE);
    rowsBudget.rows(LIMITS.maxGridRows, "A");
    expect(() => rowsBudget.rows(1, "B")).toThrow(
      /sammanlagt fler än 10 000 000 rader .*bladet ”B”/,
    );
    const bytes = new ReadBudget(FILE);
    bytes.inflate(LIMITS.maxTotalBytes);
    expect(() => bytes.inflate(1)).toThrow(/större än 1 024 MB/);
  });

  test("a value at XFD on every row is refused: the empty cells before it count towards the cell limit", () => {
    const rows = Math.ceil(LIMITS.maxCells / 16384) + 10;
    const data = Array.from(
      { length: rows },
      (_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}"><v>1</v></c></row>`,
    ).join("");
    expect(refusal(oneSheet(sheetXml(data))).message).toMatch(/fler än 20 000 000 celler/);
    // A few such rows are read as they are.
    const few = read(oneSheet(sheetXml('<row r="1"><c r="XFD1"><v>7</v></c></row>')));
    expect(few.sheets[0].rows[0][16383]).toBe(7);
  });

  test("5 000 sheets", () => {
    const sheets = Array.from(
      { length: 5000 },
      (_, i) => `<sheet name="B${i}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
    ).join("");
    const parts = workbookParts({ sheets: [] });
    parts["xl/workbook.xml"] =
      `<?xml version="1.0"?><workbook ${NS}><sheets>${sheets}</sheets></workbook>`;
    expect(refusal(zipParts(parts)).message).toContain("fler än 1 000 blad");
  });
});

describe("files that are not (or no longer) workbooks", () => {
  const good = handXlsx({
    sheets: [
      { name: "Data", xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>hej</t></is></c></row>' },
    ],
  });

  test("a truncated file, cut anywhere", () => {
    for (let cut = 1; cut < 10; cut++) {
      const e = refusal(good.slice(0, Math.floor((good.length * cut) / 10)));
      expect(e.reason).toBe("unreadable");
    }
  });

  test("a text file renamed .xlsx, an old .xls, random bytes after a zip signature", () => {
    expect(
      refusal(new TextEncoder().encode("Deltagar-ID;Insats\n1;Team Norr\n"), "register.xlsx")
        .reason,
    ).toBe("not-xlsx");
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refusal(ole, "gammal.xlsx").message).toContain("äldre Excel-formatet (.xls)");
    const junk = new Uint8Array(2000).map((_, i) => (i * 7919) % 251);
    junk.set([0x50, 0x4b, 0x03, 0x04]);
    expect(refusal(junk).reason).toBe("unreadable");
    expect(refusal(new Uint8Array()).reason).toBe("empty-file");
  });

  test("a document type declaration or an entity anywhere: never expanded, the file refused", () => {
    const laughs =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol9 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    expect(
      refusal(
        oneSheet(
          `<?xml version="1.0"?>${laughs}<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`,
        ),
      ).reason,
    ).toBe("unreadable");
    const parts = workbookParts({
      sheets: [{ name: "Data", xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
      sharedStrings: ["x"],
    });
    parts["xl/sharedStrings.xml"] =
      `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst ${NS}><si><t>&xxe;</t></si></sst>`;
    expect(refusal(zipParts(parts)).reason).toBe("unreadable");
    parts["xl/sharedStrings.xml"] =
      `<?xml version="1.0"?><sst ${NS}><si><t>&undefined;</t></si></sst>`;
    expect(refusal(zipParts(parts)).reason).toBe("unreadable");
  });

  test("zip entry names that climb out (../, /etc) are never read; a relationship that climbs out makes the file unreadable", () => {
    const withTraps = handXlsx({
      sheets: [{ name: "Data", xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
      extra: {
        "../evil.xml": "<x/>",
        "/etc/passwd": "root",
        "xl/../../up.xml": "<x/>",
        "..\\win.xml": "<x/>",
      },
    });
    expect(read(withTraps).sheets).toEqual([{ name: "Data", rows: [[1]] }]);
    const parts = workbookParts({ sheets: [{ name: "Data", xml: "" }] });
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"]
      .toString()
      .replace('Target="worksheets/sheet1.xml"', 'Target="../../../../etc/passwd"');
    parts["../../etc/passwd"] = "<worksheet/>";
    expect(refusal(zipParts(parts)).reason).toBe("unreadable");
  });

  test("missing parts, a missing shared string, an unknown compression method, an encrypted entry, deep nesting, an endless tag", () => {
    expect(
      refusal(handXlsx({ sheets: [{ name: "Data", xml: "" }], omit: ["xl/workbook.xml"] })).reason,
    ).toBe("unreadable");
    expect(
      refusal(handXlsx({ sheets: [{ name: "Data", xml: "" }], omit: ["xl/worksheets/sheet1.xml"] }))
        .reason,
    ).toBe("unreadable");
    expect(
      refusal(oneSheet('<row r="1"><c r="A1" t="s"><v>3</v></c></row>', { sharedStrings: ["a"] }))
        .reason,
    ).toBe("unreadable");
    const content = deflateRepeated("", sheetXml(""), 1, "");
    expect(refusal(withSheetEntry({ ...content, method: 12 })).reason).toBe("unreadable");
    expect(refusal(withSheetEntry({ ...content, flags: 1 })).reason).toBe("unreadable");
    expect(refusal(oneSheet(sheetXml("<x>".repeat(1000) + "</x>".repeat(1000)))).reason).toBe(
      "unreadable",
    );
    expect(refusal(oneSheet(sheetXml(`<row r="1" a="${"x".repeat(2 << 20)}"/>`))).reason).toBe(
      "unreadable",
    );
  });

  test("through readXlsxBuffer too: the same refusals, as rejected promises", async () => {
    await expect(readXlsxBuffer(oneSheet('<row r="50000000"/>'), FILE)).rejects.toBeInstanceOf(
      WorkbookReadError,
    );
  });
});

describe("odd but harmless files are read", () => {
  test("emoji and a character from every plane, UTF-16 parts, a byte-order mark", () => {
    const planes =
      Array.from({ length: 16 }, (_, i) => String.fromCodePoint((i + 1) * 0x10000 + 0x41)).join(
        "",
      ) + "😀👩🏽‍💻e\u0301";
    const parts = workbookParts({
      sheets: [
        {
          name: "Data",
          xml: `<row r="1"><c r="A1" t="inlineStr"><is><t>${planes}</t></is></c></row>`,
        },
      ],
    });
    const utf16 = (s: string) =>
      new Uint8Array([
        0xff,
        0xfe,
        ...new Uint8Array(Uint16Array.from({ length: s.length }, (_, k) => s.charCodeAt(k)).buffer),
      ]);
    parts["xl/worksheets/sheet1.xml"] = utf16(parts["xl/worksheets/sheet1.xml"].toString());
    parts["xl/workbook.xml"] = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(parts["xl/workbook.xml"].toString()),
    ]);
    expect(read(zipParts(parts)).sheets[0].rows).toEqual([[planes]]);
  });
});
