/**
 * Near misses of canonical formulations: text that differs from one by a single
 * Han character substituted, dropped, added, or two adjacent ones swapped
 * (习近平新世代中国特色社会主义思想, 全面从严治党主休责任).
 *
 * Candidates come from character bigrams: every pattern's bigrams are indexed,
 * each bigram of the text votes for the alignment ("diagonal") it implies, and
 * only alignments with enough votes (one edit breaks at most three bigrams) are
 * verified, character by character. A 50,000-character text against a hundred
 * patterns costs one map lookup per character plus a few verifications.
 *
 * Precision comes first (a false error on correct text is worse than a missed
 * slip): the edit must be on a Han character; grammatical particles and numerals
 * are not typos (的 inserted, 三中全会 vs 四中全会); the first and last character
 * of shorter patterns are left alone (全面从严治警, 以人民为中心的发展思路 are
 * other correct phrases); and a substituted character counts as a slip at error
 * level only when it sounds the same (input methods type by sound).
 */
import type { Severity } from "../findings";
import { isHan, LiteralMatcher } from "../rules/text";
import { isHomophone } from "./homophones";
import { hanLength } from "./dictionary";

export type EditType = "substitute" | "delete" | "insert" | "transpose";

export interface NearMissPattern {
  /** The canonical text. */
  text: string;
  /** Caller's id for the pattern (the dictionary entry). */
  id: string;
}

export interface NearMissHit {
  start: number;
  end: number;
  pattern: NearMissPattern;
  edit: EditType;
  /** Pattern offset of the edit (first of the two swapped; for an insertion, the pattern character the extra one stands before). */
  offset: number;
  severity: Severity;
}

/** A piece of a pattern (see NearMissFinder.pieces): the pattern's number and where the piece stands in it. */
export interface NearMissPiece {
  pid: number;
  offset: number;
}

/** Particles whose insertion, omission or exchange is grammar, not a slip. */
const FUNCTION_CHARS = new Set("的地得之和与及或以在对把将被为于了也都还又就是并等");
const NUMERALS = new Set("一二三四五六七八九十百千万零〇两");

/** Patterns shorter than this (Han characters) are only matched through their listed forms. */
export const MIN_HAN = 5;
/** From this length on, an edit at the first or last character counts too. */
const EDGE_HAN = 12;
/** A substitution that does not keep the sound is reported (as a warning) only from this length on. */
const NON_HOMOPHONE_HAN = 8;
/** Drops, additions and swaps are errors from this length on, warnings below. */
const ERROR_HAN = 7;
/** A dropped particle is reported (as a warning) from this length on. */
const FUNCTION_DROP_HAN = 9;

/** What verify() returns when an alignment is no near miss (never changed). */
const NO_HITS: readonly NearMissHit[] = Object.freeze([]);

/** Diagonals kept per pattern: more than the longest pattern plus the three a window spans. */
const RING = 256;
const RING_MASK = RING - 1;

interface Compiled {
  pattern: NearMissPattern;
  text: string;
  /** suffixes[k]: text from k on (k = 0 … length). */
  suffixes: string[];
  han: number;
  threshold: number;
}

export class NearMissFinder {
  private readonly compiled: Compiled[] = [];
  /** Per compiled pattern: how many bigram votes (over three adjacent diagonals) make a candidate. */
  private readonly thresholds: Int32Array;
  /**
   * Pattern bigrams in flat arrays: the bigram of characters with dense ids a and b
   * (`charIds`) is cell a × cellWidth + b; its occurrences, in the order the patterns
   * were read, are pairPattern/pairOffset[cellStart[cell], cellStart[cell + 1]).
   */
  private readonly cellWidth: number;
  private readonly cellStart: Int32Array;
  private readonly pairPattern: Int32Array;
  private readonly pairOffset: Int32Array;
  /** Code unit → 1 + its id among the characters of the patterns (0: in no pattern). */
  private readonly charIds = new Uint16Array(65536);
  private distinctChars = 0;
  private readonly exact: LiteralMatcher<NearMissPattern>;
  private readonly correct: LiteralMatcher<null>;
  private readonly counts: Int32Array;
  private readonly stamps: Float64Array;
  private readonly queued: Float64Array;
  private nextBase = 0;
  /** Code units that stand first / second in some pattern bigram: a cheap filter before the table. */
  private readonly firstOk = new Uint8Array(65536);
  private readonly secondOk = new Uint8Array(65536);

  constructor(patterns: readonly NearMissPattern[], correctPhrases: readonly string[] = []) {
    // Each pattern bigram as (cell, pattern, offset), in reading order.
    const cells: number[] = [];
    const pids: number[] = [];
    const offsets: number[] = [];
    for (const pattern of patterns) {
      const han = hanLength(pattern.text);
      if (han < MIN_HAN || pattern.text.length > RING - 8) continue;
      const m = pattern.text.length;
      const pid = this.compiled.length;
      const suffixes = Array.from({ length: m + 1 }, (_, k) => pattern.text.slice(k));
      this.compiled.push({ pattern, text: pattern.text, suffixes, han, threshold: Math.max(1, m - 1 - 3) });
      for (let k = 0; k + 1 < m; k++) {
        this.firstOk[pattern.text.charCodeAt(k)] = 1;
        this.secondOk[pattern.text.charCodeAt(k + 1)] = 1;
        cells.push(this.charId(pattern.text.charCodeAt(k)) * 65536 + this.charId(pattern.text.charCodeAt(k + 1)));
        pids.push(pid);
        offsets.push(k);
      }
    }
    this.thresholds = Int32Array.from(this.compiled, (c) => c.threshold);
    // Ids run from 1 to distinctChars: a bigram's cell is a × width + b.
    const width = this.distinctChars + 1;
    this.cellWidth = width;
    const cellOf = (code: number) => Math.floor(code / 65536) * width + (code % 65536);
    this.cellStart = new Int32Array(width * width + 1);
    for (const code of cells) this.cellStart[cellOf(code) + 1]!++;
    for (let c = 0; c < width * width; c++) this.cellStart[c + 1]! += this.cellStart[c]!;
    const fill = this.cellStart.slice(0, width * width);
    this.pairPattern = new Int32Array(cells.length);
    this.pairOffset = new Int32Array(cells.length);
    cells.forEach((code, k) => {
      const at = fill[cellOf(code)]!++;
      this.pairPattern[at] = pids[k]!;
      this.pairOffset[at] = offsets[k]!;
    });
    const slots = Math.max(1, this.compiled.length) * RING;
    this.counts = new Int32Array(slots);
    this.stamps = new Float64Array(slots).fill(-1);
    this.queued = new Float64Array(slots).fill(-1);
    this.exact = new LiteralMatcher(this.compiled.map((c) => ({ text: c.text, value: c.pattern })));
    this.correct = new LiteralMatcher(correctPhrases.map((text) => ({ text, value: null })));
  }

  /** The dense id of a pattern character (given on first sight). */
  private charId(code: number): number {
    if (this.charIds[code] === 0) this.charIds[code] = ++this.distinctChars;
    return this.charIds[code]!;
  }

  get size(): number {
    return this.compiled.length;
  }

  /**
   * Two pieces of each pattern, for a scan that looks for many literals at once
   * (terms/scan.ts): the part before its middle character and the part after it. One
   * edit (a character substituted, dropped or added, or two adjacent ones swapped) leaves
   * one of the two as it stands, so every near miss holds one of them, where
   * `alignsAt` looks for it. Both are two code units or more (patterns have five or more).
   */
  pieces(): { text: string; value: NearMissPiece }[] {
    const out: { text: string; value: NearMissPiece }[] = [];
    this.compiled.forEach((c, pid) => {
      const middle = c.text.length >> 1;
      out.push({ text: c.text.slice(0, middle), value: { pid, offset: 0 } });
      out.push({ text: c.text.slice(middle + 1), value: { pid, offset: middle + 1 } });
    });
    return out;
  }

  /**
   * Whether a near miss that find(text, from) would report before its last checks
   * (the correct text around it, overlaps) holds `piece` where it stands at `at`: the
   * piece before the middle at the start of the near miss, the piece after it where
   * the edit before it (none, dropped, added) leaves it. False for every piece of a
   * text means find() finds nothing there.
   */
  alignsAt(text: string, from: number, piece: NearMissPiece, at: number): boolean {
    const c = this.compiled[piece.pid]!;
    const s = at - piece.offset;
    // The pattern itself standing there: find() drops every near miss of it that overlaps it, which
    // those the piece lines up with do (the canonical text is what most pieces find).
    if (s >= from && text.startsWith(c.text, s)) return false;
    if (piece.offset === 0) return at >= from && this.verify(text, at, c).length > 0;
    for (let t = s - 1; t <= s + 1; t++) if (t >= from && this.verify(text, t, c).length > 0) return true;
    return false;
  }

  /** Near misses in `text` (from `from` on), non-overlapping, in text order. */
  find(text: string, from = 0): NearMissHit[] {
    const P = this.compiled.length;
    if (P === 0 || text.length - from < MIN_HAN - 1) return [];
    // Votes per (pattern, diagonal) in a ring of RING diagonals per pattern; a slot is
    // valid while its stamp equals the diagonal it counts (diagonals are made unique
    // across calls by `base`, so nothing needs clearing between paragraphs).
    const base = this.nextBase;
    this.nextBase += text.length + 2 * RING;
    const counts = this.counts;
    const stamps = this.stamps;
    const queued = this.queued;
    const candidates: { pid: number; c: Compiled; diag: number }[] = [];
    const firstOk = this.firstOk;
    const secondOk = this.secondOk;
    const charIds = this.charIds;
    const width = this.cellWidth;
    const cellStart = this.cellStart;
    const pairPattern = this.pairPattern;
    const pairOffset = this.pairOffset;
    const thresholds = this.thresholds;
    const n = text.length;
    let c2 = text.charCodeAt(from);
    for (let i = from; i + 1 < n; i++) {
      const c1 = c2;
      c2 = text.charCodeAt(i + 1);
      if (firstOk[c1] === 0 || secondOk[c2] === 0) continue;
      const cell = charIds[c1]! * width + charIds[c2]!;
      const end = cellStart[cell + 1]!;
      for (let k = cellStart[cell]!; k < end; k++) {
        const pid = pairPattern[k]!;
        const d = base + RING + i - pairOffset[k]!;
        const slotBase = pid * RING;
        const slot = slotBase + (d & RING_MASK);
        // A slot whose stamp is another diagonal counts from zero.
        const count = (stamps[slot] === d ? counts[slot]! : 0) + 1;
        stamps[slot] = d;
        counts[slot] = count;
        if (queued[slot] === d) continue;
        const before = slotBase + ((d - 1) & RING_MASK);
        const after = slotBase + ((d + 1) & RING_MASK);
        const window = count + (stamps[before] === d - 1 ? counts[before]! : 0) + (stamps[after] === d + 1 ? counts[after]! : 0);
        if (window >= thresholds[pid]!) {
          queued[slot] = d;
          candidates.push({ pid, c: this.compiled[pid]!, diag: d - base - RING });
        }
      }
    }
    return candidates.length === 0 ? [] : this.hitsOf(text, from, candidates);
  }

  /**
   * The near misses of the candidate alignments (see find()). A method of its own: the
   * scan above stays small for the compiler, and this runs only where votes agree.
   */
  private hitsOf(text: string, from: number, candidates: readonly { pid: number; c: Compiled; diag: number }[]): NearMissHit[] {
    const hits: NearMissHit[] = [];
    const seen = new Set<string>();
    for (const { pid, c, diag } of candidates) {
      for (let s = diag - 1; s <= diag + 1; s++) {
        if (s < from) continue;
        for (const hit of this.verify(text, s, c)) {
          const id = `${pid}:${hit.start}:${hit.end}`;
          if (seen.has(id)) continue;
          seen.add(id);
          hits.push(hit);
        }
      }
    }
    if (hits.length === 0) return [];

    // Correct text around a hit wins: the pattern itself standing there, or a correct phrase containing the hit.
    const exact = this.exact.findAll(text, Math.max(0, from - 64));
    const correct = this.correct.findAll(text, Math.max(0, from - 64));
    const kept = hits.filter(
      (h) =>
        !exact.some((e) => e.value === h.pattern && e.start < h.end && h.start < e.end) &&
        !correct.some((c) => c.start <= h.start && h.end <= c.end),
    );
    // One finding per place: the surer one, then the longer pattern.
    const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
    kept.sort(
      (a, b) =>
        rank[b.severity] - rank[a.severity] ||
        b.pattern.text.length - a.pattern.text.length ||
        a.start - b.start,
    );
    const chosen: NearMissHit[] = [];
    for (const h of kept) if (!chosen.some((c) => h.start < c.end && c.start < h.end)) chosen.push(h);
    return chosen.sort((a, b) => a.start - b.start);
  }

  /**
   * Single-edit alignments of pattern `c` starting at text position `s` (nothing allocated
   * when there is none). The common prefix is read unit by unit; what must then match is
   * a suffix of the pattern, compared natively (`startsWith`: code that V8 has not
   * optimised yet pays a look-up and a call for each unit it reads itself).
   */
  private verify(text: string, s: number, c: Compiled): readonly NearMissHit[] {
    const P = c.text;
    const m = P.length;
    const n = text.length;
    const suffixes = c.suffixes;
    let out: readonly NearMissHit[] = NO_HITS;
    // Common prefix of text at s and the pattern: the first difference is at a.
    let a = 0;
    while (a < m && s + a < n && text.charCodeAt(s + a) === P.charCodeAt(a)) a++;
    if (a === m) return out;
    // Substitution (only P[a] differs) or transposition (P[a] and P[a + 1] swapped): same length.
    if (s + m <= n) {
      if (text.startsWith(suffixes[a + 1]!, s + a + 1)) out = this.judged(out, text, s, s + m, c, "substitute", a);
      else if (
        a + 1 < m &&
        text.charCodeAt(s + a) === P.charCodeAt(a + 1) &&
        text.charCodeAt(s + a + 1) === P.charCodeAt(a) &&
        text.startsWith(suffixes[a + 2]!, s + a + 2)
      ) {
        out = this.judged(out, text, s, s + m, c, "transpose", a);
      }
    }
    // Deletion: the text lacks P[a].
    if (s + m - 1 <= n && text.startsWith(suffixes[a + 1]!, s + a)) out = this.judged(out, text, s, s + m - 1, c, "delete", a);
    // Insertion: the text has one extra character before P[a] (not at either end: then the pattern itself stands there).
    if (a >= 1 && s + m + 1 <= n && text.startsWith(suffixes[a]!, s + a + 1)) out = this.judged(out, text, s, s + m + 1, c, "insert", a);
    return out;
  }

  /** `out` with the alignment added when judge() reports it. */
  private judged(
    out: readonly NearMissHit[],
    text: string,
    s: number,
    end: number,
    c: Compiled,
    edit: EditType,
    offset: number,
  ): readonly NearMissHit[] {
    const severity = this.judge(text, s, end, c, edit, offset);
    if (!severity) return out;
    return [...out, { start: s, end, pattern: c.pattern, edit, offset, severity }];
  }

  /** The severity of a single-edit near miss, or null when it must not be reported. */
  private judge(text: string, s: number, end: number, c: Compiled, edit: EditType, j: number): Severity | null {
    const m = c.text.length;
    // Pattern character k ("" outside the pattern).
    const P = (k: number) => c.text.charAt(k);
    const atEdge = (k: number) => k === 0 || k === m - 1;
    // Numbers are the variable part of a name (十九届 / 十届, 二中 / 三中 全会): changing one is no slip.
    const inNumber = (k: number) => NUMERALS.has(P(k)) && (NUMERALS.has(P(k - 1)) || NUMERALS.has(P(k + 1)));
    // At an edge of a shorter pattern an edit usually makes another word (全面从严治警); a
    // same-sound slip still shows where the text stops right there (推动高质量发站，). Beyond edge k:
    const stopsBeyond = (k: number) => !isHan(k === 0 ? text[s - 1] : text[end]);
    switch (edit) {
      case "substitute": {
        const want = P(j);
        const got = text.charAt(s + j);
        if (!isHan(want) || !isHan(got)) return null;
        // A particle in the text where the pattern has another word is a rewording, not a slip.
        if (FUNCTION_CHARS.has(got)) return null;
        if (NUMERALS.has(want) && NUMERALS.has(got)) return null;
        if (atEdge(j) && c.han < EDGE_HAN) return isHomophone(want, got) && stopsBeyond(j) ? "warning" : null;
        if (isHomophone(want, got)) return "error";
        return c.han >= NON_HOMOPHONE_HAN ? "warning" : null;
      }
      case "transpose": {
        if (!isHan(P(j)) || !isHan(P(j + 1))) return null;
        if (NUMERALS.has(P(j)) && NUMERALS.has(P(j + 1))) return null;
        if (FUNCTION_CHARS.has(P(j)) && FUNCTION_CHARS.has(P(j + 1))) return null;
        if ((atEdge(j) || atEdge(j + 1)) && c.han < EDGE_HAN) return stopsBeyond(atEdge(j) ? j : j + 1) ? "warning" : null;
        return c.han >= ERROR_HAN ? "error" : "warning";
      }
      case "delete": {
        if (!isHan(P(j)) || inNumber(j)) return null;
        if (atEdge(j)) {
          // What is left is a prefix or suffix, often a word of its own (组织生活 of 组织生活会):
          // only in long patterns, and only where the text stops there.
          if (c.han < EDGE_HAN || !stopsBeyond(j)) return null;
        }
        // A dropped particle (以人民中心, 八项规定其实施细则) is a slip only in a long fixed formula, and a mild one.
        if (FUNCTION_CHARS.has(P(j))) return c.han >= FUNCTION_DROP_HAN ? "warning" : null;
        return c.han >= ERROR_HAN ? "error" : "warning";
      }
      case "insert": {
        const extra = text.charAt(s + j);
        if (!isHan(extra) || FUNCTION_CHARS.has(extra)) return null;
        if (NUMERALS.has(extra) && (NUMERALS.has(P(j - 1)) || NUMERALS.has(P(j)))) return null;
        return c.han >= ERROR_HAN ? "error" : "warning";
      }
    }
  }
}
