/**
 * Reading the numbers people type (or Word supplies) at the start of a paragraph,
 * and the inline ordinals (一是/二是, 第一/第二, 首先/其次) inside it.
 * Full and half width, leading ASCII/ideographic spaces, and mixed brackets are
 * all accepted; `NumberMarker.form` keeps how it was written so the numbering
 * rules can point out inconsistencies.
 */
import type { MarkerFamily, NumberMarker } from "./model";

const CN_DIGITS = new Map<string, number>(Object.entries({
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}));
const CN_UNITS = new Map<string, number>(Object.entries({ 十: 10, 百: 100, 千: 1000 }));

/** 一 → 1, 十二 → 12, 二十一 → 21, 一百零三 → 103. NaN when not a Chinese numeral. */
export function parseChineseNumber(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let current = -1;
  for (const ch of s) {
    const digit = CN_DIGITS.get(ch);
    const unit = CN_UNITS.get(ch);
    if (digit !== undefined) {
      current = digit;
    } else if (unit !== undefined) {
      total += (current < 0 ? 1 : current) * unit;
      current = -1;
    } else {
      return NaN;
    }
  }
  return total + (current < 0 ? 0 : current);
}

/** The Chinese digit of 0–9, one character each. */
const CN_NUMERAL_DIGITS = "零一二三四五六七八九";
/** 1 → 一, 12 → 十二, 21 → 二十一 (up to 99, enough for numbering). */
export function toChineseNumber(n: number): string {
  if (n <= 0 || n >= 100 || !Number.isInteger(n)) return String(n);
  if (n < 10) return CN_NUMERAL_DIGITS.charAt(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? "" : CN_NUMERAL_DIGITS.charAt(tens)) + "十" + (ones ? CN_NUMERAL_DIGITS.charAt(ones) : "");
}

/** Spaces that may lead a paragraph: ASCII, tab, ideographic (U+3000), no-break, BOM. */
export const LEADING_SPACE = /^[\s\u3000\u00a0\ufeff]*/;

const CN_CHARS = "一二三四五六七八九十百〇零两";
const CN = `[${CN_CHARS}]`;
const DIGITS = "[0-9０-９]";
const OPEN = "[（(〔]";
const CLOSE = "[）)〕]";
const SP = "[ \\u3000]*";

/**
 * What follows the dot of `1.` when the dot ends a number before a date rather than
 * standing in a decimal: the rest of a month (1.11月, 1.1—3月) or of a day (2.15日, 2.5号),
 * the first digit already read. A decimal is never followed by 月, 日 or 号.
 */
const DATE_AFTER_DOT = `${DIGITS}?(?:[-－—–~～至到]${DIGITS}{1,2})?(?:月|日|号)`;

interface Pattern {
  family: MarkerFamily;
  /** Every character a match can start with (the text's leading spaces taken off). */
  starts: string;
  re: RegExp;
  value(m: RegExpExecArray): number;
  form(m: RegExpExecArray): string;
}

/**
 * Capture group `i` of a match, "" when it took no part in it. In the patterns below
 * every group used this way takes part in each match (an optional mark matches "");
 * were one missing, "" reads as no number, so no marker would be made of it.
 */
function group(m: RegExpExecArray, i: number): string {
  return m[i] ?? "";
}

/** 1-based position of the single character `ch` in `list` (⑴⑵⑶…), NaN when it is not there. */
function positionIn(list: string, ch: string): number {
  const k = ch.length === 1 ? list.indexOf(ch) : -1;
  return k < 0 ? NaN : k + 1;
}

/** Values of 首先, 其次 …: 最后 is last whatever came before. */
const SEQUENCE_VALUES = new Map<string, number>(Object.entries({ 首先: 1, 其次: 2, 再次: 3, 再者: 3, 最后: 99 }));

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
    starts: "第",
    re: new RegExp(`^第${SP}(${CN}{1,3})${SP}部分${SP}([、.．，,：:]?)`),
    value: (m) => parseChineseNumber(group(m, 1)),
    form: (m) => `第N部分${group(m, 2)}`,
  },
  {
    // （一） (一) 〔一〕, optionally followed by a stray 、 or . (a format defect, kept in raw)
    family: "cnParen",
    starts: "（(〔",
    re: new RegExp(`^(${OPEN})${SP}(${CN}{1,3})${SP}(${CLOSE})([、.．]?)`),
    value: (m) => parseChineseNumber(group(m, 2)),
    form: (m) => `${group(m, 1)}N${group(m, 3)}${group(m, 4)}`,
  },
  {
    // （1） (1) 1） 1)
    family: "arabicParen",
    starts: "（(〔0123456789０１２３４５６７８９",
    re: new RegExp(`^(${OPEN}?)${SP}(${DIGITS}{1,2})${SP}(${CLOSE})([、.．]?)`),
    value: (m) => Number(toAsciiDigits(group(m, 2))),
    form: (m) => `${group(m, 1)}N${group(m, 3)}${group(m, 4)}`,
  },
  {
    family: "arabicParen",
    starts: PAREN_DIGIT,
    re: new RegExp(`^([${PAREN_DIGIT}])`),
    value: (m) => positionIn(PAREN_DIGIT, group(m, 1)),
    form: () => "⑴",
  },
  {
    family: "circled",
    starts: CIRCLED,
    re: new RegExp(`^([${CIRCLED}])([、.．]?)`),
    value: (m) => positionIn(CIRCLED, group(m, 1)),
    form: (m) => `①${group(m, 2)}`,
  },
  {
    // 一是 二是 (at the start of a paragraph)
    family: "ordinalShi",
    starts: CN_CHARS,
    re: new RegExp(`^(${CN}{1,3})是(?![否非])`),
    value: (m) => parseChineseNumber(group(m, 1)),
    form: () => "N是",
  },
  {
    // 一、 一． 一. 一， (a comma or colon after a numeral is a format defect but still a marker)
    family: "cn",
    starts: CN_CHARS,
    re: new RegExp(`^(${CN}{1,3})${SP}([、.．，,：:])`),
    value: (m) => parseChineseNumber(group(m, 1)),
    form: (m) => `N${group(m, 2)}`,
  },
  {
    // 1. 1． 1、 (not 1.5, not a year like 2022.; but 1.2025年…, 1.11月底前…, 2.15日前…,
    // 3.3—6月… are a number before a date: a decimal is never followed by 年, 月 or 日)
    family: "arabic",
    starts: "0123456789０１２３４５６７８９",
    re: new RegExp(`^(${DIGITS}{1,2})${SP}(?:([.、])(?!${DIGITS}(?!${DIGITS}{3}年|${DATE_AFTER_DOT}))|(．))`),
    value: (m) => Number(toAsciiDigits(group(m, 1))),
    form: (m) => `N${m[2] ?? group(m, 3)}`,
  },
  {
    family: "arabic",
    starts: DOT_DIGIT,
    re: new RegExp(`^([${DOT_DIGIT}])`),
    value: (m) => positionIn(DOT_DIGIT, group(m, 1)),
    form: () => "⒈",
  },
  {
    // 第一， 第二、 第三：
    family: "ordinalDi",
    starts: "第",
    re: new RegExp(`^第(${CN}{1,3})(?:是)?${SP}([，,、：:]|(?=[\\u4e00-\\u9fff]))`),
    value: (m) => parseChineseNumber(group(m, 1)),
    form: (m) => `第N${group(m, 2)}`,
  },
  {
    family: "sequence",
    starts: "首其再最",
    re: /^(首先|其次|再次|再者|最后)[ \u3000]*([，,、：:]?)/,
    value: (m) => SEQUENCE_VALUES.get(group(m, 1)) ?? 1,
    form: (m) => `${group(m, 1) === "首先" ? "首先" : "其次"}${group(m, 2)}`,
  },
];

/**
 * Per UTF-16 unit: 1 + the index in PATTERNS_BY_START of the patterns that may start
 * with it (after the leading spaces, which LEADING_SPACE takes), in the order of
 * PATTERNS; 0 where none may. A line tries only those (two at most), not all eleven.
 */
const MARKER_START = new Uint8Array(65536);
const PATTERNS_BY_START: Pattern[][] = [];
for (const p of PATTERNS) {
  for (const ch of p.starts) {
    const code = ch.charCodeAt(0);
    if (MARKER_START[code] === 0) MARKER_START[code] = PATTERNS_BY_START.push([]);
    PATTERNS_BY_START[MARKER_START[code]! - 1]!.push(p);
  }
}

/** The patterns of PATTERNS, each with the characters it may start with (for the tests). */
export const MARKER_PATTERNS: readonly { family: MarkerFamily; starts: string; re: RegExp }[] = PATTERNS;

/**
 * The number at the start of `text`, if any. `autoNumber` (Word's numbering) is
 * parsed the same way and the marker flagged `auto`.
 */
export function parseLeadingMarker(text: string, autoNumber?: string): NumberMarker | null {
  const lead = LEADING_SPACE.exec(text)?.[0].length ?? 0;
  // Most paragraphs start with a character no pattern can start with: one table read says so.
  const bucket = lead < text.length ? MARKER_START[text.charCodeAt(lead)]! : 0;
  if (bucket === 0) return null;
  const rest = text.slice(lead);
  for (const p of PATTERNS_BY_START[bucket - 1]!) {
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

/**
 * What may stand right before an inline ordinal: the start, or punctuation or a space.
 * Captured (group 1), not looked behind: Office 2019's EdgeHTML has no lookbehind.
 */
const BOUNDARY_CHARS = "，。；：、！？,;:!?\\s\\u3000”’）)】";
const INLINE_BOUNDARY = `(^|[${BOUNDARY_CHARS}])`;
const IS_BOUNDARY = new RegExp(`[${BOUNDARY_CHARS}]$`);

/** A match's own text, offset and length, without the boundary character before it (group 1). */
function withoutBoundary(m: RegExpExecArray, re: RegExp): { raw: string; offset: number; length: number } {
  const lead = group(m, 1).length;
  const raw = m[0].slice(lead);
  // A match ending in punctuation (第一，) leaves that mark to stand before the next one.
  if (IS_BOUNDARY.test(raw)) re.lastIndex = m.index + m[0].length - 1;
  return { raw, offset: m.index + lead, length: raw.length };
}

/**
 * Inline ordinal kinds: pattern, family, and how many make a run. Each pattern is made
 * once (global: every search sets its lastIndex first), not per call and per text:
 * the reader asks for every item and paragraph.
 */
const ORDINAL_KINDS = [
  { family: "ordinalShi", re: new RegExp(`${INLINE_BOUNDARY}(${CN}{1,2})是(?![否非])`, "g"), minimum: 1 },
  { family: "ordinalDi", re: new RegExp(`${INLINE_BOUNDARY}第(${CN}{1,2})[，,、：:]`, "g"), minimum: 2 },
  // 一要……二要……三要……: measures written as resolutions; a run of two at least.
  { family: "ordinalShi", re: new RegExp(`${INLINE_BOUNDARY}(${CN}{1,2})要(?=[\u4e00-\u9fff])`, "g"), minimum: 2 },
] as const;

export interface OrdinalHit {
  /** Index of the text (segment) the ordinal stands in. */
  segment: number;
  marker: NumberMarker;
}

/**
 * The run of inline ordinals 一是…二是…三是 (or 第一，…第二，…) across consecutive
 * texts (the paragraphs of one item), each scanned from its `from` offset. Only a
 * consecutive run starting at 1 (or at `first`) counts, which keeps words like 统一是 or
 * 之一是 out.
 */
export function findOrdinalRun(segments: readonly { text: string; from?: number }[], first = 1): OrdinalHit[] {
  for (const { family, re, minimum } of ORDINAL_KINDS) {
    const run: OrdinalHit[] = [];
    segments.forEach(({ text, from = 0 }, segment) => {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const own = withoutBoundary(m, re);
        if (own.offset < from) continue;
        const value = parseChineseNumber(group(m, 2));
        if (value !== run.length + first) continue;
        run.push({
          segment,
          marker: {
            family,
            value,
            raw: own.raw,
            form: family === "ordinalShi" ? `N${own.raw.slice(-1)}` : `第N${own.raw.slice(-1)}`,
            offset: own.offset,
            length: own.length,
          },
        });
      }
    });
    if (run.length >= minimum) return run;
  }
  return [];
}

/** 首先 / 其次 / 再次 / 最后 after a boundary (findInlineOrdinals; global, lastIndex set per search). */
const SEQUENCE_FROM_FIRST = new RegExp(`${INLINE_BOUNDARY}(首先|其次|再次|最后)[，,、：:]?`, "g");

/**
 * Inline ordinals inside a text, in sequence: 一是…二是…三是 (or 第一…第二…, 首先…其次…).
 */
export function findInlineOrdinals(text: string): NumberMarker[] {
  const run = findOrdinalRun([{ text }]);
  if (run.length) return run.map((h) => h.marker);
  const found: NumberMarker[] = [];
  const seq = SEQUENCE_FROM_FIRST;
  seq.lastIndex = 0;
  let m: RegExpExecArray | null;
  let sawFirst = false;
  while ((m = seq.exec(text))) {
    const own = withoutBoundary(m, seq);
    const word = group(m, 2);
    if (word === "首先") sawFirst = true;
    const value = SEQUENCE_VALUES.get(word);
    if (!sawFirst || value === undefined) continue;
    found.push({
      family: "sequence",
      value,
      raw: own.raw,
      form: "首先",
      offset: own.offset,
      length: own.length,
    });
  }
  return found.length >= 2 ? found : [];
}

/** Sequence words before a comma or colon: 首先，其次，再次，最后，, 一方面，另一方面， and 其一，其二，. */
const SEQUENCE_WORD = new RegExp(`${INLINE_BOUNDARY}(首先|其次|再次|再者|最后|一方面|另一方面|其[一二三四五六七八九十])[，,：:]`, "g");
/** What may follow each sequence word in a run. */
const SEQUENCE_NEXT: Record<string, readonly string[]> = {
  首先: ["其次"],
  其次: ["再次", "再者", "最后"],
  再次: ["最后"],
  再者: ["最后"],
  一方面: ["另一方面"],
};

/**
 * Parts of a text numbered by sequence words from `from` on (首先，……其次，……再次，……最后，……,
 * 一方面，……另一方面，…… or 其一，……其二，……), each word followed by a comma or colon and standing after
 * punctuation: the words in order from 首先, 一方面 or 其一, at least two; an empty list otherwise.
 */
export function findSequenceRun(text: string, from = 0): NumberMarker[] {
  const re = SEQUENCE_WORD;
  re.lastIndex = 0;
  const run: NumberMarker[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const own = withoutBoundary(m, re);
    if (own.offset < from) continue;
    const word = group(m, 2);
    const last = run[run.length - 1];
    // 其一，其二，…: counted, never mixed with the other words.
    const counted = word !== "其次" && word.charAt(0) === "其";
    const fits = counted
      ? parseChineseNumber(word.slice(1)) === run.length + 1 && (!last || last.form === "其N")
      : last
        ? (SEQUENCE_NEXT[last.form] ?? []).includes(word)
        : word === "首先" || word === "一方面";
    if (!fits) continue;
    run.push({ family: "sequence", value: run.length + 1, raw: own.raw, form: counted ? "其N" : word, offset: own.offset, length: own.length });
  }
  return run.length >= 2 ? run : [];
}

/** `1.5` at the start of a text (made once: the reader asks for every line without a number). */
const DECIMAL_LEAD = new RegExp(`^(${DIGITS}{1,2})[.]${DIGITS}`);

/**
 * `1.5…` at the start of a paragraph read as the number `1.` followed by text
 * (1.11月底前完成… has a date; 2.12个支部… a count), for the reader to accept only where
 * the document's own `N.` numbers run through it (1. before 2., or after 1.). Null when the
 * paragraph has a leading number anyway, or does not start so.
 */
export function decimalLeadMarker(text: string): NumberMarker | null {
  const lead = LEADING_SPACE.exec(text)?.[0].length ?? 0;
  const m = DECIMAL_LEAD.exec(text.slice(lead));
  if (!m) return null;
  const value = Number(toAsciiDigits(group(m, 1)));
  if (!(value > 0)) return null;
  const raw = text.slice(lead, lead + group(m, 1).length + 1);
  return { family: "arabic", value, raw, form: "N.", offset: lead, length: raw.length };
}

/**
 * Numbers written inline after a sentence (。（二）……。（三）……；②……), by family; each
 * pattern stands after the start or a sentence's end (group 1), its number in group 2.
 * Made once (global: every search sets its lastIndex first).
 */
const AFTER_SENTENCE = "(^|[。；;！？!?：:][ \\u3000]*)";
const INLINE_NUMBER_KINDS = [
  { family: "cnParen", re: new RegExp(`${AFTER_SENTENCE}${OPEN}${SP}(${CN}{1,3})${SP}${CLOSE}`, "g"), parse: parseChineseNumber },
  { family: "cn", re: new RegExp(`${AFTER_SENTENCE}(${CN}{1,3})${SP}[、.．]`, "g"), parse: parseChineseNumber },
  { family: "arabicParen", re: new RegExp(`${AFTER_SENTENCE}${OPEN}${SP}(${DIGITS}{1,2})${SP}${CLOSE}`, "g"), parse: (s: string) => Number(toAsciiDigits(s)) },
  { family: "arabic", re: new RegExp(`${AFTER_SENTENCE}(${DIGITS}{1,2})[.．、](?!${DIGITS})`, "g"), parse: (s: string) => Number(toAsciiDigits(s)) },
  { family: "circled", re: new RegExp(`${AFTER_SENTENCE}([${CIRCLED}])`, "g"), parse: (s: string) => positionIn(CIRCLED, s) },
] as const;

/**
 * Numbers written one after another inside a paragraph, each right after the end of a
 * sentence (or a colon): （一）加强……。（二）坚持……。（三）…… From `first`, the paragraph's own leading
 * number, on (its value + 1, + 2…, in its family or, failing that, in another); without one,
 * a run starting at 1 anywhere after `from`. At least two numbers make a run, the leading
 * one included.
 */
export function findInlineNumberRun(text: string, from: number, first: NumberMarker | null): NumberMarker[] {
  // The leading number's own family first; then another that goes on from its value
  // (一、……。（二）……。（三）……: written in two forms, a slip the numbering rules point out).
  // (①② after another family's number are that item's points, never its siblings.)
  const kinds = first
    ? [...INLINE_NUMBER_KINDS.filter((k) => k.family === first.family), ...INLINE_NUMBER_KINDS.filter((k) => k.family !== first.family && k.family !== "circled")]
    : INLINE_NUMBER_KINDS;
  for (const kind of kinds) {
    const re = kind.re;
    const run: NumberMarker[] = first ? [first] : [];
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const lead = group(m, 1).length;
      if (lead === 0 && m.index !== 0) continue;
      const value = kind.parse(group(m, 2));
      const expected = run.length ? run[run.length - 1]!.value + 1 : 1;
      if (value !== expected) continue;
      const raw = m[0].slice(lead);
      run.push({ family: kind.family, value, raw, form: kind.family === "arabic" || kind.family === "cn" ? `N${raw.slice(-1)}` : kind.family === "circled" ? "①" : "（N）", offset: m.index + lead, length: raw.length });
    }
    if (run.length >= 2) return run;
  }
  return [];
}

/**
 * Whether numbers written in two ways are one list numbered on: taken in order they run
 * 1, 2, 3 … without a gap, a repeat or a restart, and the writing (`key`) changes at most
 * twice (1. 2. （三） （四）, or （一）（二） 3.). Points under an item start again at 1, so
 * they never pass. Shared by the reader (outline/items.ts) and numbering-format.
 */
export function numbersRunOn(entries: readonly { value: number; key: string }[]): boolean {
  let changes = 0;
  for (let k = 0; k < entries.length; k++) {
    if (entries[k]!.value !== k + 1) return false;
    if (k > 0 && entries[k]!.key !== entries[k - 1]!.key) changes++;
  }
  return changes <= 2;
}

