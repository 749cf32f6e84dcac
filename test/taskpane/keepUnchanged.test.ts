/**
 * After an edit the findings list keeps the entries that did not change as the same
 * objects (findingEntries.keepUnchanged), so that only the changed ones are drawn again;
 * an entry whose finding moved, or whose quoted paragraph changed, is new.
 */
import { analyze } from "../../src/core/analyze";
import { emptyState } from "../../src/core/state";
import { paragraphsFromText } from "../../src/host/text";
import { arrange, arrangeKeeping, keepUnchanged, type ArrangedSeverity, type FindingEntry } from "../../src/taskpane/findingEntries";
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

describe("arrangeKeeping: the list of the worker's result, whose unchanged findings are the same objects", () => {
  const lines = [...MATERIAL, "一是学习不够深入,理论功底不扎实。", "二是调查研究不够,作风不实。", "三是XX年制度执行不严。"];
  const analysis = analyze(paragraphsFromText(lines.join("\n")), { hostKind: "text", state: emptyState() });
  const paragraphs = analysis.doc.paragraphs;
  const first = arrangeKeeping(analysis.findings, strings, null, [], paragraphs);
  const rules = (arranged: ArrangedSeverity[]) => arranged.flatMap((g) => g.rules);

  test("is the list arrange makes, kept as keepUnchanged keeps it", () => {
    expect(JSON.stringify(first)).toBe(JSON.stringify(arrange(analysis.findings, strings)));
    const other = listOf([...lines.slice(0, -1), "三是制度执行不严。"]);
    const kept = arrangeKeeping(analyze(paragraphsFromText([...lines.slice(0, -1), "三是制度执行不严。"].join("\n")), { hostKind: "text", state: emptyState() }).findings, strings, first, paragraphs, other.paragraphs);
    expect(JSON.stringify(kept)).toBe(JSON.stringify(keepUnchanged(other.arranged, first, paragraphs, other.paragraphs)));
  });

  test("a rule whose findings are all the same objects is taken whole; the rule that lost one is made again", () => {
    const dropped = analysis.findings.findIndex((f) => f.rule === "punct-halfwidth");
    expect(dropped).toBeGreaterThanOrEqual(0);
    const findings = analysis.findings.filter((_, i) => i !== dropped);
    const texts = paragraphs.map((p) => ({ ...p })); // a new read: new objects, the same texts
    const kept = arrangeKeeping(findings, strings, first, paragraphs, texts);
    expect(JSON.stringify(kept)).toBe(JSON.stringify(arrange(findings, strings)));
    const old = new Set(rules(first));
    for (const r of rules(kept)) expect(old.has(r)).toBe(r.rule !== "punct-halfwidth");
    expect(rules(kept).length).toBeGreaterThan(1);
    // Nothing changed since: every rule group is the last one.
    const again = arrangeKeeping(findings, strings, kept, texts, texts);
    expect(rules(again).every((r, i) => r === rules(kept)[i])).toBe(true);
  });

  test("a rule quoting a paragraph whose text changed is made again, even with the same findings", () => {
    const placeholder = analysis.findings.find((f) => f.rule === "placeholder-left" && f.paragraph !== null);
    expect(placeholder).toBeDefined();
    const texts = paragraphs.map((p) => (p.index === placeholder!.paragraph ? { ...p, text: `${p.text}（改）` } : p));
    const kept = arrangeKeeping(analysis.findings, strings, first, paragraphs, texts);
    const rule = rules(kept).find((r) => r.rule === "placeholder-left")!;
    expect(rules(first)).not.toContain(rule);
    expect(JSON.stringify(kept)).toBe(JSON.stringify(arrange(analysis.findings, strings)));
  });
});
