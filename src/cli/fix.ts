import { basename, dirname, join } from "node:path";
import { REPAIR_RULE_TITLES } from "../core/repair/ruleText";
import { showRepairValue } from "../core/repair/showValue";
import { writeRepairedFile } from "../hosts/file/node/fixFile";
import { repairedFileName } from "../hosts/file/repairWorkbook";
import type { FixArgs } from "./args";
import type { CliIo } from "./io";
import { refuseFolders } from "./paths";
import { reportErrorMessage } from "./report";
import { text } from "./text.sv";

/**
 * `finsam-rapport fix`: writes a copy of the workbook with the register repaired (never in
 * place) and lists the repairs per rule. Exit 0 when the source has no errors left, 1 when
 * errors that need a decision remain, 2 when the copy could not be made.
 */
export async function fixCommand(args: FixArgs, io: CliIo): Promise<number> {
  await refuseFolders([args.file]);
  const out = args.out ?? join(dirname(args.file), repairedFileName(basename(args.file)));
  await refuseFolders([], out);
  let repaired;
  try {
    repaired = await writeRepairedFile(args.file, out, {
      today: args.today,
      keepExisting: !args.overwrite,
    });
  } catch (e) {
    const message = reportErrorMessage(e, out);
    if (message === null) throw e;
    io.err(message);
    return 2;
  }
  if (!repaired.bytes) io.out(text.fixNothing(basename(args.file)));
  for (const g of repaired.preview) {
    io.out(text.fixGroup(REPAIR_RULE_TITLES.sv[g.rule], g.count));
    for (const x of g.examples)
      io.out(
        text.fixExample(
          `${x.sheet}!${x.cell}`,
          showRepairValue(x.before, g.rule, "before", text.fixEmpty),
          showRepairValue(x.after, g.rule, "after", text.fixEmpty),
        ),
      );
    if (g.count > g.examples.length) io.out(text.fixMore(g.count - g.examples.length));
  }
  if (repaired.bytes) io.out(text.fixWritten(out, repaired.repairs.length));
  const errors = repaired.parsed.issues.filter((i) => i.severity === "error").length;
  if (errors) io.out(text.fixLeft(errors));
  return errors ? 1 : 0;
}
