/** Two projects: "unit" (core, hosts, CLI, manifest — fast, no browser) and
 *  "browser" (the preview page in Debian's Chromium through playwright-core).
 *  The requirements reporter lists every skipped test with its reason and counts
 *  the checks that need LibreOffice, Chromium or ../shared/wild-docx (see
 *  test/helpers/requirements.ts). */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
/**
 * The pages ship Preact under React's names (webpack.config.js, REACT_ALIASES): the
 * tests render with the same. Preact ships ES modules only; build/jest-esm.cjs makes
 * them CommonJS for jest.
 */
const preact = {
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json", "node"],
  moduleNameMapper: {
    "^react$": "preact/compat",
    "^react/jsx-runtime$": "preact/compat/jsx-runtime",
    "^react/jsx-dev-runtime$": "preact/compat/jsx-dev-runtime",
    "^react-dom$": "preact/compat",
    "^react-dom/client$": "preact/compat/client",
    "^react-dom/server$": "preact/compat/server",
  },
  transformIgnorePatterns: ["/node_modules/(?!preact/)"],
};
const transform = { "^.+\\.tsx?$": tsJest, "/node_modules/preact/.+\\.m?js$": "<rootDir>/build/jest-esm.cjs" };
module.exports = {
  reporters: ["default", "<rootDir>/test/reporters/requirements.cjs"],
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform,
      ...preact,
      testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
    },
  ],
};
