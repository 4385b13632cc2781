/**
 * The hostile corpus again, read with Node's zlib as the inflater (what the CLI uses): the
 * same refusals and the same reads as with fflate — a lying size, a bomb, a damaged stream.
 */
import { useNodeInflate } from "../../src/hosts/file/node/nodeInflate";
import { useInflateRaw } from "../../src/hosts/file/xlsx/inflateRaw";

beforeAll(() => useNodeInflate());
afterAll(() => useInflateRaw(null));

// eslint-disable-next-line @typescript-eslint/no-require-imports
require("./hostile.test");
