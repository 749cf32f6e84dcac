/**
 * A jest reporter that makes skips visible and counts the checks that need
 * something outside the repository (test/helpers/requirements.ts tags their titles
 * "[needs soffice]" when they run, "[skipped: <reason>]" when they cannot).
 *
 * At the end of a run it lists every skipped test, by file and full name, with its
 * reason ("no reason given" for a bare test.skip), and writes a summary to
 * test-results/requirements/<projects>.json: per requirement, how many checks ran
 * and how many were skipped. .ci/check-requirements.cjs reads those files.
 *
 * With DUIZHAO_REQUIRE set (.ci/run sets it), the run fails when a check needing a
 * listed requirement was skipped, or when any test was skipped without a reason.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const NEEDS = /\[needs ([^\]]+)\]/g;
const SKIPPED = /\[skipped: ([^\]]+)\]/;
const SKIP_STATUSES = new Set(["pending", "skipped", "todo", "disabled"]);

function mandatory() {
  return (process.env.DUIZHAO_REQUIRE || "").split(/[\s,]+/).filter(Boolean);
}

class RequirementsReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.projects = new Set();
    this.counts = {};
    this.skipped = [];
    this.error = undefined;
  }

  count(requirement, key) {
    const entry = (this.counts[requirement] = this.counts[requirement] || { ran: 0, skipped: 0 });
    entry[key]++;
  }

  onTestResult(test, result) {
    const project = test.context && test.context.config && test.context.config.displayName;
    if (project) this.projects.add(typeof project === "string" ? project : project.name);
    const file = path.relative(this.rootDir, result.testFilePath);
    for (const assertion of result.testResults) {
      const name = assertion.fullName || [...assertion.ancestorTitles, assertion.title].join(" ");
      if (SKIP_STATUSES.has(assertion.status)) {
        const reason = SKIPPED.exec(name);
        this.skipped.push({ file, name, reason: reason ? reason[1] : null });
      }
      // A block and a test inside it may each name requirements.
      const key = SKIP_STATUSES.has(assertion.status) ? "skipped" : "ran";
      const requirements = new Set([...name.matchAll(NEEDS)].flatMap((m) => m[1].split(/\s+/)));
      for (const requirement of requirements) this.count(requirement, key);
    }
  }

  onRunComplete() {
    const out = process.stderr;
    if (this.skipped.length > 0) {
      out.write(`\nSkipped checks (${this.skipped.length}):\n`);
      for (const s of this.skipped) {
        const name = s.name.replace(SKIPPED, "").replace(NEEDS, "").replace(/\s+/g, " ").trim();
        out.write(`  ○ ${s.file} › ${name} — ${s.reason || "no reason given"}\n`);
      }
    }
    const projects = [...this.projects].sort();
    if (projects.length > 0) {
      const dir = path.join(this.rootDir, "test-results", "requirements");
      fs.mkdirSync(dir, { recursive: true });
      const summary = { projects, requirements: this.counts, skipped: this.skipped };
      fs.writeFileSync(path.join(dir, `${projects.join("+")}.json`), JSON.stringify(summary, null, 2) + "\n");
    }
    const required = mandatory();
    if (required.length === 0) return;
    const problems = [];
    for (const requirement of required) {
      const c = this.counts[requirement];
      if (c && c.skipped > 0) problems.push(`${c.skipped} check(s) needing ${requirement} were skipped`);
    }
    const bare = this.skipped.filter((s) => s.reason === null);
    if (bare.length > 0) problems.push(`${bare.length} test(s) were skipped without a reason`);
    if (problems.length > 0) {
      this.error = new Error(`DUIZHAO_REQUIRE=${required.join(",")}: ${problems.join("; ")}`);
      out.write(`\n${this.error.message}\n`);
    }
  }

  getLastError() {
    return this.error;
  }
}

module.exports = RequirementsReporter;
