/**
 * The precision of the reviewer's rules (cause-objective-only, causes-roots-missing,
 * measure-empty, problem-not-owned, problem-business-only, section-expected) on the
 * seeds and the dev materials. The labels do not say which of these findings are
 * right, so each finding was judged by reading it, and the verdicts are kept in
 * test/fixtures/labelled/rule-verdicts.json (file + paragraph + rule → true/false);
 * this tool recomputes the figures from them and lists the findings not judged yet.
 *
 * Usage: node test/tools/run-ts.cjs test/tools/rule-precision.ts [--list] [--rules a,b] [--sets seed,dev]
 *   --list     print every finding with its paragraph's text and verdict (for judging)
 *   --sets     default seed,dev. On heldout only counts are printed, never text.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { analyze } from "../../src/core/analyze";
import type { RuleId } from "../../src/core/findings";
import { paragraphsFromText } from "../../src/host/text";
import { labelledMaterials } from "../helpers/labelled";

export const REVIEW_RULES: RuleId[] = [
  "cause-objective-only",
  "causes-roots-missing",
  "measure-empty",
  "problem-not-owned",
  "problem-business-only",
  "section-expected",
];

interface Verdict {
  file: string;
  paragraph: number | null;
  rule: RuleId;
  ok: boolean;
  note?: string;
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const rules = (option("--rules")?.split(",") as RuleId[] | undefined) ?? REVIEW_RULES;
const sets = option("--sets")?.split(",") ?? ["seed", "dev"];
const list = flag("--list");

const verdictFile = path.join(__dirname, "..", "fixtures", "labelled", "rule-verdicts.json");
const verdicts: Verdict[] = (JSON.parse(readFileSync(verdictFile, "utf8")) as { verdicts: Verdict[] }).verdicts;
const key = (file: string, paragraph: number | null, rule: string) => `${file}#${paragraph ?? "doc"}#${rule}`;
const byKey = new Map(verdicts.map((v) => [key(v.file, v.paragraph, v.rule), v]));

const stats = new Map<string, { findings: number; right: number; wrong: number; unjudged: number; warning: number; info: number }>();
for (const r of rules) stats.set(r, { findings: 0, right: 0, wrong: 0, unjudged: 0, warning: 0, info: 0 });
const seen = new Set<string>();

for (const set of sets) {
  const secret = set === "heldout";
  for (const m of labelledMaterials(set)) {
    const analysis = analyze(paragraphsFromText(m.text), { hostKind: "text" });
    for (const f of analysis.findings) {
      if (!rules.includes(f.rule)) continue;
      const s = stats.get(f.rule)!;
      s.findings++;
      if (f.severity === "warning") s.warning++;
      if (f.severity === "info") s.info++;
      if (secret) continue;
      const k = key(m.name, f.paragraph, f.rule);
      seen.add(k);
      const v = byKey.get(k);
      if (!v) s.unjudged++;
      else if (v.ok) s.right++;
      else s.wrong++;
      if (list) {
        const text = f.paragraph === null ? "(全文)" : (m.lines[f.paragraph] ?? "").slice(0, 160);
        const verdict = v ? (v.ok ? "RIGHT" : "WRONG") : "UNJUDGED";
        console.log(`${verdict}  ${m.name} p${f.paragraph} ${f.rule} [${f.severity}] ${f.message}\n      ${text}`);
      }
    }
  }
}

console.log(`\nrule                    findings  warning  info  right  wrong  unjudged  precision`);
for (const [rule, s] of stats) {
  const judged = s.right + s.wrong;
  const precision = judged ? `${Math.round((100 * s.right) / judged)}%` : "–";
  console.log(
    `${rule.padEnd(24)}${String(s.findings).padStart(8)}${String(s.warning).padStart(9)}${String(s.info).padStart(6)}${String(s.right).padStart(7)}${String(s.wrong).padStart(7)}${String(s.unjudged).padStart(10)}${precision.padStart(11)}`,
  );
}
if (!sets.includes("heldout")) {
  const stale = verdicts.filter((v) => rules.includes(v.rule) && !seen.has(key(v.file, v.paragraph, v.rule)));
  if (stale.length) console.log(`\n${stale.length} verdict(s) for findings the rules no longer raise (kept as a record).`);
}
