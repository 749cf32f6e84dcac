/**
 * punct-space: stray spaces in Chinese text — inside quotes or brackets (“ 四个自信”),
 * between two Chinese characters or marks mid-paragraph, after a number marker;
 * and, as a hint, between a number and a Chinese character (2025 年度, typical of
 * text that went through PDF). Indentation at the paragraph's start, trailing
 * spaces, tabs and spaces beside Latin words are left alone. The fix removes the space.
 */
import type { Severity } from "../findings";
import type { Rule } from "./types";
import {
  editableStart,
  isChinese,
  isCjkClosing,
  isCjkOpening,
  isDigit,
  isHan,
  isSpace,
  leadingSpaceEnd,
  markerLengthAt,
} from "./text";

type SpaceKind = "inside-quotes" | "between-chinese" | "after-marker" | "number-chinese";

interface Hit {
  start: number;
  end: number;
  kind: SpaceKind;
  severity: Severity;
}

const MESSAGES: Record<SpaceKind, string> = {
  "inside-quotes": "引号或括号内侧有多余空格",
  "between-chinese": "中文字符之间有多余空格",
  "after-marker": "序号后有多余空格",
  "number-chinese": "数字与汉字之间有空格（常见于从PDF转换的文本）",
};

/** A space the rule considers (tabs align columns on purpose). */
const isStraySpace = (ch: string | undefined) => ch !== "\t" && isSpace(ch);

/** Whether the gap [start, end) sits among single characters set apart by spaces: 中 国 名 牌. */
function letterSpaced(text: string, start: number, end: number): boolean {
  const single = (k: number) => isHan(text[k]) && (k === 0 || isStraySpace(text[k - 1]) || !isHan(text[k - 1])) && !isHan(text[k + 1]);
  // The characters on both sides stand alone, and so does the one beyond one of them.
  if (!single(start - 1) || !single(end)) return false;
  let k = end + 1;
  while (isStraySpace(text[k])) k++;
  let b = start - 2;
  while (b >= 0 && isStraySpace(text[b])) b--;
  return (k > end + 1 && single(k)) || (b < start - 2 && b >= 0 && single(b));
}

/**
 * Whether the number at `at` (walking in direction `step`) stands in Chinese text:
 * beyond its digits comes a Chinese character, a Chinese mark, a space or the
 * paragraph's edge — not a Latin word (GB/T 9704 标准 is a code, not 2025 年度).
 */
function numberInChinese(text: string, at: number, step: 1 | -1): boolean {
  let k = at;
  while (k >= 0 && k < text.length && (isDigit(text[k]) || text[k] === "." || text[k] === ",")) k += step;
  const beyond = text[k];
  return beyond === undefined || isChinese(beyond) || (isSpace(beyond) && step === 1);
}

/** The spaces isStraySpace accepts (a regular expression: the engine's own scan, fast from the first paragraph on). */
const STRAY_SPACE = /[ \u3000\u00a0\u2000-\u200a\u202f\u205f]/g;

function findSpaces(text: string, from: number): Hit[] {
  const indentEnd = leadingSpaceEnd(text, from);
  // Most paragraphs hold no space after their indentation: nothing to look at.
  STRAY_SPACE.lastIndex = indentEnd;
  if (!STRAY_SPACE.test(text)) return [];
  const markerEnd = indentEnd + markerLengthAt(text, indentEnd);
  const trimmed = text.trim();
  // Short lines (a signature 王  伟, a spaced title 目  录) space characters on purpose: hint only.
  const shortLine = trimmed.length <= 12;
  // An author line (（县第二中学党支部　初二年级数学教师　刘晓燕）) or a signature block separates
  // unit, post and name with ideographic spaces: the normal separator there, not a stray space.
  // (Letter-spaced single characters, 中　国　名　牌, are layout of another kind: still a hint.)
  const segments = trimmed.replace(/^[（(]|[）)]$/g, "").split(/\u3000+/);
  const authorLine =
    trimmed.length <= 60 && !/[。；，！？]/.test(trimmed) && segments.length >= 2 && segments.every((seg) => seg.length >= 2);
  const hits: Hit[] = [];
  let i = indentEnd;
  while (i < text.length) {
    // To the next space with the engine's own search (not a JavaScript loop over every character).
    STRAY_SPACE.lastIndex = i;
    const m = STRAY_SPACE.exec(text);
    if (m === null) break;
    i = m.index;
    let j = i;
    while (j < text.length && isStraySpace(text[j])) j++;
    const prev = text[i - 1];
    const next = text[j];
    const start = i;
    i = j;
    if (next === undefined || text[j] === "\t" || prev === "\t") continue; // trailing, or next to a tab
    if (isCjkOpening(prev) && isCjkClosing(next)) continue; // （   ）: a blank, placeholder-left's business
    if ((prev === "年" && next === "月") || (prev === "月" && next === "日")) continue; // 年  月  日: a date blank, likewise
    if (authorLine && /^\u3000+$/.test(text.slice(start, j)) && isChinese(prev) && isChinese(next)) continue;
    if (isCjkOpening(prev) || isCjkClosing(next)) {
      hits.push({ start, end: j, kind: "inside-quotes", severity: "warning" });
    } else if (start === markerEnd && markerEnd > indentEnd && isChinese(next)) {
      hits.push({ start, end: j, kind: "after-marker", severity: "info" });
    } else if (isChinese(prev) && isChinese(next)) {
      // One stray space is a slip; a wider gap, a short line or letter-spaced characters (中　国　名　牌)
      // are layout, or a blank left for filling in: hint only.
      const layout = shortLine || j - start >= 2 || letterSpaced(text, start, j);
      hits.push({ start, end: j, kind: "between-chinese", severity: layout ? "info" : "warning" });
    } else if ((isDigit(prev) && isHan(next) && numberInChinese(text, start - 1, -1)) || (isHan(prev) && isDigit(next) && numberInChinese(text, j, 1))) {
      hits.push({ start, end: j, kind: "number-chinese", severity: "info" });
    }
  }
  return hits;
}

const rule: Rule = {
  id: "punct-space",
  meta: {
    unit: "paragraph",
    severity: "warning",
    fixable: true,
    description: {
      zh: "中文文本中不应有多余空格：引号、括号内侧和汉字之间的空格应删除（段首缩进除外）。",
      en: "No stray spaces in Chinese text: spaces inside quotes or brackets and between Chinese characters are removed (indentation excepted).",
    },
    examples: {
      correct: "增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
      incorrect: "增强“四个意识”、坚定“ 四个自信”、做到“两个维护”。",
    },
  },
  create(context) {
    // Indexed: a for-of loop calls the array iterator for each paragraph in code V8 has not optimised yet.
    const paragraphs = context.paragraphs;
    for (let k = 0, n = paragraphs.length; k < n; k++) {
      const p = paragraphs[k]!;
      const from = editableStart(p);
      const found = findSpaces(p.text, from);
      for (let j = 0; j < found.length; j++) {
        const h = found[j]!;
        const expected = p.text.slice(h.start, h.end);
        context.report({
          paragraph: p.index,
          start: h.start,
          end: h.end,
          severity: h.severity,
          message: MESSAGES[h.kind],
          data: { kind: h.kind },
          fix: { paragraph: p.index, start: h.start, end: h.end, expected, replacement: "" },
        });
      }
    }
  },
};

export default rule;
