/**
 * Every registered rule's meta examples hold. The document is built by the full
 * analysis (profile detection, aspects, pairing), as the check builds it, so the
 * structural rules' examples are judged as they would be in use.
 */
import { analyzeDocument } from "../../../src/core/analyze";
import { ALL_RULES } from "../../../src/core/rules/index";
import type { Rule } from "../../../src/core/rules/types";
import { checkExamples, toParagraphs, type DocumentInput } from "./ruleTester";

const fullDocument = (input: DocumentInput | string) => analyzeDocument(toParagraphs(input), { hostKind: "text" });

/**
 * Rules whose incorrect example cannot be shown in plain text: they need fonts (a .docx),
 * or other files of a run. Their examples write these as annotations (〔三号 黑体〕,
 * 〔同批另一份材料〕), which their own tests read (format-gbt9704.test.ts, copied-passage.test.ts).
 */
const NOT_IN_PLAIN_TEXT = new Set(["format-gbt9704", "copied-passage"]);

/**
 * Known wrong examples, reported to the rule's owner. `it.failing` turns red once the
 * example is fixed — then move the rule out of this set.
 */
const EXAMPLE_TO_FIX = new Set<string>([]);

const demonstrable = ALL_RULES.filter((r) => !NOT_IN_PLAIN_TEXT.has(r.id));

describe.each(demonstrable.map((r) => [r.id, r] as const))("%s", (id, rule: Rule) => {
  const test = EXAMPLE_TO_FIX.has(id) ? it.failing : it;
  test("correct example is clean, incorrect example is flagged", () => checkExamples(rule, fullDocument));
});

describe("rules that need more than plain text", () => {
  it.each(ALL_RULES.filter((r) => NOT_IN_PLAIN_TEXT.has(r.id)).map((r) => [r.id, r] as const))("%s: correct example is clean", (_id, rule) => {
    expect(ALL_RULES.map((r) => r.id)).toContain(rule.id);
    const doc = fullDocument(rule.meta.examples.correct);
    const found: string[] = [];
    rule.create({ doc, paragraphs: doc.paragraphs, options: {}, others: [], report: (d) => found.push(d.message) });
    expect(found).toEqual([]);
  });
});
