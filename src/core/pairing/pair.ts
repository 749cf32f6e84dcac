/**
 * Problem–measure pairing: for every problem, the measure(s) that answer it.
 *
 * Comparing (see text/terms.ts, text/similarity.ts, text/themes.ts):
 * each item becomes a TF-IDF vector of its character bigrams (boilerplate
 * removed) plus the themes it touches; IDF is taken over this document's
 * problems and measures, so words every item uses weigh nothing and a word one
 * problem shares with one measure weighs most. The heading counts twice (it
 * states what the item is about; the body elaborates). Similarity is the cosine
 * of two vectors. Position is NOT part of the similarity: materials do reorder
 * (in one real material problems (三)(四) are answered by measures (四)(三)).
 *
 * Assigning: an optimal assignment (Hungarian method) on the similarity
 * matrix, plus a small bonus for the same relative position — a weak prior that
 * only separates near-ties (e.g. two problems with no content words).
 * - Optimal, not greedy: materials normally answer each problem with its own
 *   measure; greedy best-match lets a broad measure take two problems and
 *   leaves the real answer of one of them unused.
 * - Every measure gets a problem of its own, and when measures are fewer than
 *   problems the surplus problems get "shared" slots, worth their best measure's
 *   score: a measure may answer several problems. (Forcing one-to-one there
 *   would push a problem whose neighbour took its measure onto an unrelated one.)
 * - A problem sharing a measure keeps it only if it is at least half as close
 *   as the measure's closest problem; a spare measure (more measures than
 *   problems) joins its closest problem only if nearly as close as that
 *   problem's first measure — a spare measure usually answers a problem the
 *   author dropped, and "this measure answers nothing" is then the useful news.
 * - Anything below the threshold stays unpaired: no pairing is better than a
 *   wrong one, since an unpaired problem is flagged for the author to check.
 *
 * User choices (overrides) win over all of this and are marked "user".
 */
import type { Item } from "../model";
import { cosine, TfIdf, type TermVector } from "../text/similarity";
import { stripLeadingMarker, termKeyCounts, type TermKey } from "../text/terms";
import { themeCounts } from "../text/themes";
import { featuresByLine, memoizedOnObjects } from "../memoSeam";
import { likenessText } from "../limits";
import { maxAssignment, orderPrior } from "./assignment";
import { synonymCounts } from "./synonyms";

/** A pairing the user chose in the pane; measure null = "无对应措施". */
export interface PairOverride {
  problem: string;
  measure: string | null;
}

export interface Pair {
  problem: string;
  measure: string;
  /** 0–1 confidence cue (see `pairConfidence`). */
  score: number;
  source: "auto" | "user";
  /**
   * False for a pair the reader is not sure of (a measure shared with a closer problem,
   * a weak likeness): the pane asks about it, and nothing is inserted for that problem.
   */
  sure: boolean;
  /** Why, in Chinese (for the pane). */
  why?: string;
}

export interface Pairing {
  /** Pairs in problem order, then measure order. */
  pairs: Pair[];
  /** Problems no measure answers (including those the user marked "无对应措施"). */
  unpairedProblems: string[];
  /** Measures that answer no problem. */
  unansweredMeasures: string[];
  /** Problems the user marked "无对应措施" (also in unpairedProblems). */
  userUnpaired: string[];
  /** Overrides naming a problem or measure the document no longer has; ignored. */
  staleOverrides: PairOverride[];
  /** The pairs the reader is unsure of (`sure: false`): what the pane asks about. */
  candidates: { problem: string; measure: string; score: number }[];
}

/**
 * A theme shared counts like this many occurrences of one bigram: themes are
 * fewer and coarser than bigrams, so each weighs more. Chosen so that theme
 * agreement matters about as much as shared wording.
 */
const THEME_WEIGHT = 3;
/** The heading's terms are added once more on top of the body's. */
const TITLE_WEIGHT = 1;
/** A heading that only names an aspect: "在……方面。" */
const ASPECT_HEADING = /^[\s\u3000]*在.{2,80}方面[。：:；;]?$/;
/** Order prior weight, in cosine units: below the gap between a true and a false pair. */
const ORDER_WEIGHT = 0.01;
/**
 * Pairs made, at least this many, before order alone (no likeness at all) stands in for a pair
 * in a gap between them: with fewer, a measure on something else entirely is as likely.
 */
const PLACING_PAIRS = 2;
/**
 * Problems answered, at least this many, before order places several leftover problems and as
 * many measures with no likeness between two of them (step 6): one more than for one of each
 * (PLACING_PAIRS), since order then also decides which goes with which.
 */
const ORDER_RUN = 3;
/** Minimum cosine for a pair. Unrelated items of one material score below about 0.02. */
export const PAIR_THRESHOLD = 0.035;

/**
 * A measure that is only a general resolve, nothing answered in its heading: 加强班子自身建设,
 * 建立（健全）整改长效机制, 推进作风建设常态化长效化. (健全廉洁从教长效机制 names what it answers.)
 */
const GENERAL_MEASURE = /^(持续|进一步|不断)?(加强|建立|健全|建立健全|推进|完善)(领导)?(班子)?(自身建设|(整改(落实)?)?长效机制|作风建设常态化长效化|作风建设常态长效机制)/;
export const isGeneralMeasure = (measure: Item): boolean => GENERAL_MEASURE.test(stripLeadingMarker(measure.title).trim());
/**
 * A pair not made (a measure kept for a closer problem, a spare measure not close
 * enough to join) but this close: a pair to ask about, not to deny.
 */
export const CANDIDATE_THRESHOLD = PAIR_THRESHOLD;
/** …and at least this close relative to the pair it would rival. */
const CANDIDATE_RATIO = 0.3;
/** A pair at least this close (and not a measure's lesser share) is sure. */
export const SURE_PAIR = 2 * PAIR_THRESHOLD;
/**
 * A second problem for a measure must be at least this close relative to the
 * measure's first problem. Lenient: a measure written for two problems is about
 * equally close to both, and less close to each than a measure for one.
 */
const SHARED_MEASURE_RATIO = 0.6;
/** The same where measures are fewer than problems (some must answer several). */
const SHARED_MEASURE_RATIO_FEWER = 0.45;
/**
 * A second measure for a problem must be at least this close relative to its
 * first measure. Stricter: a spare measure usually answers a problem the author
 * dropped, and saying "this measure answers nothing" is then the useful finding.
 */
const EXTRA_MEASURE_RATIO = 0.7;
/** …or this many times closer to that problem than to any other. */
const EXTRA_MEASURE_MARGIN = 3;
/**
 * …and a problem holding only a weak measure out of its place shares the measure it is
 * plainly about when that is at least this many times closer (step 1c; the place already
 * speaks against the weak one, so less is asked of the likeness than in step 1b).
 */
const SHARING_MARGIN = 1.5;
/**
 * A measure shared by problems of two aspects stays with both when the second is at
 * least this close relative to the first (a measure written for two aspects at once).
 */
const SHARED_SAME_RATIO = 0.8;

/**
 * A problem with no measure is not asked about a measure that answers another problem when
 * at most this share of what the two have in common is not also in that other problem.
 */
const EXPLAINED_SHARE = 0.5;
/** …and is asked instead about a measure whose likeness is its own, at least this share of the candidates' threshold. */
const OWN_LIKENESS = 0.5;

/**
 * A measure already answering one problem is asked about for a second problem, which has
 * its own measure, when it is this close to it relative to both pairs already made.
 */
const CROSS_LINK_RATIO = 0.5;

/**
 * Bigram and theme counts of a text (bigrams as numbers: text/terms.ts, TermKey), and with
 * `synonyms`, its synonym groups' (synonyms.ts). Exported for tests.
 */
export function features(text: string, synonyms: boolean): Map<TermKey, number> {
  const counts = termKeyCounts(text);
  for (const [theme, n] of themeCounts(text)) counts.set(`#${theme}`, n * THEME_WEIGHT);
  if (synonyms) for (const [group, n] of synonymCounts(text)) counts.set(`~${group}`, n * THEME_WEIGHT);
  return counts;
}

function itemText(item: Item): string {
  return likenessText(item.body.includes(item.title) ? item.body : `${item.title}\n${item.body}`);
}

/**
 * Raw similarity (cosine, 0–1) of every problem with every measure, rows in
 * problem order. The IDF is computed over these problems and measures.
 */
export function pairSimilarities(problems: readonly Item[], measures: readonly Item[]): number[][] {
  return likenesses(problems, measures).sim;
}

/** A pairing's two likenesses: `sim` with the synonym groups, `wording()` without. */
interface Likenesses {
  readonly sim: number[][];
  /**
   * The same by wording and themes only, without the synonym groups: what a second
   * answer (a cross link) is judged on. A synonym says which measure is a problem's
   * own remedy; it is no reason to doubt that a broad measure also touches another.
   */
  wording(): number[][];
}

/** A synonym group's feature (features(): `~group`), which `wording()` leaves out. */
const isSynonymKey = (key: TermKey): boolean => typeof key === "string" && key.charCodeAt(0) === 0x7e;

/**
 * The cosine of `a` and `b` without their synonym groups' terms. The other terms keep their
 * weights exactly: features with and without groups differ only in the `~` keys, so every
 * other term has the same counts, the same document frequency and the same place in the
 * map, and this is, to the last bit, the cosine of vectors built without groups: the same
 * terms summed in the same order (the vector with fewer such terms walked, the first on a
 * tie, as `cosine` does), over the same norms (`wordingShape`), with no copy of either vector.
 */
function wordingCosine(a: TermVector<TermKey>, sa: WordingShape, b: TermVector<TermKey>, sb: WordingShape): number {
  const aSmall = sa.size <= sb.size;
  const large = aSmall ? b : a;
  let dot = 0;
  (aSmall ? a : b).forEach((w, t) => {
    if (isSynonymKey(t)) return;
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  });
  return dot === 0 ? 0 : dot / (sa.norm * sb.norm);
}

/** How many terms a vector has without its synonym groups', and their norm (as `norm`). */
interface WordingShape {
  size: number;
  norm: number;
}

function wordingShape(v: TermVector<TermKey>): WordingShape {
  let size = 0;
  let sum = 0;
  v.forEach((w, t) => {
    if (isSynonymKey(t)) return;
    size++;
    sum += w * w;
  });
  return { size, norm: Math.sqrt(sum) };
}

function likenesses(problems: readonly Item[], measures: readonly Item[]): Likenesses {
  const all = [...problems, ...measures];
  // Each text's features are computed once (the IDF and the vectors read them again).
  const memo = new Map<string, Map<TermKey, number>>();
  const featuresOnce = (text: string): Map<TermKey, number> => {
    let f = memo.get(text);
    // …and, line by line, kept for the next reading of the document (../memo.ts).
    if (!f) memo.set(text, (f = featuresByLine("pairing.features", text, (t) => features(t, true))));
    return f;
  };
  // A problem headed only by its aspect ("在带头……方面") says in its heading which
  // aspect it is about, not what went wrong: the heading gets no extra weight there,
  // so the measure is found by the problem's own content.
  const titleWeight = (i: Item): number => (ASPECT_HEADING.test(stripLeadingMarker(i.title)) ? 0 : TITLE_WEIGHT);
  // The similarities are a function of each item's features (its text's, its heading's) and
  // heading weight: kept for the next reading where they are all the same (../memo.ts).
  const inputs = [problems.length, ...all.flatMap((i) => {
    const w = titleWeight(i);
    return [featuresOnce(itemText(i)), w > 0 ? featuresOnce(stripLeadingMarker(i.title)) : 0, w] as const;
  })];
  let vectors: { problems: TermVector<TermKey>[]; measures: TermVector<TermKey>[] } | null = null;
  const vectorsOnce = () => {
    if (vectors) return vectors;
    const model = new TfIdf(
      all.map((i) => itemText(i)),
      featuresOnce,
    );
    const vec = (i: Item): TermVector<TermKey> => {
      const body = model.vector(itemText(i));
      const w = titleWeight(i);
      // The heading's weights added into the body's new vector (no copy of either).
      if (w > 0) model.vector(stripLeadingMarker(i.title), w).forEach((x, t) => body.set(t, (body.get(t) ?? 0) + x));
      return body;
    };
    return (vectors = { problems: problems.map(vec), measures: measures.map(vec) });
  };
  const cosines = (pv: readonly TermVector<TermKey>[], mv: readonly TermVector<TermKey>[]) => pv.map((p) => mv.map((m) => cosine(p, m)));
  const sim = memoizedOnObjects("pairing.similarities", inputs, () => {
    const v = vectorsOnce();
    return cosines(v.problems, v.measures);
  });
  return {
    sim,
    // Both matrices are functions of the same inputs.
    wording: () =>
      memoizedOnObjects("pairing.wordingSimilarities", inputs, () => {
        const { problems: pv, measures: mv } = vectorsOnce();
        const ms = mv.map(wordingShape);
        return pv.map((p) => {
          const ps = wordingShape(p);
          return mv.map((m, j) => wordingCosine(p, ps, m, ms[j]!));
        });
      }),
  };
}

/**
 * Map a raw cosine to a 0–1 confidence cue for the pane: about 0.3 at the
 * threshold, 0.5 at twice the threshold, 0.9 at a cosine of about 0.23 (a pair
 * whose headings share their wording). Monotonic, so it orders like the cosine.
 */
export function pairConfidence(similarity: number): number {
  // No likeness, or none that can be measured (NaN from an empty text): no confidence.
  if (!(similarity > 0)) return 0;
  const s = 1 - Math.exp(-similarity / ((2 * PAIR_THRESHOLD) / Math.LN2));
  return Math.round(s * 1000) / 1000;
}

export interface PairingOptions {
  /**
   * The aspect of each problem and of each measure (item id → aspect id), where the
   * document follows a profile. A measure written for the same aspect as a problem
   * is more likely its answer than one that merely shares words.
   */
  aspects?: { problems: Record<string, string | null>; measures: Record<string, string | null> };
  /**
   * Other evidence that a problem and a measure belong together (their groups were
   * matched): counts like aspect agreement.
   */
  agreement?: (problem: string, measure: string) => boolean;
  /** Pairs the measures state themselves ("针对第二、四方面问题"): made before anything else. */
  stated?: readonly { problem: string; measure: string }[];
  /**
   * False where the items are whole groups of problems (groups.ts): a second measure of
   * a group would be asked about for each of its points, most of which it does not touch.
   */
  crossLinks?: boolean;
  /** Pairs the user said are not pairs ("是否由……回应？" — 否): never made. */
  rejected?: readonly { problem: string; measure: string }[];
}

/**
 * Agreement of aspects as evidence, in cosine units: enough to decide between two
 * measures that share words with a problem about equally, not enough to pair
 * texts that share nothing (it is added only where the cosine is already above 0).
 */
const ASPECT_AGREEMENT = 0.03;

function withAgreement(sim: number[][], problems: readonly Item[], measures: readonly Item[], options: PairingOptions): number[][] {
  const { aspects, agreement } = options;
  const rejected = new Set((options.rejected ?? []).map((r) => `${r.problem}>${r.measure}`));
  if (!aspects && !agreement && !rejected.size) return sim;
  return sim.map((row, i) =>
    row.map((s, j) => {
      if (rejected.has(`${problems[i]!.id}>${measures[j]!.id}`)) return 0;
      if (s <= 0) return s;
      const a = aspects?.problems[problems[i]!.id];
      let out = s;
      if (a && a === aspects?.measures[measures[j]!.id]) out += ASPECT_AGREEMENT;
      if (agreement?.(problems[i]!.id, measures[j]!.id)) out += ASPECT_AGREEMENT;
      return out;
    }),
  );
}

/**
 * Pair problems with the measures that answer them (ids as in `Item.id`).
 * `overrides` are the user's choices from the pane; they win and are marked
 * "user". Pure and deterministic.
 */
export function pairProblems(
  problems: readonly Item[],
  measures: readonly Item[],
  overrides: readonly PairOverride[] = [],
  options: PairingOptions = {},
): Pairing {
  const likeness = likenesses(problems, measures);
  const raw = likeness.sim;
  const sim = withAgreement(raw, problems, measures, options);
  const pIndex = new Map(problems.map((p, i) => [p.id, i]));
  const mIndex = new Map(measures.map((m, j) => [m.id, j]));

  // --- user choices ---
  const staleOverrides: PairOverride[] = [];
  const userMeasures = new Map<number, Set<number>>(); // problem → measures the user chose
  const userDecided = new Set<number>();
  for (const o of overrides) {
    const i = pIndex.get(o.problem);
    const j = o.measure === null ? null : mIndex.get(o.measure);
    if (i === undefined || j === undefined) {
      staleOverrides.push(o);
      continue;
    }
    userDecided.add(i);
    if (j !== null) {
      if (!userMeasures.has(i)) userMeasures.set(i, new Set());
      userMeasures.get(i)!.add(j);
    }
  }
  const chosen = new Map<number, Map<number, "auto" | "user">>(); // problem → measure → source
  const add = (i: number, j: number, source: "auto" | "user") => {
    if (!chosen.has(i)) chosen.set(i, new Map());
    chosen.get(i)!.set(j, source);
  };
  const measuresOf = (i: number) => [...(chosen.get(i)?.keys() ?? [])];
  /** A problem's likeness (in `m`) to the closest of its measures so far, 0 with none. */
  const ownIn = (m: number[][], i: number) => Math.max(0, ...measuresOf(i).map((k) => m[i]![k]!));
  /** Each measure answered so far, with the highest likeness (in `m`) among its problems. */
  const closestIn = (m: number[][]) => {
    const out = new Map<number, number>();
    for (const [i, js] of chosen) for (const j of js.keys()) out.set(j, Math.max(out.get(j) ?? 0, m[i]![j]!));
    return out;
  };
  const usedByUser = new Set<number>();
  for (const [i, js] of userMeasures) {
    for (const j of js) {
      add(i, j, "user");
      usedByUser.add(j);
    }
  }
  // --- pairs the measures state themselves: the author's own pairing ---
  const stated = new Set<string>();
  /** A measure that names its problems answers those, not others. */
  const statedMeasures = new Set<number>();
  const statedProblems = new Set<number>();
  for (const s of options.stated ?? []) {
    const i = pIndex.get(s.problem);
    const j = mIndex.get(s.measure);
    if (i === undefined || j === undefined || userDecided.has(i)) continue;
    add(i, j, "auto");
    stated.add(`${i}>${j}`);
    statedProblems.add(i);
    statedMeasures.add(j);
    usedByUser.add(j);
  }

  // --- a general resolve closing the list (加强班子自身建设, 建立整改长效机制) answers no problem of
  // its own: like a measure that names its problems, it answers what it states, here nothing. ---
  for (let j = measures.length - 1; j >= 0 && isGeneralMeasure(measures[j]!); j--) {
    if (usedByUser.has(j)) break;
    statedMeasures.add(j);
    usedByUser.add(j);
  }

  // --- 1. optimal assignment over what the user and the author left open ---
  const openP = problems.map((_, i) => i).filter((i) => !userDecided.has(i) && !statedProblems.has(i));
  const openM = measures.map((_, j) => j).filter((j) => !usedByUser.has(j));
  const prior = (i: number, j: number) => ORDER_WEIGHT * orderPrior(i, problems.length, j, measures.length);
  /** The best measure of a problem (any measure, the user's included), with the prior. */
  const bestMeasure = (i: number): number => {
    let best = -1;
    for (let j = 0; j < measures.length; j++) {
      if (best < 0 || sim[i]![j]! + prior(i, j) > sim[i]![best]! + prior(i, best)) best = j;
    }
    return best;
  };
  if (openP.length > 0 && measures.length > 0) {
    // Columns: each open measure once, then one "shared" slot per surplus problem.
    const shared = Math.max(0, openP.length - openM.length);
    const matrix = openP.map((i) => [
      ...openM.map((j) => sim[i]![j]! + prior(i, j)),
      ...new Array<number>(shared).fill(sim[i]![bestMeasure(i)]! + prior(i, bestMeasure(i))),
    ]);
    const assigned = maxAssignment(matrix);
    openP.forEach((i, a) => {
      const col = assigned[a]!;
      if (col < 0) return;
      const j = col < openM.length ? openM[col]! : bestMeasure(i);
      if (sim[i]![j]! >= PAIR_THRESHOLD && !statedMeasures.has(j)) add(i, j, "auto");
    });
  }

  // --- 1b. a measure the one-to-one assignment could only give to a problem it barely touches,
  // while it is plainly about another problem, as close to it as that problem's own measure:
  // the second measure of that problem (two measures for one failing), not a weak answer to
  // the first. The problem it leaves is paired (or asked about) by the steps below. ---
  for (const i of openP) {
    const js = chosen.get(i);
    if (!js) continue;
    for (const [j, source] of [...js]) {
      if (source !== "auto" || !(sim[i]![j]! < SURE_PAIR)) continue;
      let b = -1;
      for (const k of openP) if (k !== i && (b < 0 || sim[k]![j]! > sim[b]![j]!)) b = k;
      if (b < 0) continue;
      const there = sim[b]![j]!;
      const first = ownIn(sim, b);
      if (there >= SURE_PAIR && there >= EXTRA_MEASURE_MARGIN * sim[i]![j]! && there >= EXTRA_MEASURE_RATIO * first) {
        js.delete(j);
        if (js.size === 0) chosen.delete(i);
        add(b, j, "auto");
      }
    }
  }

  // --- 1c. the other way round: a problem the assignment could only give a measure it barely
  // touches, while it is plainly about a measure another problem holds, nearly as close to it
  // as that problem: it shares that measure (one measure for two problems), and the weak one is
  // left to the steps below. Only where the weak measure stands out of the problem's place (not
  // between the measures of its neighbours): in its place, order speaks for it. ---
  /** The measures between a problem's nearest answered neighbours, and those neighbours (here and in steps 6 and 6a). */
  const gapOf = (i: number) => {
    let low = -1;
    let before = -1;
    for (let k = i - 1; k >= 0; k--) if (chosen.has(k)) {
      low = Math.max(...measuresOf(k));
      before = k;
      break;
    }
    let high = measures.length;
    let after = problems.length;
    for (let k = i + 1; k < problems.length; k++) if (chosen.has(k)) {
      high = Math.min(...measuresOf(k));
      after = k;
      break;
    }
    return { low, high, before, after, holds: (j: number) => j > low && j < high };
  };
  for (const i of openP) {
    const js = chosen.get(i);
    if (!js || js.size !== 1) continue;
    const [j, source] = [...js][0]!;
    if (source !== "auto" || !(sim[i]![j]! < SURE_PAIR) || gapOf(i).holds(j)) continue;
    const b = bestMeasure(i);
    if (b === j || statedMeasures.has(b)) continue;
    let holder = 0;
    for (const [k, ks] of chosen) if (k !== i && ks.has(b)) holder = Math.max(holder, sim[k]![b]!);
    const s = sim[i]![b]!;
    if (holder > 0 && s >= SURE_PAIR && s >= SHARED_MEASURE_RATIO * holder && s >= SHARING_MARGIN * sim[i]![j]!) {
      js.delete(j);
      add(i, b, "auto");
    }
  }

  // --- 2. a problem assigned below the threshold may still share a measure ---
  for (const i of openP) {
    if (chosen.has(i) || measures.length === 0) continue;
    const j = bestMeasure(i);
    if (sim[i]![j]! >= PAIR_THRESHOLD && !statedMeasures.has(j)) add(i, j, "auto");
  }

  // --- 3. sharing: keep a shared measure only for problems nearly as close as its closest ---
  const closest = closestIn(sim); // measure → highest similarity among its problems
  // With aspects known, a measure shared by several problems stays with those of its
  // own aspect when one of them is of it.
  const aspectOf = options.aspects;
  const sameAspect = (i: number, j: number) => {
    const a = aspectOf?.problems[problems[i]!.id];
    return !!a && a === aspectOf?.measures[measures[j]!.id];
  };
  const sharers = new Map<number, number[]>(); // measure → problems choosing it
  for (const [i, js] of chosen) for (const j of js.keys()) sharers.set(j, [...(sharers.get(j) ?? []), i]);
  for (const [i, js] of chosen) {
    for (const [j, source] of js) {
      if (source !== "auto" || stated.has(`${i}>${j}`)) continue;
      const others = sharers.get(j)!.filter((k) => k !== i);
      // …unless it is about as close to this problem as to theirs (a measure written for two aspects).
      // With fewer measures than problems some must answer several: sharing is expected then,
      // and a measure of another aspect is no evidence against it.
      const mustShare = openM.length < openP.length;
      const outranked =
        !mustShare && others.length > 0 && !sameAspect(i, j) && others.some((k) => sameAspect(k, j)) && sim[i]![j]! < SHARED_SAME_RATIO * closest.get(j)!;
      const ratio = mustShare ? SHARED_MEASURE_RATIO_FEWER : SHARED_MEASURE_RATIO;
      if (outranked || sim[i]![j]! < ratio * closest.get(j)!) js.delete(j);
    }
    if (js.size === 0) chosen.delete(i);
  }

  // --- 4. spare measures: a problem may have several measures ---
  const taken = new Set(closestIn(sim).keys());
  for (let j = 0; j < measures.length; j++) {
    if (taken.has(j) || statedMeasures.has(j)) continue;
    let best = -1;
    const joinable = [...openP, ...statedProblems];
    for (const i of joinable) if (best < 0 || sim[i]![j]! > sim[best]![j]!) best = i;
    if (best < 0 || sim[best]![j]! < PAIR_THRESHOLD) continue;
    const first = ownIn(sim, best);
    // A spare measure joins its problem when nearly as close as the problem's first measure,
    // or when it is clearly about that problem and no other (two measures for one problem).
    let second = 0;
    for (const i of joinable) if (i !== best) second = Math.max(second, sim[i]![j]!);
    // Measures in groups (立行立改 / 长期坚持, or 思想 / 制度) may answer a problem once in each: in
    // a group where the problem has no measure yet, any likeness with it and it alone will do.
    const group = measures[j]!.group;
    const newGroup = !!group && measuresOf(best).every((k) => measures[k]!.group && measures[k]!.group !== group);
    const clearlyItsOwn = sim[best]![j]! >= (newGroup ? 1 : 2) * PAIR_THRESHOLD && sim[best]![j]! >= EXTRA_MEASURE_MARGIN * second;
    if (sim[best]![j]! < EXTRA_MEASURE_RATIO * first && !clearlyItsOwn) continue;
    add(best, j, "auto");
    taken.add(j);
  }

  // --- 5. plausible pairs not made: a likeness that rivals the pair already made (a problem
  // about as close to a measure as the measure's own problem, a measure about as close to a
  // problem as the problem's own measure) is kept as a pair the reader is unsure of, and
  // asked about. Weaker likenesses are the noise of shared vocabulary. ---
  /**
   * What a problem with no measure shares with a measure that answers another problem, when
   * most of it that problem shares too (a word of the author's own field: 预算管理 in a finance
   * bureau's items), is that problem's likeness, not a second one: no rival, and no question.
   */
  const explainedAway = (i: number, j: number): boolean => {
    const owners = [...chosen].filter(([, js]) => js.has(j)).map(([k]) => features(itemText(problems[k]!), false));
    const mine = features(itemText(measures[j]!), false);
    const shared = [...features(itemText(problems[i]!), false).keys()].filter((k) => mine.has(k));
    return owners.length > 0 && shared.filter((k) => !owners.some((f) => f.has(k))).length <= EXPLAINED_SHARE * shared.length;
  };
  const doubtful = new Set<string>();
  /** Pairs made by elimination and order only (step 6). */
  const byOrder = new Set<string>();
  /** Second problems of a measure that has its own (step 7). */
  const crossed = new Set<string>();
  /** Some measure answers two problems or more. */
  const sharing = [...closestIn(sim).keys()].some((j) => [...chosen.values()].filter((js) => js.has(j)).length >= 2);
  for (let i = 0; i < problems.length; i++) {
    if (chosen.has(i) || userDecided.has(i) || measures.length === 0) continue;
    let j = bestMeasure(i);
    // Where measures are fewer than problems and answer several each, a weaker likeness is still
    // a measure to ask about: "nothing answers it" is not said on a near miss.
    const floor = measures.length < problems.length && sharing ? OWN_LIKENESS * CANDIDATE_THRESHOLD : CANDIDATE_THRESHOLD;
    if (statedMeasures.has(j) || !(sim[i]![j]! >= floor)) continue;
    if (explainedAway(i, j)) {
      // The likeness that is this problem's own, with another measure, is the better guess
      // then, even when weaker: asked about, never asserted.
      let own = -1;
      for (let k = 0; k < measures.length; k++) {
        if (k !== j && !statedMeasures.has(k) && sim[i]![k]! >= OWN_LIKENESS * CANDIDATE_THRESHOLD && (own < 0 || sim[i]![k]! > sim[i]![own]!) && !explainedAway(i, k)) own = k;
      }
      if (own < 0) continue;
      j = own;
    }
    add(i, j, "auto");
    doubtful.add(`${i}>${j}`);
  }
  const answeredNow = closestIn(sim);
  /** The last measure that answers a problem so far (-1: none). */
  const lastAnswered = Math.max(-1, ...answeredNow.keys());
  for (let j = 0; j < measures.length; j++) {
    if (answeredNow.has(j) || problems.length === 0) continue;
    let best = -1;
    for (let i = 0; i < problems.length; i++) if (!userDecided.has(i) && (best < 0 || sim[i]![j]! > sim[best]![j]!)) best = i;
    if (best < 0) continue;
    const own = ownIn(sim, best);
    if (!(sim[best]![j]! >= CANDIDATE_THRESHOLD) || sim[best]![j]! < CANDIDATE_RATIO * own) continue;
    // A measure after every measure that answers a problem, for a problem answered already and not
    // by the measure just before it, is a general one closing the list (以案促改, 长效机制): a
    // problem's measures are written together. (A problem with no measure yet may still take it.)
    if (j > lastAnswered && chosen.has(best) && !chosen.get(best)!.has(j - 1)) continue;
    add(best, j, "auto");
    doubtful.add(`${best}>${j}`);
  }

  // --- 6. by elimination and order: a problem and a measure both left over, standing where
  // each other's neighbours say they should (the problem before it answered by a measure
  // before this one, the one after by a measure after it), are likely each other's, even
  // when worded apart (a remedy named, not the failing). Kept as a pair to confirm. ---
  const answeredAll = new Set(closestIn(sim).keys());
  const leftP = problems.map((_, i) => i).filter((i) => !chosen.has(i) && !userDecided.has(i));
  const leftM = measures.map((_, j) => j).filter((j) => !answeredAll.has(j) && !statedMeasures.has(j));
  /** A pair made by elimination and order: asked about, never asserted. */
  const guess = (i: number, j: number) => {
    add(i, j, "auto");
    doubtful.add(`${i}>${j}`);
    byOrder.add(`${i}>${j}`);
    answeredAll.add(j);
  };
  // Enough pairs made elsewhere to place a gap between them (see PLACING_PAIRS).
  const placed = chosen.size >= PLACING_PAIRS;
  for (const i of leftP) {
    const { before, after, holds } = gapOf(i);
    const between = leftM.filter((j) => holds(j) && !answeredAll.has(j));
    const problemsBetween = leftP.filter((k) => k > (i - 1) && chosen.get(k) === undefined);
    // Exactly one measure in the gap, and it is not closer to another problem than to this one.
    if (between.length !== 1 || problemsBetween.length < 1) continue;
    const j = between[0]!;
    const others = leftP.filter((k) => k !== i && sim[k]![j]! > sim[i]![j]!);
    // With no likeness at all, only where order leaves nothing else: the one problem and the one
    // measure between the same two answered neighbours (or ends), a stand-in for each other.
    const alone = leftP.every((k) => k === i || k < before || k > after) && !problems.some((_, k) => k > before && k < after && k !== i && userDecided.has(k));
    if (others.length || !(sim[i]![j]! > 0 || (sim[i]![j]! === 0 && alone && placed))) continue;
    guess(i, j);
  }
  // Still both left over, out of order: the closest such pairs, by their likeness, are the
  // reader's best guess — asked about, never asserted. ("Nothing answers it" is said only
  // when no measure is left that might.)
  const restP = leftP.filter((i) => !chosen.has(i));
  const restM = leftM.filter((j) => !answeredAll.has(j));
  const guesses = restP.flatMap((i) => restM.map((j) => ({ i, j, s: sim[i]![j]! }))).filter((g) => g.s > 0).sort((a, b) => b.s - a.s);
  for (const g of guesses) {
    if (!chosen.has(g.i) && !answeredAll.has(g.j)) guess(g.i, g.j);
  }
  // Left over with no likeness at all, with ORDER_RUN problems or more answered by likeness (not
  // by such guesses): as many problems as measures left between the same two answered neighbours
  // (or before the first, after the last) are each other's, in order — asked, never asserted.
  // Where the counts differ, order leaves a choice, and nothing is guessed. (One of each: the
  // stand-in above.)
  if ([...chosen].filter(([i, js]) => [...js.keys()].some((j) => !byOrder.has(`${i}>${j}`))).length >= ORDER_RUN) {
    // The problems left between the same two answered neighbours (after the same one), in order.
    const gaps = new Map<number, number[]>();
    for (const i of restP) {
      if (chosen.has(i)) continue;
      const { before } = gapOf(i);
      gaps.set(before, [...(gaps.get(before) ?? []), i]);
    }
    for (const ps of gaps.values()) {
      // …and the measures left in that gap (pairs made in other gaps do not move its ends).
      const { holds } = gapOf(ps[0]!);
      const ms = restM.filter((j) => holds(j) && !answeredAll.has(j));
      if (ps.length === ms.length) ps.forEach((i, n) => guess(i, ms[n]!));
    }
  }

  // --- 6a. a problem holding only a share of a measure another problem has too, where measures
  // are not fewer than problems and the one measure left over stands in this problem's place by
  // order (between its answered neighbours' measures, no other problem left there): that measure
  // is the better guess when the share is a lesser one (the other problem clearly closer: not a
  // measure written for both, which is nearly as close to each), or when the shared measure stands
  // in the other problem's place and not in this one's. Two problems on one measure while another
  // answers nothing is not how materials are written. Asked, never asserted. ---
  if (measures.length >= problems.length && chosen.size >= PLACING_PAIRS) {
    for (let i = 0; i < problems.length; i++) {
      const js = chosen.get(i);
      if (!js || userDecided.has(i) || statedProblems.has(i)) continue;
      const gap = gapOf(i);
      const yields = [...js].every(
        ([j, source]) =>
          source === "auto" &&
          !stated.has(`${i}>${j}`) &&
          [...chosen].some(
            ([k, ks]) => k !== i && ks.has(j) && (sim[i]![j]! < EXTRA_MEASURE_RATIO * sim[k]![j]! || (!gap.holds(j) && gapOf(k).holds(j))),
          ),
      );
      if (!yields) continue;
      const left = measures.map((_, j) => j).filter((j) => gap.holds(j) && !answeredAll.has(j) && !statedMeasures.has(j) && !usedByUser.has(j));
      const othersLeft = problems.some((_, k) => k > gap.before && k < gap.after && k !== i && !chosen.has(k));
      if (left.length !== 1 || othersLeft) continue;
      const j = left[0]!;
      // A measure closer to another problem than to this one is not pushed here.
      if (problems.some((_, k) => k !== i && sim[k]![j]! > sim[i]![j]!)) continue;
      chosen.delete(i);
      guess(i, j);
    }
  }

  // --- 6b. a measure no problem claims, standing among measures written in the problems'
  // order, right after the measure(s) of a problem: a problem's measures are written
  // together, the main one first, so it is most likely that problem's further measure,
  // however worded (把所学所悟转化为……本领 after 制定学习计划). Asked, never asserted. A measure
  // before the first or after the last answered one (a general pledge, 整改清单) is not. ---
  const following = new Set<string>();
  {
    const problemsOf = (j: number) => problems.map((_, i) => i).filter((i) => chosen.get(i)?.has(j));
    const answeredOrder = measures.map((_, j) => j).filter((j) => answeredAll.has(j));
    const firstProblem = (j: number) => Math.min(...problemsOf(j));
    const inOrder = answeredOrder.every((j, n) => n === 0 || firstProblem(answeredOrder[n - 1]!) <= firstProblem(j));
    for (let j = 0; inOrder && j < measures.length; j++) {
      if (answeredAll.has(j) || statedMeasures.has(j) || usedByUser.has(j)) continue;
      const before = answeredOrder.filter((k) => k < j).pop();
      const after = answeredOrder.find((k) => k > j);
      if (before === undefined || after === undefined) continue;
      let best = -1;
      for (const i of problemsOf(before)) if (!userDecided.has(i) && (best < 0 || sim[i]![j]! > sim[best]![j]!)) best = i;
      if (best < 0 || !(sim[best]![j]! > 0) || best > firstProblem(after)) continue;
      // A measure closer to a problem the user said has no measure is not pushed onto a neighbour.
      if ([...userDecided].some((i) => sim[i]![j]! > sim[best]![j]!)) continue;
      add(best, j, "auto");
      doubtful.add(`${best}>${j}`);
      following.add(`${best}>${j}`);
    }
  }

  // --- 7. cross links: a measure that answers its own problem may answer a second problem
  // that has its own measure too (a broad measure, 优化服务, touching two failings). Where the
  // likeness is clear and rivals both pairs already made — at least CROSS_LINK_RATIO of the
  // problem's closest measure and of the measure's closest problem, yet below both — it is
  // a pair to ask about, never one to assert. ---
  const crossLinks: [number, number][] = [];
  // Judged on the likeness of the texts alone: agreement of aspects or groups already
  // chose the pairs made, and is no evidence of a second one.
  const wording = options.crossLinks === false || chosen.size === 0 ? raw : likeness.wording();
  const closestOf = closestIn(wording);
  for (const [i, js] of options.crossLinks === false ? [] : chosen) {
    if (userDecided.has(i)) continue;
    const own = ownIn(wording, i);
    for (const [j, mine] of closestOf) {
      if (js.has(j) || statedMeasures.has(j)) continue;
      const s = wording[i]![j]!;
      if (!(sim[i]![j]! > 0)) continue; // rejected by the user
      // A measure closer to this problem than to its own (or a problem closer to this measure
      // than to its own) was weighed by the assignment already, which gave it elsewhere.
      if (s >= SURE_PAIR && s >= CROSS_LINK_RATIO * own && s >= CROSS_LINK_RATIO * mine && s < own && s < mine) crossLinks.push([i, j]);
    }
  }
  // Two cross links that would swap two pairs already made (P3's measure touches P5 and P5's
  // touches P3) are one doubt, not two second answers: which way round the two pairs go. Where
  // the pairs made stand in the problems' order and the swap would not, order settles what the
  // likeness left close: nothing is asked. (Made against order, the swap is asked about.)
  const swapped = (i: number, j: number): boolean =>
    crossLinks.some(([k, l]) => k !== i && l !== j && chosen.get(k)?.has(j) === true && chosen.get(i)?.has(l) === true && i < k === l < j);
  for (const [i, j] of crossLinks.filter(([i, j]) => !swapped(i, j))) {
    add(i, j, "auto");
    doubtful.add(`${i}>${j}`);
    crossed.add(`${i}>${j}`);
  }

  // --- output in document order, each pair with how sure it is ---
  const finalClosest = closestIn(sim);
  const judge = (i: number, j: number, source: "auto" | "user"): { sure: boolean; why: string } => {
    if (source === "user") return { sure: true, why: "您确认的配对" };
    if (stated.has(`${i}>${j}`)) return { sure: true, why: "措施中写明了针对该问题" };
    const s = sim[i]![j]!;
    if (byOrder.has(`${i}>${j}`)) return { sure: false, why: "两者都没有其他对应，推定相互对应；用语相近之处不多" };
    if (following.has(`${i}>${j}`)) return { sure: false, why: "该措施紧接在该问题的措施之后，没有对应其他问题；用语相近之处不多" };
    if (crossed.has(`${i}>${j}`)) return { sure: false, why: "内容相近，但该问题另有对应措施，该措施也另有对应问题" };
    if (doubtful.has(`${i}>${j}`)) return { sure: false, why: "内容有相近之处，但该措施主要针对另一问题" };
    if (s < SURE_PAIR) return { sure: false, why: "两者用语相近之处不多" };
    if (s < SHARED_MEASURE_RATIO * (finalClosest.get(j) ?? s)) return { sure: false, why: "该措施主要针对另一问题" };
    return { sure: true, why: "内容相互对应" };
  };
  const pairs: Pair[] = [];
  const answered = new Set<number>();
  problems.forEach((p, i) => {
    const js = chosen.get(i);
    if (!js) return;
    for (const j of [...js.keys()].sort((a, b) => a - b)) {
      const source = js.get(j)!;
      pairs.push({ problem: p.id, measure: measures[j]!.id, score: pairConfidence(sim[i]![j]!), source, ...judge(i, j, source) });
      answered.add(j);
    }
  });
  // Unsure pairs are what the reader asks about.
  const candidates: Pairing["candidates"] = pairs.filter((p) => !p.sure).map((p) => ({ problem: p.problem, measure: p.measure, score: p.score }));
  return {
    pairs,
    unpairedProblems: problems.filter((_, i) => !chosen.has(i)).map((p) => p.id),
    unansweredMeasures: measures.filter((_, j) => !answered.has(j)).map((m) => m.id),
    userUnpaired: problems.filter((_, i) => userDecided.has(i) && !userMeasures.has(i)).map((p) => p.id),
    staleOverrides,
    candidates,
  };
}
