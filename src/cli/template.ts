import { basename } from "node:path";
import { FIELD_HEADERS } from "../core/register/fields";
import { writeTemplateFile } from "../hosts/file/node/templateFile";
import type { TemplateArgs } from "./args";
import type { CliIo } from "./io";
import { refuseFolders } from "./paths";
import { reportErrorMessage } from "./report";
import { text } from "./text.sv";

const DEFAULT_OUT = "deltagarregister-mall.xlsx";

/** `finsam-rapport template`: a new register workbook with drop-downs fed by its Kategorier sheet. Exit 0, or 2. */
export async function templateCommand(args: TemplateArgs, io: CliIo): Promise<number> {
  const out = args.out ?? DEFAULT_OUT;
  await refuseFolders(args.categoriesFrom ? [args.categoriesFrom] : [], out);
  try {
    const t = await writeTemplateFile(out, {
      today: args.today,
      categoriesFrom: args.categoriesFrom,
      keepExisting: !args.overwrite,
    });
    io.out(text.templateWritten(out, t.register.name, t.kategorier.name));
    const from = args.categoriesFrom ? basename(args.categoriesFrom) : null;
    io.out(
      text.templateCategories(
        from,
        t.ownFields.map((f) => FIELD_HEADERS[f].canonical),
      ),
    );
    io.out(text.templateInsatser(t.insatser.length));
    return 0;
  } catch (e) {
    const message = reportErrorMessage(e, out);
    if (message === null) throw e;
    io.err(message);
    return 2;
  }
}
