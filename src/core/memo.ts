/**
 * What the reader and pairing compute from one text alone (a line's facts, an item's
 * term and theme counts), kept between the readings of one document: after 修正 or
 * 插入 only the texts not seen in the reading before are computed again. The pane's
 * analysis worker keeps one ReadingMemo (src/taskpane/analysis/job.ts); the CLI reads
 * each document once and keeps none.
 *
 * A value is looked up by its table and its text, and must be a function of that text
 * alone (never of a position, of other items or of options), and nobody may change it
 * after it is made: the same object serves later readings. With a memo or without, a
 * reading is the same, byte for byte (test/core/incremental.test.ts edits every dev
 * material at random and compares).
 *
 * Bounded: after each reading only what that reading looked up is kept (what the
 * document no longer holds is forgotten), and a reading stops keeping new values past
 * MEMO_MAX_CHARS characters of keys. Pure: no DOM, no clock.
 */
import { THEMES } from "./text/themes";
import { SYNONYM_GROUPS } from "./pairing/synonyms";
import type { TermKey } from "./text/terms";
import { setMemoSeam, type MemoSeam } from "./memoSeam";

/** Characters of keys a memo keeps at most (some 16 MB of keys; a long document holds 0.3 M). */
export const MEMO_MAX_CHARS = 8_000_000;

interface Slot {
  value: unknown;
  /** The reading that last looked it up. */
  seen: number;
}

/** Figures of the last reading, per table (tests and the bench read them). */
export interface MemoStats {
  hits: number;
  misses: number;
}

export class ReadingMemo {
  private readonly tables = new Map<string, Map<string, Slot>>();
  private reading = 0;
  private chars = 0;
  /** Counts made lately (same()), per table and size, with the reading that last made or found them. */
  private readonly counts = new Map<string, Map<number, { value: Map<TermKey, number>; seen: number }[]>>();
  /** Per table, what the last reading found kept and computed. */
  readonly lastRun = new Map<string, MemoStats>();

  /** `maxChars`: characters of keys kept at most (MEMO_MAX_CHARS; tests set fewer). */
  constructor(private readonly maxChars = MEMO_MAX_CHARS) {}

  /**
   * Runs one reading with this memo: the values its call sites look up are kept for the
   * next one, and those it did not look up are forgotten when it ends. A reading inside
   * another of the same memo is part of it.
   */
  run<T>(read: () => T): T {
    return runReading(this, read);
  }

  /** A reading starts (runReading). */
  begin(): void {
    this.reading++;
    this.lastRun.clear();
  }

  /** The value kept for `key` in `table`, else `compute()`'s, kept. */
  get<T>(table: string, key: string, compute: () => T): T {
    let slots = this.tables.get(table);
    if (!slots) this.tables.set(table, (slots = new Map()));
    let stats = this.lastRun.get(table);
    if (!stats) this.lastRun.set(table, (stats = { hits: 0, misses: 0 }));
    const slot = slots.get(key);
    if (slot) {
      slot.seen = this.reading;
      stats.hits++;
      return slot.value as T;
    }
    stats.misses++;
    const value = compute();
    if (this.chars + key.length <= this.maxChars) {
      slots.set(key, { value, seen: this.reading });
      this.chars += key.length;
    }
    return value;
  }

  /**
   * `counts`, or the counts equal to it (the same entries in the same order) that this
   * reading or the one before made for `table`: an edit that changes a text but not its
   * counts (a comma made full-width) keeps the object, and what was kept with it.
   */
  same(table: string, counts: Map<TermKey, number>): Map<TermKey, number> {
    let bySize = this.counts.get(table);
    if (!bySize) this.counts.set(table, (bySize = new Map()));
    const known = bySize.get(counts.size);
    if (known) {
      for (const c of known) {
        if (c.value === counts) return counts;
        if (sameCounts(c.value, counts)) {
          c.seen = this.reading;
          return c.value;
        }
      }
    }
    const entry = { value: counts, seen: this.reading };
    if (known) known.push(entry);
    else bySize.set(counts.size, [entry]);
    return counts;
  }

  /** Keeps `keys` of `table` for the next reading as if looked up (those it holds). */
  touch(table: string, keys: readonly string[]): void {
    const slots = this.tables.get(table);
    if (!slots) return;
    for (const key of keys) {
      const slot = slots.get(key);
      if (slot) slot.seen = this.reading;
    }
  }

  /** Values kept, over all tables (tests read it). */
  get size(): number {
    let n = 0;
    for (const slots of this.tables.values()) n += slots.size;
    return n;
  }

  /** Forgets everything (another document). */
  clear(): void {
    this.tables.clear();
    this.counts.clear();
    this.lastRun.clear();
    this.chars = 0;
  }

  /** A reading ended (runReading): only what it looked up is kept. */
  end(): void {
    for (const slots of this.tables.values())
      for (const [key, slot] of slots)
        if (slot.seen !== this.reading) {
          slots.delete(key);
          this.chars -= key.length;
        }
    // Counts made or found by this reading and the one before (an edit compares with those).
    for (const bySize of this.counts.values())
      for (const [size, list] of bySize) {
        const kept = list.filter((c) => c.seen >= this.reading - 1);
        if (kept.length === 0) bySize.delete(size);
        else if (kept.length < list.length) bySize.set(size, kept);
      }
  }
}

/** The memo of the reading running now, if it has one. */
let active: ReadingMemo | null = null;

function runReading<T>(memo: ReadingMemo, read: () => T): T {
  if (active === memo) return read();
  const outer = active;
  active = memo;
  // The reader's modules ask through memoSeam.ts (so that this module stays out of the first view).
  const outerSeam = setMemoSeam(SEAM);
  memo.begin();
  try {
    return read();
  } finally {
    active = outer;
    setMemoSeam(outerSeam);
    memo.end();
  }
}

/**
 * `compute()`, or the value the running reading's memo keeps for `key` in `table`
 * (without a memo, simply `compute()`). `compute` must depend on `key` alone.
 */
export function memoized<T>(table: string, key: string, compute: () => T): T {
  return active === null ? compute() : active.get(table, key, compute);
}

/** A number for each object a memo key names (objects are kept by the memo, not compared). */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = nextObjectId++));
  return id;
}

/**
 * `compute()`, or the value kept for these same inputs (numbers, and objects by identity)
 * in the reading before. Where the values the memo keeps stay the same objects while
 * their content is the same (featuresByLine's), a result made of them is kept with them.
 * A copy of a kept matrix is returned, rows and all: nobody changes the one kept.
 */
export function memoizedOnObjects(table: string, inputs: readonly (object | number)[], compute: () => number[][]): number[][] {
  if (active === null) return compute();
  const key = inputs.map((x) => (typeof x === "number" ? `${x}` : `#${objectId(x)}`)).join(",");
  return active.get(table, key, compute).map((row) => row.slice());
}

/** Where each synonym group comes in a text's group counts (pairing/synonyms.ts counts them in SYNONYM_GROUPS order). */
function rankOfGroup(id: string): number {
  const k = SYNONYM_GROUPS.findIndex((g) => g.id === id);
  return k < 0 ? SYNONYM_GROUPS.length : k;
}

/** Where each theme comes in a text's theme counts (text/themes.ts counts them in THEMES order). */
let themeRank: Map<string, number> | null = null;

function rankOfTheme(id: string): number {
  if (!themeRank) {
    themeRank = new Map();
    THEMES.forEach((t, k) => {
      if (!themeRank!.has(t.id)) themeRank!.set(t.id, k);
    });
  }
  return themeRank.get(id) ?? THEMES.length;
}

/**
 * Pairing's features of a text (term counts, then `#theme` counts: pairing/pair.ts),
 * put together from those of its lines, each kept in the memo by its text: an item of
 * a long document changes one line at a time. The same map as `featurize(text)`, in
 * the same order: the terms and themes of text/terms.ts and text/themes.ts never span
 * a line break (a bigram is taken inside a run of ideographs, a phrase has no "\n"),
 * so the counts of the text are the sums of its lines'; terms come in the order they
 * first occur, themes in THEMES order, all of them after the terms, then the synonym
 * groups' `~` counts in SYNONYM_GROUPS order (a phrase of theirs has no "\n" either).
 * (test/core/memo.test.ts compares both over every item of the dev materials.)
 */
export function featuresByLine(table: string, text: string, featurize: (text: string) => Map<TermKey, number>): Map<TermKey, number> {
  const memo = active;
  if (memo === null) return featurize(text);
  // A text's counts equal to counts made before are those (same()), kept as they are found.
  const same = `${table}:same`;
  if (text.indexOf("\n") < 0) return memo.same(same, memo.get(table, text, () => memo.same(same, featurize(text))));
  // A text seen whole in the reading before (most items after an edit) is not put together
  // again; its lines stay kept with it (the next edit changes one of them).
  let made = false;
  const whole = memo.get(`${table}:whole`, text, () => {
    made = true;
    const out = fromLines(memo, table, text, featurize);
    return { features: memo.same(same, out.features), lines: out.lines };
  });
  if (!made) memo.touch(`${table}:line`, whole.lines);
  return memo.same(same, whole.features);
}

/** Whether two counts hold the same entries in the same order. */
function sameCounts(a: ReadonlyMap<TermKey, number>, b: ReadonlyMap<TermKey, number>): boolean {
  if (a.size !== b.size) return false;
  const other = b.entries();
  for (const [key, n] of a) {
    const next = other.next();
    if (next.done || next.value[0] !== key || next.value[1] !== n) return false;
  }
  return true;
}

/** One line's counts as flat arrays (merging reads them in order without an entry array per term). */
interface LineCounts {
  terms: TermKey[];
  termCounts: number[];
  themes: string[];
  themeCounts: number[];
  /** `~group` counts (pairing/synonyms.ts), which come after the themes. */
  groups: string[];
  groupCounts: number[];
  /** signatureOf(this), once computed. */
  signature?: string;
  /** A number naming this object in memo keys. */
  id?: number;
}

function lineCounts(counts: Map<TermKey, number>): LineCounts {
  const out: LineCounts = { terms: [], termCounts: [], themes: [], themeCounts: [], groups: [], groupCounts: [] };
  counts.forEach((n, key) => {
    // A number is a bigram (text/terms.ts, TermKey); themes (#) and groups (~) are strings.
    const first = typeof key === "string" ? key.charCodeAt(0) : 0;
    if (first === 0x23 /* # */) {
      out.themes.push(key as string);
      out.themeCounts.push(n);
    } else if (first === 0x7e /* ~ */) {
      out.groups.push(key as string);
      out.groupCounts.push(n);
    } else {
      out.terms.push(key);
      out.termCounts.push(n);
    }
  });
  return out;
}

/**
 * What identifies a line's counts: its terms, themes and groups with their counts, in
 * order (a number is a bigram, a string term is marked apart so that none reads as one).
 */
function signatureOf(c: LineCounts): string {
  const terms = c.terms.map((k) => (typeof k === "number" ? k.toString(36) : `\u0002${k}`)).join("\u0001");
  return `${terms}\u0003${c.termCounts.join(",")}\u0003${c.themes.join("\u0001")}\u0003${c.themeCounts.join(",")}\u0003${c.groups.join("\u0001")}\u0003${c.groupCounts.join(",")}`;
}

let nextLineCountsId = 1;

function fromLines(memo: ReadingMemo, table: string, text: string, featurize: (text: string) => Map<TermKey, number>): { features: Map<TermKey, number>; lines: string[] } {
  const lines = text.split("\n");
  // Each line's counts, one object for equal counts (a line whose comma was made
  // full-width keeps its counts' object): a text whose lines' counts are the same objects
  // as those of a text summed before has that text's sums.
  const bySignature = `${table}:lineSignature`;
  const counts = lines.map((line) => {
    const c = memo.get(`${table}:line`, line, () => {
      const made = lineCounts(featurize(line));
      return memo.get(bySignature, (made.signature = signatureOf(made)), () => made);
    });
    // Kept while a line has these counts (the next edit's line compares with it).
    memo.get(bySignature, (c.signature ??= signatureOf(c)), () => c);
    return c;
  });
  const key = counts.map((c) => (c.id ??= nextLineCountsId++).toString(36)).join(",");
  return { features: memo.get(`${table}:sums`, key, () => summed(counts)), lines };
}

/** The counts of a text from its lines' (see featuresByLine for the order). */
function summed(counts: readonly LineCounts[]): Map<TermKey, number> {
  const out = new Map<TermKey, number>();
  const themes = new Map<string, number>();
  const groups = new Map<string, number>();
  for (const c of counts) {
    for (let k = 0; k < c.terms.length; k++) {
      const key = c.terms[k]!;
      out.set(key, (out.get(key) ?? 0) + c.termCounts[k]!);
    }
    for (let k = 0; k < c.themes.length; k++) {
      const key = c.themes[k]!;
      themes.set(key, (themes.get(key) ?? 0) + c.themeCounts[k]!);
    }
    for (let k = 0; k < c.groups.length; k++) {
      const key = c.groups[k]!;
      groups.set(key, (groups.get(key) ?? 0) + c.groupCounts[k]!);
    }
  }
  const ordered = [...themes.keys()].sort((a, b) => rankOfTheme(a.slice(1)) - rankOfTheme(b.slice(1)));
  for (const key of ordered) out.set(key, themes.get(key)!);
  const orderedGroups = [...groups.keys()].sort((a, b) => rankOfGroup(a.slice(1)) - rankOfGroup(b.slice(1)));
  for (const key of orderedGroups) out.set(key, groups.get(key)!);
  return out;
}

/** This module's answers, installed in memoSeam.ts while a reading runs with a memo. */
const SEAM: MemoSeam = { memoized, memoizedOnObjects, featuresByLine };
