import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ruleTitle } from "../src/core/messages/catalogue";
import { isInfoCode, ruleMeaning } from "../src/core/messages/meanings";
import { RULES, type RuleCode } from "../src/core/messages/rules";

/** Every non-test source file under src. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const SRC = join(__dirname, "..", "src");
// An issue code: capital words joined by hyphens, as a string literal ("REG-DATE-ORDER").
const CODE = /["'`]([A-Z]{2,}(?:-[A-Z0-9]+)+)["'`]/g;
const prefixes = new Set(Object.keys(RULES).map((c) => c.split("-")[0]));

describe("rule titles", () => {
  const used = new Set<string>();
  for (const file of sources(SRC))
    for (const m of readFileSync(file, "utf8").matchAll(CODE))
      if (prefixes.has(m[1].split("-")[0])) used.add(m[1]);

  test("the scan finds the codes the checker raises", () => {
    expect(used.size).toBeGreaterThan(40);
    expect(used).toContain("REG-VALUE-NORMALIZED");
  });

  test("every code used anywhere in src is a rule with a Swedish and an English title", () => {
    expect([...used].filter((c) => !(c in RULES))).toEqual([]);
    for (const code of used) {
      const sv = ruleTitle(code as RuleCode);
      expect({ code, sv: sv.trim() !== "" && !/^[A-Z-]+$/.test(sv) }).toEqual({ code, sv: true });
      expect({ code, en: ruleTitle(code as RuleCode, "en").trim() !== "" }).toEqual({
        code,
        en: true,
      });
    }
  });

  test("every info rule says what it means, in Swedish and English", () => {
    const info = (Object.keys(RULES) as RuleCode[]).filter(isInfoCode);
    expect(info.length).toBeGreaterThan(0);
    for (const code of info) {
      expect({ code, sv: ruleMeaning(code).length > 20 }).toEqual({ code, sv: true });
      expect({ code, en: ruleMeaning(code, "en").length > 20 }).toEqual({ code, en: true });
      expect(ruleMeaning(code, "en")).not.toBe(ruleMeaning(code));
    }
    expect(isInfoCode("REG-DATE-ORDER")).toBe(false);
    expect(isInfoCode("NO-SUCH-RULE")).toBe(false);
  });
});
