/**
 * term-noncanonical: canonical political formulations written wrongly. Known wrong
 * forms (errors, fixed to the canonical text), non-preferred forms (hints), and
 * one-character near misses of canonical formulations (see terms/nearMiss.ts).
 */
import { quoted } from "./messages";
import type { Rule } from "./types";
import { editableStart, LiteralMatcher, selectNonOverlapping, type LiteralHit } from "./text";
import { termDictionary, type TermForm } from "../terms/dictionary";
import { prepareScan, scanParagraph } from "../terms/scan";
import { documentYearOf } from "../profiles/detect";
import type { DocumentStructure } from "../model";

/** The preface's text (the paragraphs between the title and the first numbered section), for the document's year. */
function prefaceText(doc: DocumentStructure): string {
  const preface = doc.sections.find((s) => s.kind === "preface");
  if (!preface) return doc.paragraphs.slice(0, 4).map((p) => p.text).join("\n");
  return doc.paragraphs.slice(preface.start, preface.end + 1).map((p) => p.text).join("\n");
}

/** Correct phrases: a form inside one of them is no slip. The forms and near misses come from the shared scan (terms/scan.ts). */
let correctPhrases: LiteralMatcher<null> | null = null;

function getCorrect(): LiteralMatcher<null> {
  return (correctPhrases ??= new LiteralMatcher(termDictionary().correct.map((text) => ({ text, value: null }))));
}

function formMessage(form: TermForm, found: string): string {
  const note = form.note ?? form.entry.note;
  const tail = note ? `（${note}）` : "";
  if (form.kind === "wrong") {
    return form.fix !== null
      ? `提法有误：${quoted(found)}应为${quoted(form.fix)}${tail}`
      : `提法不规范：${quoted(found)}，规范提法为${quoted(form.entry.canonical)}${tail}`;
  }
  if (form.reordered) return `表述顺序有误：${quoted(found)}${tail}`;
  return form.fix !== null
    ? `建议使用规范提法：${quoted(found)}改为${quoted(form.fix)}${tail}`
    : `${quoted(found)}不是现行规范提法${tail}`;
}

const rule: Rule = {
  id: "term-noncanonical",
  meta: {
    unit: "paragraph",
    severity: "error",
    fixable: true,
    description: {
      zh: "规范提法：重要论述、会议、制度和法规名称须按中央文件的规范表述书写，不得错字、漏字、颠倒或误用搭配；非首选的简称、旧称和语序给出提示。",
      en: "Canonical formulations: political terms, meeting, system and regulation names must be written exactly as in central documents; abbreviated, outdated or reordered forms get a hint.",
    },
    examples: {
      correct: "坚持以习近平新时代中国特色社会主义思想为指导，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
      incorrect: "坚持以习近平新世代中国特色社会主义思想为指导，增强“四个自信”。",
    },
  },
  prepare() {
    getCorrect();
    prepareScan();
  },
  unitContext: (doc) => String(documentYearOf(doc.title?.text ?? "", prefaceText(doc))),
  create(context) {
    const correctMatcher = getCorrect();
    const hints = context.options.hints !== false;
    // Some forms were right until a given year (决胜全面建成小康社会 in a 2020 material).
    const year = documentYearOf(context.doc.title?.text ?? "", prefaceText(context.doc));
    const outOfDate = (form: TermForm) => form.fromYear === undefined || year === null || year >= form.fromYear;
    // Indexed: a for-of loop calls the array iterator for each paragraph in code V8 has not optimised yet.
    const paragraphs = context.paragraphs;
    for (let k = 0, n = paragraphs.length; k < n; k++) {
      const p = paragraphs[k]!;
      const text = p.text;
      const from = editableStart(p);
      if (text.length - from < 2) continue;
      // Correct phrases are looked for only where some form was found (most paragraphs have none).
      let correct: LiteralHit<null>[] | null = null;
      const inCorrect = (h: { start: number; end: number }) =>
        (correct ??= correctMatcher.findAll(text, from)).some((c) => c.start <= h.start && h.end <= c.end && c.end - c.start > h.end - h.start);
      const scan = scanParagraph(text, from);
      const nearMisses = scan.nearMisses;
      // A hint inside a near miss is a symptom of the slip (中国共产党纪处分条例 contains 党纪处分条例): the near miss speaks.
      const insideNearMiss = (h: LiteralHit<TermForm>) =>
        h.value.kind === "nonpreferred" &&
        nearMisses.some((n) => n.start <= h.start && h.end <= n.end && n.end - n.start > h.end - h.start);
      const formHits: LiteralHit<TermForm>[] = selectNonOverlapping(
        scan.forms.filter((h) => !inCorrect(h) && !insideNearMiss(h) && outOfDate(h.value)),
      );
      for (const h of formHits) {
        const form = h.value;
        if (form.kind === "nonpreferred" && !hints) continue;
        const found = text.slice(h.start, h.end);
        context.report({
          paragraph: p.index,
          start: h.start,
          end: h.end,
          severity: form.severity,
          message: formMessage(form, found),
          data: {
            kind: form.kind,
            entry: form.entry.id,
            canonical: form.entry.canonical,
            found,
            ...(form.fix !== null ? { suggestion: form.fix } : {}),
          },
          fix:
            form.fix !== null
              ? { paragraph: p.index, start: h.start, end: h.end, expected: found, replacement: form.fix }
              : undefined,
        });
      }
      for (const h of nearMisses) {
        if (formHits.some((f) => f.start < h.end && h.start < f.end)) continue;
        const found = text.slice(h.start, h.end);
        context.report({
          paragraph: p.index,
          start: h.start,
          end: h.end,
          severity: h.severity,
          message: `疑似提法笔误：${quoted(found)}应为${quoted(h.pattern.text)}`,
          data: { kind: "near-miss", entry: h.pattern.id, canonical: h.pattern.text, found, edit: h.edit, suggestion: h.pattern.text },
          fix: { paragraph: p.index, start: h.start, end: h.end, expected: found, replacement: h.pattern.text },
        });
      }
    }
  },
};

export default rule;
