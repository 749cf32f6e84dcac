/**
 * placeholder-left: template text or blanks not filled in — 【…】 (the add-in's
 * own templates always put their placeholders in 【】), XX/××/xx, single x in
 * 市x局 / x人, *年度 / **镇 / 〔*〕, runs of underscores, empty brackets or quotes,
 * "此处填写"-style instructions, and an ellipsis standing alone as a blank.
 * No fix: only the author can supply the words.
 *
 * The add-in's own templates (ownTemplates.ts) are not the author's errors: each
 * template still holding placeholders is reported once, as a warning at its first
 * paragraph ("插入的“原因分析”模板待填写 4 处"), not once per placeholder.
 */
import { SECTION_LABEL } from "../labels";
import { SECTION_KINDS, type SectionKind } from "../model";
import { memoized } from "../memoSeam";
import { quoted } from "./messages";
import { templateOf, type OwnTemplate } from "./ownTemplates";
import type { Severity } from "../findings";
import type { Rule } from "./types";
import {
  editableStart,
  isCjkClosing,
  isCjkOpening,
  isDigit,
  isHan,
  isHanCode,
  isLatinOrDigit,
  isSpace,
  leadingSpaceEnd,
  markerLengthAt,
  selectNonOverlapping,
  shortQuote,
} from "./text";

type PlaceholderKind = "date" | "bracket" | "letters" | "stars" | "underscore" | "empty" | "instruction" | "ellipsis";

interface Hit {
  start: number;
  end: number;
  kind: PlaceholderKind;
  severity?: Severity;
}

/** Instructions a template leaves for the author. */
const INSTRUCTIONS = ["此处填写", "在此填写", "请填写", "请在此处", "此处输入", "在此输入", "请输入", "待补充", "待完善", "待填写", "TODO"];

/** Year, month and day, at least one of them left as spaces (checked by the caller). */
const DATE_BLANK = /(\d{4}|[ \u3000]*)年[ \u3000]*?(\d{1,2}|[ \u3000]+)月(?:[ \u3000]*?(\d{1,2}|[ \u3000]+)日)?/g;
const ALL_SPACE = /^[ \u3000]+$/;

/** After a single X the character says it is a real X (X光, X射线, X型, X轴), not a blank. */
const REAL_X_NEXT = new Set("光射线型轴染");

const isX = (ch: string | undefined) => ch === "X" || ch === "x" || ch === "Ｘ" || ch === "ｘ";
const isTimes = (ch: string | undefined) => ch === "×" || ch === "✕" || ch === "╳";
const isStar = (ch: string | undefined) => ch === "*" || ch === "＊";
const isLatinLetter = (ch: string | undefined) => isLatinOrDigit(ch) && !isDigit(ch);

/** Characters that may bound a blank ellipsis: nothing, or punctuation that opens/closes a slot. */
const BLANK_LEFT = new Set("：:（(“‘《【〔「");
const BLANK_RIGHT = new Set("。．.，,、；;：:）)”’》】〕」！？!?");
/** Empty pairs that count as a blank: （） () 〔〕 [] “” 《》, and a round bracket closed by its other width. */
const EMPTY_PAIRS = new Map(Object.entries({ "（": "）", "(": ")", "〔": "〕", "[": "]", "“": "”", "《": "》" }));
const ORDINAL_LEAD = /(?:^|[。；;，,\s])(?:[一二三四五六七八九十]{1,3}是|首先|其次|再次|最后|第[一二三四五六七八九十]{1,3})$/;

/** Per UTF-16 unit: 1 where a run below may start (X, ×, *, _, an ellipsis, . or 。). Keep in step with the scan. */
const SCAN_START = new Uint8Array(65536);
for (const ch of "XxＸｘ×✕╳*＊_＿…⋯.。") SCAN_START[ch.charCodeAt(0)] = 1;

/** Where a run of the scan below can start (SCAN_START, with . and 。 only as the ellipses the scan takes them for). */
const RUN_START = /[XxＸｘ×✕╳*＊_＿…⋯]|\.\.\.|。。。/g;

/**
 * Whatever any placeholder below needs to stand in the text: 【, an empty pair, an
 * instruction, 年 or 月 followed by a blank, or where a run starts. Most paragraphs have none:
 * one native search, then nothing else is looked at. Keep in step with the searches below.
 */
const ANY_PLACEHOLDER = new RegExp(
  [
    "【",
    "[（(〔\\[“《][ \u3000\u00a0]*[）)〕\\]”》]",
    ...INSTRUCTIONS,
    // A blank date (DATE_BLANK with its month or its day left as spaces), not every date:
    // 2025年3月 stands in many paragraphs.
    "年[ \u3000]+月",
    "月[ \u3000]+日",
    RUN_START.source,
  ].join("|"),
  "g",
);

/** Words that ask for something to be written in: a 【】 holding one is a blank, wherever it stands. */
const ASKS_FOR = /填|请|此处|输入|示例|例如|姓名|名称|单位|时间|日期|次数|数字|内容|具体|待|补充|[XxＸｘ×＊*]/;

/**
 * A 【】 label an author heads a line with, not a blank: a short name (2–10 characters, all
 * Han) asking for nothing, at the start of the paragraph (after its number, if any), with the
 * paragraph's own words after it (【执行攻坚】开展涉民生案件集中执行行动……), or standing alone
 * where the reader took the line for a section heading (【存在的问题】).
 */
function isBracketLabel(text: string, from: number, hit: Hit, heading: boolean): boolean {
  const indentEnd = leadingSpaceEnd(text, from);
  if (isLabelRow(text, indentEnd)) return true;
  if (hit.start !== indentEnd && hit.start !== indentEnd + markerLengthAt(text, indentEnd)) return false;
  if (!isLabelName(text.slice(hit.start + 1, hit.end - 1))) return false;
  const rest = text.slice(hit.end).trim();
  // The line's own words after it (not another bracket), or nothing on a heading's line.
  return (rest.length >= 6 && isHanCode(rest.charCodeAt(0))) || (rest.length === 0 && heading);
}

/** A short Han name asking for nothing: the words of a label, not of a blank. */
function isLabelName(name: string): boolean {
  if (name.length < 2 || name.length > 10 || ASKS_FOR.test(name)) return false;
  for (let k = 0; k < name.length; k++) if (!isHanCode(name.charCodeAt(k))) return false;
  return true;
}

/**
 * A line made only of two or more such labels with spaces between (【打印本页】　【关闭窗口】,
 * a web page's links copied with its text): links or tags, not blanks to fill in.
 */
function isLabelRow(text: string, start: number): boolean {
  let count = 0;
  let i = start;
  while (i < text.length) {
    if (text[i] !== "【") return false;
    const close = text.indexOf("】", i + 1);
    if (close < 0 || !isLabelName(text.slice(i + 1, close))) return false;
    count++;
    i = close + 1;
    while (i < text.length && (text[i] === " " || text[i] === "\u3000" || text[i] === "\t")) i++;
  }
  return count >= 2;
}

function findPlaceholders(text: string, from: number): Hit[] {
  ANY_PLACEHOLDER.lastIndex = from;
  if (!ANY_PLACEHOLDER.test(text)) return [];
  const hits: Hit[] = [];
  const indentEnd = leadingSpaceEnd(text, from);
  const bodyStart = indentEnd + markerLengthAt(text, indentEnd);

  // 【…】, including the empty 【】.
  for (const m of text.matchAll(/【[^【】\n]{0,60}】/g)) {
    if (m.index >= from) hits.push({ start: m.index, end: m.index + m[0].length, kind: "bracket" });
  }
  // Empty brackets, quotes and book-title marks (possibly holding only spaces).
  for (const m of text.matchAll(/[（(〔\[“《][ \u3000\u00a0]*[）)〕\]”》]/g)) {
    const open = m[0].charAt(0);
    const close = m[0].charAt(m[0].length - 1);
    const closesAlike = EMPTY_PAIRS.get(open) === close || ((open === "（" || open === "(") && (close === "）" || close === ")"));
    if (m.index >= from && closesAlike) hits.push({ start: m.index, end: m.index + m[0].length, kind: "empty" });
  }
  // Instructions to the author.
  for (const phrase of INSTRUCTIONS) {
    let i = text.indexOf(phrase, from);
    while (i >= 0) {
      const latin = /^[A-Z]/.test(phrase);
      if (!latin || (!isLatinOrDigit(text[i - 1]) && !isLatinOrDigit(text[i + phrase.length]))) {
        hits.push({ start: i, end: i + phrase.length, kind: "instruction" });
      }
      i = text.indexOf(phrase, i + phrase.length);
    }
  }

  // A date with its numbers left out: 2025年  月  日, 年 月 日.
  for (const m of text.matchAll(DATE_BLANK)) {
    // Year and month always take part in a match (as digits or as spaces, possibly none); the day may not.
    const [, year = "", month = "", day] = m;
    // 年 月 with no day counts only where a year (or its blank) stands before: not 去年 月底.
    const blank = (day !== undefined && ALL_SPACE.test(day)) || (ALL_SPACE.test(month) && (year.length > 0 || day !== undefined));
    let start = m.index;
    while (start < m.index + m[0].length && /[ \u3000]/.test(text.charAt(start))) start++;
    if (start >= from && blank) hits.push({ start, end: m.index + m[0].length, kind: "date" });
  }

  // The runs below start at one of these (an ellipsis written with . or 。 takes three):
  // a paragraph with none of them from `from` on has no run to look at.
  RUN_START.lastIndex = from;
  let i = RUN_START.test(text) ? from : text.length;
  while (i < text.length) {
    // Most characters start nothing below: one table read, no string built.
    if (SCAN_START[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const ch = text[i];
    // X/x runs: a blank unless part of a Latin word or code (XXL, xxx.com, MAX).
    if (isX(ch)) {
      let j = i;
      while (isX(text[j])) j++;
      const prev = text[i - 1];
      const next = text[j];
      if (!isLatinOrDigit(prev) && !isLatinOrDigit(next)) {
        if (j - i >= 2) hits.push({ start: i, end: j, kind: "letters" });
        // A single x counts where Chinese stands beside it: 市x局, 共x人, 2025年x月.
        else if ((isHan(prev) || isHan(next)) && !(next !== undefined && REAL_X_NEXT.has(next))) {
          hits.push({ start: i, end: j, kind: "letters" });
        }
      }
      i = j;
      continue;
    }
    // ×× runs; a single × between numbers or letters is multiplication.
    if (isTimes(ch)) {
      let j = i;
      while (isTimes(text[j])) j++;
      const arithmetic = j - i === 1 && (isLatinOrDigit(text[i - 1]) || isLatinOrDigit(text[j]));
      if (!arithmetic) hits.push({ start: i, end: j, kind: "letters" });
      i = j;
      continue;
    }
    // * runs beside Chinese or inside brackets (*年度, **镇, 〔*〕); not a bullet, not arithmetic.
    if (isStar(ch)) {
      let j = i;
      while (isStar(text[j])) j++;
      const prev = text[i - 1];
      const next = text[j];
      // At the paragraph's start a star followed by a space or 注 is a bullet or a note mark (*注：…).
      const bullet = i === indentEnd && (isSpace(next) || next === "注" || text.startsWith("备注", j) || text.startsWith("说明", j));
      const arithmetic = isLatinOrDigit(prev) && isLatinOrDigit(next);
      const chineseBeside = isHan(prev) || isHan(next) || isCjkOpening(prev) || isCjkClosing(next) || prev === "〔" || next === "〕";
      if (!bullet && !arithmetic && chineseBeside) hits.push({ start: i, end: j, kind: "stars" });
      i = j;
      continue;
    }
    // Underscore runs (a line to write on).
    if (ch === "_" || ch === "＿") {
      let j = i;
      while (text[j] === "_" || text[j] === "＿") j++;
      if (j - i >= 2 && !isLatinLetter(text[i - 1]) && !isLatinLetter(text[j])) hits.push({ start: i, end: j, kind: "underscore" });
      i = j;
      continue;
    }
    // An ellipsis that is the whole content of a slot: alone in the paragraph, right after a
    // number or 一是, or between slot punctuation (“……”, ：……。). 在……方面 is a template heading.
    if (ch === "…" || ch === "⋯" || (ch === "." && text.startsWith("...", i)) || (ch === "。" && text.startsWith("。。。", i))) {
      let j = i;
      while (text[j] === "…" || text[j] === "⋯" || text[j] === "." || text[j] === "。") j++;
      // Leave a sentence's final 。 outside the blank.
      if (text[j - 1] === "。" && !text.startsWith("。。。", j - 3)) j--;
      if (text[j - 1] === "." && !text.startsWith("...", j - 3)) j--;
      let before = i;
      while (before > from && isSpace(text[before - 1])) before--;
      let after = j;
      while (after < text.length && isSpace(text[after])) after++;
      const leftChar = text.charAt(before - 1);
      const rightChar = text.charAt(after);
      const leftOpen = before <= bodyStart || BLANK_LEFT.has(leftChar) || ORDINAL_LEAD.test(text.slice(Math.max(from, before - 8), before));
      const rightOpen = after >= text.length || BLANK_RIGHT.has(rightChar);
      if (leftOpen && rightOpen) hits.push({ start: i, end: j, kind: "ellipsis" });
      else if (leftChar === "在" && text.startsWith("方面", after)) hits.push({ start: i, end: j, kind: "ellipsis", severity: "warning" });
      i = Math.max(j, i + 1);
      continue;
    }
    i++;
  }
  return selectNonOverlapping(hits);
}

/**
 * findPlaceholders(text, from), kept by the pane's reading memo (core/memo.ts) between the
 * analyses of one document: a function of the text and `from` alone, and nobody changes
 * the hits. After 修正 or 插入 only the new texts are scanned (a long document's scan of
 * every paragraph is some 5 ms of the worker's analysis). One table per `from`.
 */
function placeholdersOf(text: string, from: number): readonly Hit[] {
  return memoized(from === 0 ? "placeholder-left" : `placeholder-left@${from}`, text, () => findPlaceholders(text, from));
}

const MESSAGES: Record<PlaceholderKind, (q: string) => string> = {
  date: (q) => `日期未填写完整：${quoted(q)}`,
  bracket: (q) => `模板占位内容未填写：${quoted(q)}`,
  letters: (q) => `占位符未替换为实际内容：${quoted(q)}`,
  stars: (q) => `占位符未替换为实际内容：${quoted(q)}`,
  underscore: () => "留有待填写的下划线空白",
  empty: (q) => `括号或引号内为空，似为未填写的空白：${q}`,
  instruction: (q) => `模板提示语未删除：${quoted(q)}`,
  ellipsis: () => "省略号处似为未填写的空白",
};

const rule: Rule = {
  id: "placeholder-left",
  meta: {
    severity: "error",
    fixable: false,
    description: {
      zh: "未填写的占位内容：模板中的【】提示、XX/××/xx、*年度、〔*〕、“此处填写”等须替换为实际内容后再提交。",
      en: "Placeholders left in: 【】 template prompts, XX/××/xx, *年度, 〔*〕, 'fill in here' instructions and blank ellipses must be replaced before submission.",
    },
    examples: {
      correct: "2024年，我局共开展专题学习12次，整改问题8个。",
      incorrect: "XX年，我局共开展专题学习【填写次数】次。",
    },
  },
  create(context) {
    const templates = templateOf(context.doc.paragraphs);
    const headings = new Set(context.doc.sections.map((sec) => sec.headingParagraph));
    const counts = new Map<OwnTemplate, number>();
    // Indexed: a for-of loop calls the array iterator for each paragraph in code V8 has not optimised yet.
    const paragraphs = context.doc.paragraphs;
    for (let k = 0, n = paragraphs.length; k < n; k++) {
      const p = paragraphs[k]!;
      const from = editableStart(p);
      const found = placeholdersOf(p.text, from);
      const own = templates.get(p.index);
      if (own) {
        counts.set(own, (counts.get(own) ?? 0) + found.length);
        continue;
      }
      for (let j = 0; j < found.length; j++) {
        const h = found[j]!;
        if (h.kind === "bracket" && isBracketLabel(p.text, from, h, headings.has(p.index))) continue;
        const quote = p.text.slice(h.start, h.end);
        context.report({
          paragraph: p.index,
          start: h.start,
          end: h.end,
          severity: h.severity,
          message: MESSAGES[h.kind](shortQuote(quote)),
          data: { kind: h.kind, placeholder: quote },
        });
      }
    }
    for (const [own, count] of counts) {
      if (count === 0) continue;
      const name = templateName(own);
      context.report({
        paragraph: context.doc.paragraphs[own.first]!.index,
        severity: "warning",
        message: `插入的${name ? `“${name}”` : ""}模板待填写 ${count} 处（【】中的内容）`,
        data: { kind: "template", count, template: own.id },
      });
    }
  },
};

/** What a template is, from its tag or bookmark name (`…:section:causes…` → 原因分析), or "". */
export function templateName(own: Pick<OwnTemplate, "id" | "kind">): string {
  if (own.kind === "rectification") return "整改清单";
  const id = own.id ?? "";
  const section = /section[:_]([a-z_]+?)(?:#|_f[0-9a-z]+|$)/.exec(id)?.[1];
  if (section && (SECTION_KINDS as readonly string[]).includes(section)) return SECTION_LABEL[section as SectionKind];
  if (/(?:^|[:_])measure[:_]|^_dz_m_/.test(id)) return "措施";
  if (/(?:^|[:_])aspect[:_]|^_dz_a_/.test(id)) return "问题";
  if (/^_dz_s_/.test(id)) {
    const kind = SECTION_KINDS.find((k) => id.startsWith(`_dz_s_${k}_`));
    if (kind) return SECTION_LABEL[kind];
  }
  return "";
}

export default rule;
