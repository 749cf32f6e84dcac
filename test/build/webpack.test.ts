/**
 * The build (issue 11): office.js from Microsoft's CDN by default or from an
 * administrator's mirror (never the npm snapshot), the pages' policy to match,
 * Microsoft's files never minified again, every module compiled for Office
 * 2019's EdgeHTML, and the ES5 check that tells users of older webviews to
 * upgrade instead of leaving a blank pane.
 */
import * as acorn from "acorn";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import * as vm from "vm";

const ROOT = path.join(__dirname, "..", "..");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build files
const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: { mode: string }) => Config;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require(path.join(ROOT, "build", "esbuild-loader.cjs")) as LoaderFunction & { lowerRegExpLiterals(code: string): string };

interface Config {
  target: unknown;
  module: { rules: Array<{ test: RegExp; exclude?: unknown; use: { loader: string; options: { target: string } } }> };
  plugins: Array<{
    userOptions?: { filename?: string; template?: string; templateParameters?: { officeJsUrl: string; contentSecurityPolicy: string } };
    patterns?: Array<{ from: string; to: string; info?: { minimized?: boolean } }>;
  }>;
}
type LoaderFunction = (this: object, source: string) => void;

function page(config: Config, filename: string) {
  const plugin = config.plugins.find((p) => p.userOptions?.filename === filename);
  if (!plugin?.userOptions) throw new Error(`no page ${filename}`);
  return plugin.userOptions;
}
function patterns(config: Config) {
  return config.plugins.flatMap((p) => p.patterns ?? []);
}
function directive(csp: string, name: string): string[] {
  const found = csp.split(";").map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
  return found ? found.slice(1) : [];
}

describe("office.js", () => {
  test("by default from Microsoft's CDN; the pages' policy allows Microsoft's script origins and nothing else new (no telemetry endpoint)", () => {
    const config = makeConfig({}, { mode: "production" });
    for (const name of ["taskpane.html", "commands.html"]) {
      const parameters = page(config, name).templateParameters!;
      expect(parameters.officeJsUrl).toBe(CDN);
      expect(directive(parameters.contentSecurityPolicy, "script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"]);
      expect(directive(parameters.contentSecurityPolicy, "default-src")).toEqual(["'self'"]);
      expect(parameters.contentSecurityPolicy).not.toMatch(/aria|pipe/);
      expect(directive(parameters.contentSecurityPolicy, "object-src")).toEqual(["'none'"]);
    }
    // Nothing of the npm snapshot is copied, and it is no longer a dependency.
    expect(patterns(config).some((p) => /office-js/.test(String(p.from)))).toBe(false);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies["@microsoft/office-js"]).toBeUndefined();
  });

  test("the templates take the address and the policy from the build; the preview page loads no office.js", () => {
    for (const name of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(path.join(ROOT, "src", "taskpane", name), "utf8");
      expect(html).toContain('<% if (officeJsUrl) { %><script src="<%= officeJsUrl %>"></script><% } %>');
      expect(html).toContain('content="<%= contentSecurityPolicy %>"');
    }
    const taskpane = readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
    expect(taskpane.indexOf("legacy-builtins.js")).toBeGreaterThan(0);
    expect(taskpane.indexOf("legacy-builtins.js")).toBeLessThan(taskpane.indexOf("webview-check.js"));
    expect(taskpane.indexOf("webview-check.js")).toBeLessThan(taskpane.indexOf("<%= officeJsUrl %>"));
    expect(readFileSync(path.join(ROOT, "src", "taskpane", "preview", "preview.html"), "utf8")).toContain('<script src="legacy-builtins.js"></script>');
    expect(patterns(makeConfig({}, { mode: "production" })).map((p) => String(p.from))).toEqual(
      expect.arrayContaining(["src/taskpane/legacy-builtins.js", "src/taskpane/webview-check.js"]),
    );
    expect(readFileSync(path.join(ROOT, "src", "taskpane", "preview", "preview.html"), "utf8")).not.toMatch(/office\.js|appsforoffice/);
  });

  test("the plain-HTTP preview server's pages (officeJs=none) load no office.js and allow only their own origin", () => {
    const parameters = page(makeConfig({ officeJs: "none" }, { mode: "development" }), "taskpane.html").templateParameters!;
    expect(parameters.officeJsUrl).toBe("");
    expect(directive(parameters.contentSecurityPolicy, "script-src")).toEqual(["'self'"]);
    // The development server (npm run dev) and the production preview (npm start) alike.
    expect(readFileSync(path.join(ROOT, "src", "cli", "start.cjs"), "utf8")).toContain('makeConfig(secure ? {} : { officeJs: "none" }');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect((require(path.join(ROOT, "src", "cli", "start.cjs")) as { PREVIEW_ENV: unknown }).PREVIEW_ENV).toEqual({ officeJs: "none" });
  });

  test("with a mirror folder: served from the add-in's own origin, copied as it is (not minified again)", () => {
    const mirror = mkdtempSync(path.join(tmpdir(), "office js mirror "));
    writeFileSync(path.join(mirror, "office.js"), "/* Microsoft's */");
    for (const config of [makeConfig({ officeJsMirror: mirror }, { mode: "production" }), withEnvMirror(mirror)]) {
      const parameters = page(config, "taskpane.html").templateParameters!;
      expect(parameters.officeJsUrl).toBe("office-js/office.js");
      expect(directive(parameters.contentSecurityPolicy, "script-src")).toEqual(["'self'"]);
      const copy = patterns(config).find((p) => p.to === "office-js");
      expect(copy).toMatchObject({ from: mirror, info: { minimized: true } });
    }
  });

  test("a mirror without office.js, or the npm snapshot given as a mirror, stops the build with a message", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "empty-mirror-"));
    expect(() => makeConfig({ officeJsMirror: empty }, { mode: "production" })).toThrow(/没有 office\.js/);
    const snapshot = path.join(mkdtempSync(path.join(tmpdir(), "proj-")), "node_modules", "@microsoft", "office-js", "dist");
    mkdirSync(snapshot, { recursive: true });
    writeFileSync(path.join(snapshot, "office.js"), "");
    expect(() => makeConfig({ officeJsMirror: snapshot }, { mode: "production" })).toThrow(/旧快照/);
  });
});

function withEnvMirror(mirror: string): Config {
  process.env.DUIZHAO_OFFICE_JS_MIRROR = mirror;
  try {
    return makeConfig({}, { mode: "development" });
  } finally {
    delete process.env.DUIZHAO_OFFICE_JS_MIRROR;
  }
}

describe("compiled for Office 2019's EdgeHTML", () => {
  test("every module, node_modules included, goes through esbuild for edge18; webpack's own code stays in ES2017", () => {
    const config = makeConfig({}, { mode: "production" });
    expect(config.target).toEqual(["web", "es2017"]);
    const rule = config.module.rules.find((r) => r.use.loader.endsWith("esbuild-loader.cjs"));
    expect(rule?.use.options.target).toBe("edge18");
    expect(rule?.exclude).toBeUndefined();
    for (const file of ["a.ts", "b.tsx", "node_modules/react/index.js", "node_modules/x/y.mjs"]) expect(rule?.test.test(file)).toBe(true);
  });

  test("the loader turns newer syntax into code an ES2017 parser accepts (static blocks, ?., ??, rest, lookbehind, \\p)", async () => {
    const source = [
      "export class A { static { A.n = 1; } #x = 1; get x() { return this.#x; } }",
      "export const f = (o: { a?: { b?: number } }) => o.a?.b ?? 0;",
      "export const { p, ...rest } = { p: 1, q: 2 };",
      "export const han = /[\\p{Script=Han}\\p{N}]/u;",
      "export const year = /(?<![0-9])(20[0-9]{2})(?![0-9])/;",
      "export const named = /(?<y>\\d{4})/;",
      "export const Tag = () => <b>x</b>;",
    ].join("\n");
    const output = await new Promise<string>((resolve, reject) => {
      const context = {
        resourcePath: path.join(ROOT, "src", "sample.tsx"),
        sourceMap: false,
        getOptions: () => ({ target: "edge18" }),
        async: () => (error: Error | null, code?: string) => (error ? reject(error) : resolve(code ?? "")),
      };
      loader.call(context, source);
    });
    expect(() => acorn.parse(output, { ecmaVersion: 2017, sourceType: "module" })).not.toThrow();
    // The meaning is kept: the expressions are built at run time instead.
    expect(output).toContain('new RegExp("(?<![0-9])(20[0-9]{2})(?![0-9])"');
    expect(output).toContain('new RegExp("[\\\\p{Script=Han}\\\\p{N}]", "u")');
    expect(output).toContain("react/jsx-runtime");
  });

  /** The loader's output for `source` as if it were the module at `file`. */
  const load = (source: string, file: string) =>
    new Promise<string>((resolve, reject) => {
      const context = {
        resourcePath: file,
        sourceMap: false,
        getOptions: () => ({ target: "edge18" }),
        async: () => (error: Error | null, code?: string) => (error ? reject(error) : resolve(code ?? "")),
      };
      loader.call(context, source);
    });
  const HELPERS = path.join(ROOT, "build", "esbuild-helpers.js");

  test("an ES module imports esbuild's spread, rest and class-field helpers from one shared module instead of its own copies, with the same meaning", async () => {
    const source = [
      "const s = Symbol('s');",
      "export const merged = { ...{ a: 1, [s]: 2 }, b: 3 };",
      "export const rest = (({ a, ...others }) => others)({ a: 1, b: 2, c: 3 });",
      "export class Field { x = 4; }",
      "export const symbolKept = merged[s];",
    ].join("\n");
    const output = await load(source, path.join(ROOT, "src", "sample.ts"));
    expect(output).not.toMatch(/var __(spreadValues|objRest|publicField|defProp)\b/);
    expect(output).toContain(`from ${JSON.stringify(HELPERS)}`);
    expect(output.split("\n").length).toBeGreaterThanOrEqual((await load(source, path.join(ROOT, "node_modules", "x", "cjs.js"))).split("\n").length - 2);
    const helpers = await load("export {};", HELPERS);
    expect(helpers).toMatch(/var __spreadValues = /);
    expect(() => acorn.parse(helpers, { ecmaVersion: 2017, sourceType: "module" })).not.toThrow();
    // Run the module with the shared helpers in place of its import: the same values as written.
    const run = (helpers.replace(/^export \{[^}]*\};?$/m, "") + output.replace(/^import \{[^}]*\} from .*$/m, "").replace(/^export /gm, ""))
      + "\n;({ merged, rest, field: new Field().x, symbolKept })";
    const result = vm.runInNewContext(run) as { merged: object; rest: object; field: number; symbolKept: number };
    expect(JSON.parse(JSON.stringify(result))).toEqual({ merged: { a: 1, b: 3 }, rest: { b: 2, c: 3 }, field: 4, symbolKept: 2 });
  });

  test("a CommonJS module keeps its own helpers (an import would make it an ES module)", async () => {
    const output = await load("const o = { ...require('x') }; module.exports = o;", path.join(ROOT, "node_modules", "x", "index.js"));
    expect(output).toMatch(/var __spreadValues = /);
    expect(output).not.toContain("esbuild-helpers");
  });

  test("regular expressions ES2017 can parse are left as literals; strings that look like them are untouched", () => {
    const code = 'const a = /x\\/y/gi; const s = "/(?<=a)b/"; const b = /[a-z]+/su;';
    const lowered = loader.lowerRegExpLiterals(code);
    expect(lowered).toContain("/x\\/y/gi");
    expect(lowered).toContain('"/(?<=a)b/"');
    expect(lowered).toContain('new RegExp("[a-z]+", "su")');
  });
});

describe("webview-check.js: the message where the bundle cannot run", () => {
  const script = readFileSync(path.join(ROOT, "src", "taskpane", "webview-check.js"), "utf8");
  const builtins = readFileSync(path.join(ROOT, "src", "taskpane", "legacy-builtins.js"), "utf8");

  test("both scripts are ES5, so that Internet Explorer 11's webview runs them", () => {
    expect(() => acorn.parse(script, { ecmaVersion: 5 })).not.toThrow();
    expect(() => acorn.parse(builtins, { ecmaVersion: 5 })).not.toThrow();
  });

  /** A fresh JavaScript realm with a minimal DOM; `prepare` removes features first, then the page's two scripts run. */
  function run(prepare: string, withBuiltins = true) {
    const texts: string[] = [];
    const root = {
      firstChild: null,
      removeChild: () => undefined,
      appendChild: (node: { texts: string[] }) => texts.push(...node.texts),
    };
    const element = () => {
      const node = { texts: [] as string[], style: {}, setAttribute: () => undefined, appendChild: (child: { texts?: string[]; text?: string }) => node.texts.push(...(child.texts ?? [child.text ?? ""])) };
      return node;
    };
    const document = {
      readyState: "complete",
      getElementById: (id: string) => (id === "root" ? root : null),
      body: root,
      createElement: element,
      createTextNode: (text: string) => ({ text }),
      addEventListener: () => undefined,
    };
    const context = vm.createContext({ document, setTimeout, addEventListener: () => undefined, removeEventListener: () => undefined });
    vm.runInContext(`var window = this; this.ResizeObserver = function () {}; ${prepare}`, context);
    if (withBuiltins) vm.runInContext(builtins, context);
    vm.runInContext(script, context);
    return { unsupported: (context as { duizhaoWebviewUnsupported?: boolean }).duizhaoWebviewUnsupported === true, text: texts.join("\n"), context };
  }

  /** What EdgeHTML 18 lacks of what the bundle calls. */
  const EDGE_HTML_18 =
    "delete Object.fromEntries; delete Array.prototype.flat; delete Array.prototype.flatMap; delete String.prototype.matchAll;" +
    " delete String.prototype.trimStart; delete String.prototype.trimEnd; delete Promise.allSettled; delete this.WeakRef;" +
    " delete this.ResizeObserver; delete this.queueMicrotask; delete this.globalThis;";

  test("a current engine: no message, the bundle starts, and nothing is replaced", () => {
    const plain = run("", false);
    expect(plain).toMatchObject({ unsupported: false, text: "" });
    const own = vm.runInContext("[Object.fromEntries, Array.prototype.flatMap, String.prototype.matchAll, WeakRef]", plain.context) as unknown[];
    const after = run("");
    expect(vm.runInContext("[Object.fromEntries, Array.prototype.flatMap, String.prototype.matchAll, WeakRef]", after.context)).toEqual(
      own.map((f) => expect.objectContaining({ name: (f as { name: string }).name })),
    );
    expect(vm.runInContext("Object.fromEntries.toString()", after.context)).toContain("[native code]");
  });

  test("EdgeHTML 18 (Office 2019): the missing functions are added and the bundle starts", () => {
    const result = run(EDGE_HTML_18);
    expect(result).toMatchObject({ unsupported: false, text: "" });
    const value = (code: string) => JSON.parse(vm.runInContext(`JSON.stringify(${code})`, result.context) as string) as unknown;
    expect(vm.runInContext("Object.fromEntries.toString()", result.context)).not.toContain("[native code]");
    // Each one gives what the engine's own gives.
    const cases: [string, unknown][] = [
      ["Object.fromEntries([['a', 1], ['b', 2]])", { a: 1, b: 2 }],
      ["Object.fromEntries(new Map([['x', [1]]]))", { x: [1] }],
      ["[1, [2, [3, [4]]], , 5].flat()", [1, 2, [3, [4]], 5]],
      ["[1, [2, [3, [4]]]].flat(Infinity)", [1, 2, 3, 4]],
      ["[1, 2, 3].flatMap(function (x, i) { return x === 2 ? [] : [x, i]; })", [1, 0, 3, 2]],
      ["[1, 2].flatMap(function (x) { return [[x]]; })", [[1], [2]]],
      ["Array.from('a1b22c'.matchAll(/\\d+/g), function (m) { return [m[0], m.index]; })", [["1", 1], ["22", 3]]],
      ["Array.from('ab'.matchAll(/x*/g), function (m) { return m.index; })", [0, 1, 2]],
      ["Array.from('a.b.c'.matchAll('.'), function (m) { return m.index; })", [1, 3]],
      ["'\\u3000 a \\t'.trimStart() + '|' + ' a \\n'.trimEnd()", "a \t| a"],
      ["typeof globalThis === 'object' && globalThis === this", true],
      ["new WeakRef({ n: 1 }).deref().n", 1],
    ];
    for (const [code, expected] of cases) expect([code, value(code)]).toEqual([code, expected]);
    // TypeErrors of the other realm: matched by their message.
    expect(() => vm.runInContext("'a'.matchAll(/a/)", result.context)).toThrow(/non-global/);
    expect(() => vm.runInContext("new WeakRef(1)", result.context)).toThrow(/must be an object/);
  });

  test("Promise.allSettled and queueMicrotask, added, settle like the engine's own", async () => {
    const result = run(EDGE_HTML_18);
    const settled = (await vm.runInContext("Promise.allSettled([1, Promise.reject('no'), Promise.resolve(3)])", result.context)) as unknown;
    expect(JSON.parse(JSON.stringify(settled))).toEqual([
      { status: "fulfilled", value: 1 },
      { status: "rejected", reason: "no" },
      { status: "fulfilled", value: 3 },
    ]);
    const order = (await vm.runInContext("new Promise(function (done) { var log = []; queueMicrotask(function () { log.push('micro'); done(log); }); log.push('sync'); })", result.context)) as string[];
    expect([...order]).toEqual(["sync", "micro"]);
  });

  test("the ResizeObserver stand-in reports the size when observing starts, and on every window resize until disconnected", async () => {
    const listeners: Record<string, (() => void)[]> = {};
    const context = vm.createContext({
      setTimeout,
      addEventListener: (name: string, f: () => void) => (listeners[name] ??= []).push(f),
      removeEventListener: (name: string, f: () => void) => (listeners[name] = (listeners[name] ?? []).filter((g) => g !== f)),
    });
    vm.runInContext("var window = this;", context);
    vm.runInContext(builtins, context);
    const seen: number[][] = [];
    const target = { getBoundingClientRect: () => ({ width: 320, height: 650 }) };
    const observer = new (vm.runInContext("ResizeObserver", context) as new (cb: (entries: { contentRect: { width: number }; borderBoxSize: { blockSize: number }[] }[]) => void) => {
      observe(t: unknown): void;
      disconnect(): void;
    })((entries) => seen.push(entries.map((e) => e.contentRect.width + e.borderBoxSize[0]!.blockSize)));
    observer.observe(target);
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([[970]]);
    for (const f of listeners.resize ?? []) f();
    expect(seen).toEqual([[970], [970]]);
    observer.disconnect();
    expect(listeners.resize).toEqual([]);
  });

  test.each([
    ["without Promise and Symbol (Internet Explorer 11)", "delete this.Promise; delete this.Symbol;"],
    ["without Proxy", "delete this.Proxy;"],
    ["without the added functions (legacy-builtins.js did not load)", EDGE_HTML_18],
  ])("%s: 请升级 Office 或安装 WebView2, in Chinese first, and the bundle is told not to start", (label, prepare) => {
    const result = run(prepare, !label.includes("did not load"));
    expect(result.unsupported).toBe(true);
    expect(result.text.startsWith("请升级 Office 或安装 WebView2")).toBe(true);
    expect(result.text).toContain("Please update Office or install WebView2");
  });
});
