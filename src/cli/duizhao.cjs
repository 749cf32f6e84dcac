#!/usr/bin/env node
/*
 * Launcher for the duizhao CLI. The TypeScript sources are bundled with esbuild
 * into dist/cli/duizhao.js at `npm install` (the "prepare" script) and again
 * whenever a source file is newer than the bundle, so `npx duizhao` always runs
 * the current code without a manual build step.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");
const entry = path.join(root, "src", "cli", "main.ts");
const out = path.join(root, "dist", "cli", "duizhao.js");
const watched = ["core", "host", "cli"].map((d) => path.join(root, "src", d));

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  watched.forEach(walk);
  return newest;
}

function build() {
  let esbuild;
  try {
    esbuild = require("esbuild");
  } catch {
    process.stderr.write("duizhao: 缺少 esbuild，请先在项目目录运行 npm install\n");
    process.exit(2);
  }
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    write: false,
    outfile: out,
    logLevel: "silent",
    legalComments: "none",
  });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Write then rename, so a concurrent run never loads a half-written bundle.
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, result.outputFiles[0].contents);
  fs.renameSync(tmp, out);
}

let stale = true;
try {
  stale = fs.statSync(out).mtimeMs < newestSource();
} catch {
  stale = true;
}
if (stale && fs.existsSync(entry)) {
  try {
    build();
  } catch (error) {
    process.stderr.write(`duizhao: 构建失败：${String((error && error.message) || error).split("\n")[0]}\n`);
    process.exit(2);
  }
}
if (process.argv.includes("--build-only")) process.exit(0);

// Output piped into a program that stops reading (duizhao check … | head): end quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

require(out)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`duizhao: ${String((error && error.message) || error).split("\n")[0]}\n`);
      process.exitCode = 2;
    },
  );
