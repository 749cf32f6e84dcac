#!/usr/bin/env node
/**
 * Runs a TypeScript tool script without a separate build step:
 *   node test/tools/run-ts.cjs test/tools/make-icons.ts [args…]
 * esbuild bundles the script's own TypeScript in memory; packages stay
 * external and resolve from node_modules as usual.
 */
"use strict";
const path = require("node:path");
const Module = require("node:module");
const esbuild = require("esbuild");

const [, , script, ...args] = process.argv;
if (!script) {
  console.error("usage: node test/tools/run-ts.cjs SCRIPT.ts [args…]");
  process.exit(2);
}
const file = path.resolve(script);
const result = esbuild.buildSync({
  entryPoints: [file],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  write: false,
  logLevel: "warning",
});
const code = result.outputFiles[0].text;
const mod = new Module(file, module);
mod.filename = file;
mod.paths = Module._nodeModulePaths(path.dirname(file));
process.argv = [process.argv[0], file, ...args];
mod._compile(code, file);
