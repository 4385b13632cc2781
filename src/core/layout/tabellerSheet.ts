import type { PreparedReport } from "../report/buildReport";
import { copyReader } from "./copyFixes";
import { figureColumns } from "./figureColumns";
import { PERIOD_FROM, PERIOD_TO, periodHeader } from "./periodHeader";
import { periodAlternatives } from "./registerFormulas";
import { SheetBuilder } from "./sheetBuilder";
import type { SheetSpec } from "./sheetSpec";
import type { TabellerContext } from "./tabeller/context";
import { greenAlternatives } from "./tabeller/categoryAlternatives";
import { followUpBlock } from "./tabeller/followUpBlock";
import { genderBlock } from "./tabeller/genderBlock";
import { yearsBlock } from "./tabeller/yearsBlock";
import { meanAgeBlock } from "./tabeller/meanAgeBlock";
import { municipalityBlock, referrerMunicipalityBlock } from "./tabeller/municipalityBlocks";
import { outcomesByGenderBlock } from "./tabeller/outcomesByGenderBlock";
import { plannedBlock } from "./tabeller/plannedBlock";
import { tabellerText as TT } from "./tabeller/text.sv";
import { layoutText as T } from "./text.sv";

/**
 * Tabeller: the tables published reports carry (jämförelse årsvis, kön, avslutsorsak per kön,
 * medelålder, hemkommun, remitterande part × hemkommun, uppföljning, planerat mot faktiskt
 * antal deltagare), as formulas over the register where Excel can count as the engine does,
 * else as values with a note.
 */
export function tabellerSheet(
  p: PreparedReport,
  name: string,
  heading: string,
  tablePrefix: string,
  hideSmall: boolean,
  valueInsatser: Set<string>,
  read: ReturnType<typeof copyReader>,
): SheetSpec {
  const b = new SheetBuilder("tabeller", name, tablePrefix);
  const from = PERIOD_FROM;
  const to = PERIOD_TO;
  periodHeader(b, p, TT.title(heading));
  b.put(3, 0, TT.formulasNote, { style: "note" });
  const multiReasons = p.parsed.register.rows.some((r) => r.exitReasons.length > 1);
  const t: TabellerContext = {
    b,
    p,
    columns: figureColumns(p, valueInsatser),
    alts: periodAlternatives(from, to),
    from,
    to,
    hideSmall,
    multiReasons,
    green: greenAlternatives(p.categories.exitReason, p.parsed.register.rows, multiReasons),
    read,
    notes: [],
    row: 5,
  };
  if (valueInsatser.size) t.notes.push(T.valuesNote([...valueInsatser]));
  yearsBlock(t);
  genderBlock(t);
  outcomesByGenderBlock(t);
  meanAgeBlock(t);
  municipalityBlock(t);
  referrerMunicipalityBlock(t);
  followUpBlock(t);
  plannedBlock(t);

  b.put(t.row++, 0, T.greenFootnote, { style: "note" });
  if (hideSmall) b.put(t.row++, 0, T.hiddenNote, { style: "note" });
  for (const n of t.notes) b.put(t.row++, 0, n, { style: "note" });
  return b.build({ rows: 3, cols: 1 });
}
