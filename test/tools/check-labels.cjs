#!/usr/bin/env node
/**
 * Checks labelled materials (test/fixtures/labelled/<dir>/*.json and the corpus):
 * every line a label names exists, every item's heading is how its line begins,
 * sections are in document order without overlap, ids are unique and pairs name
 * existing items. Usage: node test/tools/check-labels.cjs [DIR…] (default: all).
 * Prints one line per defect; exit 1 when there is any.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "fixtures");
const KINDS = new Set(["title", "preface", "last_year_rectification", "problems", "causes", "measures", "personal_matters", "other", "closing"]);
const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [path.join(root, "corpus"), ...fs.readdirSync(path.join(root, "labelled"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(root, "labelled", d.name))];

const norm = (s) => s.replace(/[\s\u3000]+/g, "");
let defects = 0;
let files = 0;
for (const dir of dirs) {
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    files++;
    const where = path.relative(process.cwd(), path.join(dir, f));
    const bad = (msg) => {
      defects++;
      console.log(`${where}: ${msg}`);
    };
    let label;
    try {
      label = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    } catch (e) {
      bad(`not JSON (${e.message})`);
      continue;
    }
    const txt = path.join(dir, f.replace(/\.json$/, ".txt"));
    if (!fs.existsSync(txt)) {
      bad("no .txt beside it");
      continue;
    }
    const raw = fs.readFileSync(txt, "utf8").replace(/^\ufeff/, "");
    const lines = raw.split(/\r?\n/);
    if (lines[lines.length - 1] === "") lines.pop();
    const lineAt = (n) => (Number.isInteger(n) && n >= 1 && n <= lines.length ? lines[n - 1] : null);
    if (label.not_material) {
      for (const k of ["problems", "causes", "measures", "pairs"]) if ((label[k] || []).length) bad(`not_material but has ${k}`);
      continue;
    }
    for (const k of ["sections", "problems", "causes", "measures", "pairs"]) if (!Array.isArray(label[k])) bad(`${k} missing or not a list`);
    let prevEnd = 0;
    for (const s of label.sections || []) {
      if (!KINDS.has(s.kind)) bad(`section kind ${s.kind}`);
      if (!(s.first_line <= s.last_line)) bad(`section ${s.kind}: first_line ${s.first_line} > last_line ${s.last_line}`);
      if (s.first_line <= prevEnd) bad(`section ${s.kind} starts at ${s.first_line}, inside the previous one (ends ${prevEnd})`);
      prevEnd = s.last_line;
      if (lineAt(s.first_line) === null || lineAt(s.last_line) === null) bad(`section ${s.kind}: line out of range`);
      if (lineAt(s.first_line) !== null && !lineAt(s.first_line).trim()) bad(`section ${s.kind}: first_line ${s.first_line} is empty`);
      if (lineAt(s.last_line) !== null && !lineAt(s.last_line).trim()) bad(`section ${s.kind}: last_line ${s.last_line} is empty`);
      if (s.heading !== null && s.heading !== undefined) {
        const at = lineAt(s.first_line);
        if (at !== null && norm(at) !== norm(s.heading)) bad(`section ${s.kind}: heading "${s.heading}" is not line ${s.first_line} ("${at.slice(0, 40)}")`);
      }
    }
    const ids = new Set();
    const sectionOf = (line) => (label.sections || []).find((s) => s.first_line <= line && line <= s.last_line);
    for (const [k, kind] of [["problems", "problems"], ["causes", "causes"], ["measures", "measures"]]) {
      for (const it of label[k] || []) {
        if (ids.has(it.id)) bad(`id ${it.id} twice`);
        ids.add(it.id);
        const at = lineAt(it.line);
        if (at === null) {
          bad(`${it.id}: line ${it.line} out of range`);
          continue;
        }
        if (!it.heading || !norm(at).includes(norm(it.heading).slice(0, 12))) bad(`${it.id}: heading "${(it.heading || "").slice(0, 30)}" not found on line ${it.line}`);
        const s = sectionOf(it.line);
        if (!s || s.kind !== kind) bad(`${it.id}: line ${it.line} is not inside a ${kind} section`);
        if (it.group !== undefined && lineAt(it.group) === null) bad(`${it.id}: group line ${it.group} out of range`);
      }
    }
    for (const p of label.pairs || []) {
      if (!Array.isArray(p) || p.length !== 2) bad(`pair ${JSON.stringify(p)}`);
      else if (!(label.problems || []).some((x) => x.id === p[0]) || !(label.measures || []).some((x) => x.id === p[1])) bad(`pair ${p.join(">")} names an unknown item`);
    }
    for (const s of label.slips || []) if (lineAt(s.line) === null) bad(`slip line ${s.line} out of range`);
  }
}
console.log(`${files} label files, ${defects} defects`);
process.exit(defects ? 1 : 0);
