/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/tests"],
  setupFiles: ["<rootDir>/tests/setup/browserGlobals.ts"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Suites that need LibreOffice or a browser run from .ci/run (npm run test:spreadsheet, test:e2e).
  testPathIgnorePatterns: ["/node_modules/", "/tests/spreadsheet/", "/tests/e2e/"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
