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
import { LETTER } from "./text/chars";

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

/**
 * A paragraph of an indexed document. One object per paragraph, shared by every
 * shingle list it stands in: it is its own key while runs are tracked.
 */
interface Posting {
  doc: number;
  paragraph: number;
  /** The last text position at which find() saw it (a stamp instead of a set per position). */
  seenAt: number;
}


/** Per UTF-16 unit: 0 not yet asked, 1 a letter (LETTER), 2 not; filled as units are met. */
const letterClass = new Uint8Array(65536);

function isLetterUnit(c: number): boolean {
  let k = letterClass[c]!;
  if (k === 0) letterClass[c] = k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
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

function lettersOnly(text: string): string {
  return letters(text).chars;
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

/** The postings of a shingle that occurs too often: it is skipped (see above). */
const TOO_FREQUENT: Posting[] = [];

export class PassageIndex {
  private readonly files: string[] = [];
  private readonly postings = new Map<string, Posting[]>();
  private readonly maxOccurrences: number;
  private readonly matcher: LiteralMatcher<true>;
  /** The next unused stamp of find() (see Posting.seenAt). */
  private stamp = 0;

  constructor(options: PassageIndexOptions = {}) {
    if (options.boilerplate) this.matcher = phraseMatcher(options.boilerplate);
    else this.matcher = defaultMatcher ??= phraseMatcher(canonicalPhrases());
    this.maxOccurrences = options.maxOccurrences ?? LIMITS.shingleOccurrences;
  }

  add(file: string, paragraphs: readonly { index: number; text: string }[]): void {
    const doc = this.files.length;
    this.files.push(file);
    const postingOf = new Map<number, Posting>();
    for (const p of paragraphs) {
      const { chars } = letters(p.text);
      if (chars.length < SHINGLE) continue;
      let posting = postingOf.get(p.index);
      if (!posting) postingOf.set(p.index, (posting = { doc, paragraph: p.index, seenAt: -1 }));
      for (let i = 0; i + SHINGLE <= chars.length; i++) {
        const shingle = chars.slice(i, i + SHINGLE);
        let list = this.postings.get(shingle);
        if (list === TOO_FREQUENT) continue;
        if (!list) this.postings.set(shingle, (list = []));
        // Keep one posting per document and paragraph.
        const last = list[list.length - 1];
        if (!last || last.doc !== doc || last.paragraph !== p.index) {
          if (list.length >= this.maxOccurrences) this.postings.set(shingle, TOO_FREQUENT);
          else list.push(posting);
        }
      }
    }
  }

  get size(): number {
    return this.files.length;
  }

  /** How many distinct shingles were dropped for standing in too many paragraphs. */
  get skippedShingles(): number {
    let n = 0;
    for (const list of this.postings.values()) if (list === TOO_FREQUENT) n++;
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
      const { chars, offsets, mask } = this.boilerplateMask(p.text);
      if (chars.length < MIN_PASSAGE) continue;

      // Runs of consecutive shingles shared with one other paragraph, all tracked at once.
      interface Run {
        key: Posting;
        doc: number;
        /** The other document's file name. */
        file: string;
        paragraph: number;
        from: number;
        to: number;
      }
      const active = new Map<Posting, Run>();
      const closed: Run[] = [];
      // Stamps are unique per position across calls: `base` moves past every position used.
      const base = this.stamp;
      this.stamp += chars.length + 1;
      for (let i = 0; i + SHINGLE <= chars.length; i++) {
        const hits = this.postings.get(chars.slice(i, i + SHINGLE));
        const at = base + i;
        if (hits !== undefined) {
          for (const h of hits) {
            if (self[h.doc] === 1 || h.seenAt === at) continue;
            h.seenAt = at;
            const run = active.get(h);
            if (run) run.to = i;
            else active.set(h, { key: h, doc: h.doc, file: this.files[h.doc] ?? "", paragraph: h.paragraph, from: i, to: i });
          }
        }
        if (active.size === 0) continue;
        for (const [key, run] of active) {
          if (key.seenAt !== at) {
            closed.push(run);
            active.delete(key);
          }
        }
      }
      closed.push(...active.values());

      // Merge runs against the same paragraph split by a small edit.
      const byKey = new Map<Posting, Run[]>();
      for (const run of closed) {
        const list = byKey.get(run.key);
        if (list) list.push(run);
        else byKey.set(run.key, [run]);
      }
      const passages: { run: Run; start: number; end: number; own: number }[] = [];
      for (const runs of byKey.values()) {
        runs.sort((a, b) => a.from - b.from);
        const merged: Run[] = [];
        for (const run of runs) {
          const last = merged[merged.length - 1];
          if (last && run.from - (last.to + SHINGLE) <= MERGE_GAP) last.to = Math.max(last.to, run.to);
          else merged.push({ ...run });
        }
        for (const run of merged) {
          const start = run.from;
          const end = run.to + SHINGLE; // exclusive, in letters
          if (end - start < MIN_PASSAGE) continue;
          let own = 0;
          for (let j = start; j < end; j++) if (!mask[j]) own++;
          if (own < MIN_OWN) continue;
          passages.push({ run, start, end, own });
        }
      }

      // One finding per stretch of text: the passage with most own letters; others overlapping it are "also".
      passages.sort((a, b) => b.own - a.own || a.run.doc - b.run.doc || a.run.paragraph - b.run.paragraph);
      const chosen: (typeof passages[number] & { also: PassageMatch["also"] })[] = [];
      for (const c of passages) {
        const overlapping = chosen.find((k) => c.start < k.end && k.start < c.end);
        if (overlapping) {
          const where = { file: c.run.file, paragraph: c.run.paragraph };
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
          otherFile: c.run.file,
          otherParagraph: c.run.paragraph,
          ownLetters: c.own,
          also: c.also,
        });
      }
    }
    return matches;
  }
}
