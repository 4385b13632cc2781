import { en, enTitles } from "./en";
import { RULES, type RuleCode } from "./rules";
import { sv, type Messages } from "./sv";

/** The languages issue messages and rule titles are written in; Swedish is the product's language. */
export type Lang = "sv" | "en";

const CATALOGUES: Record<Lang, Messages> = { sv, en };

/** The message catalogue of a language; Swedish by default (and for anything unknown). */
export function messagesFor(lang: Lang = "sv"): Messages {
  return CATALOGUES[lang] ?? sv;
}

/** A rule's group title in a language; RULES[code].title is the Swedish one. */
export function ruleTitle(code: RuleCode, lang: Lang = "sv"): string {
  return lang === "en" ? enTitles[code] : RULES[code].title;
}
