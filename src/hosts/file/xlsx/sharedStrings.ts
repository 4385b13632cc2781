/**
 * The shared-string table (xl/sharedStrings.xml): each `<si>` as one string, rich-text runs
 * joined and phonetic guides (`<rPh>`) left out. Every string is checked against Excel's
 * 32 767-character limit while its text streams in, so a 150 MB string is refused after its
 * first 230 KB.
 */
import { LIMITS, limitErrors, type ReadBudget } from "./limits";
import { scanPart } from "./package";
import { decodeEscapes, MAX_RAW_TEXT, ownString } from "./text";
import type { XmlHandler } from "./xmlScan";
import type { ZipArchive } from "./zip";

export function readSharedStrings(zip: ZipArchive, partName: string, budget: ReadBudget): string[] {
  const strings: string[] = [];
  const file = budget.fileName;
  let inSi = false;
  let phonetic = 0;
  let inT = false;
  /** The current string: finished `<t>` elements, and the raw text of the open one. */
  let done = "";
  let raw = "";
  let rawLength = 0;

  const handler: XmlHandler = {
    wantText: false,
    open(name) {
      if (name === "si") {
        inSi = true;
        done = "";
        phonetic = 0;
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && inSi && phonetic === 0) {
        inT = true;
        raw = "";
        rawLength = 0;
        this.wantText = true;
      }
    },
    close(name) {
      if (name === "t" && inT) {
        inT = false;
        this.wantText = false;
        done += decodeEscapes(raw);
        if (done.length > LIMITS.maxText) throw limitErrors.text(file, null);
      } else if (name === "rPh") phonetic--;
      else if (name === "si" && inSi) {
        inSi = false;
        if (strings.length >= LIMITS.maxSharedStrings) throw limitErrors.sharedStrings(file);
        strings.push(ownString(done));
        done = "";
      }
    },
    text(t) {
      rawLength += t.length;
      if (rawLength + done.length > MAX_RAW_TEXT) throw limitErrors.text(file, null);
      raw = raw.length ? raw + t : t;
    },
  };
  scanPart(zip, partName, LIMITS.maxSharedStringsBytes, "arbetsbokens texter", budget, handler);
  return strings;
}
