import { CorruptFileError } from "./zip";
import { decodeXml, XmlScanner, type XmlAttributes, type XmlHandler } from "./xmlScan";

/** The events a document gives, fed in the chunks given; adjacent text pieces joined. */
function events(chunks: string[], attrNames = ["r", "t", "a", "b"]): string[] {
  const out: string[] = [];
  const handler: XmlHandler = {
    wantText: true,
    open(name: string, attrs: XmlAttributes) {
      const a = attrNames.map((n) => [n, attrs.get(n)]).filter(([, v]) => v !== undefined);
      out.push(
        `<${name}${a.map(([n, v]) => ` ${n}=${JSON.stringify(v)}`).join("")}${attrs.getPrefixed("id") !== undefined ? ` id=${attrs.getPrefixed("id")}` : ""}>`,
      );
    },
    close(name: string) {
      out.push(`</${name}>`);
    },
    text(t: string) {
      if (out.length && out[out.length - 1].startsWith("#")) out[out.length - 1] += t;
      else out.push(`#${t}`);
    },
  };
  const scanner = new XmlScanner(handler);
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return out;
}

const DOC =
  '<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- a comment -- with dashes -->\r\n<x:sst xmlns:x="urn:x" xmlns:r="urn:r">' +
  '<x:si r:id="rId7" a="1 &gt; 0 &amp; &quot;q&quot;" b=\'&#x1F600;&#128512;\'><x:t xml:space="preserve">a &lt;b&gt; &amp; c\r\nd\re&#13;f 😀\u{20000}\u{10FFFD} e\u0301</x:t></x:si>' +
  "<si><t><![CDATA[<raw> & ]] ]]]></t><t/><?pi inside?></si>" +
  '<c r="A1" t = "s" ><v>1</v></c>\n</x:sst>\n';

describe("the XML tokenizer", () => {
  const whole = events([DOC]);

  test("reads elements by local name, attributes, entities, character references, CDATA and line ends", () => {
    expect(whole).toEqual([
      "<sst>",
      '<si a="1 > 0 & \\"q\\"" b="😀😀" id=rId7>',
      "<t>",
      "#a <b> & c\nd\ne\rf 😀\u{20000}\u{10FFFD} e\u0301",
      "</t>",
      "</si>",
      "<si>",
      "<t>",
      "#<raw> & ]] ]",
      "</t>",
      "<t>",
      "</t>",
      "</si>",
      '<c r="A1" t="s">',
      "<v>",
      "#1",
      "</v>",
      "</c>",
      "#\n",
      "</sst>",
    ]);
  });

  test("gives the same events however the text is cut into chunks", () => {
    for (let cut = 1; cut < DOC.length; cut++)
      expect([cut, events([DOC.slice(0, cut), DOC.slice(cut)])]).toEqual([cut, whole]);
    // One character at a time (a surrogate pair is never cut: TextDecoder keeps it whole).
    expect(events(Array.from(DOC))).toEqual(whole);
  });

  const refuses = (xml: string) => expect(() => events([xml])).toThrow(CorruptFileError);

  test("refuses a document type declaration, so no entity is ever defined or expanded", () => {
    refuses(
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><sst>&lol2;</sst>',
    );
    refuses('<!DOCTYPE x SYSTEM "file:///etc/passwd"><x>&xxe;</x>');
    refuses("<x>&lol;</x>");
    refuses("<x>&constructor;</x>");
    refuses("<x>AT&T</x>");
    refuses("<x>&#0;</x>");
    refuses("<x>&#xD800;</x>");
    refuses("<x>&#x110000;</x>");
  });

  test("refuses what is not well-formed", () => {
    refuses("<a><b></a></b>");
    refuses("<a>");
    refuses("<a></a><b></b>");
    refuses("text<a/>");
    refuses("<a b></a>");
    refuses("<a b=c></a>");
    refuses("<a><!-- never closed </a>");
    refuses("");
    refuses("<" + "a".repeat(2 * 1024 * 1024));
    refuses("<a>".repeat(300) + "</a>".repeat(300));
  });

  test("decodes only the five entities and character references", () => {
    expect(decodeXml("&lt;&gt;&amp;&quot;&apos;&#65;&#x42;", false)).toBe("<>&\"'AB");
    expect(decodeXml("a\r\nb\rc", true)).toBe("a\nb\nc");
    expect(decodeXml("a\r\nb", false)).toBe("a\r\nb");
  });
});
