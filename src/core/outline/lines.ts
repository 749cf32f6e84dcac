/**
 * Per-paragraph facts the outline reader works from, computed once: the leading
 * number, the heading sentence, and what makes a line look like a heading
 * (short, a sentence of its own, a heading style) or like body text.
 */
import type { NumberMarker, Paragraph } from "../model";
import { LEADING_SPACE, parseLeadingMarker } from "../numbering";

export interface Line {
  index: number;
  text: string;
  /** Text without leading and trailing spaces. */
  trimmed: string;
  /** Offset of `trimmed` in `text`. */
  lead: number;
  empty: boolean;
  marker: NumberMarker | null;
  /** The heading sentence without the marker: up to the first 。！？ or ：. */
  headingWords: string;
  /** Characters after the heading sentence (a fused heading has body text there). */
  restLength: number;
  paragraph: Paragraph;
}

const OPENERS = "“‘（(《【〔「『";
const CLOSERS = "”’）)》】〕」』";

/**
 * The end of the first sentence of `text` from `from`: just after the first 。！？
 * (or ： / :) that is not inside quotes or brackets; the text's end when none.
 */
export function firstSentenceEnd(text: string, from = 0): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && "。！？!?：:".includes(ch)) {
      // "1:30" or "9:00" are times, not a colon ending a heading.
      if ((ch === ":" || ch === "：") && /[0-9]/.test(text[i - 1] ?? "") && /[0-9]/.test(text[i + 1] ?? "")) continue;
      return i + 1;
    }
  }
  return text.length;
}

export function toLine(paragraph: Paragraph): Line {
  const text = paragraph.text ?? "";
  const lead = LEADING_SPACE.exec(text)?.[0].length ?? 0;
  const trimmed = text.slice(lead).replace(/[\s\u3000]+$/, "");
  const marker = parseLeadingMarker(text, paragraph.autoNumber);
  const wordsFrom = marker ? marker.offset + marker.length : lead;
  const sentenceEnd = firstSentenceEnd(text, wordsFrom);
  const headingWords = text
    .slice(wordsFrom, sentenceEnd)
    .replace(/^[\s\u3000]+/, "")
    .replace(/[。！？!?：:\s\u3000]+$/, "");
  const restLength = text.slice(sentenceEnd).replace(/[\s\u3000]+/g, "").length;
  return { index: paragraph.index, text, trimmed, lead, empty: trimmed.length === 0, marker, headingWords, restLength, paragraph };
}

/** The heading level of a paragraph's style or outline level (1–9), or null for body text. */
export function headingStyleLevel(p: Paragraph): number | null {
  if (p.outlineLevel !== undefined && p.outlineLevel >= 1 && p.outlineLevel <= 9) return p.outlineLevel;
  const m = /^Heading([1-9])$/.exec(p.builtInStyle ?? "");
  return m ? Number(m[1]) : null;
}

/** A paragraph in a heading style (outline level 1..maxLevel, or Heading1..). */
export function isHeadingStyled(p: Paragraph, maxLevel = 2): boolean {
  if (p.outlineLevel !== undefined && p.outlineLevel >= 1 && p.outlineLevel <= maxLevel) return true;
  const m = /^Heading([1-9])$/.exec(p.builtInStyle ?? "");
  return !!m && Number(m[1]) <= maxLevel;
}

/** The words of an unnumbered line as a heading: without final punctuation. */
export function bareWords(l: Line): string {
  return l.trimmed.replace(/[。：:；;\s\u3000]+$/, "");
}

/**
 * A line that could head something: one short sentence (or a short heading
 * sentence fused with its body), not a paragraph of prose.
 */
export function isShortSentence(l: Line, max: number): boolean {
  if (l.empty) return false;
  const words = bareWords(l);
  if (words.length > max) return false;
  // More than one sentence is prose.
  return !/[。！？!?]./.test(words);
}
