import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// Every import points down: pane → engine contract ← hosts → core (docs/architecture.md).
const NODE = ["fs", "fs/*", "node:*", "path", "os", "child_process", "crypto", "worker_threads"];
const OFFICE_RULES = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([k]) => k.startsWith("office-addins/")),
);

export default tseslint.config(
  { ignores: ["lib/", "dist/", "node_modules/", "coverage/", "out/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/core/**/*.ts"],
    rules: {
      // The core is pure: no host, pane, engine, file, process or DOM access.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...NODE,
            "exceljs",
            "fflate",
            "react*",
            "office*",
            "**/hosts/**",
            "**/taskpane/**",
            "**/engine/**",
            "**/cli/**",
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document", "process"],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      // The contract between the pane and the hosts: it knows the core, nothing above.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...NODE,
            "exceljs",
            "react*",
            "office*",
            "**/hosts/**",
            "**/taskpane/**",
            "**/cli/**",
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel"],
    },
  },
  {
    files: ["src/hosts/**/*.ts"],
    rules: {
      // Hosts never import the pane.
      "no-restricted-imports": ["error", { patterns: ["**/taskpane/**", "react*", "**/cli/**"] }],
    },
  },
  {
    // The file host's browser-safe part runs in the web page's worker: no Node built-ins.
    files: ["src/hosts/file/**/*.ts"],
    ignores: ["src/hosts/file/node/**", "src/hosts/file/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...NODE, "**/taskpane/**", "react*", "**/cli/**", "**/node/**"] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "process", "Buffer"],
    },
  },
  {
    // Office globals only in the Excel host and the add-in's entry point.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/hosts/excel/**", "src/taskpane/excel/**"],
    rules: { "no-restricted-globals": ["error", "Office", "Excel"] },
  },
  {
    files: ["src/hosts/excel/**/*.ts"],
    ignores: ["src/hosts/excel/**/*.test.ts"],
    plugins: { "office-addins": officeAddins },
    rules: OFFICE_RULES,
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs["recommended-latest"].rules,
  },
  {
    files: ["bin/**/*.js", "scripts/**/*.js", "tests/bench/**/*.js", "*.config.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        Buffer: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
);
