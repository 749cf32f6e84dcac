#!/usr/bin/env node
/**
 * `npm start` and `npm run preview`.
 *
 * - On Windows and macOS, `npm start` sideloads the add-in into Word with
 *   office-addin-debugging, which runs this script again with `--https` as its
 *   dev server (Word needs https://localhost:3000, as manifest.xml says; the
 *   development certificate is office-addin-dev-certs' business).
 * - Everywhere else, and with `--preview`, it serves the build over plain HTTP
 *   on 127.0.0.1 (port from $PORT, default 3000; PORT=0 picks a free one),
 *   waits for the first build and for the server to answer, prints the preview
 *   URL on a line of its own and serves until stopped (Ctrl+C / SIGTERM).
 *
 * No browser is opened and nothing but loopback is contacted.
 */
"use strict";
const path = require("node:path");
const http = require("node:http");
const https = require("node:https");
const { spawn } = require("node:child_process");

const root = path.resolve(__dirname, "..", "..");
const args = new Set(process.argv.slice(2));
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

/** Sideload into desktop Word; office-addin-debugging starts the HTTPS dev server below. */
function startInWord() {
  const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  const devServer = `"${process.execPath}" "${path.join(__dirname, "start.cjs")}" --https`;
  const child = spawn(
    bin,
    ["start", "manifest.xml", "desktop", "--app", "word", "--dev-server", devServer, "--dev-server-port", String(WORD_PORT)],
    { cwd: root, stdio: "inherit", shell: process.platform === "win32" },
  );
  child.on("error", (error) => fail(`无法启动 office-addin-debugging：${error.message}`));
  child.on("exit", (code) => process.exit(code ?? 1));
}

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

  const config = makeConfig({}, { mode: "development" });
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

function main() {
  if (args.has("--https")) return serve({ secure: true });
  const desktop = process.platform === "win32" || process.platform === "darwin";
  if (desktop && !args.has("--preview")) return startInWord();
  return serve({ secure: false });
}

Promise.resolve(main()).catch((error) => fail(`启动失败：${error instanceof Error ? error.message : String(error)}`));
