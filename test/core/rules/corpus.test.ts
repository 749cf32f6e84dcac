/**
 * The text rules on the labelled corpus: the defects the labels' notes name are
 * found at the right paragraphs with working fixes, and nothing correct is an error.
 */
import * as fs from "fs";
import * as path from "path";
import type { Finding } from "../../../src/core/findings";
import { runRules } from "../../../src/core/rules/engine";
import { applyFixes } from "../../../src/core/rules/fixes";
import { TEXT_RULES } from "../../../src/core/rules/index";
import { buildDocument } from "./ruleTester";

const dir = path.join(__dirname, "..", "..", "fixtures", "corpus");

function load(name: string): string[] {
  return fs.readFileSync(path.join(dir, `${name}.txt`), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
}

function check(lines: string[]): Finding[] {
  return runRules(buildDocument({ paragraphs: lines }), { registry: TEXT_RULES });
}

const quote = (lines: string[], f: Finding) => (f.paragraph === null ? "" : lines[f.paragraph].slice(f.start, f.end));
const fixed = (lines: string[], f: Finding) => applyFixes(lines, [f.fix!]).texts[f.paragraph!];

describe("seed-004", () => {
  const lines = load("seed-004");
  const findings = check(lines);

  it("finds the stray space inside “ 四个自信” in lines 5 and 16, and removes it", () => {
    for (const paragraph of [4, 15]) {
      const hits = findings.filter((f) => f.rule === "punct-space" && f.paragraph === paragraph);
      expect(hits.length).toBeGreaterThan(0);
      for (const f of hits) {
        expect(lines[paragraph].slice(f.start! - 1, f.end! + 4)).toBe("“ 四个自信");
        expect(fixed(lines, f)).toContain("坚定“四个自信”");
      }
    }
  });

  it("finds the half-width comma in 纪律建设,大兴 (line 21)", () => {
    const f = findings.find((x) => x.rule === "punct-halfwidth" && x.paragraph === 20);
    expect(f).toBeDefined();
    expect(fixed(lines, f!)).toContain("纪律建设，大兴");
  });

  it("finds 改批评的不批评 (line 10)", () => {
    const f = findings.find((x) => x.rule === "typo-common" && x.paragraph === 9 && x.severity === "error");
    expect(quote(lines, f!)).toBe("改批评的不批评");
    expect(fixed(lines, f!)).toContain("该提醒的不提醒、该批评的不批评");
  });

  it("reports no error except the miswriting", () => {
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.rule, f.paragraph, quote(lines, f)])).toEqual([["typo-common", 9, "改批评的不批评"]]);
  });
});

describe("seed-000", () => {
  const lines = load("seed-000");
  const findings = check(lines);

  it("finds 做表率 (line 3) as a slip in the canonical 清正廉洁作表率, but not the canonical wording of line 16", () => {
    const hits = findings.filter((f) => f.rule === "term-noncanonical" && f.severity === "error" && quote(lines, f).includes("做表率"));
    expect(hits.map((f) => f.paragraph)).toEqual([2]);
    expect(fixed(lines, hits[0])).toContain("清正廉洁作表率的目标");
    expect(findings.filter((f) => f.paragraph === 15)).toEqual([]);
  });

  it("errors are only real defects: the slip, the anonymised x left in 市x局 / 当前x发展, 法制化 for 法治化, and the non-existent 《廉政准则条例》", () => {
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.rule, f.paragraph, quote(lines, f)])).toEqual([
      ["placeholder-left", 2, "x"],
      ["term-noncanonical", 2, "清正廉洁做表率"],
      ["term-noncanonical", 5, "科学化、民主化、法制化"],
      ["placeholder-left", 6, "x"],
      ["term-noncanonical", 20, "廉政准则条例"],
    ]);
  });

  it("leaves the leading ideographic indentation and the (四) numbering to others", () => {
    expect(findings.filter((f) => f.rule === "punct-space" || f.rule === "punct-halfwidth" || f.rule === "punct-unpaired")).toEqual([]);
  });
});

describe("fixing", () => {
  it.each([["seed-000"], ["seed-004"]])("%s: all fixes apply, and checking again finds nothing fixable", (name) => {
    const lines = load(name);
    const findings = check(lines);
    const plan = applyFixes(lines, findings.flatMap((f) => (f.fix ? [f.fix] : [])));
    expect(plan.rejected).toEqual([]);
    const again = check(plan.texts);
    expect(again.filter((f) => f.fix).map((f) => `${f.rule} p${f.paragraph} ${quote(plan.texts, f)}`)).toEqual([]);
    // Only the changed paragraphs changed.
    plan.texts.forEach((t, i) => {
      if (!plan.changedParagraphs.includes(i)) expect(t).toBe(lines[i]);
    });
  });
});
