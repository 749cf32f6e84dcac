/**
 * The requirements reporter: it lists every skip with its reason, counts the
 * checks that need something outside the repository, and (with DUIZHAO_REQUIRE)
 * fails the run when a required check was skipped or a skip gives no reason.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { mandatory, missingReason } from "../helpers/requirements";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Reporter = require("./requirements.cjs") as new (config: { rootDir: string }) => {
  onTestResult(test: unknown, result: unknown): void;
  onRunComplete(): void;
  getLastError(): Error | undefined;
};

const root = mkdtempSync(path.join(tmpdir(), "duizhao-reporter-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(env: string | undefined, titles: Array<[string, string]>) {
  const saved = process.env.DUIZHAO_REQUIRE;
  const write = process.stderr.write;
  let printed = "";
  process.stderr.write = ((chunk: string) => {
    printed += chunk;
    return true;
  }) as typeof process.stderr.write;
  try {
    if (env === undefined) delete process.env.DUIZHAO_REQUIRE;
    else process.env.DUIZHAO_REQUIRE = env;
    const reporter = new Reporter({ rootDir: root });
    reporter.onTestResult(
      { context: { config: { displayName: { name: "unit" } } } },
      {
        testFilePath: path.join(root, "test", "x.test.ts"),
        testResults: titles.map(([fullName, status]) => ({ fullName, status, ancestorTitles: [], title: fullName })),
      },
    );
    reporter.onRunComplete();
    const summary = JSON.parse(readFileSync(path.join(root, "test-results", "requirements", "unit.json"), "utf8"));
    return { error: reporter.getLastError(), printed, summary };
  } finally {
    process.stderr.write = write;
    if (saved === undefined) delete process.env.DUIZHAO_REQUIRE;
    else process.env.DUIZHAO_REQUIRE = saved;
  }
}

test("skips are listed with their reasons, and checks are counted per requirement", () => {
  const { error, printed, summary } = run(undefined, [
    ["LibreOffice opens the output [needs soffice]", "passed"],
    ["wild files [needs wild-docx] fixed copies open [needs soffice]", "passed"],
    ["wild files [needs wild-docx] [skipped: /x/wild-docx is absent]", "pending"],
    ["an old bare skip", "pending"],
    ["plain", "passed"],
  ]);
  expect(error).toBeUndefined();
  expect(summary.requirements).toEqual({ soffice: { ran: 2, skipped: 0 }, "wild-docx": { ran: 1, skipped: 1 } });
  expect(printed).toContain("Skipped checks (2):");
  expect(printed).toContain("test/x.test.ts › wild files — /x/wild-docx is absent");
  expect(printed).toContain("test/x.test.ts › an old bare skip — no reason given");
});

test("with DUIZHAO_REQUIRE, a skipped required check or a skip without a reason fails the run", () => {
  expect(run("soffice", [["LibreOffice [needs soffice]", "passed"]]).error).toBeUndefined();
  expect(run("soffice", [["LibreOffice [needs soffice] [skipped: LibreOffice (soffice) is not installed]", "pending"]]).error?.message).toContain(
    "1 check(s) needing soffice were skipped",
  );
  expect(run("soffice", [["bare", "pending"]]).error?.message).toContain("1 test(s) were skipped without a reason");
  // Not required: a skip of it is reported, not fatal.
  expect(run("chromium", [["wild [needs wild-docx] [skipped: absent]", "pending"]]).error).toBeUndefined();
});

test("DUIZHAO_REQUIRE names requirements, spaces or commas between", () => {
  expect(mandatory({ DUIZHAO_REQUIRE: "chromium soffice,wild-docx nonsense" })).toEqual(["chromium", "soffice", "wild-docx"]);
  expect(mandatory({})).toEqual([]);
});

test("what is missing is named", () => {
  for (const requirement of ["soffice", "chromium", "wild-docx"] as const) {
    const reason = missingReason(requirement);
    expect(reason === null || reason.length > 10).toBe(true);
  }
});
