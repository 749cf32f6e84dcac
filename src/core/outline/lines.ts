/**
 * Per-paragraph facts the outline reader works from, computed once: the leading
 * number, the heading sentence, and what makes a line look like a heading
 * (short, a sentence of its own, a heading style) or like body text.
 */
import type { NumberMarker, Paragraph } from "../model";
import { memoized } from "../memoSeam";
import { FAMILY_RANK, decimalLeadMarker, parseLeadingMarker } from "../numbering";

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

/** Per UTF-16 unit: 1 opens a quote or bracket, 2 closes one, 3 ends a sentence (。！？!?：:). */
const SENTENCE_CLASS = new Uint8Array(65536);
for (const ch of "“‘（(《【〔「『") SENTENCE_CLASS[ch.charCodeAt(0)] = 1;
for (const ch of "”’）)》】〕」』") SENTENCE_CLASS[ch.charCodeAt(0)] = 2;
for (const ch of "。！？!?：:") SENTENCE_CLASS[ch.charCodeAt(0)] = 3;

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The end of the first sentence of `text` from `from`: just after the first 。！？
 * (or ： / :) that is not inside quotes or brackets; the text's end when none.
 */
export function firstSentenceEnd(text: string, from = 0): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const cls = SENTENCE_CLASS[c];
    if (cls === 0) continue;
    if (cls === 1) depth++;
    else if (cls === 2) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      // "1:30" or "9:00" are times, not a colon ending a heading.
      if ((c === 0x3a || c === 0xff1a) && isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1))) continue;
      return i + 1;
    }
  }
  return text.length;
}

/** Whether a UTF-16 unit is white space as a regular expression's \s sees it (U+3000 and U+FEFF included). */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Per UTF-16 unit: the punctuation a heading's words do not end with (。！？!?：:). */
const HEADING_END = new Uint8Array(65536);
for (const ch of "。！？!?：:") HEADING_END[ch.charCodeAt(0)] = 1;

/** White space as isWhiteSpaceCode sees it (the same set as \\s), one unit at a time. */
const WHITE_SPACE = /\s/g;

export function toLine(paragraph: Paragraph): Line {
  const text = paragraph.text ?? "";
  const marker = parseLeadingMarker(text, paragraph.autoNumber);
  if (marker || !paragraph.autoNumber) return lineWith(paragraph, marker);
  // Word's own number before text that starts with a figure (2. + 12个…): the number is Word's.
  const decimal = decimalLeadMarker(text);
  const own = decimal && decimal.offset + decimal.length <= paragraph.autoNumber.length ? { ...decimal, auto: true } : null;
  return lineWith(paragraph, own);
}

/** A line of `paragraph` with `marker` as its leading number. */
function lineWith(paragraph: Paragraph, marker: NumberMarker | null): Line {
  const text = paragraph.text ?? "";
  const n = text.length;
  // Leading and trailing white space (as \s sees it), found without building strings.
  let lead = 0;
  while (lead < n && isWhiteSpaceCode(text.charCodeAt(lead))) lead++;
  let end = n;
  while (end > lead && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
  const trimmed = lead === 0 && end === n ? text : text.slice(lead, end);
  const wordsFrom = marker ? marker.offset + marker.length : lead;
  const sentenceEnd = firstSentenceEnd(text, wordsFrom);
  // The heading sentence without leading spaces and without its final punctuation and spaces.
  let wordsStart = wordsFrom;
  while (wordsStart < sentenceEnd && isWhiteSpaceCode(text.charCodeAt(wordsStart))) wordsStart++;
  let wordsEnd = sentenceEnd;
  while (wordsEnd > wordsStart) {
    const c = text.charCodeAt(wordsEnd - 1);
    if (HEADING_END[c] === 0 && !isWhiteSpaceCode(c)) break;
    wordsEnd--;
  }
  const headingWords = text.slice(wordsStart, wordsEnd);
  // Characters after the sentence less its white space, counted by a native search (most lines hold none).
  let restLength = n - sentenceEnd;
  if (restLength > 0) {
    WHITE_SPACE.lastIndex = sentenceEnd;
    while (WHITE_SPACE.test(text)) restLength--;
  }
  return { index: paragraph.index, text, trimmed, lead, empty: trimmed.length === 0, marker, headingWords, restLength, paragraph };
}

/**
 * toLine, kept by the paragraph's text and automatic number (all it reads) for the next
 * reading of the document (../memo.ts), and given this paragraph's index.
 */
function lineOf(p: Paragraph): Line {
  const l = memoized("outline.line", p.autoNumber === undefined ? (p.text ?? "") : `${p.text ?? ""}\u0000${p.autoNumber}`, () => toLine(p));
  if (l.paragraph === p) return l;
  // Object.assign, not `{ ...l }`: the pages' build lowers object spread for EdgeHTML 18 to a
  // helper some ten times slower, and after 插入 every later line is given its new index.
  const out = Object.assign({}, l);
  out.index = p.index;
  out.paragraph = p;
  return out;
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

/** The previous (step −1) or next (+1) `N.` number from line k, up to a line of an outer level. */
function neighbourArabic(lines: readonly Line[], k: number, step: 1 | -1): number | null {
  for (let j = k + step; j >= 0 && j < lines.length; j += step) {
    const m = lines[j]!.marker;
    if (!m) continue;
    if (m.family === "arabic" && m.form === "N.") return m.value;
    if (FAMILY_RANK[m.family] < FAMILY_RANK.arabic) return null;
  }
  return null;
}

/**
 * The lines of a document. A paragraph starting `1.11月底前完成…` or `2.12个支部…` reads as
 * a decimal on its own; it is the number `N.` followed by text where the document's `N.`
 * numbers run through it: the one before is N − 1, or it is 1 and the next is 2.
 * A decimal in prose (增长1.5%) never starts a paragraph between such numbers.
 */
export function documentLines(paragraphs: readonly Paragraph[]): Line[] {
  const lines = paragraphs.map(lineOf);
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.marker || l.paragraph.autoNumber) continue;
    const marker = decimalLeadMarker(l.text);
    if (!marker) continue;
    const before = neighbourArabic(lines, k, -1);
    // A 1 opens a list (the next is 2), after none or after a finished one (groups restart),
    // never right after another 1.
    const fits = marker.value === 1 ? before !== 1 && neighbourArabic(lines, k, 1) === 2 : before === marker.value - 1;
    if (fits) lines[k] = lineWith(l.paragraph, marker);
  }
  return lines;
}

/**
 * A table's header row pasted as text: three or more cells apart by tabs, each a short label
 * (序号	问题	整改措施	责任人	完成时限). It heads the rows under it; it is no item of its own.
 */
export function isTableHeaderRow(text: string): boolean {
  const cells = text.split("\t").map((c) => c.trim()).filter(Boolean);
  return cells.length >= 3 && cells.every((c) => c.length <= 8 && !/[。，；,;：:]/.test(c)) && cells.some((c) => /序号|问题|措施|责任|时限|时间|单位|目标/.test(c));
}
