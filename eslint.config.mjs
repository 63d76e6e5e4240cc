// ESLint flat config: the recommended JS and TypeScript rules, and the layering of
// shared/design/ARCHITECTURE.md as an import rule (the pure engine never reaches an adapter).
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Layers that must stay pure: no engine, no adapter or view, no Office, no ExcelJS. */
const PURE_LAYERS = ["src/model/**", "src/core/**", "src/understand/**", "src/checks/**", "src/findings/**"];
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension", "OfficeRuntime", "CustomFunctions"];
const ARCHITECTURE =
  "src/model, core, understand, checks and findings are the pure engine: they never import engine, excel, xlsx, taskpane, cli, Office or ExcelJS (shared types live in src/model)";

export default defineConfig(
  { ignores: ["build/", "dist/", "coverage/", "test-artifacts/", "node_modules/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: {
      // The CommonJS build and test helpers load their dependencies with require().
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    rules: {
      // `const { key: _dropped, ...rest } = x` is how the code leaves a key out of a copy.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    // A registered custom function takes any arguments (`(...args: any[])` is the only signature every function fits);
    // the functions' tests pass Excel's loose values and read the fields of the errors they return.
    files: ["src/functions/custom-functions-runtime.d.ts", "test/functions/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The browser tests reach the Excel simulator through the page's window object.
    files: ["test/e2e/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: PURE_LAYERS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "exceljs", message: ARCHITECTURE }],
          patterns: [
            { regex: "(^|/)(engine|excel|xlsx|taskpane|cli)(/|$)", message: ARCHITECTURE },
            { regex: "^exceljs/", message: ARCHITECTURE },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS.map((name) => ({ name, message: ARCHITECTURE }))],
      // Office's types too (Excel.Range): no-restricted-globals sees only values.
      "no-restricted-syntax": ["error", { selector: `TSQualifiedName[left.name=/^(${OFFICE_GLOBALS.join("|")})$/]`, message: ARCHITECTURE }],
    },
  },
);
