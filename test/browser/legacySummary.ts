/** What test/browser/legacy.test.ts compares between Chromium and Node: the reading and the findings. */
import type { Analysis } from "../../src/core/analyze";

export function summary(analysis: Analysis) {
  const doc = analysis.doc;
  return {
    title: doc.title?.text ?? null,
    sections: doc.sections.map((s) => s.kind),
    problems: doc.problems.map((p) => p.title),
    measures: doc.measures.map((m) => m.title),
    pairs: doc.pairs.map((p) => `${p.problem}-${p.measure}`),
    profile: analysis.profile?.id ?? null,
    findings: analysis.findings.map((f) => `${f.rule}@${f.paragraph}:${f.message}`),
    insertions: analysis.insertions.map((i) => i.label),
  };
}
