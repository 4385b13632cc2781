import { stat } from "node:fs/promises";
import { templateForWorkbook } from "../../../core/template/fromWorkbook";
import type { RegisterTemplate } from "../../../core/template/registerTemplate";
import { templateWorkbookBytes } from "../template/templateWorkbook";
import { writeFileAtomic } from "./atomicWrite";
import { readXlsxFile } from "./readXlsxFile";
import { OutputExistsError, OutputIsInputError } from "./reportFile";
import { inputAt } from "./sameFile";
import { withWriteLock } from "./writeLock";

export interface TemplateFileOptions {
  today?: string;
  /** A workbook whose categories and insatser the lists take; only read. */
  categoriesFrom?: string;
  keepExisting?: boolean;
}

/**
 * Writes the register template to `out` atomically, one run at a time; never over the workbook
 * its categories come from, and with `keepExisting` never over any existing file.
 */
export async function writeTemplateFile(
  out: string,
  o: TemplateFileOptions,
): Promise<RegisterTemplate> {
  const inputs = o.categoriesFrom ? [o.categoriesFrom] : [];
  const input = await inputAt(out, inputs);
  if (input !== null) throw new OutputIsInputError(input, out);
  return withWriteLock(out, async () => {
    if (
      o.keepExisting &&
      (await stat(out).then(
        () => true,
        () => false,
      ))
    )
      throw new OutputExistsError(out);
    const source = o.categoriesFrom ? await readXlsxFile(o.categoriesFrom) : null;
    const template = templateForWorkbook(source, o.today);
    await writeFileAtomic(out, await templateWorkbookBytes(template));
    return template;
  });
}
