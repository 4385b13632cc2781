import { strToU8, zipSync } from "fflate";
import { ODS_MIMETYPE } from "./ods/readOds";
import { readSourceGrid, sourceFormat } from "./readSource";

const text = strToU8("Deltagar-ID;Insats\nD1;Team\n");
const ods = zipSync({ mimetype: [strToU8(ODS_MIMETYPE), { level: 0 }], "content.xml": text });
const xlsxLike = zipSync({ "[Content_Types].xml": strToU8("<Types/>") });
const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

describe("sourceFormat", () => {
  it("lets the bytes decide between workbooks, and the name say text is CSV", () => {
    expect(sourceFormat(ods, "register.ods")).toBe("ods");
    // A package is read as what it is, whatever its name: a report built on a CSV's values is an .xlsx.
    expect(sourceFormat(xlsxLike, "register.csv")).toBe("xlsx");
    expect(sourceFormat(ods, "register.xlsx")).toBe("ods");
    expect(sourceFormat(text, "register.csv")).toBe("csv");
    expect(sourceFormat(text, "REGISTER.CSV")).toBe("csv");
    // Anything else gets the workbook reader's messages.
    expect(sourceFormat(text, "register.xlsx")).toBe("xlsx");
    expect(sourceFormat(ole, "register.csv")).toBe("xlsx");
    expect(sourceFormat(new Uint8Array(), "register.csv")).toBe("xlsx");
  });

  it("reads each by its own reader, with the workbook reader's Swedish messages for the rest", () => {
    expect(readSourceGrid(text, "team.csv").sheets[0]).toEqual({
      name: "team",
      rows: [
        ["Deltagar-ID", "Insats"],
        ["D1", "Team"],
      ],
    });
    expect(() => readSourceGrid(text, "team.xlsx")).toThrow(/inte en Excel-arbetsbok/);
    expect(() => readSourceGrid(ole, "team.csv")).toThrow(/\.xls\)/);
    expect(() => readSourceGrid(new Uint8Array(), "team.csv")).toThrow(/är tom/);
  });
});
