import { inflateRawSync } from "node:zlib";
import { useInflateRaw } from "../xlsx/inflateRaw";

/**
 * Node's zlib as the reader's inflater (see inflateRaw.ts). Its maxOutputLength overrun is a
 * RangeError, as the reader expects; a part inflates into one buffer (52 MB for a 100 000-row
 * sheet, bounded by the part's limit), handed to the XML scanner in slices.
 */
export function useNodeInflate(): void {
  useInflateRaw((data, maxBytes) => {
    const out = inflateRawSync(data, { maxOutputLength: maxBytes });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  });
}
