/**
 * A minimal, fast, non-validating XML tokenizer for SpreadsheetML, fed text in chunks.
 *
 * It reports elements (by local name: the "x:" in `<x:c>` is dropped), their attributes and
 * their text, and checks that tags nest. It decodes the five predefined entities and numeric
 * character references, and nothing else: a document type declaration (where entities could be
 * defined and expanded) is refused, as is any other entity. Comments and processing
 * instructions are skipped; CDATA is text. Browser-safe.
 *
 * Text is handed over in pieces as it arrives (never split inside an entity or a CR LF), so a
 * consumer can count characters and stop a huge text long before it is complete.
 */
import { LIMITS } from "./limits";
import { CorruptFileError } from "./zip";

export interface XmlHandler {
  /** A start tag. `attrs` is reused for the next tag: read what is needed now. */
  open(name: string, attrs: XmlAttributes): void;
  /** An end tag (also right after `open` for an empty-element tag `<c/>`). */
  close(name: string): void;
  /** Decoded text inside the current element; only called while `wantText` is true. */
  text(text: string): void;
  /** Whether `text` wants the current text: skipping it spares building strings nobody reads. */
  wantText: boolean;
}

const malformed = (what: string) => new CorruptFileError(`XML: ${what}`);

/**
 * The attributes of the current start tag, as offsets into the text being scanned: a name is
 * compared and a value sliced and decoded only when asked for.
 */
export class XmlAttributes {
  private src = "";
  private offsets: number[] = [];
  count = 0;

  reset(src: string): void {
    this.src = src;
    this.count = 0;
  }

  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const o = this.count * 4;
    this.offsets[o] = nameStart;
    this.offsets[o + 1] = nameEnd;
    this.offsets[o + 2] = valueStart;
    this.offsets[o + 3] = valueEnd;
    this.count++;
  }

  /** The value of the attribute with exactly this (qualified) name. */
  get(name: string): string | undefined {
    const { src, offsets } = this;
    for (let o = 0; o < this.count * 4; o += 4) {
      if (offsets[o + 1] - offsets[o] === name.length && src.startsWith(name, offsets[o]))
        return decodeXml(src.slice(offsets[o + 2], offsets[o + 3]), false);
    }
    return undefined;
  }

  /** The value of the attribute with this local name in any namespace prefix ("r:id" for "id"), not the unprefixed one. */
  getPrefixed(local: string): string | undefined {
    const { src, offsets } = this;
    for (let o = 0; o < this.count * 4; o += 4) {
      const [start, end] = [offsets[o], offsets[o + 1]];
      if (
        end - start > local.length + 1 &&
        src.charCodeAt(end - local.length - 1) === 58 /* : */ &&
        src.startsWith(local, end - local.length)
      ) {
        return decodeXml(src.slice(offsets[o + 2], offsets[o + 3]), false);
      }
    }
    return undefined;
  }
}

const NAMED = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** Decodes entity and character references; in text, line ends are first normalised to LF (a "&#13;" stays a CR, as XML says). */
export function decodeXml(raw: string, isText: boolean): string {
  const s = isText && raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let last = 0;
  while (amp >= 0) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) throw malformed("bare & or unterminated reference");
    const ref = s.slice(amp + 1, semi);
    let ch: string | undefined;
    if (ref.charCodeAt(0) === 35 /* # */) {
      const hex = ref.charCodeAt(1) === 120; /* x */
      const digits = ref.slice(hex ? 2 : 1);
      const code = (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)
        ? parseInt(digits, hex ? 16 : 10)
        : NaN;
      if (!(code >= 1 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff))
        throw malformed(`bad character reference &${ref};`);
      ch = String.fromCodePoint(code);
    } else {
      ch = NAMED.get(ref);
      // No DTD, so no other entity can exist: refusing it is also what rules out entity expansion.
      if (ch === undefined) throw malformed(`undefined entity &${ref};`);
    }
    out += s.slice(last, amp) + ch;
    last = semi + 1;
    amp = s.indexOf("&", last);
  }
  return out + s.slice(last);
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Streams XML text through a handler: `write` each chunk, then `end`. */
export class XmlScanner {
  private rest = "";
  /** Open elements: qualified names (to match end tags) and local names (to report them). */
  private readonly stack: string[] = [];
  private readonly locals: string[] = [];
  private readonly attrs = new XmlAttributes();
  private rootSeen = false;
  /** Inside a CDATA section / comment that continues in the next chunk. */
  private inCdata = false;
  private inComment = false;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const s = this.rest.length ? this.rest + chunk : chunk;
    this.rest = "";
    this.scan(s, false);
  }

  end(): void {
    const s = this.rest;
    this.rest = "";
    this.scan(s, true);
    if (this.inCdata || this.inComment || this.rest.length) throw malformed("unexpected end");
    if (this.stack.length || !this.rootSeen)
      throw malformed("unclosed elements or no root element");
  }

  private keep(s: string, from: number): void {
    if (s.length - from > LIMITS.maxMarkupChars) throw malformed("markup too long");
    this.rest = s.slice(from);
  }

  private emitText(s: string, from: number, to: number, raw: boolean): void {
    if (to <= from || !this.handler.wantText) return;
    if (this.stack.length === 0) return;
    const piece = s.slice(from, to);
    this.handler.text(raw ? piece.replace(/\r\n?/g, "\n") : decodeXml(piece, true));
  }

  private scan(s: string, final: boolean): void {
    const n = s.length;
    const h = this.handler;
    let i = 0;
    while (i < n) {
      if (this.inComment) {
        const e = s.indexOf("-->", i);
        if (e < 0) return this.keep(s, Math.max(i, n - 2));
        this.inComment = false;
        i = e + 3;
        continue;
      }
      if (this.inCdata) {
        const e = s.indexOf("]]>", i);
        if (e < 0) {
          // Hand over what is certainly text; keep what could begin "]]>" or a CR LF.
          let cut = Math.max(i, n - 2);
          if (cut > i && s.charCodeAt(cut - 1) === 13) cut--;
          this.emitText(s, i, cut, true);
          return this.keep(s, cut);
        }
        this.emitText(s, i, e, true);
        this.inCdata = false;
        i = e + 3;
        continue;
      }
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        // Text up to the end of the chunk: hold back an unfinished reference or a CR that may precede LF.
        let cut = n;
        if (!final) {
          const amp = s.lastIndexOf("&", n - 1);
          if (amp >= i && s.indexOf(";", amp) < 0) cut = amp;
          if (cut > i && s.charCodeAt(cut - 1) === 13) cut--;
        }
        if (this.stack.length === 0) {
          for (let k = i; k < cut; k++)
            if (!isSpace(s.charCodeAt(k))) throw malformed("text outside the root element");
        } else this.emitText(s, i, cut, false);
        if (cut < n) this.keep(s, cut);
        return;
      }
      if (lt > i) {
        if (this.stack.length === 0) {
          for (let k = i; k < lt; k++)
            if (!isSpace(s.charCodeAt(k))) throw malformed("text outside the root element");
        } else this.emitText(s, i, lt, false);
      }
      i = lt;
      if (i + 1 >= n) return this.keep(s, i);
      const c1 = s.charCodeAt(i + 1);
      if (c1 === 47 /* / */) {
        const gt = s.indexOf(">", i + 2);
        if (gt < 0) return this.keep(s, i);
        let e = gt;
        while (e > i + 2 && isSpace(s.charCodeAt(e - 1))) e--;
        const open = this.stack.pop();
        const local = this.locals.pop();
        if (
          open === undefined ||
          local === undefined ||
          e - (i + 2) !== open.length ||
          !s.startsWith(open, i + 2)
        )
          throw malformed(`</${s.slice(i + 2, e)}> closes <${open ?? ""}>`);
        h.close(local);
        i = gt + 1;
        continue;
      }
      if (c1 === 63 /* ? */) {
        const e = s.indexOf("?>", i + 2);
        if (e < 0) return this.keep(s, i);
        i = e + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (n - i < 9 && !final) return this.keep(s, i);
        if (s.startsWith("<!--", i)) {
          this.inComment = true;
          i += 4;
          continue;
        }
        if (s.startsWith("<![CDATA[", i)) {
          if (this.stack.length === 0) throw malformed("CDATA outside the root element");
          this.inCdata = true;
          i += 9;
          continue;
        }
        // <!DOCTYPE …>, <!ENTITY …> and the like: a DTD could define entities; never read one.
        throw malformed("document type declaration");
      }
      const end = this.startTag(s, i);
      if (end < 0) {
        if (final) throw malformed("unterminated tag");
        return this.keep(s, i);
      }
      i = end;
    }
  }

  /** Parses the start tag at `lt`; returns the index after it, or -1 when the chunk ends inside it. */
  private startTag(s: string, lt: number): number {
    const n = s.length;
    let p = lt + 1;
    while (p < n) {
      const c = s.charCodeAt(p);
      if (isSpace(c) || c === 62 /* > */ || c === 47 /* / */) break;
      p++;
    }
    if (p >= n) return -1;
    if (p === lt + 1) throw malformed("tag without a name");
    const name = s.slice(lt + 1, p);
    const attrs = this.attrs;
    attrs.reset(s);
    let selfClosing = false;
    for (;;) {
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const c = s.charCodeAt(p);
      if (c === 62 /* > */) {
        p++;
        break;
      }
      if (c === 47 /* / */) {
        if (p + 1 >= n) return -1;
        if (s.charCodeAt(p + 1) !== 62) throw malformed("stray / in a tag");
        selfClosing = true;
        p += 2;
        break;
      }
      const a = p;
      while (p < n) {
        const d = s.charCodeAt(p);
        if (d === 61 /* = */ || isSpace(d) || d === 62 || d === 47) break;
        p++;
      }
      if (p >= n) return -1;
      const nameEnd = p;
      if (nameEnd === a) throw malformed("attribute without a name");
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      if (s.charCodeAt(p) !== 61)
        throw malformed(`attribute ${s.slice(a, nameEnd)} without a value`);
      p++;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const q = s.charCodeAt(p);
      if (q !== 34 && q !== 39) throw malformed(`attribute ${s.slice(a, nameEnd)} without quotes`);
      const close = s.indexOf(q === 34 ? '"' : "'", p + 1);
      if (close < 0) return -1;
      attrs.add(a, nameEnd, p + 1, close);
      p = close + 1;
    }
    if (p - lt > LIMITS.maxMarkupChars) throw malformed("markup too long");
    if (this.stack.length === 0) {
      if (this.rootSeen) throw malformed("a second root element");
      this.rootSeen = true;
    }
    const local = localName(name);
    if (selfClosing) {
      this.handler.open(local, attrs);
      this.handler.close(local);
    } else {
      if (this.stack.length >= LIMITS.maxDepth) throw malformed("elements nested too deep");
      this.stack.push(name);
      this.locals.push(local);
      this.handler.open(local, attrs);
    }
    return p;
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
