import { looksLikeFullName, maskText, maskValue, MASKED_NAME, MASKED_PERSONNUMMER } from "./mask";

describe("the one masking rule", () => {
  test("names, with initials, in a column of names or ids; not elsewhere, and not codes", () => {
    for (const v of ["Olle Berg", "Anna-Karin Svensson", "Olle B.", "Olle Berg D", "Olle"])
      expect(maskValue(v, true)).toBe(MASKED_NAME);
    for (const v of ["D0012", "FNS-2024-01", "ABC", "olle berg"])
      expect(maskValue(v, true)).toBe(v);
    expect(maskValue("Olle Berg", false)).toBe("Olle Berg");
    expect(looksLikeFullName("Olle")).toBe(false);
    expect(looksLikeFullName("B. C.")).toBe(false);
  });

  test("personnummer in any column, and inside text; the message loses the value's own spellings", () => {
    expect(maskValue("811218-9876", false)).toBe(MASKED_PERSONNUMMER);
    expect(maskValue(8112189876, false)).toBe(MASKED_PERSONNUMMER);
    expect(maskValue("ring 811218-9876 i morgon", false)).toBe(
      `ring ${MASKED_PERSONNUMMER} i morgon`,
    );
    expect(maskText("Deltagaren ”Olle Berg” finns redan", " Olle  Berg ", MASKED_NAME)).toBe(
      "Deltagaren ”(namn)” finns redan",
    );
  });
});
