/**
 * The reviewer rules' precision on the seeds and the dev materials, from the
 * verdicts kept in test/fixtures/labelled/rule-verdicts.json (judged by reading
 * each finding; test/tools/rule-precision.ts lists them). A rule that raises more
 * false than true findings must not run at warning level. Findings not judged yet
 * (after a change elsewhere moves them) are reported, not failed on.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { analyze } from "../../../src/core/analyze";
import type { RuleId } from "../../../src/core/findings";
import { getRule } from "../../../src/core/rules/index";
import { paragraphsFromText } from "../../../src/host/text";
import { labelledMaterials } from "../../helpers/labelled";

const RULES: RuleId[] = ["cause-objective-only", "causes-roots-missing", "measure-empty", "problem-not-owned", "problem-business-only", "section-expected"];

interface Verdict {
  file: string;
  paragraph: number | null;
  rule: RuleId;
  ok: boolean;
}
const verdicts = (JSON.parse(readFileSync(path.join(__dirname, "../../fixtures/labelled/rule-verdicts.json"), "utf8")) as { verdicts: Verdict[] }).verdicts;
const key = (file: string, paragraph: number | null, rule: string) => `${file}#${paragraph ?? "doc"}#${rule}`;
const byKey = new Map(verdicts.map((v) => [key(v.file, v.paragraph, v.rule), v.ok]));

const counts = new Map(RULES.map((r) => [r, { right: 0, wrong: 0, unjudged: [] as string[], warnings: 0 }]));
beforeAll(() => {
  for (const set of ["seed", "dev"]) {
    for (const m of labelledMaterials(set)) {
      const { findings } = analyze(paragraphsFromText(m.text), { hostKind: "text" });
      for (const f of findings) {
        const c = counts.get(f.rule);
        if (!c) continue;
        if (f.severity === "warning") c.warnings++;
        const ok = byKey.get(key(m.name, f.paragraph, f.rule));
        if (ok === undefined) c.unjudged.push(`${m.name} p${f.paragraph}: ${f.message}`);
        else if (ok) c.right++;
        else c.wrong++;
      }
    }
  }
});

describe.each(RULES)("%s", (rule) => {
  it("is warning or info, never error", () => expect(getRule(rule)?.meta.severity).not.toBe("error"));
  it("raises no more false than true findings at warning level on the seeds and dev materials", () => {
    const c = counts.get(rule)!;
    if (c.unjudged.length) console.warn(`${rule}: findings without a verdict (judge them with test/tools/rule-precision.ts --list):\n${c.unjudged.join("\n")}`);
    if (c.warnings > 0) expect(c.right).toBeGreaterThanOrEqual(c.wrong);
  });
  it("finds something on the materials written to show the defect", () => {
    const c = counts.get(rule)!;
    expect(c.right).toBeGreaterThan(0);
  });
});
