/**
 * After an edit the findings list keeps the entries that did not change as the same
 * objects (findingEntries.keepUnchanged), so that only the changed ones are drawn again;
 * an entry whose finding moved, or whose quoted paragraph changed, is new.
 */
import { analyze } from "../../src/core/analyze";
import { emptyState } from "../../src/core/state";
import { paragraphsFromText } from "../../src/host/text";
import { arrange, keepUnchanged, type ArrangedSeverity, type FindingEntry } from "../../src/taskpane/findingEntries";
import { getStrings } from "../../src/taskpane/i18n";
import { MATERIAL } from "./fakeHost";

const strings = getStrings("zh-CN");
const listOf = (lines: readonly string[]) => {
  const analysis = analyze(paragraphsFromText(lines.join("\n")), { hostKind: "text", state: emptyState() });
  return { arranged: arrange(analysis.findings, strings), paragraphs: analysis.doc.paragraphs };
};
const entries = (arranged: ArrangedSeverity[]): FindingEntry[] => arranged.flatMap((g) => g.rules.flatMap((r) => r.entries));

test("an edit keeps the entries it did not touch, the same objects; the touched ones are new", () => {
  const lines = [...MATERIAL, "一是学习不够深入,理论功底不扎实。", "二是调查研究不够,作风不实。"];
  const before = listOf(lines);
  const edited = [...lines];
  edited[edited.length - 1] = "二是调查研究不够，作风不实。";
  const after = listOf(edited);
  const kept = keepUnchanged(after.arranged, before.arranged, before.paragraphs, after.paragraphs);
  // The same list as without keeping, entry for entry.
  expect(JSON.stringify(kept)).toBe(JSON.stringify(after.arranged));
  const old = new Set(entries(before.arranged));
  const same = entries(kept).filter((e) => old.has(e));
  const fresh = entries(kept).filter((e) => !old.has(e));
  expect(same.length).toBeGreaterThan(0);
  // The half-width comma entry lost a place: it is new; nothing kept quotes the edited paragraph.
  expect(fresh.some((e) => e.rule === "punct-halfwidth")).toBe(true);
  for (const e of same) for (const f of e.findings) expect(f.paragraph).not.toBe(edited.length - 1);
  // Nothing changed: the whole list, rule groups included, is the old one.
  const again = keepUnchanged(listOf(edited).arranged, kept, after.paragraphs, listOf(edited).paragraphs);
  expect(again.flatMap((g) => g.rules).every((r, i) => r === kept.flatMap((g) => g.rules)[i])).toBe(true);
});
