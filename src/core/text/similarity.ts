/**
 * TF-IDF vectors over the terms of terms.ts, and the measures built on them.
 *
 * IDF is computed over the items of ONE document (its problems and measures),
 * not over a background corpus: what is boilerplate depends on the document
 * (in a material about 生态环境 every item says 生态; in another every item says
 * 群众). A term found in every item then weighs almost nothing, a term shared
 * by exactly one problem and one measure weighs most — which is the evidence
 * that one answers the other.
 */
import { termCounts } from "./terms";

/** Term → weight; a term is a string, or another key (pairing's TermKey: a bigram as a number). */
export type TermVector<K = string> = Map<K, number>;

/** How a text becomes feature counts (bigrams by default). */
export type Featurizer<K = string> = (text: string) => Map<K, number>;

export class TfIdf<K = string> {
  private readonly df = new Map<K, number>();
  private readonly n: number;

  /** `documents`: the texts whose feature frequencies define IDF. */
  constructor(
    documents: readonly string[],
    private readonly features: Featurizer<K> = termCounts as unknown as Featurizer<K>,
  ) {
    this.n = documents.length;
    for (const doc of documents) {
      for (const term of this.features(doc).keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
  }

  /**
   * Smoothed IDF, ln((N+1)/(df+0.5)): positive even for a term in every item,
   * so a two-item document still compares (plain ln(N/df) would be 0 there).
   */
  idf(term: K): number {
    const df = this.df.get(term) ?? 0;
    return Math.log((this.n + 1) / (df + 0.5));
  }

  /** Sublinear TF (1 + ln tf) × IDF: a term repeated ten times is not ten times the evidence. */
  vector(text: string, weight = 1): TermVector<K> {
    const v: TermVector<K> = new Map();
    const { df, n } = this;
    // forEach rather than for…of over entries: no [term, tf] array per term; idf() written
    // out (this runs mostly before V8 optimises it, where a call per term costs).
    this.features(text).forEach((tf, term) => {
      v.set(term, weight * (1 + Math.log(tf)) * Math.log((n + 1) / ((df.get(term) ?? 0) + 0.5)));
    });
    return v;
  }
}

export function norm<K>(v: TermVector<K>): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

/**
 * Norms of vectors compared so far, with the size each had then: one vector is
 * compared with many (a problem with every measure), and a vector is not changed
 * once made (a changed size is computed afresh all the same).
 */
const norms = new WeakMap<TermVector<unknown>, { size: number; norm: number }>();

function cachedNorm<K>(v: TermVector<K>): number {
  const known = norms.get(v);
  if (known !== undefined && known.size === v.size) return known.norm;
  const n = norm(v);
  norms.set(v, { size: v.size, norm: n });
  return n;
}

/** Cosine similarity in [0, 1] (weights are non-negative). */
export function cosine<K>(a: TermVector<K>, b: TermVector<K>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  small.forEach((w, t) => {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  });
  if (dot === 0) return 0;
  return dot / (cachedNorm(a) * cachedNorm(b));
}

/**
 * Share of `needle`'s terms present in `haystack` (0 when `needle` is empty):
 * how much of an aspect's wording a heading quotes, however much else it says.
 */
export function containment(needle: ReadonlySet<string>, haystack: ReadonlySet<string>): number {
  if (needle.size === 0) return 0;
  // The terms the two share, counted from the smaller set (sets hold each term once).
  const [small, large] = needle.size <= haystack.size ? [needle, haystack] : [haystack, needle];
  let hit = 0;
  for (const t of small) if (large.has(t)) hit++;
  return hit / needle.size;
}
