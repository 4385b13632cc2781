import { checkResult, overview, reportResult } from "../testing/fixtures";
import { nextStep } from "./nextStep";

describe("the next step", () => {
  test("open (web) or read (Excel) a workbook first, also when it has no register", () => {
    const none = { overview: null, check: null, report: null };
    expect(nextStep(none, true)).toEqual({ action: "open", page: "start" });
    expect(nextStep(none, false)).toEqual({ action: "read", page: "start" });
    const empty = { ...none, overview: { ...overview, registerSheets: [] } };
    expect(nextStep(empty, true)?.action).toBe("open");
  });

  test("then check, then make the report; on the web page then download it", () => {
    const opened = { overview, check: null, report: null };
    expect(nextStep(opened, true)).toEqual({ action: "check", page: "check" });
    const checked = { ...opened, check: checkResult };
    expect(nextStep(checked, false)).toEqual({ action: "report", page: "report" });
    const done = { ...checked, report: reportResult() };
    expect(nextStep(done, true)).toEqual({ action: "download", page: "report" });
    expect(nextStep(done, false)).toBeNull();
  });
});
