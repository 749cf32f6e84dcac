#!/usr/bin/env node
/**
 * What the built task pane is made of: `node test/bench/bundle-size.cjs [DIST] [--top N] [--page taskpane.html] [--json]`.
 *
 * Reads a production build (default: dist/, from `npm run build`), finds the scripts
 * the page loads at start (its <script src> tags: the first view) and every other
 * script of the build (chunks loaded later with import()), and attributes each
 * minified byte to the source module it came from through the build's source maps
 * (devtool "hidden-source-map": the maps are written, not named in the scripts). Prints, per script, its minified and gzipped size, then
 * the top modules and the top packages (node_modules/<package>, or the project's
 * own folders) of the first view by minified size, each with the gzipped size of its
 * own code compressed alone (a module's code compresses a little better inside its
 * chunk, so these add up to slightly more than the chunk's gzipped size).
 *
 * Nothing is rebuilt here: run `npm run build` first.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const root = path.resolve(__dirname, "..", "..");

function parseArgs(argv) {
  const options = { dist: path.join(root, "dist"), top: 25, page: "taskpane.html", json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--top") options.top = Number(argv[++i]);
    else if (a === "--page") options.page = argv[++i];
    else if (a === "--json") options.json = true;
    else options.dist = path.resolve(a);
  }
  return options;
}

const gzip = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;

/** Local scripts a page loads at start, in order (remote ones, office.js from the CDN, left out). */
function pageScripts(dist, page) {
  const html = fs.readFileSync(path.join(dist, page), "utf8");
  const out = [];
  // The build minifies the page: attribute values may be quoted or not.
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    const src = (m[1] ?? m[2] ?? m[3]).split("?")[0];
    if (/^[a-z]+:\/\//i.test(src) || src.startsWith("//")) continue;
    if (fs.existsSync(path.join(dist, src))) out.push(src);
  }
  return out;
}

/** "node_modules/@fluentui/react-tabs/…" → "@fluentui/react-tabs"; "src/core/rules/x.ts" → "src/core/rules". */
function packageOf(source) {
  if (source.startsWith("(JSON data) profile")) return "(JSON data) profiles";
  if (source.startsWith("(")) return source;
  const nm = source.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const parts = source.slice(nm + "node_modules/".length).split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const parts = source.split("/");
  return parts.slice(0, Math.min(3, parts.length - 1)).join("/") || source;
}

/** "webpack://duizhao/./src/x.ts" → "src/x.ts". */
function cleanSource(source) {
  return source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "").replace(/\?.*$/, "");
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * A source map's "mappings" (version 3: lines split by ";", segments by ",", each a
 * list of base64 VLQ numbers relative to the previous segment's): every segment's
 * generated line and column and the index of its source (null for a segment without one).
 */
function decodeMappings(mappings) {
  const out = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let i = 0;
  const vlq = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const digit = BASE64.indexOf(mappings[i++]);
      value += (digit & 31) << shift;
      shift += 5;
      if ((digit & 32) === 0) break;
    }
    return value & 1 ? -(value >>> 1) : value >>> 1;
  };
  while (i < mappings.length) {
    const c = mappings[i];
    if (c === ";") {
      line++;
      column = 0;
      i++;
      continue;
    }
    if (c === ",") {
      i++;
      continue;
    }
    column += vlq();
    const fields = [];
    while (i < mappings.length && mappings[i] !== "," && mappings[i] !== ";") fields.push(vlq());
    if (fields.length >= 1) source += fields[0];
    out.push({ line, column, source: fields.length >= 1 ? source : null });
  }
  return out;
}

/**
 * What a stretch of code without a source mapping is: webpack writes JSON modules
 * (the profiles, the dictionaries) as JSON.parse('…') without mappings; the rest is
 * webpack's module glue.
 */
const JSON_START = "JSON.parse('";

function unmappedName(code, from) {
  const head = code.slice(from, from + 400);
  const json = /^JSON\.parse\('/.exec(head);
  if (!json) return "(webpack module glue, unmapped)";
  const rest = head.slice(json[0].length);
  const id = /^\{\\?"(\$comment|id)\\?":\\?"([^"\\]{0,40})/.exec(rest);
  if (/^\{\\?"schemaVersion\\?"/.test(rest)) return "(JSON data) profile";
  return id ? `(JSON data) ${id[1] === "id" ? "profile " : ""}${id[2]}` : `(JSON data) ${rest.slice(0, 30)}`;
}

/** One script: its bytes, and its minified text split by source module through its map. */
function analyseScript(dist, file) {
  const code = fs.readFileSync(path.join(dist, file), "utf8");
  const bytes = Buffer.byteLength(code);
  const result = { file, minified: bytes, gzipped: gzip(Buffer.from(code)), modules: new Map() };
  const mapFile = path.join(dist, `${file}.map`);
  if (!fs.existsSync(mapFile)) {
    result.modules.set(`(${file}: no source map)`, code);
    return result;
  }
  // Offsets of line starts, to turn (line, column) into an offset in `code`.
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const map = JSON.parse(fs.readFileSync(mapFile, "utf8"));
  const sources = map.sources.map(cleanSource);
  const segments = decodeMappings(map.mappings).map((m) => ({ at: lineStarts[m.line] + m.column, source: m.source === null ? null : sources[m.source] }));
  segments.sort((a, b) => a.at - b.at);
  const pieces = new Map();
  const put = (key, from, to) => {
    if (to <= from) return;
    if (!pieces.has(key)) pieces.set(key, []);
    pieces.get(key).push(code.slice(from, to));
  };
  const add = (source, from, to) => {
    if (source !== null) return put(source, from, to);
    // Unmapped: webpack's glue, and JSON modules one after another, each cut at its JSON.parse('.
    let at = from;
    for (let next = code.indexOf(JSON_START, at); next >= 0 && next < to; next = code.indexOf(JSON_START, next + 1)) {
      put(unmappedName(code, at), at, next);
      at = next;
    }
    put(unmappedName(code, at), at, to);
  };
  add(null, 0, segments.length ? segments[0].at : code.length);
  for (let i = 0; i < segments.length; i++) add(segments[i].source, segments[i].at, i + 1 < segments.length ? segments[i + 1].at : code.length);
  for (const [key, list] of pieces) result.modules.set(key, list.join(""));
  return result;
}

function sizes(entries) {
  return [...entries]
    .map(([name, text]) => ({ name, minified: Buffer.byteLength(text), gzipped: gzip(Buffer.from(text)) }))
    .sort((a, b) => b.minified - a.minified);
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(options.dist, options.page))) {
    process.stderr.write(`${path.join(options.dist, options.page)} 不存在：请先运行 npm run build。\n`);
    process.exit(2);
  }
  const first = pageScripts(options.dist, options.page);
  const all = fs.readdirSync(options.dist).filter((f) => f.endsWith(".js"));
  const scripts = all.map((f) => analyseScript(options.dist, f));
  const firstView = scripts.filter((s) => first.includes(s.file));

  const merged = new Map();
  for (const s of firstView) for (const [name, text] of s.modules) merged.set(name, (merged.get(name) ?? "") + text);
  const modules = sizes(merged);
  const byPackage = new Map();
  for (const [name, text] of merged) {
    const key = packageOf(name);
    byPackage.set(key, (byPackage.get(key) ?? "") + text);
  }
  const packages = sizes(byPackage);
  const total = { minified: firstView.reduce((n, s) => n + s.minified, 0), gzipped: firstView.reduce((n, s) => n + s.gzipped, 0) };

  if (options.json) {
    process.stdout.write(
      JSON.stringify({
        page: options.page,
        firstView: { scripts: first, ...total },
        scripts: scripts.map((s) => ({ file: s.file, firstView: first.includes(s.file), minified: s.minified, gzipped: s.gzipped })),
        modules: modules.slice(0, options.top),
        packages: packages.slice(0, options.top),
      }) + "\n",
    );
    return;
  }
  const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} KiB`;
  const row = (name, s) => `${kb(s.minified)} ${kb(s.gzipped)}  ${name}`;
  const out = [];
  out.push(`${options.page}: first view ${total.gzipped} bytes gzipped (${total.minified} minified), scripts ${first.join(", ")}`);
  out.push("", "    minified      gzipped  script");
  for (const s of scripts.sort((a, b) => b.minified - a.minified)) out.push(row(`${s.file}${first.includes(s.file) ? "  [first view]" : ""}`, s));
  out.push("", `Top ${options.top} packages of the first view:`, "    minified      gzipped  package");
  for (const p of packages.slice(0, options.top)) out.push(row(p.name, p));
  out.push("", `Top ${options.top} modules of the first view:`, "    minified      gzipped  module");
  for (const m of modules.slice(0, options.top)) out.push(row(m.name, m));
  process.stdout.write(out.join("\n") + "\n");
}

module.exports = { analyseScript, decodeMappings, pageScripts };

if (require.main === module) main();
