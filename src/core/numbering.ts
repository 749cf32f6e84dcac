/**
 * Reading the numbers people type (or Word supplies) at the start of a paragraph,
 * and the inline ordinals (一是/二是, 第一/第二, 首先/其次) inside it.
 * Full and half width, leading ASCII/ideographic spaces, and mixed brackets are
 * all accepted; `NumberMarker.form` keeps how it was written so the numbering
 * rules can point out inconsistencies.
 */
import type { MarkerFamily, NumberMarker } from "./model";

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一 → 1, 十二 → 12, 二十一 → 21, 一百零三 → 103. NaN when not a Chinese numeral. */
export function parseChineseNumber(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let current = -1;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      current = CN_DIGITS[ch];
    } else if (ch in CN_UNITS) {
      total += (current < 0 ? 1 : current) * CN_UNITS[ch];
      current = -1;
    } else {
      return NaN;
    }
  }
  return total + (current < 0 ? 0 : current);
}

const CN_NUMERAL_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
/** 1 → 一, 12 → 十二, 21 → 二十一 (up to 99, enough for numbering). */
export function toChineseNumber(n: number): string {
  if (n <= 0 || n >= 100 || !Number.isInteger(n)) return String(n);
  if (n < 10) return CN_NUMERAL_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? "" : CN_NUMERAL_DIGITS[tens]) + "十" + (ones ? CN_NUMERAL_DIGITS[ones] : "");
}

/** Spaces that may lead a paragraph: ASCII, tab, ideographic (U+3000), no-break, BOM. */
export const LEADING_SPACE = /^[\s\u3000\u00a0\ufeff]*/;

const CN = "[一二三四五六七八九十百〇零两]";
const DIGITS = "[0-9０-９]";
const OPEN = "[（(〔]";
const CLOSE = "[）)〕]";
const SP = "[ \\u3000]*";

interface Pattern {
  family: MarkerFamily;
  re: RegExp;
  value(m: RegExpExecArray): number;
  form(m: RegExpExecArray): string;
}

function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const PAREN_DIGIT = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
const DOT_DIGIT = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";

// Order matters: the first pattern that matches wins.
const PATTERNS: Pattern[] = [
  {
    // 第一部分 第二部分 (a part: the outermost level where a material has one)
    family: "part",
    re: new RegExp(`^第${SP}(${CN}{1,3})${SP}部分${SP}([、.．，,：:]?)`),
    value: (m) => parseChineseNumber(m[1]),
    form: (m) => `第N部分${m[2]}`,
  },
  {
    // （一） (一) 〔一〕, optionally followed by a stray 、 or . (a format defect, kept in raw)
    family: "cnParen",
    re: new RegExp(`^(${OPEN})${SP}(${CN}{1,3})${SP}(${CLOSE})([、.．]?)`),
    value: (m) => parseChineseNumber(m[2]),
    form: (m) => `${m[1]}N${m[3]}${m[4]}`,
  },
  {
    // （1） (1) 1） 1)
    family: "arabicParen",
    re: new RegExp(`^(${OPEN}?)${SP}(${DIGITS}{1,2})${SP}(${CLOSE})([、.．]?)`),
    value: (m) => Number(toAsciiDigits(m[2])),
    form: (m) => `${m[1]}N${m[3]}${m[4]}`,
  },
  {
    family: "arabicParen",
    re: new RegExp(`^([${PAREN_DIGIT}])`),
    value: (m) => PAREN_DIGIT.indexOf(m[1]) + 1,
    form: () => "⑴",
  },
  {
    family: "circled",
    re: new RegExp(`^([${CIRCLED}])([、.．]?)`),
    value: (m) => CIRCLED.indexOf(m[1]) + 1,
    form: (m) => `①${m[2]}`,
  },
  {
    // 一是 二是 (at the start of a paragraph)
    family: "ordinalShi",
    re: new RegExp(`^(${CN}{1,3})是(?![否非])`),
    value: (m) => parseChineseNumber(m[1]),
    form: () => "N是",
  },
  {
    // 一、 一． 一. 一， (a comma or colon after a numeral is a format defect but still a marker)
    family: "cn",
    re: new RegExp(`^(${CN}{1,3})${SP}([、.．，,：:])`),
    value: (m) => parseChineseNumber(m[1]),
    form: (m) => `N${m[2]}`,
  },
  {
    // 1. 1． 1、 (not 1.5, not a year like 2022.; but 1.2025年… is a number before a year)
    family: "arabic",
    re: new RegExp(`^(${DIGITS}{1,2})${SP}(?:([.、])(?!${DIGITS}(?!${DIGITS}{3}年))|(．))`),
    value: (m) => Number(toAsciiDigits(m[1])),
    form: (m) => `N${m[2] ?? m[3]}`,
  },
  {
    family: "arabic",
    re: new RegExp(`^([${DOT_DIGIT}])`),
    value: (m) => DOT_DIGIT.indexOf(m[1]) + 1,
    form: () => "⒈",
  },
  {
    // 第一， 第二、 第三：
    family: "ordinalDi",
    re: new RegExp(`^第(${CN}{1,3})(?:是)?${SP}([，,、：:]|(?=[\\u4e00-\\u9fff]))`),
    value: (m) => parseChineseNumber(m[1]),
    form: (m) => `第N${m[2]}`,
  },
  {
    family: "sequence",
    re: /^(首先|其次|再次|再者|最后)[ \u3000]*([，,、：:]?)/,
    value: (m) => ({ 首先: 1, 其次: 2, 再次: 3, 再者: 3, 最后: 99 })[m[1]] ?? 1,
    form: (m) => `${m[1] === "首先" ? "首先" : "其次"}${m[2]}`,
  },
];

/**
 * Per UTF-16 unit: 1 where some pattern of PATTERNS may start (after the leading
 * spaces, which LEADING_SPACE takes). Keep in step with PATTERNS.
 */
const MARKER_START = new Uint8Array(65536);
for (const ch of `第（(〔0123456789０１２３４５６７８９${PAREN_DIGIT}${CIRCLED}${DOT_DIGIT}一二三四五六七八九十百〇零两首其再最`) MARKER_START[ch.charCodeAt(0)] = 1;

/**
 * The number at the start of `text`, if any. `autoNumber` (Word's numbering) is
 * parsed the same way and the marker flagged `auto`.
 */
export function parseLeadingMarker(text: string, autoNumber?: string): NumberMarker | null {
  const lead = LEADING_SPACE.exec(text)?.[0].length ?? 0;
  // Most paragraphs start with a character no pattern can start with: one table read says so.
  if (lead >= text.length || MARKER_START[text.charCodeAt(lead)] === 0) return null;
  const rest = text.slice(lead);
  for (const p of PATTERNS) {
    const m = p.re.exec(rest);
    if (!m) continue;
    const value = p.value(m);
    if (!Number.isFinite(value) || value <= 0) continue;
    // "第一书记", "第一时间" are words, not ordinals: only accept 第N followed by punctuation,
    // or by a clause when the paragraph is long enough to be a point.
    if (p.family === "ordinalDi" && !m[2] && /^第[一二三四五六七八九十]+(书记|时间|责任人|责任|议题|次|批|位|名|季度|阶段|种|个|条|年|步|线|手|要务|生产力|身份)/.test(rest)) continue;
    const raw = m[0];
    return {
      family: p.family,
      value,
      raw,
      form: p.form(m),
      offset: lead,
      length: raw.length,
      ...(autoNumber && lead < autoNumber.length ? { auto: true } : {}),
    };
  }
  return null;
}

/** The customary rank of each family as an item level: lower = outer. */
export const FAMILY_RANK: Record<MarkerFamily, number> = {
  part: -1,
  cn: 0,
  cnParen: 1,
  arabic: 2,
  arabicParen: 3,
  circled: 4,
  ordinalShi: 5,
  ordinalDi: 6,
  sequence: 7,
};

const INLINE_BOUNDARY = "(?:^|(?<=[，。；：、！？,;:!?\\s\\u3000”’）)】]))";

/** Inline ordinal kinds: pattern source, family, and how many make a run. */
const ORDINAL_KINDS = [
  { family: "ordinalShi", source: `${INLINE_BOUNDARY}(${CN}{1,2})是(?![否非])`, minimum: 1 },
  { family: "ordinalDi", source: `${INLINE_BOUNDARY}第(${CN}{1,2})[，,、：:]`, minimum: 2 },
] as const;

export interface OrdinalHit {
  /** Index of the text (segment) the ordinal stands in. */
  segment: number;
  marker: NumberMarker;
}

/**
 * The run of inline ordinals 一是…二是…三是 (or 第一，…第二，…) across consecutive
 * texts (the paragraphs of one item), each scanned from its `from` offset. Only a
 * consecutive run starting at 1 counts, which keeps words like 统一是 or 之一是 out.
 */
export function findOrdinalRun(segments: readonly { text: string; from?: number }[]): OrdinalHit[] {
  for (const { family, source, minimum } of ORDINAL_KINDS) {
    const run: OrdinalHit[] = [];
    segments.forEach(({ text, from = 0 }, segment) => {
      const re = new RegExp(source, "g");
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m.index < from) continue;
        const value = parseChineseNumber(m[1]);
        if (value !== run.length + 1) continue;
        run.push({
          segment,
          marker: {
            family,
            value,
            raw: m[0],
            form: family === "ordinalShi" ? "N是" : `第N${m[0].slice(-1)}`,
            offset: m.index,
            length: m[0].length,
          },
        });
      }
    });
    if (run.length >= minimum) return run;
  }
  return [];
}

/**
 * Inline ordinals inside a text, in sequence: 一是…二是…三是 (or 第一…第二…, 首先…其次…).
 */
export function findInlineOrdinals(text: string): NumberMarker[] {
  const run = findOrdinalRun([{ text }]);
  if (run.length) return run.map((h) => h.marker);
  const found: NumberMarker[] = [];
  const seq = new RegExp(`${INLINE_BOUNDARY}(首先|其次|再次|最后)[，,、：:]?`, "g");
  let m: RegExpExecArray | null;
  let sawFirst = false;
  while ((m = seq.exec(text))) {
    if (m[1] === "首先") sawFirst = true;
    if (!sawFirst) continue;
    found.push({
      family: "sequence",
      value: ({ 首先: 1, 其次: 2, 再次: 3, 最后: 99 } as Record<string, number>)[m[1]],
      raw: m[0],
      form: "首先",
      offset: m.index,
      length: m[0].length,
    });
  }
  return found.length >= 2 ? found : [];
}
