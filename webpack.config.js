/**
 * Builds the task pane (taskpane.html, loaded by Word through manifest.xml),
 * its FunctionFile page (commands.html), the support page (support.html) and
 * the preview page (preview.html) into dist/. `npm start` / `npm run preview`
 * run this config through webpack-dev-server's Node API (src/cli/start.cjs).
 *
 * Options (`npm run build -- --env name=value`):
 * - officeJsMirror=FOLDER (or DUIZHAO_OFFICE_JS_MIRROR): serve office.js from
 *   the add-in's own server, copied from FOLDER, a mirror of Microsoft's CDN
 *   files that an administrator provides (see README); default: the CDN.
 * - baseUrl=https://host/path/: also write dist/manifest.xml for that address
 *   (and dist/manifest-selftest.xml, which opens the pane with its self-test).
 * - officeJs=none: pages without office.js (the plain-HTTP preview server's).
 * Each option lives in one helper function below.
 */
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config file, as webpack-cli loads it */
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { productionManifest, selfTestManifest } = require("./build/manifest.cjs");

const root = __dirname;

/* ---------------------------------------------------------------- office.js */

/**
 * Microsoft's supported source of office.js, the "evergreen" CDN: it always has
 * the current API (the npm package @microsoft/office-js is an old, unsupported
 * snapshot whose Word scripts stop near WordApi 1.3, while isSetSupported still
 * reports the host's newer sets). See the package's own README
 * (https://www.npmjs.com/package/@microsoft/office-js, "Reference Office.js
 * from the CDN") and https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
 */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Where office.js from the CDN loads scripts from: the CDN itself (its
 * host-specific scripts and locale strings) and Microsoft's Ajax CDN, the
 * origins found by add-in authors with a strict policy
 * (https://github.com/OfficeDev/office-js/issues/1005; Microsoft documents no
 * list). The telemetry endpoint listed there is deliberately not allowed:
 * office.js works without it, and the add-in sends no telemetry.
 */
const OFFICE_JS_SCRIPT_ORIGINS = [new URL(OFFICE_JS_CDN).origin, "https://ajax.aspnetcdn.com"];

/**
 * Where the pages load office.js from, and what that adds to their
 * Content-Security-Policy and to the build. Default: the CDN (its origin is
 * allowed for scripts; office.js loads its host-specific scripts from there).
 * With a mirror folder: office-js/office.js on the add-in's own origin, the
 * folder copied as it is (Microsoft's files are already minified: never again).
 */
function officeJsSource(env) {
  // The preview server (npm run preview) is never a Word host: its pages load no office.js at all.
  if (env.officeJs === "none") return { url: "", scriptOrigins: [], copy: [] };
  const mirror = env.officeJsMirror || process.env.DUIZHAO_OFFICE_JS_MIRROR;
  if (!mirror) {
    return { url: OFFICE_JS_CDN, scriptOrigins: OFFICE_JS_SCRIPT_ORIGINS, copy: [] };
  }
  const folder = path.resolve(String(mirror));
  if (!fs.existsSync(path.join(folder, "office.js"))) {
    throw new Error(`officeJsMirror：${folder} 中没有 office.js。请提供 Office.js CDN 文件的镜像文件夹（见 README）。`);
  }
  if (/[\\/]node_modules[\\/]@microsoft[\\/]office-js([\\/]|$)/.test(folder)) {
    throw new Error("officeJsMirror：npm 包 @microsoft/office-js 是旧快照，不受支持；请使用 CDN 文件的镜像。");
  }
  return {
    url: "office-js/office.js",
    scriptOrigins: [],
    copy: [{ from: folder, to: "office-js", info: { minimized: true }, globOptions: { ignore: ["**/*.d.ts"] } }],
  };
}

/** The pages' Content-Security-Policy (a <meta> tag): the own origin, plus office.js's. */
function contentSecurityPolicy(scriptOrigins) {
  const scripts = ["'self'", ...scriptOrigins].join(" ");
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${scripts}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/* ------------------------------------------------------------ old webviews */

/**
 * Syntax for Office 2019's webview: EdgeHTML 18 (Microsoft Edge Legacy),
 * which volume-licensed Office through 2019 still uses on Windows 10
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins).
 * Every module, node_modules included, goes through esbuild with this target;
 * legacy-builtins.js (ES5) runs first and adds the library functions EdgeHTML 18
 * lacks; webview-check.js (ES5) then tells users of older webviews (Internet
 * Explorer's Trident) to upgrade instead of leaving a blank pane.
 */
const LEGACY_TARGET = "edge18";

/** webpack's own runtime code and Terser's output stay within ES2017 too (Terser would otherwise write `??`). */
const LEGACY_WEBPACK_TARGET = ["web", "es2017"];

function legacyTranspileRules() {
  return [
    {
      test: /\.(tsx?|m?js|cjs)$/,
      use: { loader: path.join(root, "build", "esbuild-loader.cjs"), options: { target: LEGACY_TARGET } },
    },
  ];
}

/* ------------------------------------------------------------ React */

/**
 * React's API from Preact (preact/compat): about 5 KiB gzipped where react-dom is 63.
 * Every import of react and react-dom, Fluent UI's included, resolves to it, so the
 * pages ship one renderer. jest.config.js maps the same names for the pane's tests.
 */
const REACT_ALIASES = {
  react$: "preact/compat",
  "react/jsx-runtime$": "preact/compat/jsx-runtime",
  "react/jsx-dev-runtime$": "preact/compat/jsx-dev-runtime",
  "react-dom$": "preact/compat",
  "react-dom/client$": "preact/compat/client",
};

/* ------------------------------------------------------------ validators */

/**
 * core/validators.ts requires zod's validators at first use (Node: the CLI, the tests);
 * the pages take src/taskpane/validators.ts in its place, which loads them with
 * import(), so that zod is a chunk and not part of the task pane's first view.
 */
function browserValidators() {
  const core = path.join(root, "src", "core", "validators");
  const browser = path.join(root, "src", "taskpane", "validators.ts");
  return new webpack.NormalModuleReplacementPlugin(/validators$/, (resource) => {
    if (resource.context && path.resolve(resource.context, resource.request) === core) resource.request = browser;
  });
}

/* ------------------------------------------------------------ manifest */

/**
 * dist/manifest.xml for `--env baseUrl=…` (nothing without it), and
 * dist/manifest-selftest.xml, the same with the pane's self-test shown.
 */
function productionManifestPatterns(env) {
  if (!env.baseUrl) return [];
  const baseUrl = String(env.baseUrl);
  // Fail at once on a bad URL, with its message, rather than inside the copy.
  productionManifest(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"), baseUrl);
  return [
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => productionManifest(content.toString("utf8"), baseUrl),
    },
    {
      from: "manifest.xml",
      to: "manifest-selftest.xml",
      transform: (content) => selfTestManifest(productionManifest(content.toString("utf8"), baseUrl)),
    },
  ];
}

/**
 * @param {Record<string, unknown>} env
 * @param {{ mode?: "development" | "production" }} argv
 * @returns {import("webpack").Configuration}
 */
module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const dev = mode === "development";
  const officeJs = officeJsSource(env);
  const pageParameters = { officeJsUrl: officeJs.url, contentSecurityPolicy: contentSecurityPolicy(officeJs.scriptOrigins) };
  return {
    mode,
    context: root,
    target: LEGACY_WEBPACK_TARGET,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/taskpane/commands.ts",
      preview: "./src/taskpane/preview/preview.tsx",
    },
    output: {
      path: path.join(root, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "",
      clean: true,
    },
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval. The
    // production build writes its maps beside the scripts without naming them in the
    // scripts (hidden): test/bench/bundle-size.cjs reads them; browsers never fetch them,
    // and the preview server (src/cli/start.cjs) does not serve them.
    devtool: dev ? "cheap-module-source-map" : "hidden-source-map",
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"], alias: REACT_ALIASES },
    module: { rules: legacyTranspileRules() },
    plugins: [
      browserValidators(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: pageParameters,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: ["commands"],
        templateParameters: pageParameters,
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./src/taskpane/support.html",
        chunks: [],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/taskpane/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...officeJs.copy,
          // What Office 2019's webview lacks, and the check for webviews too old to run the
          // bundle: ES5, small, copied as they are.
          { from: "src/taskpane/legacy-builtins.js", to: "legacy-builtins.js", info: { minimized: true } },
          { from: "src/taskpane/webview-check.js", to: "webview-check.js", info: { minimized: true } },
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/sample.docx", to: "sample.docx" },
          ...productionManifestPatterns(env),
        ],
      }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
    devServer: {
      // Only the build is served (never the project folder), over loopback.
      static: false,
      host: "127.0.0.1",
      port: 3000,
      open: false,
      hot: false,
      liveReload: true,
      compress: false,
      client: { logging: "warn", overlay: { errors: true, warnings: false } },
      headers: { "Cache-Control": "no-store" },
    },
  };
};
