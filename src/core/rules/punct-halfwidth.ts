/**
 * punct-halfwidth: half-width , ; : ? ! . ( ) inside Chinese text (GB/T 15834
 * uses full-width marks there): 纪律建设,大兴 → 纪律建设，大兴. Numbers (1,000,
 * 9:30, 3.5), Latin text, URLs and the numbering at a paragraph's start (the
 * numbering rules judge "(四)") are left alone.
 */
import type { Rule } from "./types";
import { HAN } from "../text/chars";
import {
  editableStart,
  isCjkClosing,
  isCjkOpening,
  isDigit,
  isHan,
  isLatinOrDigit,
  isSpace,
  leadingSpaceEnd,
  markerLengthAt,
  CN_NUMERALS,
} from "./text";

/** Half-width mark → its full-width form. */
const FULL = new Map<string, string>([
  [",", "，"],
  [";", "；"],
  [":", "："],
  ["?", "？"],
  ["!", "！"],
  [".", "。"],
  ["(", "（"],
  [")", "）"],
]);

const MARKER_CONTENT = new RegExp(`^[${CN_NUMERALS}]{1,3}$`);

const isLetter = (ch: string | undefined) => isLatinOrDigit(ch) && !isDigit(ch);

/** Chinese on the left: a Han character or a closing Chinese mark. */
const chineseLeft = (ch: string | undefined) => isHan(ch) || isCjkClosing(ch);
/** Chinese (or nothing) on the right. */
const chineseRight = (text: string, i: number) => {
  const ch = text[i];
  if (ch === undefined) return true;
  if (isHan(ch) || isCjkOpening(ch)) return true;
  if (isSpace(ch)) return isHan(text[i + 1]) || text[i + 1] === undefined;
  return false;
};

interface Hit {
  index: number;
  ch: string;
}

/** Content of a half-width bracket pair that is a list marker or Latin: (1) (四) (a) (GDP). */
function isMarkerOrLatin(content: string): boolean {
  return /^[\s\dA-Za-z]*$/.test(content) || MARKER_CONTENT.test(content);
}

/** The marks of FULL, as a regular expression: most paragraphs hold none after their number. Keep in step with FULL. */
const ANY_HALF = /[,;:?!.()]/g;

function findHalfwidth(text: string, from: number): Hit[] {
  const indentEnd = leadingSpaceEnd(text, from);
  const bodyStart = indentEnd + markerLengthAt(text, indentEnd);
  ANY_HALF.lastIndex = bodyStart;
  if (!ANY_HALF.test(text)) return [];
  const hits: Hit[] = [];
  const pairedClose = new Set<number>();
  // From one half-width mark to the next with the engine's own search (not a JavaScript loop over every character).
  ANY_HALF.lastIndex = bodyStart;
  for (let m = ANY_HALF.exec(text); m !== null; m = ANY_HALF.exec(text)) {
    const i = m.index;
    const ch = text.charAt(i);
    const prev = text[i - 1];
    const next = text[i + 1];
    if (ch === "(") {
      const close = text.indexOf(")", i + 1);
      const nextOpen = text.indexOf("(", i + 1);
      const paired = close >= 0 && close - i <= 60 && (nextOpen < 0 || nextOpen > close);
      const content = paired ? text.slice(i + 1, close) : "";
      if (paired) {
        if (isMarkerOrLatin(content)) {
          pairedClose.add(close); // leave the whole pair to the numbering rules / Latin text
          continue;
        }
        if (HAN.test(content)) {
          hits.push({ index: i, ch }, { index: close, ch: ")" });
          pairedClose.add(close);
        } else {
          pairedClose.add(close);
        }
      } else if (isHan(next) && (chineseLeft(prev) || prev === undefined || isSpace(prev))) {
        hits.push({ index: i, ch });
      }
      continue;
    }
    if (ch === ")") {
      if (pairedClose.has(i)) continue;
      if (chineseLeft(prev) && chineseRight(text, i + 1)) hits.push({ index: i, ch });
      continue;
    }
    if (ch === ".") {
      // Only a sentence-final stop after Chinese; not 3.5, not www.x.cn, not an ellipsis "...".
      if (text[i - 1] === "." || next === ".") continue;
      if (!isHan(prev)) continue;
      // 二.加强… inside a paragraph is a number, not a full stop (numbering-format's business).
      if (prev !== undefined && CN_NUMERALS.includes(prev) && !isHan(text[i - 2])) continue;
      if (chineseRight(text, i + 1) || isDigit(next)) hits.push({ index: i, ch });
      continue;
    }
    // , ; : ? !
    if (chineseLeft(prev) && !isLetter(next) && !(isSpace(next) && isLatinOrDigit(text[i + 2]))) {
      // "…中文,English" and URLs after a colon stay; digits after are still Chinese context (会议强调,2025年).
      if (ch === ":" && text.startsWith("//", i + 1)) continue;
      hits.push({ index: i, ch });
      continue;
    }
    // 共5,其中 / 98%,较 — a number closes the clause, Chinese follows.
    if ((isDigit(prev) || prev === "%") && isHan(next) && ch !== ":") {
      hits.push({ index: i, ch });
    }
  }
  return hits;
}

const rule: Rule = {
  id: "punct-halfwidth",
  meta: {
    unit: "paragraph",
    severity: "warning",
    fixable: true,
    description: {
      zh: "中文文本中应使用全角标点（GB/T 15834）：逗号、分号、冒号、问号、叹号、句号和括号不应使用半角形式。",
      en: "Chinese text takes full-width punctuation (GB/T 15834): no half-width comma, semicolon, colon, question mark, exclamation mark, full stop or brackets.",
    },
    examples: {
      correct: "强化纪律建设，大兴务实之风。",
      incorrect: "强化纪律建设,大兴务实之风。",
    },
  },
  create(context) {
    // Indexed: a for-of loop calls the array iterator for each paragraph in code V8 has not optimised yet.
    const paragraphs = context.paragraphs;
    for (let k = 0, n = paragraphs.length; k < n; k++) {
      const p = paragraphs[k]!;
      const from = editableStart(p);
      const found = findHalfwidth(p.text, from);
      for (let j = 0; j < found.length; j++) {
        const h = found[j]!;
        const replacement = FULL.get(h.ch);
        if (replacement === undefined) continue; // every mark the scan reports has one
        context.report({
          paragraph: p.index,
          start: h.index,
          end: h.index + 1,
          message: `中文中使用了半角标点“${h.ch}”，应为全角“${replacement}”`,
          data: { char: h.ch, replacement },
          fix: { paragraph: p.index, start: h.index, end: h.index + 1, expected: h.ch, replacement },
        });
      }
    }
  },
};

export default rule;
