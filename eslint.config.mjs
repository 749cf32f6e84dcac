// ESLint 9 flat config. Recommended sets only (not the type-checked variants,
// which would need a full TypeScript program and make `npm run lint` slow).
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

export default defineConfig(
  {
    ignores: ["dist/**", "node_modules/**", "coverage/**", ".tmp/**", "test-results/**"],
  },

  // TypeScript (and the rules of typescript-eslint's recommended set for every file).
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a deliberately unused parameter or binding.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },

  // Node scripts written as CommonJS (CLI launcher, build and test tools).
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },

  // The ES5 scripts the task pane runs before its bundle (old webviews): no class, no
  // arrow functions, so an observer keeps a reference to itself the ES5 way.
  {
    files: ["src/taskpane/legacy-builtins.js", "src/taskpane/webview-check.js"],
    rules: { "@typescript-eslint/no-this-alias": "off" },
  },

  // The Office.js boundary: Microsoft's rules against the usual proxy-object mistakes
  // (reading before load/sync, syncing in loops, testing null proxies with ===).
  // Only the plugin's rules are used: its own presets bring prettier and a second
  // copy of the typescript-eslint plugin.
  {
    files: ["src/host/word/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },

  // React task pane: the rules of hooks.
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
