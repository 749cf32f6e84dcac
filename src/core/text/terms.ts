/**
 * Turning Chinese prose into comparable terms.
 *
 * Chinese has no spaces between words, so "which words do two passages share"
 * needs a decision. We use overlapping character bigrams of the content runs,
 * after removing a stop-list of boilerplate phrases, and not a word segmenter:
 *
 * - The vocabulary of these materials is dense political jargon (凝心铸魂,
 *   两个维护, 民主集中制, 失之于宽). General-purpose segmenters split it
 *   unpredictably, while bigrams catch a term whether it is quoted whole or
 *   shortened ("党的全面领导" / "加强党的领导" share 领导; "为民服务" /
 *   "服务群众" share 服务), and no dictionary is needed.
 * - `Intl.Segmenter` exists in Node and in current Word webviews, but its
 *   Chinese segmentation depends on the ICU version of each engine: the CLI,
 *   the preview page and Word would disagree on the same document. Bigrams are
 *   deterministic everywhere, and cost nothing to ship.
 * - Bigrams of a stop phrase ("方面", "问题", "进一步") would match between any
 *   two passages; removing such phrases before taking bigrams (they become a
 *   break, so no bigram spans them) is cheaper and more precise than hoping the
 *   document-level IDF weighting (see similarity.ts) finds them all.
 */

/**
 * Boilerplate that occurs in every item of every material and says nothing
 * about its topic. Removal is left to right, the longest phrase first.
 * Kept short on purpose: words that are boilerplate in one document but the
 * topic of another (作为, 精神, 全面, 主动) are left to IDF.
 */
export const STOP_PHRASES: readonly string[] = `
  习近平新时代中国特色社会主义思想 以习近平同志为核心的党中央
  习近平总书记 进一步 还存在 不到位 一是 二是 三是 四是 五是 六是
  七是 八是 九是 十是 方面 问题 加强 坚持 存在 不够 不足 不强
  到位 工作 带头 首先 其次 再次 最后 同时 但是 还是 能够 没有
  不能 有时 一些 一定 有所 要求 情况 认真 深入 积极 切实 不断
  持续 推动 推进 提高 提升 强化 做到 落实 贯彻 全力 努力 我们
  自己 自身 领导干部 党员干部 班子成员 整改 措施 改进 查摆 对照
  剖析 原因 表现 具体 实际 有效 更加 真正 始终 及时
`
  .split(/\s+/)
  .filter((w) => w.length > 0);

/**
 * Function characters that never carry the topic; they break a run like
 * punctuation does ("党的全面领导" → "党", "全面领导"). Characters that also
 * start or end content words (为, 对, 之, 得) are deliberately absent.
 */
const FUNCTION_CHARS = "的了和与及或着在是";

const STOP_RE = new RegExp(
  [...STOP_PHRASES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|"),
  "g",
);
const FUNCTION_RE = new RegExp(`[${FUNCTION_CHARS}]`, "g");
/** CJK ideographs (basic block and extension A) and Latin letters/digits form runs. */
const RUN_RE = /[\u3400-\u4dbf\u4e00-\u9fff]+|[a-z0-9]+/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Texts normalised lately, and what they became. The same texts are normalised by
 * several readers of one document (aspect scoring, pairing's terms and themes), and
 * NFKC is what costs there; a string is looked up by its content in one hash. Short
 * strings are not kept (normalising them costs less than keeping them), and the
 * memo starts afresh when it holds too much.
 */
let normalized = new Map<string, string>();
let normalizedChars = 0;
const NORMALIZED_MIN_LENGTH = 24;
const NORMALIZED_MAX_CHARS = 4_000_000;

/** NFKC (full-width Latin and digits become ASCII), lower case. */
export function normalizeText(text: string): string {
  if (text.length < NORMALIZED_MIN_LENGTH) return text.normalize("NFKC").toLowerCase();
  let out = normalized.get(text);
  if (out === undefined) {
    out = text.normalize("NFKC").toLowerCase();
    if (normalizedChars > NORMALIZED_MAX_CHARS) {
      normalized = new Map();
      normalizedChars = 0;
    }
    normalized.set(text, out);
    normalizedChars += text.length + out.length;
  }
  return out;
}

/**
 * Numbering at the start of an item heading: （一） (一) 一、 1. 1、 （1） ① 一是 第一，
 * Removed before comparing, so "（三）" never matches "（三）".
 */
const LEADING_MARKER_RE =
  /^[\s\u3000]*(?:[（(][一二三四五六七八九十百\d]+[）)]|[一二三四五六七八九十]+[、．.]|\d+[、．.)）]|[①-⑳]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、])[\s\u3000]*/;

export function stripLeadingMarker(text: string): string {
  return text.replace(LEADING_MARKER_RE, "");
}

/** The content runs of a text: stop phrases, function characters and punctuation removed. */
export function contentRuns(text: string): string[] {
  const cleaned = normalizeText(text).replace(STOP_RE, " ").replace(FUNCTION_RE, " ");
  return cleaned.match(RUN_RE) ?? [];
}

/**
 * Terms of a text: overlapping character bigrams of each CJK run; a one-character
 * run contributes nothing (single characters match too much); a Latin/digit run
 * ("5g", "2023") is one term.
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const run of contentRuns(text)) {
    const c = run.charCodeAt(0);
    // A Latin/digit run (runs are lower case here): [a-z0-9] first.
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      out.push(run);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** Term → count. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of terms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * A term as a map key without a string made for it: a bigram of two CJK units is a
 * number, (first − U+3400) × 0x6C00 + (second − U+3400), below 2³⁰ so a small integer
 * (one per bigram string, and no two bigrams share one); a Latin/digit run stays its
 * string. `termKeyOf` reads it back.
 */
export type TermKey = number | string;

const CJK_BASE = 0x3400;
const CJK_SPAN = 0xa000 - CJK_BASE;

/** The term a TermKey stands for. */
export function termKeyOf(key: TermKey): string {
  if (typeof key === "string") return key;
  return String.fromCharCode(Math.floor(key / CJK_SPAN) + CJK_BASE, (key % CJK_SPAN) + CJK_BASE);
}

/** A unit of RUN_RE's Latin/digit runs. */
function isRunLatin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * termCounts with TermKeys, in the same order (the terms of terms(), each counted
 * where first met): the runs are read from the cleaned text unit by unit, so no run
 * and no bigram string is made.
 */
export function termKeyCounts(text: string): Map<TermKey, number> {
  const counts = new Map<TermKey, number>();
  const cleaned = normalizeText(text).replace(STOP_RE, " ").replace(FUNCTION_RE, " ");
  const n = cleaned.length;
  let i = 0;
  // RUN_RE's CJK units are tested written out, not by a call: this loop runs mostly before V8 optimises
  // it, and there a call per unit costs more than the rest of the step.
  while (i < n) {
    const c = cleaned.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      // The first unit's part of the key, (prev − CJK_BASE) × CJK_SPAN.
      let head = (c - CJK_BASE) * CJK_SPAN;
      for (i++; i < n; i++) {
        const d = cleaned.charCodeAt(i);
        if (!((d >= 0x4e00 && d <= 0x9fff) || (d >= 0x3400 && d <= 0x4dbf))) break;
        const key = head + (d - CJK_BASE);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        head = (d - CJK_BASE) * CJK_SPAN;
      }
    } else if (isRunLatin(c)) {
      const start = i;
      for (i++; i < n && isRunLatin(cleaned.charCodeAt(i)); i++);
      const run = cleaned.slice(start, i);
      counts.set(run, (counts.get(run) ?? 0) + 1);
    } else i++;
  }
  return counts;
}

/** The set of terms of a text. */
export function termSet(text: string): Set<string> {
  return new Set(terms(text));
}
