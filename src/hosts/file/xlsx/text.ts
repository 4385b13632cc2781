/** Text as SpreadsheetML stores it, with the length limit checked as it accumulates. */
import { LIMITS } from "./limits";

/**
 * Raw characters a text may reach before it is certainly too long: "_x000D_" (7 characters)
 * stands for one, so a legal text can be up to 7 times longer before its escapes are decoded.
 */
export const MAX_RAW_TEXT = LIMITS.maxText * 7;

/** Decodes the "_xHHHH_" escapes Excel writes for characters XML cannot hold (a CR is "_x000D_"; "_x005F_" is "_"). */
export function decodeEscapes(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The string as a copy of its own. Text handed over by the tokenizer is a slice of a whole
 * decoded chunk (64 KB or more), and JS engines keep the chunk alive as long as the slice lives;
 * stored cell texts would otherwise keep the whole part's XML in memory. Short strings are
 * copied by the engine anyway; for longer ones, slicing a fresh concatenation makes the copy.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}
