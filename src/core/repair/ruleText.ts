import type { Lang } from "../messages/catalogue";
import type { RepairRule } from "./types";

/** What each repair rule does, as the command line and the pane name it. */
export const REPAIR_RULE_TITLES: Record<Lang, Record<RepairRule, string>> = {
  sv: {
    date: "Datum skrivna som text blir datum",
    number: "Heltal skrivna som text blir tal",
    category: "Kategorier får kategorins namn",
    trim: "Överflödiga mellanslag tas bort",
    blank: "Celler med bara mellanslag töms",
    amount: "Belopp skrivna som text blir tal",
  },
  en: {
    date: "Dates typed as text become dates",
    number: "Whole numbers typed as text become numbers",
    category: "Categories get the category's label",
    trim: "Stray spaces are removed",
    blank: "Cells with only spaces are emptied",
    amount: "Amounts typed as text become numbers",
  },
};
