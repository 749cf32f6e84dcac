/**
 * Passages shared between documents (copied-passage): one shingle index over every
 * document of a run, built once, then queried per document — not all pairs of
 * sentences. Text is compared on its letters only (punctuation and spaces dropped),
 * in shingles of SHINGLE characters; a passage is a run of consecutive shingles
 * shared with one paragraph of another document.
 *
 * These materials share a lot of wording by design: canonical formulations
 * (习近平新时代中国特色社会主义思想, 增强“四个意识”、坚定“四个自信”、做到“两个维护”),
 * the year's theme and aspects quoted in headings, quotations of the General
 * Secretary, titles of documents. Such wording is "boilerplate": it may stand
 * inside a passage but does not count towards it. A passage is reported only when
 * it is MIN_PASSAGE letters long and MIN_OWN of them are the author's own words.
 *
 * Text that most files of a run share is NOT discounted: one hand writing a whole
 * team's materials is exactly what this is meant to find. (The rule tells template
 * prefaces apart by where they stand.) But a shingle standing in more than
 * LIMITS.shingleOccurrences paragraphs (a line repeated hundreds of times) is
 * dropped from the index: every occurrence would be compared with every other,
 * which costs minutes, and such repetition is not evidence of copying.
 */
import { LIMITS } from "./limits";
import { builtInProfiles } from "./profiles";
import { LiteralMatcher } from "./rules/text";
import { termDictionary } from "./terms/dictionary";
import { LETTER, NOT_LETTER_G } from "./text/chars";

export const SHINGLE = 12;
/** Letters a reported passage covers at least. */
export const MIN_PASSAGE = 40;
/** Of those, letters that are not boilerplate. */
export const MIN_OWN = 30;
/**
 * Two runs against the same other paragraph this few letters apart are one passage:
 * one character changed breaks SHINGLE shingles but leaves a gap of a letter or two.
 */
const MERGE_GAP = 6;

export interface PassageMatch {
  paragraph: number;
  /** Range in the paragraph's text. */
  start: number;
  end: number;
  otherFile: string;
  otherParagraph: number;
  /** Letters of the passage that are the author's own (not boilerplate). */
  ownLetters: number;
  /** Other places where (much of) the same passage stands. */
  also: { file: string; paragraph: number }[];
}

/** The count of a shingle that occurs too often: it is skipped (see above). */
const TOO_FREQUENT = -1;

/** Polynomial hash of SHINGLE code units, rolled along the text (32-bit wrapping arithmetic). */
const HASH_BASE = 0x01000193;
const HASH_POW = (() => {
  let p = 1;
  for (let k = 0; k < SHINGLE; k++) p = Math.imul(p, HASH_BASE);
  return p;
})();

/** The hash of units[i, i + SHINGLE) (a paragraph's letters as UTF-16 code units). */
export function shingleHash(units: Uint16Array, i: number): number {
  let h = 0;
  for (let k = i; k < i + SHINGLE; k++) h = (Math.imul(h, HASH_BASE) + units[k]!) | 0;
  return h;
}

/** The hash of the shingle at i + 1, from that at i. */
function rollHash(h: number, units: Uint16Array, i: number): number {
  return (Math.imul(h, HASH_BASE) - Math.imul(units[i]!, HASH_POW) + units[i + SHINGLE]!) | 0;
}

/** A hash mixed so that its low bits (the table's slot) depend on every unit. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x45d9f3b);
  return x ^ (x >>> 15);
}

/** Whether a[i, i + SHINGLE) and b[j, j + SHINGLE) are the same text. */
function sameShingle(a: Uint16Array, i: number, b: Uint16Array, j: number): boolean {
  for (let k = 0; k < SHINGLE; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

/** `a`, or a copy at least twice as long when it is shorter than `need`. */
function grown<A extends Int32Array | Float64Array | Uint16Array>(a: A, need: number): A {
  if (need <= a.length) return a;
  const b = new (a.constructor as { new (n: number): A })(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * The shingles of every indexed document and, per shingle, the paragraphs it stands
 * in, in flat arrays of numbers rather than an object per shingle and per paragraph:
 * an index of 300 materials holds about a million of them.
 *
 * - The letters of every indexed paragraph stand one after the other in one array of
 *   code units (`pool`); a shingle is a position in it.
 * - A shingle (an entry) is found by its hash in an open-addressing table (each slot
 *   holds the entry and its hash side by side, so a probe reads one place), then by its
 *   text (where it was first met in the pool), so that two shingles whose hashes
 *   collide are never taken for one.
 * - A paragraph of an indexed document (a posting: its document and index) is a
 *   number; each entry lists its postings in the order they were added, as a chain of
 *   nodes.
 */
export class ShingleTable {
  /** Per slot, two numbers: entry + 1 (0: empty) and the entry's hash; the slot count is a power of two. */
  private slots = new Int32Array(2 << 14);
  entries = 0;
  /** Per entry: where its text starts in the pool. */
  private start = new Int32Array(1 << 13);
  /** First and last node of the entry's postings (-1: none). */
  head = new Int32Array(1 << 13);
  private tail = new Int32Array(1 << 13);
  /** How many postings the entry lists; TOO_FREQUENT when it is skipped. */
  count = new Int32Array(1 << 13);
  /** The letters of every paragraph added, as code units, one after the other (see reserve). */
  pool = new Uint16Array(1 << 16);
  /** Code units of the pool in use. */
  poolSize = 0;
  private nodes = 0;
  nodePosting = new Int32Array(1 << 14);
  nodeNext = new Int32Array(1 << 14);

  /** Makes room for `units` more code units at the pool's end (poolSize); the pool may be a new array after it. */
  reserve(units: number): void {
    this.pool = grown(this.pool, this.poolSize + units);
  }

  /** Keeps `units` code units written at the pool's end; returns where they start. */
  commit(units: number): number {
    const at = this.poolSize;
    this.poolSize += units;
    return at;
  }

  /** Adds `text`'s code units to the pool as they are; returns where they start. */
  addSource(text: string): number {
    this.reserve(text.length);
    for (let k = 0; k < text.length; k++) this.pool[this.poolSize + k] = text.charCodeAt(k);
    return this.commit(text.length);
  }

  /** The entry of units[i, i + SHINGLE) (whose hash is `h`), or -1. */
  find(units: Uint16Array, i: number, h: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const pool = this.pool;
    for (let slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      const e = slots[2 * slot]! - 1;
      if (e < 0) return -1;
      if (slots[2 * slot + 1] === h && sameShingle(units, i, pool, this.start[e]!)) return e;
    }
  }

  /** The entry of the pool's shingle at `at` (whose hash is `h`), made (with no postings) when new. */
  findOrAdd(at: number, h: number): number {
    const found = this.find(this.pool, at, h);
    if (found >= 0) return found;
    if ((this.entries + 1) * 2 > this.slots.length >> 1) this.rehash(this.slots.length);
    const e = this.entries++;
    if (e >= this.start.length) {
      this.start = grown(this.start, e + 1);
      this.head = grown(this.head, e + 1);
      this.tail = grown(this.tail, e + 1);
      this.count = grown(this.count, e + 1);
    }
    this.start[e] = at;
    this.head[e] = -1;
    this.tail[e] = -1;
    this.count[e] = 0;
    this.place(e, h);
    return e;
  }

  /** The last posting the entry lists, or -1. */
  lastPosting(e: number): number {
    const t = this.tail[e]!;
    return t < 0 ? -1 : this.nodePosting[t]!;
  }

  /** Adds a posting at the end of the entry's list. */
  append(e: number, posting: number): void {
    const n = this.nodes++;
    if (n >= this.nodePosting.length) {
      this.nodePosting = grown(this.nodePosting, n + 1);
      this.nodeNext = grown(this.nodeNext, n + 1);
    }
    this.nodePosting[n] = posting;
    this.nodeNext[n] = -1;
    const t = this.tail[e]!;
    if (t < 0) this.head[e] = n;
    else this.nodeNext[t] = n;
    this.tail[e] = n;
    this.count[e]!++;
  }

  /** Drops the entry's postings: it stands in too many paragraphs (see TOO_FREQUENT). */
  skip(e: number): void {
    this.head[e] = -1;
    this.tail[e] = -1;
    this.count[e] = TOO_FREQUENT;
  }

  private place(e: number, h: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = mix(h) & mask;
    while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = e + 1;
    slots[2 * slot + 1] = h;
  }

  /** Twice the slots; every entry placed again by the hash its slot kept. */
  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(size * 2);
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) this.place(old[s]! - 1, old[s + 1]!);
  }
}

/** Per UTF-16 unit: 0 not yet asked, 1 a letter (LETTER), 2 not; filled as units are met. */
const letterClass = new Uint8Array(65536);

function isLetterUnit(c: number): boolean {
  let k = letterClass[c]!;
  if (k === 0) letterClass[c] = k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * Writes the letters of `text` as code units into `out` from `at` (room for text.length
 * units is the caller's); returns how many. Each UTF-16 unit is tested on its own (a
 * character outside the BMP is two units, neither of them a letter).
 */
function lettersInto(text: string, out: Uint16Array, at: number): number {
  let n = at;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLetterUnit(c)) out[n++] = c;
  }
  return n - at;
}

/**
 * Letters of `text` with their offsets in it. Each UTF-16 unit is tested on its
 * own (a character outside the BMP is two units, neither of them a letter).
 */
function letters(text: string): { chars: string; offsets: number[] } {
  const offsets: number[] = [];
  const runs: string[] = [];
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    if (isLetterUnit(text.charCodeAt(i))) {
      if (runStart < 0) runStart = i;
      offsets.push(i);
    } else if (runStart >= 0) {
      runs.push(text.slice(runStart, i));
      runStart = -1;
    }
  }
  if (runStart >= 0) runs.push(runStart === 0 ? text : text.slice(runStart));
  return { chars: runs.length === 1 ? runs[0]! : runs.join(""), offsets };
}

/** letters(text).chars, by the engine's own replace (LETTER and NOT_LETTER_G are the same class, per UTF-16 unit). */
function lettersOnly(text: string): string {
  NOT_LETTER_G.lastIndex = 0;
  return text.replace(NOT_LETTER_G, "");
}

/**
 * The built-in boilerplate: every canonical formulation of the term dictionary
 * (with its accepted variants) and every built-in profile's theme and aspect labels.
 */
export function canonicalPhrases(): string[] {
  const phrases = new Set<string>(termDictionary().correct);
  for (const p of builtInProfiles()) {
    if (p.theme) phrases.add(p.theme);
    for (const a of p.aspects) phrases.add(a.label);
  }
  return [...phrases];
}

/** Phrases shorter than this (in letters) are too common to mask anything useful. */
const MIN_PHRASE = 4;

function phraseMatcher(phrases: readonly string[]): LiteralMatcher<true> {
  const literals = [...new Set(phrases.map(lettersOnly))].filter((p) => p.length >= MIN_PHRASE).map((text) => ({ text, value: true as const }));
  return new LiteralMatcher(literals);
}

let defaultMatcher: LiteralMatcher<true> | null = null;

/** Quotations and cited titles: “…”, ‘…’, 「…」, 《…》. */
const QUOTED = /“[^“”]*”|‘[^‘’]*’|「[^「」]*」|《[^《》]*》/g;
/** Words of the General Secretary, quoted without quotation marks: from 强调/指出 to the end of the sentence. */
const LEADER_SAYS = /总书记[^，。；：！？]{0,8}?(?:强调|指出|告诫|说)[，,：:]?[^。！？]*/g;

export interface PassageIndexOptions {
  /** Wording that does not count towards a passage; default `canonicalPhrases()`. */
  boilerplate?: readonly string[];
  /** Paragraphs a shingle may stand in before it is skipped; default LIMITS.shingleOccurrences. */
  maxOccurrences?: number;
}


export class PassageIndex {
  private readonly files: string[] = [];
  private readonly shingles = new ShingleTable();
  /** Per posting (a paragraph of an indexed document): its document and paragraph index. */
  private readonly postingDoc: number[] = [];
  private readonly postingParagraph: number[] = [];
  /** Per posting: the last text position at which find() saw it (a stamp instead of a set per position). */
  private seenAt = new Float64Array(64);
  /** Per posting: the run find() is extending against it (valid while seenAt is of the same paragraph). */
  private runOf = new Int32Array(64);
  /** find()'s runs of the paragraph it reads: their posting, first and last shingle (reused, grown). */
  private runKey = new Int32Array(256);
  private runFrom = new Int32Array(256);
  private runTo = new Int32Array(256);
  /** find()'s letters of a paragraph that was not added (reused, grown). */
  private scratch = new Uint16Array(1024);
  private readonly maxOccurrences: number;
  private readonly matcher: LiteralMatcher<true>;
  /** The next unused stamp of find() (see seenAt). */
  private stamp = 0;
  /**
   * Per paragraph text (long enough for find() to look at): where `known` holds its
   * letter count, then its shingles' entries, as add() found them. find() on a
   * paragraph that was added (the usual case: a run indexes its documents, then queries
   * each) reads them instead of taking the letters, hashing and looking up every
   * shingle again; an entry is the same whenever its text is looked up.
   */
  private readonly entriesOf = new Map<string, number>();
  private known = new Int32Array(1 << 14);
  private knownSize = 0;

  constructor(options: PassageIndexOptions = {}) {
    if (options.boilerplate) this.matcher = phraseMatcher(options.boilerplate);
    else this.matcher = defaultMatcher ??= phraseMatcher(canonicalPhrases());
    this.maxOccurrences = options.maxOccurrences ?? LIMITS.shingleOccurrences;
  }

  add(file: string, paragraphs: readonly { index: number; text: string }[]): void {
    const doc = this.files.length;
    this.files.push(file);
    const table = this.shingles;
    const postingsBefore = this.postingDoc.length;
    const postingOf = new Map<number, number>();
    for (const p of paragraphs) {
      if (p.text.length < SHINGLE) continue;
      // The letters, written straight into the table's pool.
      table.reserve(p.text.length);
      const n = lettersInto(p.text, table.pool, table.poolSize);
      if (n < SHINGLE) continue;
      const at = table.commit(n);
      let posting = postingOf.get(p.index);
      if (posting === undefined) {
        posting = this.postingDoc.length;
        postingOf.set(p.index, posting);
        this.postingDoc.push(doc);
        this.postingParagraph.push(p.index);
      }
      let keep = -1;
      if (n >= MIN_PASSAGE && !this.entriesOf.has(p.text)) {
        this.known = grown(this.known, this.knownSize + n - SHINGLE + 2);
        this.entriesOf.set(p.text, this.knownSize);
        this.known[this.knownSize] = n;
        keep = this.knownSize + 1;
        this.knownSize += n - SHINGLE + 2;
      }
      this.indexShingles(at, n, posting, keep);
    }
    this.seenAt = grown(this.seenAt, this.postingDoc.length);
    this.runOf = grown(this.runOf, this.postingDoc.length);
    // Never seen: no stamp of find() (nor one less) is below 0.
    this.seenAt.fill(-2, postingsBefore, this.postingDoc.length);
  }

  /**
   * Indexes the shingles of the n letters at `at` in the pool under `posting`; from
   * `keep` on (unless -1), `known` gets their entries. The hot loop of add(), a small
   * function of its own: V8's optimising compiler then compiles little (add() with it
   * inlined took tens of milliseconds to compile, more than a first run of it saves).
   */
  private indexShingles(at: number, n: number, posting: number, keep: number): void {
    const table = this.shingles;
    const pool = table.pool;
    const known = this.known;
    let h = shingleHash(pool, at);
    for (let i = 0; i + SHINGLE <= n; i++) {
      if (i > 0) h = rollHash(h, pool, at + i - 1);
      const e = table.findOrAdd(at + i, h);
      if (keep >= 0) known[keep + i] = e;
      const count = table.count[e]!;
      if (count === TOO_FREQUENT) continue;
      // Keep one posting per document and paragraph.
      if (table.lastPosting(e) !== posting) {
        if (count >= this.maxOccurrences) table.skip(e);
        else table.append(e, posting);
      }
    }
  }

  get size(): number {
    return this.files.length;
  }

  /** How many distinct shingles were dropped for standing in too many paragraphs. */
  get skippedShingles(): number {
    let n = 0;
    for (let e = 0; e < this.shingles.entries; e++) if (this.shingles.count[e] === TOO_FREQUENT) n++;
    return n;
  }

  /** Per letter of a paragraph: true where it is boilerplate (a canonical phrase, a quotation, a cited title). */
  boilerplateMask(text: string): { chars: string; offsets: number[]; mask: Uint8Array } {
    const { chars, offsets } = letters(text);
    const mask = new Uint8Array(chars.length);
    for (const hit of this.matcher.findAll(chars)) mask.fill(1, hit.start, hit.end);
    // Spans found in the text (quotations) are mapped to letters through their offsets.
    const covered = new Uint8Array(text.length);
    let any = false;
    for (const re of [QUOTED, LEADER_SAYS]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        covered.fill(1, m.index, m.index + m[0].length);
        any = true;
      }
    }
    if (any) {
      offsets.forEach((offset, j) => {
        if (covered[offset]) mask[j] = 1;
      });
    }
    return { chars, offsets, mask };
  }

  /**
   * Passages of `file`'s paragraphs that also stand in another indexed document
   * (documents indexed under the same name as `file` are not "another").
   */
  find(file: string, paragraphs: readonly { index: number; text: string }[]): PassageMatch[] {
    const matches: PassageMatch[] = [];
    // Documents indexed under `file` itself are not "another".
    const self = new Uint8Array(this.files.length);
    this.files.forEach((f, k) => {
      if (f === file) self[k] = 1;
    });
    for (const p of paragraphs) {
      if (p.text.length < MIN_PASSAGE) continue;
      const runs = this.sharedRuns(p.text, self);
      if (runs > 0) this.passagesOf(p, runs, matches);
    }
    return matches;
  }

  /**
   * find()'s runs of consecutive shingles of `text` shared with one paragraph of another
   * document, left in runKey, runFrom and runTo; returns how many. The hot loop of
   * find(), a small function of its own (see indexShingles).
   */
  private sharedRuns(text: string, self: Uint8Array): number {
    const table = this.shingles;
    // The entries add() found for this text, else the letters (which of them are
    // boilerplate, and where they stand in the text, only for a paragraph that shares something).
    const known = this.entriesOf.get(text);
    let n: number;
    if (known !== undefined) n = this.known[known]!;
    else {
      this.scratch = grown(this.scratch, text.length);
      n = lettersInto(text, this.scratch, 0);
    }
    if (n < MIN_PASSAGE) return 0;

    // Runs of consecutive shingles shared with one other paragraph, all tracked at once:
    // a run goes on while its paragraph was seen at the previous position too. A run
    // that starts at most MERGE_GAP letters after the end of the last one against the
    // same paragraph continues it (one character changed breaks SHINGLE shingles).
    // Stamps are unique per position across calls: `base` moves past every position used
    // (and one more, so that no stamp of an earlier paragraph is `base - 1`).
    const base = this.stamp;
    this.stamp += n + 1;
    const { seenAt, runOf, postingDoc } = this;
    const entries = this.known;
    const units = this.scratch;
    let runs = 0;
    let hash = known !== undefined ? 0 : shingleHash(units, 0);
    for (let i = 0; i + SHINGLE <= n; i++) {
      let e: number;
      if (known !== undefined) e = entries[known + 1 + i]!;
      else {
        if (i > 0) hash = rollHash(hash, units, i - 1);
        e = table.find(units, i, hash);
      }
      if (e < 0) continue;
      const at = base + i;
      for (let node = table.head[e]!; node >= 0; node = table.nodeNext[node]!) {
        const h = table.nodePosting[node]!;
        if (self[postingDoc[h]!] === 1) continue;
        const seen = seenAt[h]!;
        if (seen === at) continue;
        seenAt[h] = at;
        if (seen === at - 1 || (seen >= base && i - (this.runTo[runOf[h]!]! + SHINGLE) <= MERGE_GAP)) this.runTo[runOf[h]!] = i;
        else {
          if (runs === this.runKey.length) {
            this.runKey = grown(this.runKey, runs + 1);
            this.runFrom = grown(this.runFrom, runs + 1);
            this.runTo = grown(this.runTo, runs + 1);
          }
          runOf[h] = runs;
          this.runKey[runs] = h;
          this.runFrom[runs] = i;
          this.runTo[runs] = i;
          runs++;
        }
      }
    }
    return runs;
  }

  /** The passages among sharedRuns' `runs` runs of paragraph `p`, added to `matches` (find()'s cold part). */
  private passagesOf(p: { index: number; text: string }, runs: number, matches: PassageMatch[]): void {
    const { postingDoc } = this;
    // Runs long enough to be a passage, with the letters of theirs that are the author's own.
    let mask: Uint8Array | null = null;
    let offsets: number[] = [];
    const passages: { doc: number; file: string; paragraph: number; start: number; end: number; own: number }[] = [];
    for (let r = 0; r < runs; r++) {
      const start = this.runFrom[r]!;
      const end = this.runTo[r]! + SHINGLE; // exclusive, in letters
      if (end - start < MIN_PASSAGE) continue;
      if (mask === null) ({ offsets, mask } = this.boilerplateMask(p.text));
      let own = 0;
      for (let j = start; j < end; j++) if (!mask[j]) own++;
      if (own < MIN_OWN) continue;
      const h = this.runKey[r]!;
      const doc = postingDoc[h]!;
      passages.push({ doc, file: this.files[doc] ?? "", paragraph: this.postingParagraph[h]!, start, end, own });
    }
    if (passages.length === 0) return;

    // One finding per stretch of text: the passage with most own letters; others overlapping it are "also".
    passages.sort((a, b) => b.own - a.own || a.doc - b.doc || a.paragraph - b.paragraph || a.start - b.start);
    const chosen: (typeof passages[number] & { also: PassageMatch["also"] })[] = [];
    for (const c of passages) {
      const overlapping = chosen.find((k) => c.start < k.end && k.start < c.end);
      if (overlapping) {
        const where = { file: c.file, paragraph: c.paragraph };
        if (!overlapping.also.some((a) => a.file === where.file && a.paragraph === where.paragraph)) overlapping.also.push(where);
        continue;
      }
      chosen.push({ ...c, also: [] });
    }
    chosen.sort((a, b) => a.start - b.start);
    for (const c of chosen) {
      // Letter positions back to the text's (the passage lies within the letters: start < end <= offsets.length).
      const start = offsets[c.start];
      const last = offsets[c.end - 1];
      if (start === undefined || last === undefined) continue;
      matches.push({
        paragraph: p.index,
        start,
        end: last + 1,
        otherFile: c.file,
        otherParagraph: c.paragraph,
        ownLetters: c.own,
        also: c.also,
      });
    }
  }
}
