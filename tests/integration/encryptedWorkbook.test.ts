import fc from "fast-check";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { encryptedWorkbookMessage, isEncryptedOoxml } from "../../src/hosts/file/encrypted";
import { buildCfb, utf16le } from "./helpers/cfb";
import { leftovers, run, sha256, tempFolder, writeRegister } from "./helpers/files";

/*
 * fixtures/losenord.xlsx and fixtures/gammal.xls were saved by LibreOffice 7.4 from a new sheet
 * holding the text "hemligt": the first as an Excel 2007 workbook with the password "abc"
 * (EncryptionData OOXPassword, CryptoType Standard), the second as Excel 97 (.xls). No personal data.
 */
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "fixtures", name)));
const ENCRYPTED = ["EncryptionInfo", "EncryptedPackage"];
const XLS_MESSAGE = /är i det äldre Excel-formatet \(\.xls\)/;

const { dir, remove } = tempFolder("finsam-encrypted-");
afterAll(remove);

describe("isEncryptedOoxml", () => {
  test("a password-protected workbook saved by LibreOffice is recognised; its .xls and an ordinary .xlsx are not", async () => {
    expect(isEncryptedOoxml(fixture("losenord.xlsx"))).toBe(true);
    expect(isEncryptedOoxml(fixture("gammal.xls"))).toBe(false);
    const xlsx = join(dir, "vanlig.xlsx");
    await writeRegister(xlsx);
    expect(isEncryptedOoxml(new Uint8Array(readFileSync(xlsx)))).toBe(false);
  });

  test("hand-built compound files: both streams needed, found in any directory sector and either sector size", () => {
    expect(isEncryptedOoxml(buildCfb({ streams: ENCRYPTED }))).toBe(true);
    expect(isEncryptedOoxml(buildCfb({ streams: ["\u0006DataSpaces", ...ENCRYPTED] }))).toBe(true);
    expect(isEncryptedOoxml(buildCfb({ streams: ENCRYPTED, sectorShift: 12 }))).toBe(true);
    // 4 entries per 512-byte sector: the names sit in the third directory sector, reached through the FAT.
    expect(isEncryptedOoxml(buildCfb({ streams: ENCRYPTED, fillerStreams: 9 }))).toBe(true);
    expect(isEncryptedOoxml(buildCfb({ streams: ["EncryptedPackage"] }))).toBe(false);
    expect(isEncryptedOoxml(buildCfb({ streams: ["Workbook", "\u0005SummaryInformation"] }))).toBe(
      false,
    );
  });

  test("the names inside a stream's data (an .xls cell saying EncryptedPackage) do not count: only the directory does", () => {
    const text = new Uint8Array([
      ...utf16le("EncryptionInfo"),
      0,
      0,
      ...utf16le("EncryptedPackage"),
    ]);
    const xls = buildCfb({ streams: ["\u0005SummaryInformation"], workbookData: text });
    expect(Buffer.from(xls).includes(Buffer.from(utf16le("EncryptedPackage")))).toBe(true);
    expect(isEncryptedOoxml(xls)).toBe(false);
  });

  test("a directory chain that loops back on itself ends, and truncated or random bytes give false without throwing", () => {
    const looped = buildCfb({ streams: ["Workbook"], fillerStreams: 9 });
    const view = new DataView(looped.buffer);
    // The FAT is sector 0 (file offset 512); make the directory's last sector point back to its first.
    const first = view.getUint32(0x30, true);
    let last = first;
    while (view.getUint32(512 + last * 4, true) < 0xfffffffa)
      last = view.getUint32(512 + last * 4, true);
    view.setUint32(512 + last * 4, first, true);
    expect(isEncryptedOoxml(looped)).toBe(false);

    const real = fixture("losenord.xlsx");
    for (const n of [0, 8, 100, 511, 512, 1024, 2048, real.length - 1])
      expect(isEncryptedOoxml(real.subarray(0, n))).toBe(n >= real.length - 1);
    const header = buildCfb({ streams: ENCRYPTED }).subarray(0, 512);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (tail, withHeader) => {
        const bytes = withHeader ? new Uint8Array([...header, ...tail]) : tail;
        expect(typeof isEncryptedOoxml(bytes)).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});

describe("finsam-rapport and a password-protected workbook", () => {
  test("validate and report (with and without --json) say it is password-protected and how to remove the password; .xls keeps its message", async () => {
    const locked = join(dir, "Register 2024.xlsx");
    copyFileSync(join(__dirname, "fixtures", "losenord.xlsx"), locked);
    const before = sha256(locked);
    const expected =
      "Filen ”Register 2024.xlsx” är lösenordsskyddad. Öppna den i Excel, ta bort lösenordet (Arkiv → Information → Skydda arbetsbok → Kryptera med lösenord, töm fältet), spara och försök igen.";
    expect(encryptedWorkbookMessage("Register 2024.xlsx")).toBe(expected);
    const out = join(dir, "rapport.xlsx");
    for (const args of [
      ["validate", locked],
      ["report", locked, "--period", "2024", "-o", out],
      ["report", locked, "--period", "2024", "--json"],
    ]) {
      const r = await run(args);
      expect([r.code, r.err]).toEqual([2, expected]);
    }
    // A second, readable team file does not change that: the locked one is named.
    const open = join(dir, "team-syd.xlsx");
    await writeRegister(open, { insatser: ["Team Syd"] });
    const both = await run(["report", open, locked, "--period", "2024", "-o", out]);
    expect([both.code, both.err]).toEqual([2, expected]);
    expect(sha256(locked)).toBe(before);
    expect(leftovers(dir)).toEqual([]);
    expect(() => readFileSync(out)).toThrow(/ENOENT/);

    const handMade = join(dir, "handgjord.xlsx");
    writeFileSync(handMade, buildCfb({ streams: ENCRYPTED }));
    expect((await run(["validate", handMade])).err).toContain(
      "”handgjord.xlsx” är lösenordsskyddad",
    );

    for (const [name, bytes] of [
      ["gammal.xls", fixture("gammal.xls")],
      ["gammal2.xls", buildCfb({ streams: ["Workbook"] })],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const v = await run(["validate", path]);
      expect(v.code).toBe(2);
      expect(v.err).toMatch(XLS_MESSAGE);
      expect(v.err).not.toContain("lösenordsskyddad");
      expect((await run(["report", path, "--period", "2024", "-o", out])).err).toMatch(XLS_MESSAGE);
    }
  }, 30_000);
});
