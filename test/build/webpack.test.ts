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
    expect(taskpane.indexOf("webview-check.js")).toBeLessThan(taskpane.indexOf("<%= officeJsUrl %>"));
    expect(readFileSync(path.join(ROOT, "src", "taskpane", "preview", "preview.html"), "utf8")).not.toMatch(/office\.js|appsforoffice/);
  });

  test("the plain-HTTP preview server's pages (officeJs=none) load no office.js and allow only their own origin", () => {
    const parameters = page(makeConfig({ officeJs: "none" }, { mode: "development" }), "taskpane.html").templateParameters!;
    expect(parameters.officeJsUrl).toBe("");
    expect(directive(parameters.contentSecurityPolicy, "script-src")).toEqual(["'self'"]);
    expect(readFileSync(path.join(ROOT, "src", "cli", "start.cjs"), "utf8")).toContain('makeConfig(secure ? {} : { officeJs: "none" }');
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

  test("is ES5, so that Internet Explorer 11's webview runs it", () => {
    expect(() => acorn.parse(script, { ecmaVersion: 5 })).not.toThrow();
  });

  /** Runs the script in a fresh JavaScript realm with a minimal DOM; `prepare` removes features first. */
  function run(prepare: string) {
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
    const context = vm.createContext({ document, TextDecoder });
    vm.runInContext(`var window = this; ${prepare}`, context);
    vm.runInContext(script, context);
    return { unsupported: (context as { duizhaoWebviewUnsupported?: boolean }).duizhaoWebviewUnsupported === true, text: texts.join("\n") };
  }

  test("a current engine: no message, the bundle starts", () => {
    expect(run("")).toEqual({ unsupported: false, text: "" });
  });

  test.each([
    ["without Object.fromEntries (EdgeHTML 18)", "delete Object.fromEntries;"],
    ["without Promise and Symbol (Internet Explorer 11)", "delete this.Promise; delete this.Symbol;"],
    [
      "without lookbehind in regular expressions (EdgeHTML, Safari before 16.4)",
      "var R = RegExp; this.RegExp = function (p, f) { if (String(p).indexOf('(?<') >= 0) throw new SyntaxError('lookbehind'); return new R(p, f); };",
    ],
  ])("%s: 请升级 Office 或安装 WebView2, in Chinese first, and the bundle is told not to start", (_label, prepare) => {
    const result = run(prepare);
    expect(result.unsupported).toBe(true);
    expect(result.text.startsWith("请升级 Office 或安装 WebView2")).toBe(true);
    expect(result.text).toContain("Please update Office or install WebView2");
  });
});
