#!/usr/bin/env node
/**
 * Results must not change when the check is made faster (issue 12). This writes
 * `duizhao check --json` and `duizhao analyze --json` of every dev material, seed,
 * fixture material and the bench's documents (one document of 1, 30 and 300
 * materials; the 300 as a folder; the dev set as a folder) into a folder, and
 * `npm run score`'s output; with --compare OTHER it then says which differ.
 *
 *   node test/tools/same-results.cjs .tmp/results-before
 *   node test/tools/same-results.cjs .tmp/results-after --compare .tmp/results-before
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { writeMaterials } = require("../bench/materials.cjs");

const root = path.resolve(__dirname, "..", "..");
const cli = path.join(root, "src", "cli", "duizhao.cjs");
const args = process.argv.slice(2);
const out = path.resolve(args[0] || ".tmp/results");
const compareIdx = args.indexOf("--compare");
const other = compareIdx >= 0 ? path.resolve(args[compareIdx + 1]) : null;
const noScore = args.includes("--no-score");

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const inputs = path.join(out, "_inputs");
fs.mkdirSync(inputs);

function run(cmdArgs, name) {
  const r = spawnSync(process.execPath, [cli, ...cmdArgs], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024, cwd: root });
  // Paths inside outputs are made relative to the inputs so that two runs compare.
  const text = `exit ${r.status}\n${r.stdout}`.split(inputs).join("<inputs>").split(root).join("<root>");
  fs.writeFileSync(path.join(out, name), text);
}

const files = [];
for (const folder of ["test/fixtures/corpus", "test/fixtures/materials", "test/fixtures/labelled/dev"]) {
  for (const name of fs.readdirSync(path.join(root, folder)).sort()) if (name.endsWith(".txt")) files.push(path.join(folder, name));
}
run(["build-only-check", "--help"], "_warm.txt");
for (const f of files) {
  const base = f.replace(/[\\/]/g, "_");
  run(["check", f, "--json"], `${base}.check.json`);
  run(["analyze", f, "--json"], `${base}.analyze.json`);
}
for (const n of [1, 30, 300]) {
  const m = writeMaterials(inputs, n);
  run(["check", m.allFile, "--json"], `bench-all-${n}.check.json`);
  run(["analyze", m.allFile, "--json"], `bench-all-${n}.analyze.json`);
  if (n === 300) run(["check", m.folder, "--json"], `bench-folder-300.check.json`);
}
run(["check", "test/fixtures/labelled/dev", "--json"], "dev-folder.check.json");
if (!noScore) {
  const s = spawnSync("npm", ["run", "-s", "score"], { encoding: "utf8", cwd: root, maxBuffer: 64 * 1024 * 1024 });
  fs.writeFileSync(path.join(out, "score.txt"), `exit ${s.status}\n${s.stdout}`);
}
fs.rmSync(inputs, { recursive: true, force: true });

if (other) {
  const names = new Set([...fs.readdirSync(out), ...fs.readdirSync(other)]);
  const differ = [];
  for (const n of [...names].sort()) {
    const a = path.join(out, n);
    const b = path.join(other, n);
    if (!fs.existsSync(a) || !fs.existsSync(b) || !fs.readFileSync(a).equals(fs.readFileSync(b))) differ.push(n);
  }
  console.log(differ.length ? `DIFFER (${differ.length}): ${differ.join(" ")}` : `SAME: ${names.size} files byte for byte`);
  process.exitCode = differ.length ? 1 : 0;
}
