// ESLint flat config, read by `office-addin-lint check` (npm run lint) from the project root.
// Base: the Office add-ins recommended rules (Office.js proxy misuse: load/sync order, sync in
// loops, isNullObject) plus typescript-eslint's recommended rules. Formatting is not a lint error
// here: `npm run prettier` formats with office-addin-prettier-config.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const sourceFiles = "**/*.{js,mjs,cjs,ts,cts,mts,tsx}";

/**
 * The plugin's recommended blocks name only .js/.ts files (the task pane is .tsx) and bundle their
 * own copy of the typescript-eslint plugin and parser; the project's typescript-eslint provides them.
 */
const officeRecommended = officeAddins.configs.recommended.map((block) => {
  if (!block.files) return block;
  const { "@typescript-eslint": _bundled, ...plugins } = block.plugins ?? {};
  return {
    ...block,
    files: [sourceFiles],
    plugins,
    languageOptions: { ...block.languageOptions, parser: tseslint.parser },
  };
});

/** Node scripts (bin/, scripts/) run outside the browser. */
const nodeGlobals = Object.fromEntries(
  ["process", "console", "Buffer", "URL", "setTimeout", "clearTimeout", "setInterval", "clearInterval"].map((name) => [
    name,
    "readonly",
  ]),
);

export default tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "coverage/**", "test-results/**", "node_modules/**"] },
  ...officeRecommended,
  ...tseslint.configs.recommended,
  {
    files: [sourceFiles],
    languageOptions: { ecmaVersion: "latest", sourceType: "module" },
    rules: {
      "prettier/prettier": "off",
      // Cosmetic: a redundant backslash in a regex is harmless, so it should not fail the build.
      "no-useless-escape": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...nodeGlobals, module: "writable", require: "readonly" } },
  },
);
