/**
 * The plan shown is the plan done: for every part the planner offers on the corpus
 * with a section or item removed, the preview's place, paragraphs and shifted numbers
 * are exactly what applying the plan gives; a 修正 preview lists each change once and
 * only the changes core will make.
 */
import { analyze } from "../../../src/core/analyze";
import { applyPlanToTexts } from "../../../src/core/insert/apply";
import { planInsertion } from "../../../src/core/insert/planner";
import { countPlaceholders, previewFixes, previewPlan } from "../../../src/core/insert/preview";
import { paragraphsFromText } from "../../../src/host/text";
import { corpusDocuments } from "../../helpers/corpus";
import { withoutSection } from "../../helpers/removal";

const cases = corpusDocuments().flatMap((doc) =>
  ["problems", "causes", "measures"].map((kind) => ({ name: `${doc.name} without ${kind}`, texts: withoutSection(doc, paragraphsFromText(doc.text).map((p) => p.text), kind, { renumber: true }) })),
);

test.each(cases.map((c) => [c.name, c] as const))("%s: every offered insertion's preview is what applying it does", (_name, c) => {
  const paragraphs = paragraphsFromText(c.texts.join("\n"));
  const analysis = analyze(paragraphs, { hostKind: "text" });
  expect(analysis.insertions.length).toBeGreaterThan(0);
  for (const { request } of analysis.insertions) {
    const plan = planInsertion(analysis.doc, request)!;
    const preview = previewPlan(paragraphs, plan);
    const applied = applyPlanToTexts(c.texts, plan);
    expect(preview.at).toBe(applied.inserted[0]);
    expect(applied.texts.slice(preview.at, preview.at + preview.paragraphs.length)).toEqual(preview.paragraphs);
    const changed = c.texts.flatMap((t, i) => (applied.texts[applied.moved[i]!] !== t ? [{ paragraph: i, before: t, after: applied.texts[applied.moved[i]!] }] : []));
    expect(preview.renumbers).toEqual(changed);
    expect(preview.placeholders).toBe(countPlaceholders(preview.paragraphs));
    expect(preview.size).toBe(preview.paragraphs.length + preview.renumbers.length);
  }
});

test("a 修正 preview shows each change once, before → after, and leaves out what core will not apply", () => {
  const paragraphs = paragraphsFromText(["一是学习不够,二是调研偏少,三是作风不实。", "批评与自我批评不经常。"].join("\n"));
  const fix = (paragraph: number, start: number, expected: string, replacement: string) => ({ paragraph, start, end: start + expected.length, expected, replacement });
  const preview = previewFixes(paragraphs, [fix(0, 6, ",", "，"), fix(0, 6, ",", "，"), fix(0, 13, ",", "，"), fix(1, 0, "批评与自我批评", "批评和自我批评"), fix(1, 0, "不是这样", "x")]);
  expect(preview.changes.map((c) => [c.paragraph, c.expected, c.replacement])).toEqual([
    [0, ",", "，"],
    [0, ",", "，"],
    [1, "批评与自我批评", "批评和自我批评"],
  ]);
  expect(preview.rejected).toBe(2);
  expect(preview.paragraphs).toEqual([
    { paragraph: 0, before: "一是学习不够,二是调研偏少,三是作风不实。", after: "一是学习不够，二是调研偏少，三是作风不实。" },
    { paragraph: 1, before: "批评与自我批评不经常。", after: "批评和自我批评不经常。" },
  ]);
  expect(preview.changes[2]).toMatchObject({ before: "批评与自我批评不经常。", after: "批评和自我批评不经常。" });
});
