/**
 * Character classes and small helpers shared by the text rules (punctuation,
 * placeholders, typos, terms). Pure functions over UTF-16 strings.
 */
import type { Paragraph } from "../model";
import { memoized } from "../memoSeam";

/** Han ideographs (CJK Unified, Extension A, Compatibility) and 〇; high surrogates of Extensions B+ count too. */
export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007 ||
    (c >= 0xd840 && c <= 0xd87f)
  );
}

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isHanCode(ch.charCodeAt(0));
}

/** Full-width punctuation of Chinese text (GB/T 15834). */
const CJK_PUNCT = new Set("，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—·～％￥．");
const CJK_OPENING = new Set("“‘（《〈【〔「『");
const CJK_CLOSING = new Set("”’）》〉】〕」』");

export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && CJK_PUNCT.has(ch);
}
export function isCjkOpening(ch: string | undefined): boolean {
  return ch !== undefined && CJK_OPENING.has(ch);
}
export function isCjkClosing(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CLOSING.has(ch);
}

/** Han or Chinese punctuation: the characters of running Chinese text. */
export function isChinese(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

/** ASCII or full-width Latin letter or digit. */
export function isLatinOrDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
    (c >= 0xc0 && c <= 0x24f) // Latin letters with diacritics
  );
}

export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Spaces a reader does not see as text: ASCII, ideographic (U+3000), no-break and the typographic spaces. */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  return isSpaceCode(ch.charCodeAt(0));
}

/** isSpace of one UTF-16 unit (no one-character string made for it). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x3000 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f
  );
}

export const CN_NUMERALS = "一二三四五六七八九十百千万零〇两";

/**
 * Where a rule may report and fix: after Word's automatic number (which is part of
 * `text` but cannot be edited as text).
 */
export function editableStart(p: Pick<Paragraph, "text" | "autoNumber">): number {
  return p.autoNumber && p.text.startsWith(p.autoNumber) ? p.autoNumber.length : 0;
}

/** Leading spaces (indentation), from `from`. */
export function leadingSpaceEnd(text: string, from = 0): number {
  const n = text.length;
  let i = from;
  while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Sticky: matched where lastIndex stands, in the whole text (every alternative spans at most five units). */
const MARKER_RE = new RegExp(
  "(?:" +
    [
      `[${CN_NUMERALS}]{1,3}[、．.，,]`, // 一、 一. 一，
      `[（(][${CN_NUMERALS}]{1,3}[）)]`, // （一） (一)
      "[（(]\\d{1,3}[）)]", // （1） (1)
      "\\d{1,3}(?:[.．、]|\\)|）)(?!\\d)", // 1. 1、 1)
      "[①-⑳]",
      `第[${CN_NUMERALS}]{1,3}[，,、]`, // 第一，
    ].join("|") +
    ")",
  "y",
);

/** Per UTF-16 unit: 1 where MARKER_RE can match (its alternatives' first characters). */
const MARKER_START = new Uint8Array(65536);
for (const ch of `${CN_NUMERALS}（(0123456789第`) MARKER_START[ch.charCodeAt(0)] = 1;
for (let c = 0x2460; c <= 0x2473; c++) MARKER_START[c] = 1; // ①-⑳

/**
 * Length of the number marker at `from` (after indentation), 0 when none. Text
 * rules use it to leave list markers to the numbering rules.
 */
export function markerLengthAt(text: string, from: number): number {
  // Most paragraphs start with none of the characters a marker starts with: no slice, no match.
  if (MARKER_START[text.charCodeAt(from)] !== 1) return 0;
  MARKER_RE.lastIndex = from;
  const m = MARKER_RE.exec(text);
  return m ? m[0].length : 0;
}

/** A literal to find in text, with optional context guards. */
export interface Literal<T> {
  text: string;
  value: T;
  /** Strings that must not stand immediately before the match. */
  notPrecededBy?: readonly string[];
  /** Strings that must not stand immediately after the match. */
  notFollowedBy?: readonly string[];
}

export interface LiteralHit<T> {
  start: number;
  end: number;
  value: T;
  literal: Literal<T>;
}

/**
 * Whether one of `guards` stands right before position `i`, stray spaces between
 * not counting (“ 四个自信” is still quoted).
 */
function precededBy(text: string, i: number, guards: readonly string[]): boolean {
  let k = i;
  while (k > 0 && isSpace(text[k - 1])) k--;
  return guards.some((g) => g.length > 0 && (text.endsWith(g, i) || text.endsWith(g, k)));
}

/** Whether one of `guards` stands right after position `i`, stray spaces between not counting. */
function followedBy(text: string, i: number, guards: readonly string[]): boolean {
  let k = i;
  while (k < text.length && isSpace(text[k])) k++;
  return guards.some((g) => g.length > 0 && (text.startsWith(g, i) || text.startsWith(g, k)));
}

/**
 * The literals of a LiteralMatcher that start with the same two units, longest first:
 * those of three units or more by their third unit (the first three all alike: one map
 * read where the dictionary has a hundred terms starting with 习近 or 中国), then
 * those of two. Every literal of `byThird` comes before every one of `twos` in the
 * longest-first order, so reading one list then the other keeps that order.
 */
interface PairGroup<T> {
  byThird: Map<number, Literal<T>[]>;
  twos: Literal<T>[] | null;
}

/**
 * Finds many literals in one pass: a 64K-entry table says which UTF-16 units start
 * some literal, so the cost is one array read per character; where one does, the
 * literals of two units or more are looked up by their first two units together
 * (one map read, however many literals share the first character: 中, 党, 全 start
 * dozens of terms), those of three or more then by their third unit, and checked with
 * `startsWith` past that; then the one-unit literals follow.
 * Hits at one position come longest first, as the literals were sorted.
 */
export class LiteralMatcher<T> {
  /** Code unit → 1 + index of the group of literals starting with it (0: none). */
  private readonly table = new Int32Array(65536);
  /** Per first unit (by the table's index): its one-unit literals, or null. */
  private readonly singles: (Literal<T>[] | null)[] = [];
  /**
   * First two units → the literals starting with them; keyed by the first unit's group
   * (its table entry − 1) × 65536 + the second unit, a small integer where
   * first × 65536 + second (above 2³⁰ for Han) would be a heap number made per look-up.
   */
  private readonly pairs = new Map<number, PairGroup<T>>();

  constructor(literals: readonly Literal<T>[]) {
    const buckets: Literal<T>[][] = [];
    for (const lit of literals) {
      if (lit.text.length === 0) continue;
      const code = lit.text.charCodeAt(0);
      const b = this.table[code] ?? 0;
      if (b === 0) {
        buckets.push([lit]);
        this.table[code] = buckets.length;
      } else buckets[b - 1]!.push(lit);
    }
    for (let g = 0; g < buckets.length; g++) {
      const bucket = buckets[g]!;
      // Stable: literals of one length keep the order they were given in.
      bucket.sort((a, b) => b.text.length - a.text.length);
      let singles: Literal<T>[] | null = null;
      for (const lit of bucket) {
        if (lit.text.length === 1) {
          (singles ??= []).push(lit);
          continue;
        }
        const key = g * 65536 + lit.text.charCodeAt(1);
        let group = this.pairs.get(key);
        if (!group) this.pairs.set(key, (group = { byThird: new Map(), twos: null }));
        if (lit.text.length === 2) {
          (group.twos ??= []).push(lit);
          continue;
        }
        const third = lit.text.charCodeAt(2);
        const same = group.byThird.get(third);
        if (same) same.push(lit);
        else group.byThird.set(third, [lit]);
      }
      this.singles.push(singles);
    }
  }

  /** Every occurrence (overlapping ones included) whose guards hold. */
  findAll(text: string, from = 0): LiteralHit<T>[] {
    const collector = new HitCollector<T>();
    this.visit(text, from, collector);
    return collector.hits;
  }

  /**
   * findAll's occurrences, in its order, handed to `visitor` one by one: no hit object
   * made for a caller that keeps only some of them, or only a flag.
   */
  visit(text: string, from: number, visitor: LiteralVisitor<T>): void {
    // Fields read once: code that V8 has not optimised yet pays a property look-up for each read.
    const table = this.table;
    const pairs = this.pairs;
    const singlesOf = this.singles;
    const n = text.length;
    for (let i = from; i < n; i++) {
      const code = text.charCodeAt(i);
      const b = table[code] ?? 0;
      if (b === 0) continue;
      const group = i + 1 < n ? pairs.get((b - 1) * 65536 + text.charCodeAt(i + 1)) : undefined;
      if (group !== undefined) {
        const long = i + 2 < n ? group.byThird.get(text.charCodeAt(i + 2)) : undefined;
        if (long !== undefined) {
          for (let k = 0; k < long.length; k++) {
            const lit = long[k]!;
            if (lit.text.length > 3 && !text.startsWith(lit.text, i)) continue;
            accept(visitor, text, i, lit);
          }
        }
        const twos = group.twos;
        if (twos !== null) for (let k = 0; k < twos.length; k++) accept(visitor, text, i, twos[k]!);
      }
      const singles = singlesOf[b - 1];
      if (singles) for (let k = 0; k < singles.length; k++) accept(visitor, text, i, singles[k]!);
    }
  }
}

/** What LiteralMatcher.visit hands each occurrence to. */
export interface LiteralVisitor<T> {
  hit(start: number, literal: Literal<T>): void;
}

/** Hands the occurrence of `lit` at `i` to `visitor` when its guards hold. */
function accept<T>(visitor: LiteralVisitor<T>, text: string, i: number, lit: Literal<T>): void {
  if (lit.notPrecededBy && precededBy(text, i, lit.notPrecededBy)) return;
  if (lit.notFollowedBy && followedBy(text, i + lit.text.length, lit.notFollowedBy)) return;
  visitor.hit(i, lit);
}

/** findAll's visitor: every occurrence as a hit object. */
class HitCollector<T> implements LiteralVisitor<T> {
  readonly hits: LiteralHit<T>[] = [];
  hit(start: number, literal: Literal<T>): void {
    this.hits.push({ start, end: start + literal.text.length, value: literal.value, literal });
  }
}

/**
 * From hits that may overlap, keeps a non-overlapping set: longer hits first,
 * then earlier ones; the result is in text order.
 */
export function selectNonOverlapping<H extends { start: number; end: number }>(hits: readonly H[]): H[] {
  // Most paragraphs have no hit, or one: nothing to sort.
  if (hits.length <= 1) return hits.slice();
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: H[] = [];
  for (const h of sorted) {
    if (chosen.some((c) => h.start < c.end && c.start < h.end)) continue;
    chosen.push(h);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Shortens a quote for messages: at most `max` characters, with an ellipsis. */
export function shortQuote(s: string, max = 24): string {
  return s.length <= max ? s : s.slice(0, max - 1) + "…";
}

/**
 * The paragraph whose `index` is `i`: at position `i` when the list is the whole
 * document (the usual case, one array read), found by search otherwise.
 */
export function paragraphAt<P extends { index: number }>(paragraphs: readonly P[], i: number): P | undefined {
  const p = paragraphs[i];
  return p !== undefined && p.index === i ? p : paragraphs.find((q) => q.index === i);
}

/**
 * The text without its whitespace (\s and U+3000): what length-range measures and
 * duplicate-paragraph compares. Kept by the text in the pane's reading memo (core/memo.ts),
 * one table for both rules: after an edit only the changed paragraphs are stripped again.
 */
export function withoutSpaces(text: string): string {
  return memoized("rules.withoutSpaces", text, () => text.replace(/[\s\u3000]/g, ""));
}
