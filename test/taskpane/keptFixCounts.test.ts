/**
 * 全部修正's counts kept per paragraph across analyses (analysis/keptFixCounts.ts) are
 * findingEntries.fixCountsOf's, also after edits that change, add and remove fixes.
 */
import { analyze } from "../../src/core/analyze";
import { paragraphsFromText } from "../../src/host/text";
import { KeptFixCounts } from "../../src/taskpane/analysis/keptFixCounts";
import { fixCountsOf } from "../../src/taskpane/findingEntries";
import { labelledMaterials } from "../helpers/labelled";

test("the kept counts are fixCountsOf's, over dev materials and their edits", () => {
  const kept = new KeptFixCounts();
  let compared = 0;
  let withFixes = 0;
  for (const m of labelledMaterials("dev").slice(0, 16)) {
    // Every comma typed half-width, then some of them made full-width again, a line duplicated,
    // a line removed: fixes come and go, clash and repeat.
    const lines = m.text.replace(/，/g, ",").split("\n");
    const versions = [
      lines,
      lines.map((l, i) => (i % 3 === 0 ? l.replace(",", "，") : l)),
      [...lines.slice(0, 4), lines[4] ?? "", ...lines.slice(4)],
      lines.filter((_, i) => i !== 5),
      lines.map((l, i) => (i === 6 ? `${l}，,。` : l)),
    ];
    for (const v of versions) {
      const a = analyze(paragraphsFromText(v.join("\n")), { hostKind: "text" });
      kept.next();
      let calls = 0;
      const fromKept = fixCountsOf(a, (analysis, findings) => {
        calls++;
        return kept.count(analysis, findings);
      });
      expect([...fromKept]).toEqual([...fixCountsOf(a)]);
      if (calls > 0) compared++;
      if ([...fromKept.values()].some((n) => n > 0)) withFixes++;
    }
  }
  expect(compared).toBeGreaterThan(40);
  expect(withFixes).toBeGreaterThan(40);
});
