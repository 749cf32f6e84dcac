/**
 * One pass over a paragraph for the literals of two rules: the common miswritings
 * (typos.json, typo-common) and the dictionary's forms (term-noncanonical), together
 * with the pieces of the canonical formulations that every near miss holds
 * (NearMissFinder.pieces). Each of them used to read every character of the text
 * once; now one table loop finds them all, and the results are split by owner. The
 * near-miss finder's own scan runs only on a paragraph where a piece lines up with a
 * near miss (a few in a document), and finds there what it always found.
 *
 * Both rules read the same paragraphs: what one scan found is kept by the paragraph's
 * text (and where the scan started) for the other, like normalizeText's memo.
 */
import { LiteralMatcher, type Literal, type LiteralHit, type LiteralVisitor } from "../rules/text";
import type { Severity } from "../findings";
import { termDictionary, type TermForm } from "./dictionary";
import { NearMissFinder, type NearMissHit, type NearMissPiece } from "./nearMiss";
import typoData from "./typos.json";

/** A literal miswriting of typos.json. */
export interface TypoLiteral {
  wrong: string;
  right: string;
  severity?: Severity;
  notPrecededBy?: string[];
  notFollowedBy?: string[];
  note?: string;
}

/** What a literal of the shared scan stands for: kind 0 a typo, 1 a dictionary form, 2 a near-miss piece. */
type Owned =
  | { kind: 0; literal: Literal<TypoLiteral> }
  | { kind: 1; literal: Literal<TermForm> }
  | { kind: 2; piece: NearMissPiece };

export interface ParagraphScan {
  /** typo-common's literals, as LiteralMatcher.findAll of them alone gives them. */
  readonly typos: readonly LiteralHit<TypoLiteral>[];
  /** term-noncanonical's forms, as LiteralMatcher.findAll of them alone gives them. */
  readonly forms: readonly LiteralHit<TermForm>[];
  /** NearMissFinder.find(text, from). */
  readonly nearMisses: readonly NearMissHit[];
}

interface Scanner {
  matcher: LiteralMatcher<Owned>;
  nearMiss: NearMissFinder;
}

let scanner: Scanner | null = null;

function getScanner(): Scanner {
  if (scanner) return scanner;
  const dict = termDictionary();
  const nearMiss = new NearMissFinder(
    dict.entries.filter((e) => e.nearMiss).map((e) => ({ text: e.canonical, id: e.id })),
    dict.correct,
  );
  // Each owner's literals keep their order among themselves (the matcher's order is stable), so
  // each owner's hits come in the order a matcher of its literals alone gives.
  const literals: Literal<Owned>[] = [];
  for (const l of (typoData as { literal: TypoLiteral[] }).literal) {
    const literal: Literal<TypoLiteral> = { text: l.wrong, value: l, notPrecededBy: l.notPrecededBy, notFollowedBy: l.notFollowedBy };
    literals.push({ ...literal, value: { kind: 0, literal } });
  }
  for (const f of dict.forms) {
    const literal: Literal<TermForm> = { text: f.text, value: f, notPrecededBy: f.notPrecededBy, notFollowedBy: f.notFollowedBy };
    literals.push({ ...literal, value: { kind: 1, literal } });
  }
  for (const p of nearMiss.pieces()) literals.push({ text: p.text, value: { kind: 2, piece: p.value } });
  scanner = { matcher: new LiteralMatcher(literals), nearMiss };
  return scanner;
}

/** Builds the shared matcher now (a rule's `prepare`). */
export function prepareScan(): void {
  getScanner();
}

/** The near-miss finder of the scan (its patterns: the dictionary's entries with near misses). */
export function nearMissFinder(): NearMissFinder {
  return getScanner().nearMiss;
}

const NO_HITS: readonly never[] = Object.freeze([]);

/** The scan's visitor for one paragraph. */
class Split implements LiteralVisitor<Owned> {
  typos: LiteralHit<TypoLiteral>[] | null = null;
  forms: LiteralHit<TermForm>[] | null = null;
  nearMiss = false;
  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly finder: NearMissFinder,
  ) {}

  hit(start: number, lit: Literal<Owned>): void {
    const owned = lit.value;
    if (owned.kind === 2) {
      if (!this.nearMiss) this.nearMiss = this.finder.alignsAt(this.text, this.from, owned.piece, start);
    } else if (owned.kind === 1) {
      const literal = owned.literal;
      (this.forms ??= []).push({ start, end: start + literal.text.length, value: literal.value, literal });
    } else {
      const literal = owned.literal;
      (this.typos ??= []).push({ start, end: start + literal.text.length, value: literal.value, literal });
    }
  }
}

/** Scans kept by text: the other rule of the same check reads the same paragraphs. */
let kept = new Map<string, { from: number; scan: ParagraphScan }>();
let keptChars = 0;
const KEPT_MAX_CHARS = 4_000_000;

/** The typos, forms and near misses of `text` from `from` on. */
export function scanParagraph(text: string, from: number): ParagraphScan {
  const old = kept.get(text);
  if (old !== undefined && old.from === from) return old.scan;
  const s = getScanner();
  const split = new Split(text, from, s.nearMiss);
  s.matcher.visit(text, from, split);
  const scan: ParagraphScan = {
    typos: split.typos ?? NO_HITS,
    forms: split.forms ?? NO_HITS,
    nearMisses: split.nearMiss ? s.nearMiss.find(text, from) : NO_HITS,
  };
  if (keptChars > KEPT_MAX_CHARS) {
    kept = new Map();
    keptChars = 0;
  }
  kept.set(text, { from, scan });
  keptChars += text.length;
  return scan;
}
