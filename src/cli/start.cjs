#!/usr/bin/env node
/**
 * `npm start`, `npm run start:word`, `npm run dev-server` and `npm run preview`.
 *
 * - `npm start` on Windows and macOS, and `npm run start:word` (`--word`),
 *   sideload the add-in into Word desktop with office-addin-debugging. It is
 *   run as `node <office-addin-debugging>/cli.js …` with no shell, so every
 *   argument reaches it as one argv entry whatever the platform and whatever
 *   spaces the paths hold (spawning its `.cmd` through cmd.exe split the
 *   dev-server command at its quotes: "unknown option '--https'"). The
 *   development certificate (office-addin-dev-certs) is made and trusted first,
 *   here, where its prompt can be answered. office-addin-debugging then starts
 *   the dev server (this script with `--https`, through the platform's shell:
 *   office-addin-dev-settings spawns it with `shell: true`), waits for port
 *   3000 and opens Word. With `--selftest` (`npm run start:word -- --selftest`)
 *   it sideloads .tmp/manifest-selftest.xml instead: the pane opens with its
 *   self-test (docs/word-checklist.md).
 * - `--https` (`npm run dev-server`) serves the development build over HTTPS on
 *   https://localhost:3000 with that certificate, as manifest.xml says; for
 *   Word on the web, upload manifest.xml while it runs (docs/word-checklist.md).
 * - Everywhere else, and with `--preview`, it serves the preview from a
 *   production build (minified, split, as deployed; pages without office.js) over
 *   plain HTTP on 127.0.0.1 (port from $PORT, default 3000; PORT=0 picks a free
 *   one). The build lives in .tmp/preview-dist/ and is made again only when a
 *   source (src/, assets/, build/, the webpack config, package.json or the lock
 *   file) is newer than it, as src/cli/duizhao.cjs does for the CLI. A small
 *   static server of Node's own serves that folder alone: no directory listing,
 *   GET and HEAD only, the same security headers. It prints the preview URL on a
 *   line of its own (and, on a terminal, a line while it builds) and serves until
 *   stopped (Ctrl+C / SIGTERM).
 * - `--dev` (`npm run dev`): the preview from webpack-dev-server's development
 *   build, rebuilt and reloaded on every change, on the same address.
 *
 * No browser is opened and nothing but loopback is contacted.
 */
"use strict";
const path = require("node:path");
const http = require("node:http");
const https = require("node:https");
const childProcess = require("node:child_process");

const root = path.resolve(__dirname, "..", "..");
const WORD_PORT = 3000;

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function parsePort(value) {
  if (value === undefined || value === "") return WORD_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT 无效：${value}`);
  return port;
}

/* ------------------------------------------------------------ sideloading */

/** A refusal with one line for the user (thrown by the pure functions below). */
class StartError extends Error {}

/**
 * One argument for a POSIX shell (/bin/sh -c): single quotes, nothing inside them
 * is special; a single quote itself is closed, escaped and reopened.
 */
function quotePosix(argument) {
  return `'${String(argument).replace(/'/g, "'\\''")}'`;
}

/**
 * One argument for cmd.exe. Node runs a `shell: true` command on Windows as
 * `cmd.exe /d /s /c "<command>"`; /s strips only the outer quotes, so a path in
 * double quotes keeps its spaces, & ( ) ^ and the like. cmd.exe still expands
 * %NAME% inside quotes, and a double quote cannot be escaped at all, so a path
 * holding either is refused with a message rather than run as something else.
 */
function quoteWindows(argument) {
  const text = String(argument);
  if (/["%\r\n]/.test(text)) {
    throw new StartError(`路径含有 Windows 命令行无法传递的字符（" 或 %）：${text}。请把项目放到不含这些字符的文件夹后重试。`);
  }
  return `"${text}"`;
}

/**
 * The dev-server command line office-addin-debugging hands to the platform's
 * shell: this script with --https, run by this very Node.
 */
function devServerCommandLine({ platform, execPath, script }) {
  const quote = platform === "win32" ? quoteWindows : quotePosix;
  return `${quote(execPath)} ${quote(script)} --https`;
}

/**
 * What `npm start` / `npm run start:word` spawn on a Word machine: Node itself
 * running office-addin-debugging's cli.js, without a shell, so the argument
 * vector arrives as it is written here on every platform.
 */
function sideloadCommand({ platform, execPath, root: projectRoot, debuggingCli, manifest = "manifest.xml" }) {
  if (platform !== "win32" && platform !== "darwin") {
    throw new StartError(
      "Word 桌面版只在 Windows 和 macOS 上运行，无法在此旁加载。请用 npm run preview 打开预览页；Word 网页版见 docs/word-checklist.md。",
    );
  }
  // The target platform's path rules, so the vectors can be checked anywhere.
  const paths = platform === "win32" ? path.win32 : path.posix;
  const script = paths.join(projectRoot, "src", "cli", "start.cjs");
  return {
    command: execPath,
    args: [
      debuggingCli,
      "start",
      paths.join(projectRoot, manifest),
      "desktop",
      "--app",
      "word",
      "--dev-server",
      devServerCommandLine({ platform, execPath, script }),
      "--dev-server-port",
      String(WORD_PORT),
    ],
    options: { cwd: projectRoot, stdio: "inherit", shell: false, windowsHide: false },
  };
}

/**
 * Sideload into desktop Word. `deps` replaces the platform, Node, spawn and the
 * certificate step in tests; by default they are this process's.
 * Resolves to the child's exit code.
 */
async function startInWord(deps = {}) {
  const platform = deps.platform ?? process.platform;
  const execPath = deps.execPath ?? process.execPath;
  const projectRoot = deps.root ?? root;
  const spawn = deps.spawn ?? childProcess.spawn;
  const debuggingCli = deps.debuggingCli ?? require.resolve("office-addin-debugging/cli.js", { paths: [projectRoot] });
  // --selftest: the same add-in, its pane opened with the self-test (docs/word-checklist.md).
  const manifest = deps.selfTest ? writeSelfTestManifest(projectRoot, deps.writeFile ?? require("node:fs").writeFileSync) : "manifest.xml";
  const { command, args, options } = sideloadCommand({ platform, execPath, root: projectRoot, debuggingCli, manifest });
  // The certificate first, in this terminal: its prompt (Windows' certificate
  // store, the macOS keychain) cannot be answered from the detached dev server.
  const ensureCertificates = deps.ensureCertificates ?? (() => require("office-addin-dev-certs").ensureCertificatesAreInstalled());
  await ensureCertificates();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    child.on("error", (error) => reject(new StartError(`无法启动 office-addin-debugging：${error.message}`)));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** .tmp/manifest-selftest.xml from manifest.xml; returns its path relative to the project. */
function writeSelfTestManifest(projectRoot, writeFile) {
  const fs = require("node:fs");
  const { selfTestManifest } = require(path.join(projectRoot, "build", "manifest.cjs"));
  const relative = path.join(".tmp", "manifest-selftest.xml");
  fs.mkdirSync(path.join(projectRoot, ".tmp"), { recursive: true });
  writeFile(path.join(projectRoot, relative), selfTestManifest(fs.readFileSync(path.join(projectRoot, "manifest.xml"), "utf8")));
  return relative;
}

/* ------------------------------------------------------------ serving */

/**
 * Response headers of the preview server. The pages' <meta> CSP cannot forbid
 * framing (frame-ancestors is ignored in <meta>), so the policy is sent as a header
 * too, with frame-ancestors 'none' and X-Frame-Options for older browsers; nosniff
 * keeps a document's bytes from being run as something else. The Word dev server
 * (--https) must stay frameable: Office on the web hosts add-ins in an iframe.
 */
const PREVIEW_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

function securityHeaders(secure) {
  const headers = { "X-Content-Type-Options": "nosniff" };
  if (!secure) {
    headers["Content-Security-Policy"] = PREVIEW_CSP;
    headers["X-Frame-Options"] = "DENY";
  }
  return headers;
}

/* ------------------------------------------------------------ production preview */

/** Where `npm start` keeps the preview's production build (never dist/: `npm run build` empties that). */
const PREVIEW_DIST = path.join(root, ".tmp", "preview-dist");
/** Written last into a finished build: its time is the build's, its content the options it was made with. */
const BUILD_STAMP = ".duizhao-build.json";
/** What the preview's build depends on besides node_modules' contents. */
const BUILD_INPUTS = ["src", "assets", "build", "webpack.config.js", "package.json", "package-lock.json"];
/** The options of the preview's build (webpack.config.js's env): pages without office.js. */
const PREVIEW_ENV = { officeJs: "none" };

/** The newest modification time under `paths` (files and folders, recursively). */
function newestMtime(paths) {
  const fs = require("node:fs");
  let newest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
  };
  paths.forEach(visit);
  return newest;
}

/** Whether the build in `dir` is missing, made with other options, or older than a source. */
function previewBuildStale({ dir = PREVIEW_DIST, projectRoot = root, env = PREVIEW_ENV } = {}) {
  const fs = require("node:fs");
  const stampFile = path.join(dir, BUILD_STAMP);
  let stamp;
  try {
    stamp = { json: JSON.parse(fs.readFileSync(stampFile, "utf8")), mtimeMs: fs.statSync(stampFile).mtimeMs };
  } catch {
    return true;
  }
  if (JSON.stringify(stamp.json.env) !== JSON.stringify(env)) return true;
  return newestMtime(BUILD_INPUTS.map((p) => path.join(projectRoot, p))) > stamp.mtimeMs;
}

/**
 * Makes the preview's production build into `dir`: built into a fresh folder beside
 * it, then put in place, so a half-written build is never served (nor taken for a
 * finished one: the stamp is written last).
 */
async function buildPreview({ dir = PREVIEW_DIST, env = PREVIEW_ENV } = {}) {
  const fs = require("node:fs");
  const webpack = require("webpack");
  const makeConfig = require(path.join(root, "webpack.config.js"));
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const staging = fs.mkdtempSync(`${dir}.building-`);
  const config = makeConfig(env, { mode: "production" });
  config.output = { ...config.output, path: staging, clean: true };
  config.infrastructureLogging = { level: "warn" };
  const stats = await new Promise((resolve, reject) => {
    webpack(config, (error, result) => (error ? reject(error) : resolve(result)));
  });
  if (stats.hasErrors()) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new StartError(`预览构建失败 · the preview's build failed:\n${stats.toString({ all: false, errors: true, colors: false })}`);
  }
  fs.writeFileSync(path.join(staging, BUILD_STAMP), JSON.stringify({ env, builtAt: new Date().toISOString() }));
  const old = `${dir}.old-${process.pid}`;
  if (fs.existsSync(dir)) fs.renameSync(dir, old);
  fs.renameSync(staging, dir);
  fs.rmSync(old, { recursive: true, force: true });
}

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/**
 * The file a request names inside `dir`, or null: only regular files under `dir`
 * (no folder, so no listing; no `..`, no encoded separators or NUL; no dot files,
 * so not the build's stamp; no source maps: the build keeps them for
 * test/bench/bundle-size.cjs, and the preview's scripts do not name them).
 */
function staticFile(dir, urlPath) {
  const fs = require("node:fs");
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const parts = decoded.split("/").filter((p) => p !== "");
  if (parts.some((p) => p === "." || p === ".." || p.startsWith("."))) return null;
  if (/\.map$/i.test(parts[parts.length - 1] ?? "")) return null;
  const file = path.join(dir, ...parts);
  if (!file.startsWith(dir + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** The production preview's request handler over `dir`. */
function previewHandler(dir) {
  const fs = require("node:fs");
  return (request, response) => {
    const headers = { ...securityHeaders(false), "Cache-Control": "no-store" };
    const send = (status, body, extra = {}) => {
      response.writeHead(status, { ...headers, "Content-Type": "text/plain; charset=utf-8", ...extra });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, "Method Not Allowed", { Allow: "GET, HEAD" });
    const urlPath = new URL(request.url || "/", "http://127.0.0.1").pathname;
    if (urlPath === "/") return send(302, "", { Location: "/preview.html" });
    const file = staticFile(dir, urlPath);
    if (!file) return send(404, "Not Found");
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    fs.readFile(file, (error, data) => {
      if (error) return send(404, "Not Found");
      response.writeHead(200, { ...headers, "Content-Type": type, "Content-Length": data.length });
      response.end(request.method === "HEAD" ? undefined : data);
    });
  };
}

/** `npm start` / `npm run preview`: the production build, made first where stale, served over loopback. */
async function servePreview() {
  const port = parsePort(process.env.PORT);
  if (previewBuildStale()) {
    if (process.stderr.isTTY) process.stderr.write("正在构建预览（生产版本，首次约需两分钟）… · Building the preview (production build)…\n");
    await buildPreview();
  }
  const server = http.createServer(previewHandler(PREVIEW_DIST));
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/preview.html`;
  await waitForServer(url);
  process.stdout.write(`${url}\n`);
}

/* ------------------------------------------------------------ development servers */

/** webpack-dev-server's own routes that the add-in does not need: the listing of every built file. */
const DROPPED_ROUTES = new Set(["webpack-dev-server-assets"]);

/** Resolves when `url` answers with a status below 500 (the first request may wait for the build). */
function waitForServer(url, attempts = 100) {
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolve, reject) => {
    const attempt = (left) => {
      const request = client.get(url, { rejectUnauthorized: false, timeout: 30_000 }, (response) => {
        response.resume();
        if (response.statusCode && response.statusCode < 500) resolve();
        else retry(left, new Error(`HTTP ${response.statusCode}`));
      });
      request.on("error", (error) => retry(left, error));
      request.on("timeout", () => request.destroy(new Error("timeout")));
    };
    const retry = (left, error) => (left > 1 ? setTimeout(() => attempt(left - 1), 200) : reject(error));
    attempt(attempts);
  });
}

async function serve({ secure }) {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require(path.join(root, "webpack.config.js"));

  // The plain-HTTP preview is never a Word host: its pages load no office.js (nothing from the CDN).
  const config = makeConfig(secure ? {} : { officeJs: "none" }, { mode: "development" });
  // Quiet console: only the URL line, and build errors when there are some.
  config.infrastructureLogging = { level: "warn" };
  config.stats = "none";
  const port = secure ? WORD_PORT : parsePort(process.env.PORT);

  let server;
  if (secure) {
    // Only on a Word machine: office-addin-dev-certs creates and trusts a localhost certificate.
    const { getHttpsServerOptions } = require("office-addin-dev-certs");
    server = { type: "https", options: await getHttpsServerOptions() };
  } else {
    server = { type: "http" };
  }

  const compiler = webpack(config);
  compiler.hooks.done.tap("duizhao-start-errors", (stats) => {
    if (stats.hasErrors()) {
      process.stderr.write(`${stats.toString({ all: false, errors: true, colors: false })}\n构建失败，修改后会自动重新构建。\n`);
    }
  });
  const firstBuild = new Promise((resolve) => compiler.hooks.done.tap("duizhao-start", resolve));
  const devServer = new WebpackDevServer(
    {
      ...config.devServer,
      host: "127.0.0.1",
      port,
      server,
      headers: { ...(config.devServer && config.devServer.headers), ...securityHeaders(secure) },
      setupMiddlewares: (middlewares, self) => {
        // Express announces itself on every response unless told not to.
        if (self.app && typeof self.app.disable === "function") self.app.disable("x-powered-by");
        return middlewares.filter((m) => !(m && DROPPED_ROUTES.has(m.name)));
      },
    },
    compiler,
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await devServer.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());

  await devServer.start();
  await firstBuild;
  const address = devServer.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const scheme = secure ? "https" : "http";
  const url = `${scheme}://127.0.0.1:${actualPort}/${secure ? "taskpane" : "preview"}.html`;
  await waitForServer(url);
  process.stdout.write(`${url}\n`);
}

/** What this run does, from its arguments and platform. */
function chooseMode(argv, platform) {
  const args = new Set(argv);
  if (args.has("--https")) return "https";
  if (args.has("--word")) return "word";
  if (args.has("--dev")) return "dev";
  if (args.has("--preview")) return "preview";
  return platform === "win32" || platform === "darwin" ? "word" : "preview";
}

async function main() {
  const mode = chooseMode(process.argv.slice(2), process.platform);
  if (mode === "https") return serve({ secure: true });
  if (mode === "dev") return serve({ secure: false });
  if (mode === "preview") return servePreview();
  const code = await startInWord({ selfTest: process.argv.includes("--selftest") });
  process.exit(code);
}

module.exports = {
  buildPreview,
  chooseMode,
  devServerCommandLine,
  PREVIEW_DIST,
  PREVIEW_ENV,
  previewBuildStale,
  previewHandler,
  quotePosix,
  quoteWindows,
  sideloadCommand,
  startInWord,
  StartError,
  staticFile,
  WORD_PORT,
};

if (require.main === module) {
  Promise.resolve(main()).catch((error) => fail(`启动失败：${error instanceof Error ? error.message : String(error)}`));
}
