/**
 * The .xlsx as an Open Packaging Conventions package: parts found through relationships,
 * each read as a stream of XML events. Only parts a relationship leads to are read.
 */
import { LIMITS, type ReadBudget } from "./limits";
import { XmlScanner, type XmlAttributes, type XmlHandler } from "./xmlScan";
import { CorruptFileError, findEntry, inflateEntry, type ZipArchive } from "./zip";

export interface Relationship {
  id: string;
  /** The relationship type's last segment: "worksheet", "sharedStrings", "officeDocument". */
  kind: string;
  /** The target part's name ("xl/worksheets/sheet1.xml"), or null when it is external or leaves the package. */
  part: string | null;
}

/** Streams a part's XML through `handler`. `what` names the part in Swedish for limit messages. */
export function scanPart(
  zip: ZipArchive,
  partName: string,
  maxBytes: number,
  what: string,
  budget: ReadBudget,
  handler: XmlHandler,
): void {
  const entry = findEntry(zip, partName);
  if (!entry) throw new CorruptFileError(`part ${partName} missing`);
  const scanner = new XmlScanner(handler);
  let decoder: TextDecoder | null = null;
  let head: Uint8Array | null = null;
  inflateEntry(zip, entry, maxBytes, what, budget, (chunk) => {
    if (!decoder) {
      // The byte-order mark decides the encoding (UTF-8 unless it says UTF-16); two bytes are needed to see it.
      const bytes = head ? concat(head, chunk) : chunk;
      if (bytes.length < 2) {
        head = bytes;
        return;
      }
      head = null;
      decoder = new TextDecoder(
        bytes[0] === 0xff && bytes[1] === 0xfe
          ? "utf-16le"
          : bytes[0] === 0xfe && bytes[1] === 0xff
            ? "utf-16be"
            : "utf-8",
      );
      chunk = bytes;
    }
    // stream: true keeps a multi-byte sequence (and a surrogate pair) that spans chunks whole.
    scanner.write(decoder.decode(chunk, { stream: true }));
  });
  if (!decoder) decoder = new TextDecoder("utf-8");
  scanner.write(decoder.decode(head ?? undefined));
  scanner.end();
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Whether the package has this part. */
export function hasPart(zip: ZipArchive, partName: string): boolean {
  return findEntry(zip, partName) !== undefined;
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; the package's own is "_rels/.rels". */
export function relationshipsPartOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/**
 * A relationship target as a part name, relative to the source part's folder (or absolute,
 * "/xl/…"); null when it climbs out of the package ("../../x") or is not a part name.
 */
export function resolveTarget(sourcePart: string, target: string): string | null {
  let t = target
    .trim()
    .replace(/\\/g, "/")
    .replace(/[?#].*$/, "");
  try {
    t = decodeURIComponent(t);
  } catch {
    // Not percent-encoded after all: use it as written.
  }
  const base = t.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (!base.length) return null;
      base.pop();
    } else base.push(seg);
  }
  return base.length ? base.join("/") : null;
}

/** The relationships of a part (none when it has no relationships part). */
export function readRelationships(
  zip: ZipArchive,
  sourcePart: string,
  budget: ReadBudget,
): Relationship[] {
  const relsPart = relationshipsPartOf(sourcePart);
  const rels: Relationship[] = [];
  if (!hasPart(zip, relsPart)) return rels;
  scanPart(zip, relsPart, LIMITS.maxSmallPartBytes, "arbetsbokens innehållsförteckning", budget, {
    wantText: false,
    open(name: string, attrs: XmlAttributes) {
      if (name !== "Relationship") return;
      const id = attrs.get("Id");
      const type = attrs.get("Type") ?? "";
      const target = attrs.get("Target");
      if (id === undefined || target === undefined) return;
      const external = attrs.get("TargetMode") === "External";
      rels.push({
        id,
        kind: type.slice(type.lastIndexOf("/") + 1),
        part: external ? null : resolveTarget(sourcePart, target),
      });
    },
    close() {},
    text() {},
  });
  return rels;
}
