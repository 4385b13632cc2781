/**
 * @jest-environment jsdom
 */
/* eslint-disable @typescript-eslint/no-require-imports -- modules are loaded one by one, after the mocks */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/*
 * The file host's browser part runs in the web page's worker: every module under src/hosts/file
 * outside node/ (and the core and the engine contract it needs) must load in a browser-like
 * environment where Node's built-in modules do not exist.
 */
const BUILTINS = [
  "fs",
  "fs/promises",
  "path",
  "os",
  "crypto",
  "child_process",
  "worker_threads",
  "stream",
  "zlib",
  "util",
  "buffer",
  "events",
];
for (const name of BUILTINS) {
  const fail = () => {
    throw new Error(`Node built-in "${name}" required by browser code`);
  };
  jest.doMock(name, fail);
  jest.doMock(`node:${name}`, fail);
}

// Bundlers take a package's "browser" build, as webpack does for the web page: ExcelJS's is self-contained.
jest.doMock("exceljs", () => jest.requireActual("exceljs/dist/exceljs.min.js"));

const root = join(__dirname, "..");
function browserModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node" ? [] : browserModules(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const modules = [
  ...browserModules(join(root, "src", "hosts", "file")),
  ...browserModules(join(root, "src", "engine")),
];

test("the list is the browser part: no node/ module, and the reader and writer are in it", () => {
  const rel = modules.map((m) => relative(root, m).split("\\").join("/"));
  expect(rel.some((m) => m.includes("/node/"))).toBe(false);
  expect(rel).toEqual(
    expect.arrayContaining([
      "src/hosts/file/xlsx/readWorkbookGrid.ts",
      "src/hosts/file/reportWorkbook.ts",
      "src/hosts/file/fileEngine.ts",
    ]),
  );
});

test.each(modules.map((m) => [relative(root, m)]))("%s loads without Node built-ins", (path) => {
  expect(() => jest.isolateModules(() => require(join(root, path)))).not.toThrow();
});

test("a Node file module would be caught", () => {
  expect(() =>
    jest.isolateModules(() =>
      require(join(root, "src", "hosts", "file", "node", "atomicWrite.ts")),
    ),
  ).toThrow(/Node built-in/);
});
