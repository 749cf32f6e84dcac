#!/usr/bin/env node
/**
 * After `npm test` in CI: every check .ci/run is meant to run did run. Reads the
 * summaries test/reporters/requirements.cjs wrote (test-results/requirements/) and
 * fails unless both jest projects reported, and every requirement named in
 * DUIZHAO_REQUIRE had at least one check that ran and none that was skipped.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const dir = path.join(root, "test-results", "requirements");
const required = (process.env.DUIZHAO_REQUIRE || "").split(/[\s,]+/).filter(Boolean);
const PROJECTS = ["unit", "browser"];

const summaries = fs.existsSync(dir)
  ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")))
  : [];
const problems = [];
const projects = new Set(summaries.flatMap((s) => s.projects));
for (const project of PROJECTS) if (!projects.has(project)) problems.push(`the ${project} tests did not report (did they run?)`);

const totals = {};
for (const s of summaries) {
  for (const [name, c] of Object.entries(s.requirements)) {
    const t = (totals[name] = totals[name] || { ran: 0, skipped: 0 });
    t.ran += c.ran;
    t.skipped += c.skipped;
  }
}
for (const name of required) {
  const t = totals[name] || { ran: 0, skipped: 0 };
  if (t.ran === 0) problems.push(`no check that needs ${name} ran`);
  if (t.skipped > 0) problems.push(`${t.skipped} check(s) that need ${name} were skipped`);
}
const bare = summaries.flatMap((s) => s.skipped).filter((s) => !s.reason);
for (const s of bare) problems.push(`skipped without a reason: ${s.file} › ${s.name}`);

for (const [name, t] of Object.entries(totals).sort()) console.log(`== ${name}: ${t.ran} check(s) ran, ${t.skipped} skipped${required.includes(name) ? " (required)" : ""}`);
if (problems.length > 0) {
  for (const p of problems) console.error(`check-requirements: ${p}`);
  process.exit(1);
}
