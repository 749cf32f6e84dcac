/** Two projects: "unit" (core, hosts, CLI, manifest — fast, no browser) and
 *  "browser" (the preview page in Debian's Chromium through playwright-core).
 *  The requirements reporter lists every skipped test with its reason and counts
 *  the checks that need LibreOffice, Chromium or ../shared/wild-docx (see
 *  test/helpers/requirements.ts). */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
module.exports = {
  reporters: ["default", "<rootDir>/test/reporters/requirements.cjs"],
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
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
