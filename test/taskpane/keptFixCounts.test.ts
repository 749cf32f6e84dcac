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

test("a count kept for a text is not another automatic number's or another set of fixes' (kept by text, then by number and fixes)", () => {
  const kept = new KeptFixCounts();
  const text = "1.学习不够深入,理论功底不扎实";
  const onNumber = { paragraph: 0, start: 0, end: 2, expected: "1.", replacement: "1．" };
  const onComma = { paragraph: 0, start: 8, end: 9, expected: ",", replacement: "，" };
  const finding = (fix: typeof onNumber) => ({ rule: "punct-halfwidth" as const, severity: "warning" as const, paragraph: 0, message: "", key: "k", fix });
  const typed = { doc: { paragraphs: [{ index: 0, text }] } };
  const automatic = { doc: { paragraphs: [{ index: 0, text, autoNumber: "1." }] } };
  kept.next();
  // The same fix twice is counted once.
  expect(kept.count(typed, [finding(onNumber), finding(onNumber)])).toBe(1);
  kept.next();
  // The same text under Word's number: a fix inside the number is refused.
  expect(kept.count(automatic, [finding(onNumber)])).toBe(0);
  expect(kept.count(typed, [finding(onNumber), finding(onComma)])).toBe(2);
  kept.next();
  expect(kept.count(automatic, [finding(onNumber), finding(onComma)])).toBe(1);
  expect(kept.count(typed, [finding(onNumber)])).toBe(1);
});
