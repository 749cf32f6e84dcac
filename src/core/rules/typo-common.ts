/**
 * typo-common: common miswritings from a small, high-precision list
 * (src/core/terms/typos.json): 改/该 in 该……的不……, 作/做 in fixed phrases, 的/地/得
 * in fixed patterns, 截至/截止, 必须/必需, 既/即, misspelt idioms, doubled punctuation (，，).
 * Every hit has a fix.
 * Slips inside canonical formulations (清正廉洁作表率) belong to term-noncanonical.
 */
import { quoted } from "./messages";
import type { Severity } from "../findings";
import type { Rule } from "./types";
import { editableStart, selectNonOverlapping } from "./text";
import { prepareScan, scanParagraph, type TypoLiteral } from "../terms/scan";
import typoData from "../terms/typos.json";

interface TypoPattern {
  id: string;
  regex: string;
  group: number;
  replacement: string;
  severity?: Severity;
  note?: string;
  /** Opening words of the message (default 疑似别字). */
  label?: string;
  notPrecededBy?: string[];
  /** Matches (from the same place on) wherever `regex` does: most paragraphs are passed over with this cheap search. */
  guard?: string;
}

interface TypoData {
  literal: TypoLiteral[];
  patterns: TypoPattern[];
}

interface Hit {
  /** The range the fix replaces. */
  start: number;
  end: number;
  replacement: string;
  /** The range shown in the message (the whole phrase). */
  contextStart: number;
  contextEnd: number;
  severity: Severity;
  note?: string;
  label?: string;
  source: string;
}

/** The patterns; the literals are found by the shared scan (terms/scan.ts). */
interface Compiled {
  patterns: { spec: TypoPattern; re: RegExp; guard: RegExp | null }[];
}

let compiled: Compiled | null = null;

function getCompiled(): Compiled {
  if (compiled) return compiled;
  const data = typoData as TypoData;
  compiled = {
    patterns: data.patterns.map((spec) => ({ spec, re: new RegExp(spec.regex, "dgu"), guard: spec.guard ? new RegExp(spec.guard, "g") : null })),
  };
  return compiled;
}

/** All typo hits in a paragraph's text from `from` on, non-overlapping. */
export function findTypos(text: string, from = 0): Hit[] {
  const c = getCompiled();
  const hits: Hit[] = [];
  // Indexed loops: for-of calls the array iterator, in code V8 has not optimised yet, even over nothing.
  const literalHits = scanParagraph(text, from).typos;
  for (let k = 0; k < literalHits.length; k++) {
    const h = literalHits[k]!;
    hits.push({
      start: h.start,
      end: h.end,
      replacement: h.value.right,
      contextStart: h.start,
      contextEnd: h.end,
      severity: h.value.severity ?? "error",
      note: h.value.note,
      source: h.value.wrong,
    });
  }
  const patterns = c.patterns;
  for (let k = 0; k < patterns.length; k++) {
    const { spec, re, guard } = patterns[k]!;
    if (guard !== null) {
      guard.lastIndex = from;
      if (!guard.test(text)) continue;
    }
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const span = m.indices?.[spec.group];
      const at = m.index;
      const excluded = spec.notPrecededBy?.some((g) => text.endsWith(g, at)) ?? false;
      if (span && span[0] >= from && !excluded) {
        hits.push({
          start: span[0],
          end: span[1],
          replacement: spec.replacement,
          contextStart: m.index,
          contextEnd: m.index + m[0].length,
          severity: spec.severity ?? "error",
          note: spec.note,
          label: spec.label,
          source: spec.id,
        });
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return selectNonOverlapping(hits);
}

const rule: Rule = {
  id: "typo-common",
  meta: {
    unit: "paragraph",
    severity: "error",
    fixable: true,
    description: {
      zh: "常见别字：如“该批评的不批评”误作“改批评的不批评”，“融会贯通”误作“融汇贯通”，“截至”误作“截止”，“作/做”“的/地/得”在固定搭配中的误用，以及重复的标点。",
      en: "Common miswritings: 改 for 该 in 该……的不……, misspelt set phrases, 截止 for 截至, 作/做 and 的/地/得 in fixed patterns, doubled punctuation.",
    },
    examples: {
      correct: "对一些干部的苗头性问题，该提醒的及时提醒、该批评的严肃批评，做到融会贯通。",
      incorrect: "对一些干部的苗头性问题，该提醒的不提醒、改批评的不批评。",
    },
  },
  prepare() {
    getCompiled();
    prepareScan();
  },
  create(context) {
    // Indexed: a for-of loop calls the array iterator for each paragraph in code V8 has not optimised yet.
    const paragraphs = context.paragraphs;
    for (let k = 0, n = paragraphs.length; k < n; k++) {
      const p = paragraphs[k]!;
      const text = p.text;
      const found = findTypos(text, editableStart(p));
      for (let j = 0; j < found.length; j++) {
        const h = found[j]!;
        const phrase = text.slice(h.contextStart, h.contextEnd);
        const fixed =
          text.slice(h.contextStart, h.start) + h.replacement + text.slice(h.end, h.contextEnd);
        const expected = text.slice(h.start, h.end);
        context.report({
          paragraph: p.index,
          start: h.contextStart,
          end: h.contextEnd,
          severity: h.severity,
          message: `${h.label ?? "疑似别字"}：${quoted(phrase)}应为${quoted(fixed)}${h.note ? `（${h.note}）` : ""}`,
          data: { found: phrase, suggestion: fixed, source: h.source },
          fix: { paragraph: p.index, start: h.start, end: h.end, expected, replacement: h.replacement },
        });
      }
    }
  },
};

export default rule;
