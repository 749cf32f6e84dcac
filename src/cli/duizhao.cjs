#!/usr/bin/env node
/*
 * Launcher for the duizhao CLI. The TypeScript sources are bundled with esbuild
 * into .tmp/cli/ at `npm install` (the "prepare" script) and again whenever a
 * source file is newer than the bundle, so `npx duizhao` always runs the current
 * code without a manual build step. (Not in dist/: `npm run build` empties that.)
 *
 * The bundle is split (esbuild's code splitting): the entry holds only what every
 * command needs, and each command, the .docx reader and the .docx writer are
 * chunks loaded when they are used. `duizhao profiles` never loads the checker;
 * checking .txt files never loads JSZip. esbuild splits ES modules only; each
 * file is then turned into CommonJS (its import() into require), so that the
 * launcher can compile the files itself with V8's code cache (compileCache.cjs):
 * a new process then does not compile the engine's functions again.
 */
"use strict";
/** CPU time Node took before this file's first line (ms). */
const nodeCpuMs = cpuMs();
const fs = require("fs");
const path = require("path");
const compileCache = require("./compileCache.cjs");

const root = path.resolve(__dirname, "..", "..");
const entry = path.join(root, "src", "cli", "main.ts");
const outdir = path.join(root, ".tmp", "cli");
const out = path.join(outdir, "duizhao.cjs");
const watched = ["core", "host", "cli"].map((d) => path.join(root, "src", d));

/**
 * The newest modification time of the CLI's sources. Every run pays for it (some
 * 160 files): plain string joins, no path.join or regular expression per file.
 */
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
      const p = dir + path.sep + e.name;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ts") || e.name.endsWith(".json")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  watched.forEach(walk);
  // The launcher's own files shape the bundle too (its format, its loading).
  for (const f of [__filename, path.join(__dirname, "compileCache.cjs")]) newest = Math.max(newest, fs.statSync(f).mtimeMs);
  // The version `duizhao --version` prints is bundled from package.json.
  newest = Math.max(newest, fs.statSync(path.join(root, "package.json")).mtimeMs);
  return newest;
}

/** Write then rename, so a concurrent run never loads a half-written file. */
function writeAtomically(file, contents) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, contents);
  fs.renameSync(tmp, file);
}

/**
 * The package's JSON (the term dictionary, the profiles) as JSON.parse of a string:
 * V8 reads JSON text faster than the same data written as a JavaScript literal.
 */
const jsonAsParse = {
  name: "json-as-parse",
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(fs.readFileSync(args.path, "utf8")));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: "js" };
    });
  },
};

/** esbuild options of the CLI's bundle (the bench reads the same). */
function buildOptions() {
  return {
    entryPoints: { duizhao: entry },
    bundle: true,
    splitting: true,
    platform: "node",
    target: "node20",
    format: "esm",
    outdir,
    // ES modules as esbuild splits them, named .cjs: each becomes CommonJS below (toCommonJs).
    outExtension: { ".js": ".cjs" },
    // Chunks are named by their content: a rebuild that changes nothing rewrites the same files.
    chunkNames: "chunks/[name]-[hash]",
    // Less to read and parse at every start; the CLI prints messages, never stack traces.
    minify: true,
    plugins: [jsonAsParse],
    write: false,
    logLevel: "silent",
    legalComments: "none",
  };
}

/**
 * One split ES module as CommonJS: its imports become require()s of the sibling
 * files, its import() calls `Promise.resolve().then(() => require(…))`, so the
 * chunks load through the launcher's own loader (or Node's require). Bundled
 * CommonJS packages (JSZip) then find Node's require where they expect it.
 */
async function toCommonJs(esbuild, code) {
  const result = await esbuild.transform(code, {
    format: "cjs",
    loader: "js",
    platform: "node",
    target: "node20",
    supported: { "dynamic-import": false },
    minify: true,
    legalComments: "none",
  });
  // Its SHA-1 on the first line: the compile cache's name for this source.
  return compileCache.buildLine(result.code) + result.code;
}

/** The chunks (their paths) that `file` requires, and those they require, as the files on disk say. */
function chunksOf(file) {
  const found = new Set();
  const visit = (f) => {
    let code;
    try {
      code = fs.readFileSync(f, "utf8");
    } catch {
      return;
    }
    for (const m of code.matchAll(/require\("(\.\/(?:chunks\/)?[\w.-]+\.cjs)"\)/g)) {
      const p = path.resolve(path.dirname(f), m[1]);
      if (p.startsWith(outdir + path.sep + "chunks" + path.sep) && !found.has(p)) {
        found.add(p);
        visit(p);
      }
    }
  };
  visit(file);
  return found;
}

/** A chunk written this recently may still be loaded by a run that started before the build. */
const RECENT_CHUNK_MS = 10 * 60 * 1000;

async function build({ clean }) {
  let esbuild;
  try {
    esbuild = require("esbuild");
  } catch {
    process.stderr.write("duizhao: 缺少 esbuild，请先在项目目录运行 npm install\n");
    process.exit(2);
  }
  const result = await esbuild.build(buildOptions());
  // The chunks of the entry being replaced: a run that loaded it may still load them.
  const previous = clean ? new Set() : chunksOf(out);
  // The chunks first, the entry last: a run that starts meanwhile finds either the
  // old entry (whose chunks are still there) or the new one with all of its chunks.
  const files = result.outputFiles.slice().sort((a, b) => (a.path === out) - (b.path === out));
  for (const f of files) writeAtomically(f.path, await toCommonJs(esbuild, f.text));
  // Chunks of earlier builds go: at install (nothing runs then) all of them; at a
  // rebuild before a run, those neither of the last two entries uses and not written
  // in the last minutes (a run started before the last build may still load one).
  const keep = new Set([...files.map((f) => f.path), ...previous]);
  const chunks = path.join(outdir, "chunks");
  const now = Date.now();
  for (const name of fs.existsSync(chunks) ? fs.readdirSync(chunks) : []) {
    const p = path.join(chunks, name);
    if (keep.has(p)) continue;
    try {
      if (clean || now - fs.statSync(p).mtimeMs > RECENT_CHUNK_MS) fs.rmSync(p, { force: true });
    } catch {
      // Gone already (another run cleaned it), or not ours to remove: the build stands.
    }
  }
  // The bundle of earlier versions, in dist/cli (which npm run build empties anyway).
  if (clean) fs.rmSync(path.join(root, "dist", "cli"), { recursive: true, force: true });
}

if (require.main !== module) {
  // Required (by the bench) for the build's options, not run.
  module.exports = { buildOptions };
  return;
}

function cpuMs() {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

async function launch() {
  const buildOnly = process.argv.includes("--build-only");
  let stale = true;
  try {
    stale = fs.statSync(out).mtimeMs < newestSource();
  } catch {
    stale = true;
  }
  if ((stale || buildOnly) && fs.existsSync(entry)) {
    try {
      await build({ clean: buildOnly });
    } catch (error) {
      process.stderr.write(`duizhao: 构建失败：${String((error && error.message) || error).split("\n")[0]}\n`);
      process.exit(2);
    }
  }
  if (buildOnly) process.exit(0);

  // Output piped into a program that stops reading (duizhao check … | head): end quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  const beforeLoad = cpuMs();
  const loaded = loadCli();
  const loadCpuMs = cpuMs() - beforeLoad;
  const code = await loaded.cli.main(process.argv.slice(2));
  // After the command: its output is written; the cache is saved now, with every
  // function the command compiled. A cache that cannot be saved changes nothing.
  const save = () => {
    if (!loaded.cache) return { written: false };
    const start = process.cpuUsage();
    const result = loaded.cache.save();
    const used = process.cpuUsage(start);
    return { ...result, saveCpuMs: (used.user + used.system) / 1000 };
  };
  const saved = save();
  if (process.env.DUIZHAO_TIMINGS === "1") {
    const cache = loaded.cache ? { kind: "v8-code-cache", dir: loaded.cache.dir, ...loaded.cache.stats(), ...saved } : { kind: loaded.kind };
    process.stderr.write(JSON.stringify({ duizhaoCompileCache: cache }) + "\n");
    // Of the start-up: Node's own, the launcher's until it loads the CLI (the stale check), loading the CLI's entry.
    process.stderr.write(JSON.stringify({ duizhaoLauncher: { nodeCpuMs, launcherCpuMs: beforeLoad - nodeCpuMs, entryLoadCpuMs: loadCpuMs } }) + "\n");
  }
  return code;
}

/**
 * The CLI's entry module, loaded with V8's code cache: Node's own compile cache
 * where Node has one (22 and later), else compileCache.cjs. With
 * DUIZHAO_COMPILE_CACHE=0, Node's plain require.
 */
function loadCli() {
  const Module = require("module");
  compileCache.tuneV8ForShortRuns(process.argv.slice(2));
  if (compileCache.cacheDisabled()) return { cli: require(out), cache: null, kind: "off" };
  if (typeof Module.enableCompileCache === "function") {
    // Node's own cache (it never throws: it returns a status), in our folder unless
    // the user names one with NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
    let status = null;
    try {
      status = Module.enableCompileCache(process.env.NODE_COMPILE_CACHE ? undefined : compileCache.cacheDir());
    } catch {
      // No cache then: the command runs all the same.
    }
    return { cli: require(out), cache: null, kind: `node-compile-cache:${status ? status.status : "failed"}` };
  }
  const cache = compileCache.openCompileCache();
  if (!cache) return { cli: require(out), cache: null, kind: "off" };
  return { cli: compileCache.loadBundle(out, cache), cache, kind: "v8-code-cache" };
}

launch().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`duizhao: ${String((error && error.message) || error).split("\n")[0]}\n`);
    process.exitCode = 2;
  },
);
