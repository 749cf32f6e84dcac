/**
 * Passages shared between documents (copied-passage): one shingle index over every
 * document of a run, built once, then queried per document — not all pairs of
 * sentences. Text is compared on its letters only (punctuation and spaces dropped),
 * in shingles of SHINGLE characters; a passage is a run of consecutive shared
 * shingles from one other document covering at least MIN_PASSAGE characters.
 */

export const SHINGLE = 12;
export const MIN_PASSAGE = 40;
/** A shingle present in more documents than this share is boilerplate (canonical formulations). */
const COMMON_SHARE = 0.5;

export interface PassageMatch {
  paragraph: number;
  /** Range in the paragraph's text. */
  start: number;
  end: number;
  otherFile: string;
  otherParagraph: number;
}

interface Posting {
  doc: number;
  paragraph: number;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Letters of `text` with their offsets in it. */
function letters(text: string): { chars: string; offsets: number[] } {
  let chars = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (LETTER.test(ch)) {
      chars += ch;
      offsets.push(i);
    }
  }
  return { chars, offsets };
}

export class PassageIndex {
  private readonly files: string[] = [];
  private readonly postings = new Map<string, Posting[]>();
  private readonly docFrequency = new Map<string, number>();

  add(file: string, paragraphs: readonly { index: number; text: string }[]): void {
    const doc = this.files.length;
    this.files.push(file);
    const seenInDoc = new Set<string>();
    for (const p of paragraphs) {
      const { chars } = letters(p.text);
      for (let i = 0; i + SHINGLE <= chars.length; i++) {
        const shingle = chars.slice(i, i + SHINGLE);
        let list = this.postings.get(shingle);
        if (!list) this.postings.set(shingle, (list = []));
        // Keep one posting per document and paragraph.
        const last = list[list.length - 1];
        if (!last || last.doc !== doc || last.paragraph !== p.index) list.push({ doc, paragraph: p.index });
        if (!seenInDoc.has(shingle)) {
          seenInDoc.add(shingle);
          this.docFrequency.set(shingle, (this.docFrequency.get(shingle) ?? 0) + 1);
        }
      }
    }
  }

  get size(): number {
    return this.files.length;
  }

  /** Passages of `file`'s paragraphs that also stand in another indexed document. */
  find(file: string, paragraphs: readonly { index: number; text: string }[]): PassageMatch[] {
    const self = this.files.indexOf(file);
    const common = this.files.length >= 4 ? Math.ceil(this.files.length * COMMON_SHARE) : Infinity;
    const matches: PassageMatch[] = [];
    for (const p of paragraphs) {
      const { chars, offsets } = letters(p.text);
      // Current run: other document/paragraph and where it started.
      let run: { doc: number; paragraph: number; from: number; to: number } | null = null;
      const flush = () => {
        if (run && run.to + SHINGLE - run.from >= MIN_PASSAGE) {
          matches.push({
            paragraph: p.index,
            start: offsets[run.from],
            end: offsets[run.to + SHINGLE - 1] + 1,
            otherFile: this.files[run.doc],
            otherParagraph: run.paragraph,
          });
        }
        run = null;
      };
      for (let i = 0; i + SHINGLE <= chars.length; i++) {
        const shingle = chars.slice(i, i + SHINGLE);
        const hits = (this.docFrequency.get(shingle) ?? 0) > common ? [] : (this.postings.get(shingle) ?? []).filter((h) => h.doc !== self);
        const current = run as { doc: number; paragraph: number; from: number; to: number } | null;
        if (current && hits.some((h) => h.doc === current.doc && h.paragraph === current.paragraph)) {
          current.to = i;
          continue;
        }
        flush();
        if (hits.length) run = { doc: hits[0].doc, paragraph: hits[0].paragraph, from: i, to: i };
      }
      flush();
    }
    return matches;
  }
}
