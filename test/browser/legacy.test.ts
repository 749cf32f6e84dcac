/**
 * Office 2019's webview (EdgeHTML 18) in Debian's Chromium: the library functions
 * EdgeHTML 18 lacks are removed before any script runs, then the task pane's two
 * ES5 scripts (legacy-builtins.js, webview-check.js) and the engine, compiled for
 * edge18 as webpack compiles it, read and check a seed material. The result must be
 * exactly what Node gives. Without legacy-builtins.js the same engine fails, which
 * shows the removal is real and the added functions are what the engine runs on.
 *
 * Pages are served from memory through playwright's routing: nothing is fetched.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as esbuild from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { analyze } from "../../src/core/analyze";
import { paragraphsFromText } from "../../src/host/text";
import { CHROMIUM_PATH, needs } from "../helpers/requirements";
import { CHROMIUM_FLAGS, ROOT } from "./harness";

jest.setTimeout(120_000);

const ORIGIN = "http://legacy.invalid";

/** What EdgeHTML 18 lacks of what the bundle calls (see src/taskpane/legacy-builtins.js). */
const REMOVE_EDGE_HTML_18_GAPS = `
  delete Object.fromEntries; delete Array.prototype.flat; delete Array.prototype.flatMap;
  delete String.prototype.matchAll; delete String.prototype.trimStart; delete String.prototype.trimEnd;
  delete Promise.allSettled; delete window.WeakRef; delete window.ResizeObserver; delete window.queueMicrotask;
  delete window.globalThis;
  window.__removed = [typeof Object.fromEntries, typeof [].flatMap, typeof "".matchAll, typeof WeakRef].join(",");
`;

/** The page's own entry: read and check the text in #input, write a summary into #result. */
const ENTRY = `
import { analyze } from "./src/core/analyze";
import { paragraphsFromText } from "./src/host/text";
import { summary } from "./test/browser/legacySummary";
const run = () => {
  if (window.duizhaoWebviewUnsupported) return;
  try {
    const text = document.getElementById("input").textContent;
    const analysis = analyze(paragraphsFromText(text), { hostKind: "text" });
    document.getElementById("result").textContent = JSON.stringify(summary(analysis));
  } catch (error) {
    document.getElementById("result").textContent = "ERROR " + String(error && error.message);
  }
};
run();
`;

let bundle = "";
const seed = readFileSync(path.join(ROOT, "test", "fixtures", "corpus", "seed-004.txt"), "utf8");

/** "page": both ES5 scripts, as taskpane.html has them; "check": without legacy-builtins.js; "bare": the engine alone. */
type Scripts = "page" | "check" | "bare";

function page(scripts: Scripts): string {
  const escaped = seed.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
    ${scripts === "page" ? '<script src="legacy-builtins.js"></script>' : ""}
    ${scripts !== "bare" ? '<script src="webview-check.js"></script>' : ""}</head>
    <body><div id="root"></div><pre id="input">${escaped}</pre><pre id="result"></pre>
    <script src="engine.js"></script></body></html>`;
}

async function open(browser: Browser, scripts: Scripts): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  await context.addInitScript(REMOVE_EDGE_HTML_18_GAPS);
  const files: Record<string, [string, string]> = {
    "/index.html": [page(scripts), "text/html; charset=utf-8"],
    "/legacy-builtins.js": [readFileSync(path.join(ROOT, "src", "taskpane", "legacy-builtins.js"), "utf8"), "text/javascript; charset=utf-8"],
    "/webview-check.js": [readFileSync(path.join(ROOT, "src", "taskpane", "webview-check.js"), "utf8"), "text/javascript; charset=utf-8"],
    "/engine.js": [bundle, "text/javascript; charset=utf-8"],
  };
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
    if (file) await route.fulfill({ status: 200, body: file[0], contentType: file[1] });
    else await route.abort();
  });
  const p = await context.newPage();
  const errors: string[] = [];
  p.on("pageerror", (e) => errors.push(e.message));
  await p.goto(`${ORIGIN}/index.html`);
  return { page: p, errors };
}

/**
 * Polls an element's text. Playwright's evaluate and waitForFunction run in the page's
 * own world, which needs globalThis, which these pages may lack; reading text runs in
 * playwright's isolated world, which has its own.
 */
async function until(p: Page, selector: string, test: (value: string) => boolean): Promise<string> {
  for (let i = 0; i < 400; i++) {
    const value = (await p.textContent(selector)) ?? "";
    if (test(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the page did not get there within 20 s");
}

needs("chromium").describe("Office 2019's webview: the engine without what EdgeHTML 18 lacks", () => {
  let browser: Browser;
  beforeAll(async () => {
    const built = await esbuild.build({
      stdin: { contents: ENTRY, resolveDir: ROOT, loader: "ts" },
      bundle: true,
      write: false,
      format: "iife",
      target: "edge18",
      platform: "browser",
      logLevel: "silent",
    });
    bundle = built.outputFiles[0]!.text;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("with legacy-builtins.js the seed is read and checked exactly as in Node", async () => {
    const { page: p, errors } = await open(browser, "page");
    expect(await p.evaluate(() => (window as unknown as { __removed: string }).__removed)).toBe("undefined,undefined,undefined,undefined");
    await p.waitForFunction(() => (document.getElementById("result")?.textContent ?? "") !== "");
    const shown = await p.evaluate(() => document.getElementById("result")!.textContent!);
    expect(errors).toEqual([]);
    expect(await p.evaluate(() => document.getElementById("root")!.textContent)).toBe("");
    const { summary } = await import("./legacySummary");
    expect(JSON.parse(shown)).toEqual(summary(analyze(paragraphsFromText(seed), { hostKind: "text" })));
    // The added functions were used: they are the page's, not the engine's own.
    expect(await p.evaluate(() => Object.fromEntries.toString().includes("[native code]"))).toBe(false);
  });

  test("without it, webview-check.js says 请升级 and the engine does not start", async () => {
    const { page: p } = await open(browser, "check");
    await until(p, "#root", (t) => /请升级 Office 或安装 WebView2/.test(t));
    expect(await p.textContent("#result")).toBe("");
  });

  test("the engine alone, without the added functions, fails: what it runs on is really missing", async () => {
    const { page: p, errors } = await open(browser, "bare");
    // It throws while it loads (an uncaught error) or while it reads (caught, shown).
    for (let i = 0; i < 400 && errors.length === 0 && !(await p.textContent("#result")); i++) await new Promise((r) => setTimeout(r, 50));
    const shown = (await p.textContent("#result")) ?? "";
    expect(errors.length > 0 || shown.startsWith("ERROR ")).toBe(true);
    expect(shown.startsWith("{")).toBe(false);
  });
});
