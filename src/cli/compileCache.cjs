/*
 * The CLI's compile cache: V8's code cache of the CLI's bundle, kept per user so
 * that a new `duizhao` process does not parse and compile the engine's functions
 * again. Node 20 has no module.enableCompileCache, so the launcher loads the
 * bundle's CommonJS files itself (loadBundle below) through vm.Script, giving V8
 * the cached data of each file, and after the command has run asks V8 for the
 * data again (script.createCachedData): taken then, it also holds the functions
 * compiled lazily while the command ran, which is most of the engine. The same
 * approach as the v8-compile-cache package.
 *
 * One file per Node version, architecture and set of Node options, in the first of:
 *   $DUIZHAO_CACHE_DIR, $XDG_CACHE_HOME/duizhao, ~/.cache/duizhao (Windows:
 *   %LOCALAPPDATA%\duizhao\cache), <tmp>/duizhao-<uid>.
 * DUIZHAO_COMPILE_CACHE=0 turns it off. The cache is only an accelerator: a file
 * that is missing, damaged, made by another Node or for other sources is ignored
 * (and replaced), and a cache that cannot be written (read-only home) is left
 * alone; neither ever changes what a command prints or its exit code. A folder
 * or file not owned by the user, or writable by others, is never read (V8 would
 * run what it holds).
 *
 * File layout: "DZCC1\n", a 4-byte little-endian length, a JSON header
 * { key, entries: [{ hash, offset, length, check, usedAt }] }, then the entries'
 * bytes. `hash` names the source the data was made from: the SHA-1 the build
 * wrote on the file's first line (sourceHash), since V8 itself only checks that
 * the source has the length it had. `check` is a checksum of the data, verified
 * before V8 sees it. (Node's crypto module is not loaded: it alone would cost
 * some 10 ms of every start.)
 */
"use strict";
const fs = require("fs");
const Module = require("module");
const os = require("os");
const path = require("path");
const v8 = require("v8");
const vm = require("vm");
const zlib = require("zlib");

const MAGIC = Buffer.from("DZCC1\n", "latin1");
/** Entries not used for this long are dropped when the file is written again. */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;
/** At most this many entries (sources) in the file: a few builds' worth. */
const MAX_ENTRIES = 64;
/** A run checks whether the stored data lacks functions it compiled once in this many runs. */
const REVISIT_EVERY = 8;
/** Growth of a file's data below this is V8's run-to-run variation, not new functions. */
const GROWTH_BYTES = 2048;

/** Whether the cache is turned off by the environment. */
function cacheDisabled(env = process.env) {
  const v = String(env.DUIZHAO_COMPILE_CACHE ?? "").trim().toLowerCase();
  return v === "0" || v === "off" || v === "false" || v === "no";
}

/** The folder of the cache (see the header), without creating it. */
function cacheDir(env = process.env) {
  if (env.DUIZHAO_CACHE_DIR) return path.resolve(env.DUIZHAO_CACHE_DIR);
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, "duizhao");
  if (process.platform === "win32" && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, "duizhao", "cache");
  let home = "";
  try {
    home = os.homedir();
  } catch {
    home = "";
  }
  if (home) return path.join(home, ".cache", "duizhao");
  return fallbackDir();
}

function fallbackDir() {
  const uid = typeof process.getuid === "function" ? process.getuid() : os.userInfo().username;
  return path.join(os.tmpdir(), `duizhao-${uid}`);
}

/** Owned by this user and not writable by group or others (POSIX); anything on Windows. */
function trusted(stat) {
  if (typeof process.getuid !== "function") return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

/** A checksum of bytes or text: CRC-32 where Node has it (20.15 and later), else SHA-1. */
function checksum(data) {
  return typeof zlib.crc32 === "function" ? `c${zlib.crc32(data).toString(16)}` : `s${require("crypto").createHash("sha1").update(data).digest("hex")}`;
}

/** The first line the build writes in each file of the bundle: `// duizhao-build <sha1 of the rest>`. */
const BUILD_LINE = /^\/\/ duizhao-build ([0-9a-f]{40})\n/;

/** The line to put before `code` (the build calls it). */
function buildLine(code) {
  return `// duizhao-build ${require("crypto").createHash("sha1").update(code).digest("hex")}\n`;
}

/**
 * What names a file's source in the cache: the build's SHA-1 with the length;
 * for a file without that line, its checksum and length.
 */
function sourceHash(source) {
  const m = BUILD_LINE.exec(source);
  return m ? `${m[1]}-${source.length}` : `${checksum(source)}-${source.length}`;
}

/** What V8's cached data depends on besides the source: Node, V8, the architecture. */
function cacheKey() {
  return `${process.version} ${process.versions.v8} ${process.arch}`;
}

/**
 * The file's entries by source hash, or an empty map when the file is missing,
 * untrusted, damaged or made for another key. Never throws.
 */
function readCacheFile(file, key) {
  const entries = new Map();
  let buf;
  try {
    const fd = fs.openSync(file, "r");
    try {
      if (!trusted(fs.fstatSync(fd))) return entries;
      buf = fs.readFileSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return entries;
  }
  try {
    if (buf.length < MAGIC.length + 4 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return entries;
    const headerLength = buf.readUInt32LE(MAGIC.length);
    const start = MAGIC.length + 4;
    if (start + headerLength > buf.length) return entries;
    const header = JSON.parse(buf.toString("utf8", start, start + headerLength));
    if (!header || header.key !== key || !Array.isArray(header.entries)) return entries;
    const body = start + headerLength;
    for (const e of header.entries) {
      if (!e || typeof e.hash !== "string" || !Number.isInteger(e.offset) || !Number.isInteger(e.length) || typeof e.check !== "string") continue;
      if (e.offset < 0 || e.length <= 0 || body + e.offset + e.length > buf.length) continue;
      entries.set(e.hash, { data: buf.subarray(body + e.offset, body + e.offset + e.length), check: e.check, usedAt: Number(e.usedAt) || 0 });
    }
  } catch {
    entries.clear();
  }
  return entries;
}

/** Writes the entries (hash → { data, usedAt }) as one file, atomically. Throws on failure. */
function writeCacheFile(file, key, entries) {
  const list = [];
  let offset = 0;
  for (const [hash, e] of entries) {
    list.push({ hash, offset, length: e.data.length, check: checksum(e.data), usedAt: e.usedAt });
    offset += e.data.length;
  }
  const header = Buffer.from(JSON.stringify({ key, entries: list }), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length, 0);
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!trusted(fs.statSync(dir))) throw new Error(`${dir}: not the user's own folder`);
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([MAGIC, length, header, ...[...entries.values()].map((e) => e.data)]), { mode: 0o600, flag: "wx" });
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * A compile cache over one file. `compile(filename, source)` returns the module
 * function of a CommonJS file (as Node wraps it), compiled with the cached data
 * when there is valid data for that exact source; `save()` writes the file again
 * when something was compiled without cached data, V8 refused the data, or the
 * command compiled functions the data did not hold yet.
 */
class CompileCache {
  constructor(dir) {
    this.dir = dir;
    this.key = cacheKey();
    // V8 refuses data made under other flags (node --max-old-space-size=…, NODE_OPTIONS):
    // each set of flags has a file of its own, so that two of them do not take turns.
    const flags = `${process.env.NODE_OPTIONS ?? ""} ${process.execArgv.join(" ")}`.trim();
    const tag = flags ? `-${checksum(flags).slice(1, 9)}` : "";
    this.file = path.join(dir, `v8-${process.version}-${process.arch}${tag}.bin`);
    this.entries = null;
    /** What this process compiled: { hash, script, offered, accepted, length }. */
    this.compiled = [];
  }

  load() {
    if (this.entries === null) this.entries = readCacheFile(this.file, this.key);
    return this.entries;
  }

  compile(filename, source) {
    const hash = sourceHash(source);
    const entry = this.load().get(hash);
    const cachedData = entry && checksum(entry.data) === entry.check ? entry.data : undefined;
    const script = new vm.Script(Module.wrap(source), { filename, cachedData });
    const accepted = cachedData !== undefined && !script.cachedDataRejected;
    this.compiled.push({ hash, script, offered: cachedData !== undefined, accepted, length: accepted ? cachedData.length : 0 });
    return script.runInThisContext();
  }

  /** How the files this process loaded were compiled. */
  stats() {
    return {
      files: this.compiled.length,
      fromCache: this.compiled.filter((c) => c.accepted).length,
      refused: this.compiled.filter((c) => c.offered && !c.accepted).length,
    };
  }

  /**
   * Writes the cache again when a file was compiled without it, or (checked in one
   * run out of REVISIT_EVERY, since asking V8 for the data costs a few ms) when the
   * command compiled functions the stored data lacks. Never throws; returns what it did.
   */
  save({ revisit = Math.random() < 1 / REVISIT_EVERY } = {}) {
    const now = Date.now();
    const missing = this.compiled.some((c) => !c.accepted);
    if (!missing && !revisit) return { written: false, checked: false };
    const fresh = [];
    try {
      for (const c of this.compiled) {
        const data = c.script.createCachedData();
        // Data taken after the run holds every function compiled so far: it is worth
        // writing when it holds clearly more than what was read (V8's data for the same
        // functions varies by a few bytes from one run to the next).
        if (!c.accepted || data.length > c.length + Math.max(GROWTH_BYTES, c.length / 50)) fresh.push([c.hash, { data, usedAt: now }]);
      }
    } catch (error) {
      return { written: false, error: String((error && error.message) || error) };
    }
    if (fresh.length === 0) return { written: false, checked: true };
    const merged = new Map(fresh);
    const kept = [...this.load()]
      .filter(([hash, e]) => !merged.has(hash) && now - e.usedAt < MAX_AGE_MS && checksum(e.data) === e.check)
      .sort((a, b) => b[1].usedAt - a[1].usedAt);
    // Files loaded this run but not rewritten stay, as recently used.
    const loaded = new Set(this.compiled.map((c) => c.hash));
    for (const [hash, e] of kept) {
      if (merged.size >= MAX_ENTRIES) break;
      merged.set(hash, loaded.has(hash) ? { data: e.data, usedAt: now } : e);
    }
    try {
      writeCacheFile(this.file, this.key, merged);
      return { written: true, entries: merged.size };
    } catch (error) {
      return { written: false, error: String((error && error.message) || error) };
    }
  }
}

/** The cache to use, or null when it is turned off or its folder is not the user's own. */
function openCompileCache(env = process.env) {
  if (cacheDisabled(env)) return null;
  const dir = cacheDir(env);
  try {
    if (!trusted(fs.statSync(dir))) return null;
  } catch {
    // Not there yet: made (0700) when the cache is first written.
  }
  return new CompileCache(dir);
}

/**
 * Loads a CommonJS file of the CLI's bundle and, through their relative
 * require()s, the chunks it needs, each compiled through `cache`. Other
 * require()s (Node's own modules) go to Node.
 */
function loadBundle(entryFile, cache) {
  const modules = new Map();
  const load = (file) => {
    const known = modules.get(file);
    if (known) return known.exports;
    const module = { exports: {}, id: file, filename: file, loaded: false };
    modules.set(file, module);
    const source = fs.readFileSync(file, "utf8");
    const fn = cache.compile(file, source);
    const dir = path.dirname(file);
    let nodeRequire = null;
    const require = (spec) => {
      if (spec.startsWith("./") || spec.startsWith("../")) return load(path.resolve(dir, spec));
      nodeRequire ??= Module.createRequire(file);
      return nodeRequire(spec);
    };
    fn.call(module.exports, module.exports, require, module, file, dir);
    module.loaded = true;
    return module.exports;
  };
  return load(path.resolve(entryFile));
}

/**
 * V8 tuning for a short-lived process: V8 normally hands a function to its
 * optimising compiler after little work, and in a process that checks one
 * document most of those compilations never pay back (they run on other threads,
 * but their CPU time is the user's). A larger interrupt budget optimises only
 * what runs long; a run that has much to check (looksLong, from `argv`, the
 * command's arguments) takes a smaller one. Left to the user when NODE_OPTIONS or
 * the command line sets it.
 */
function tuneV8ForShortRuns(argv = []) {
  const given = `${process.env.NODE_OPTIONS ?? ""} ${process.execArgv.join(" ")}`;
  if (/--interrupt[-_]budget/.test(given)) return;
  v8.setFlagsFromString(`--interrupt-budget=${looksLong(argv) ? LONG_RUN_BUDGET : SHORT_RUN_BUDGET}`);
}

/** The interrupt budget of a short run: one document of a few thousand characters. */
const SHORT_RUN_BUDGET = 2000000;
/**
 * The budget of a run with tens of thousands of characters to check (many files, or
 * one long document): enough of the engine then runs long for earlier optimisation to
 * pay back. Counted (callgrind, node --predictable, whole process): one material of
 * 5k characters takes 3 % more instructions with it, 30 materials as 30 files 11 %
 * fewer, the 300-material document 6 % fewer, 300 materials as 300 files 10 % fewer.
 * Counted as CPU time instead (process.cpuUsage, which includes the optimising
 * compiler's own threads; six runs each, alternating, in the same minutes), the
 * 300-material document took more with it (median 674 against 645 ms), so one
 * document, however long, keeps the short budget; many files took about 4 % less.
 * V8 takes the budget when the engine's code is loaded: it is chosen before that,
 * from the command line.
 */
const LONG_RUN_BUDGET = 500000;
/** Options of check and analyze that take a value (the value is not a file). */
const VALUE_OPTIONS = new Set(["--format", "--out", "--profile", "--fail-on", "--compare-with", "--rule"]);

/**
 * Whether the command line asks for a long run: `check` or `analyze` of several files,
 * a folder, or other files to compare with (one file, however long, is not). A
 * guess only (one stat per file named): it chooses a V8 budget, never what is checked.
 */
function looksLong(argv) {
  if (argv[0] !== "check" && argv[0] !== "analyze") return false;
  const files = [];
  for (let k = 1; k < argv.length; k++) {
    const a = argv[k];
    if (a === "--compare-with" || a.startsWith("--compare-with=")) return true;
    if (a.startsWith("-")) {
      if (VALUE_OPTIONS.has(a)) k++;
      continue;
    }
    files.push(a);
  }
  if (files.length > 1) return true;
  if (files.length === 0) return false;
  try {
    return fs.statSync(files[0]).isDirectory();
  } catch {
    return false;
  }
}

module.exports = { openCompileCache, loadBundle, buildLine, cacheDir, cacheDisabled, tuneV8ForShortRuns, looksLong, CompileCache, readCacheFile };
