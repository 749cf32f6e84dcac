/**
 * Which aspect of a profile each problem addresses — by content, never by the
 * heading's number or a fixed label string.
 *
 * A heading may quote the aspect in full ("（一）在带头深刻领悟“两个确立”……
 * 方面"), shortly ("（二）政治素质方面"), or not at all (a problem sentence:
 * "（五）党风廉政建设抓的还不紧"). Three kinds of evidence cover these cases:
 *
 * - wording: how much of the aspect's label (or short form) the heading
 *   quotes, as a share of the label's character bigrams;
 * - keywords: the aspect's keywords found in the heading (strong) or the body
 *   (weaker). Profiles share keywords between aspects (群众 is in several), so a
 *   keyword counts 1/k when k aspects of the profile list it;
 * - themes: the problem's themes (text/themes.ts) against the aspect's, which
 *   catches wordings no keyword list foresaw.
 *
 * Each problem then gets one aspect by an optimal assignment over the score
 * matrix (each aspect once, document order as a weak prior), since the notice
 * asks for one item per aspect and greedy first-match would let a broad aspect
 * take two problems while its neighbour goes uncovered.
 */
import type { Item } from "../model";
import { maxAssignment, orderPrior } from "../pairing/assignment";
import { normalizeText, stripLeadingMarker, termSet } from "../text/terms";
import { LiteralMatcher } from "../rules/text";
import { themeCounts } from "../text/themes";
import { builtInProfiles } from "./catalogue";
import { featuresByLine, memoized, memoRunning } from "../memoSeam";
import { likenessText } from "../limits";
import type { Aspect, Profile } from "./types";

export interface AspectMatch {
  problem: string;
  /** Aspect id, or null when no aspect fits well enough. */
  aspect: string | null;
  /** 0–1: how well the problem's content fits the aspect (of the chosen aspect; of the best one when null). */
  score: number;
}

/** Below this a problem is not said to address an aspect. */
export const ASPECT_THRESHOLD = 0.2;

/** Weight of the order prior, in score units: it only breaks near-ties. */
const ORDER_WEIGHT = 0.02;

interface PreparedAspect {
  aspect: Aspect;
  wording: Set<string>[];
  /** The wording sets' numbers in the wording index (see below), aligned with `wording`. */
  wordingIds: number[];
  /** `id`: the keyword's number (see keywordIds), -1 for an empty keyword (found everywhere). */
  keywords: { text: string; weight: number; id: number }[];
  /** The keywords' numbers and weights as flat arrays, in the same order (what aspectScore reads). */
  keywordIds: Int32Array;
  keywordWeights: Float64Array;
  themes: Map<string, number>;
  /** Per theme of `themes`: its sublinear count (what the cosine multiplies). */
  themeWeights: Map<string, number>;
  /** themeNorm(themes), computed once. */
  themeNorm: number;
  /** The same sublinear counts by theme number (see themeNumbers; 0 where the aspect has none of it). */
  themeDense: Float64Array;
}

interface PreparedProblem {
  title: string;
  titleTerms: Set<string>;
  body: string;
  themes: Map<string, number>;
  /** The themes and their sublinear counts as arrays, in the Map's order (what the cosine reads). */
  themeKeys: string[];
  themeWeights: Float64Array;
  /** themeNorm(themes), computed once. */
  themeNorm: number;
  /** Per keyword (by number, of every profile prepared so far): IN_TITLE and IN_BODY flags. */
  keywords?: { version: number; found: Uint8Array };
  /** Per wording set (by number): how many of its terms the title holds. */
  wordingHits?: { version: number; counts: Uint16Array };
  /** Per theme of themeKeys: its number (see themeNumbers), -1 when no aspect prepared so far has it. */
  themeIds?: { version: number; ids: Int32Array };
  /** aspectScores' row per profile's prepared aspects, with the registries' versions it was scored at. */
  rows?: WeakMap<PreparedAspect[], { wording: number; keywords: number; themes: number; row: number[] }>;
}

/**
 * Every theme some prepared aspect has, numbered: an aspect keeps its theme weights in
 * an array by these numbers, and a problem its themes' numbers, so that the cosine of
 * the two reads arrays instead of looking each theme up by name. New numbers (a
 * profile with themes no other had) make a new version.
 */
const themeNumbers = new Map<string, number>();
let themeVersion = 0;

function themeNumber(theme: string): number {
  let id = themeNumbers.get(theme);
  if (id === undefined) {
    id = themeNumbers.size;
    themeNumbers.set(theme, id);
    themeVersion++;
  }
  return id;
}

/** The numbers of the problem's themes, looked up again only when new themes were numbered. */
function problemThemeIds(p: PreparedProblem): Int32Array {
  if (!p.themeIds || p.themeIds.version !== themeVersion) {
    p.themeIds = { version: themeVersion, ids: Int32Array.from(p.themeKeys, (t) => themeNumbers.get(t) ?? -1) };
  }
  return p.themeIds.ids;
}

/**
 * Every aspect's wording (the term sets of its label and short form), of every profile
 * prepared so far, numbered, with an index from each term to the sets holding it: a
 * problem's title is read once for all of them, instead of each set being compared
 * with the title for each profile. Sets of the same terms share a number, so that
 * profiles prepared again (a user's, parsed anew) add nothing.
 */
const wordingIndex = new Map<string, number[]>();
const wordingSizes: number[] = [];
const wordingNumbers = new Map<string, number>();
let wordingVersion = 0;

function registerWording(set: Set<string>): number {
  const key = [...set].join("\u0000");
  let id = wordingNumbers.get(key);
  if (id !== undefined) return id;
  id = wordingSizes.length;
  wordingSizes.push(set.size);
  wordingNumbers.set(key, id);
  for (const t of set) {
    const list = wordingIndex.get(t);
    if (list) list.push(id);
    else wordingIndex.set(t, [id]);
  }
  wordingVersion++;
  return id;
}

/** How many terms of each wording set the problem's title holds (|set ∩ title|, by set number). */
function wordingHits(p: PreparedProblem): Uint16Array {
  if (!p.wordingHits || p.wordingHits.version !== wordingVersion) {
    const counts = new Uint16Array(wordingSizes.length);
    for (const t of p.titleTerms) {
      const sets = wordingIndex.get(t);
      if (sets) for (const id of sets) counts[id]!++;
    }
    p.wordingHits = { version: wordingVersion, counts };
  }
  return p.wordingHits.counts;
}

/**
 * Every keyword of every profile prepared so far, in one matcher: a problem's text
 * is read once for all of them (not once per keyword, aspect and profile). A
 * profile bringing new keywords makes a new matcher (a new version).
 */
const knownKeywords = new Set<string>();
/** Each known keyword's number (in the order they became known). */
const keywordIds = new Map<string, number>();
let keywordMatcher: LiteralMatcher<number> | null = null;
let keywordVersion = 0;
/** Whether some keyword holds a line break (a user's profile): texts are then read whole. */
let keywordsSpanLines = false;

let builtInsRegistered = false;

/** The keywords (normalised) of the aspects of a profile. */
function normalizedKeywords(profile: Profile): string[] {
  return profile.aspects.flatMap((a) => a.keywords.map(normalizeText));
}

/**
 * Makes sure the matcher knows `keywords`. The first call registers those of every
 * built-in profile too, so that detection (which scores all of them) builds the
 * matcher once.
 */
function registerKeywords(keywords: Iterable<string>): void {
  let added = false;
  const add = (k: string) => {
    if (knownKeywords.has(k)) return;
    knownKeywords.add(k);
    keywordIds.set(k, keywordIds.size);
    added = true;
  };
  if (!builtInsRegistered) {
    builtInsRegistered = true;
    for (const p of builtInProfiles()) normalizedKeywords(p).forEach(add);
  }
  for (const k of keywords) add(k);
  if (added || keywordMatcher === null) {
    keywordMatcher = new LiteralMatcher([...knownKeywords].map((text) => ({ text, value: keywordIds.get(text)! })));
    keywordsSpanLines = [...knownKeywords].some((k) => k.includes("\n"));
    keywordVersion++;
  }
}

const IN_TITLE = 1;
const IN_BODY = 2;

/** Sets `flag` for each keyword found in `text`. */
function markKeywords(matcher: LiteralMatcher<number>, text: string, found: Uint8Array, flag: number): void {
  // In the pane's readings (a memo running), a long text (a measure of a long document)
  // is read line by line, each line's keywords kept by its text: after an edit only the
  // changed line is read. The same flags: a keyword has no guards and no line break
  // (registerKeywords says which do), so it never spans a line.
  if (matcher === keywordMatcher && !keywordsSpanLines && memoRunning() && text.indexOf("\n") >= 0) {
    const table = `aspects.keywords@${keywordVersion}`;
    for (const line of text.split("\n")) {
      const ids = memoized(table, line, () => matcher.findAll(line).map((h) => h.value));
      for (let k = 0; k < ids.length; k++) found[ids[k]!]! |= flag;
    }
    return;
  }
  for (const h of matcher.findAll(text)) found[h.value]! |= flag;
}

/** Keywords in the problem's title and body, read again only when new keywords were registered. */
function problemKeywords(p: PreparedProblem): Uint8Array {
  if (!p.keywords || p.keywords.version !== keywordVersion) {
    const matcher = keywordMatcher ?? new LiteralMatcher<number>([]);
    const found = new Uint8Array(keywordIds.size);
    markKeywords(matcher, p.title, found, IN_TITLE);
    markKeywords(matcher, p.body, found, IN_BODY);
    p.keywords = { version: keywordVersion, found };
  }
  return p.keywords.found;
}

const prepared = new WeakMap<Profile, PreparedAspect[]>();

function prepareAspects(profile: Profile): PreparedAspect[] {
  const cached = prepared.get(profile);
  if (cached) return cached;
  const norm = profile.aspects.map((a) => ({
    a,
    keywords: [...new Set(a.keywords.map(normalizeText))],
    label: normalizeText(a.label),
  }));
  // How many aspects of this profile claim a keyword (as a keyword or in their label).
  const claims = (kw: string) => norm.filter((n) => n.keywords.includes(kw) || n.label.includes(kw)).length;
  const out = norm.map(({ a, keywords }) => {
    const wording = [termSet(a.label), termSet(a.short)].filter((s) => s.size > 0);
    return {
      aspect: a,
      wording,
      wordingIds: wording.map(registerWording),
      keywords: keywords.map((k) => ({ text: k, weight: 1 / Math.max(1, claims(k)), id: -1 })),
      keywordIds: new Int32Array(0),
      keywordWeights: new Float64Array(0),
      themeDense: new Float64Array(0),
      ...weightedThemes(themeCounts(`${a.label} ${a.short} ${a.keywords.join(" ")}`)),
    };
  });
  for (const a of out) a.themeWeights.forEach((_, t) => themeNumber(t));
  for (const a of out) {
    a.themeDense = new Float64Array(themeNumbers.size);
    a.themeWeights.forEach((w, t) => (a.themeDense[themeNumbers.get(t)!] = w));
  }
  registerKeywords(out.flatMap((a) => a.keywords.map((k) => k.text)));
  for (const a of out) {
    for (const k of a.keywords) k.id = k.text.length === 0 ? -1 : keywordIds.get(k.text)!;
    a.keywordIds = Int32Array.from(a.keywords, (k) => k.id);
    a.keywordWeights = Float64Array.from(a.keywords, (k) => k.weight);
  }
  prepared.set(profile, out);
  return out;
}

/** Prepares the aspects of these profiles now rather than on first use (see prepareEngine). */
export function prepareProfiles(profiles: readonly Profile[]): void {
  for (const p of profiles) prepareAspects(p);
}

const preparedProblems = new WeakMap<Item, PreparedProblem>();

function prepareProblem(item: Item): PreparedProblem {
  const cached = preparedProblems.get(item);
  if (cached) return cached;
  // A function of the title and body alone (its numbered parts check their registries'
  // versions themselves): after an edit the items are new objects, their texts mostly not.
  const out = memoized("aspects.problem", `${item.title}\u0000${item.body}`, () => prepareProblemText(item.title, item.body));
  preparedProblems.set(item, out);
  return out;
}

function prepareProblemText(itemTitle: string, itemBody: string): PreparedProblem {
  const title = normalizeText(stripLeadingMarker(itemTitle));
  const body = normalizeText(likenessText(itemBody.includes(itemTitle) ? itemBody : `${itemTitle}\n${itemBody}`));
  // The heading states the topic; count its themes three times against the body's.
  const themes = bodyThemes(body);
  for (const [t, c] of themeCounts(title)) themes.set(t, (themes.get(t) ?? 0) + 2 * c);
  const keys = [...themes.keys()];
  return {
    title,
    titleTerms: termSet(title),
    body,
    themes,
    themeKeys: keys,
    themeWeights: Float64Array.from(keys, (t) => sublinear(themes.get(t)!)),
    themeNorm: themeNorm(themes),
  };
}

/**
 * themeCounts(body), a new Map. In the pane's readings a body of several lines is put
 * together from its lines' counts, each kept by its text (memo.ts featuresByLine: a
 * theme's phrase never spans a line break; the sums come in THEMES order, as
 * themeCounts gives them): after an edit of a long measure only the changed line is
 * counted again.
 */
function bodyThemes(body: string): Map<string, number> {
  if (!memoRunning() || body.indexOf("\n") < 0) return themeCounts(body);
  const byLine = featuresByLine("aspects.themes", body, (line) => {
    const marked = new Map<string, number>();
    for (const [theme, n] of themeCounts(line)) marked.set(`#${theme}`, n);
    return marked;
  });
  const out = new Map<string, number>();
  for (const [key, n] of byLine) out.set((key as string).slice(1), n);
  return out;
}

/** Sublinear counts: a body that says 群众 twenty times is not twenty times about 群众. */
const sublinear = (c: number) => 1 + Math.log(c);

/** Σ w(c)² over a theme vector, in its order (a vector's half of the cosine's denominator). */
function themeNorm(themes: Map<string, number>): number {
  let n = 0;
  for (const c of themes.values()) n += sublinear(c) ** 2;
  return n;
}

/** An aspect's themes with their sublinear counts and norm, computed once. */
function weightedThemes(themes: Map<string, number>): { themes: Map<string, number>; themeWeights: Map<string, number>; themeNorm: number } {
  const themeWeights = new Map<string, number>();
  themes.forEach((c, t) => themeWeights.set(t, sublinear(c)));
  return { themes, themeWeights, themeNorm: themeNorm(themes) };
}

/**
 * The cosine of the problem's and the aspect's theme vectors (sublinear counts): the
 * products summed in the order of the problem's themes, the norms computed once each.
 * `ids` are the problem's theme numbers (problemThemeIds); an aspect's weight is never
 * 0 for a theme it has (a sublinear count is at least 1).
 */
function themeCosine(p: PreparedProblem, ids: Int32Array, a: PreparedAspect): number {
  let dot = 0;
  const weights = p.themeWeights;
  const other = a.themeDense;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (id < 0 || id >= other.length) continue;
    const o = other[id]!;
    if (o !== 0) dot += weights[k]! * o;
  }
  return dot === 0 ? 0 : dot / Math.sqrt(p.themeNorm * a.themeNorm);
}

/**
 * The evidence that one problem addresses one aspect, 0–1. `hits`, `found` and
 * `themeIds` are the problem's wordingHits, problemKeywords and problemThemeIds.
 */
function aspectScore(p: PreparedProblem, hits: Uint16Array, found: Uint8Array, themeIds: Int32Array, a: PreparedAspect): number {
  // Wording: share of the label's (or short form's) bigrams the heading quotes.
  // Squared, so a stray shared bigram (政治) counts little and a quote counts fully.
  // (containment of each wording set in the title: the terms they share over the set's size.)
  let quoted = 0;
  for (const id of a.wordingIds) quoted = Math.max(quoted, hits[id]! / wordingSizes[id]!);
  const wording = quoted * quoted;
  // Keywords: in the heading they name the topic; in the body they support it.
  let kw = 0;
  const ids = a.keywordIds;
  const weights = a.keywordWeights;
  for (let k = 0; k < ids.length; k++) {
    // An empty keyword stands everywhere, the title included.
    const id = ids[k]!;
    const where = id < 0 ? IN_TITLE : found[id]!;
    if (where & IN_TITLE) kw += weights[k]!;
    else if (where & IN_BODY) kw += 0.3 * weights[k]!;
  }
  const keywords = 1 - Math.exp(-kw);
  const themes = themeCosine(p, themeIds, a);
  // Noisy-OR: any one strong kind of evidence suffices; several agree → higher.
  return 1 - (1 - 0.95 * wording) * (1 - 0.75 * keywords) * (1 - 0.4 * themes);
}

/** problems × aspects score matrix (rows in problem order, columns in profile order). */
export function aspectScores(problems: readonly Item[], profile: Profile): number[][] {
  const aspects = prepareAspects(profile);
  return problems.map((item) => {
    const p = prepareProblem(item);
    const hits = wordingHits(p);
    const found = problemKeywords(p);
    const themeIds = problemThemeIds(p);
    // A problem kept from the reading before (prepareProblem) keeps its rows, while the
    // registries it was scored against are the same versions.
    p.rows ??= new WeakMap();
    const kept = p.rows.get(aspects);
    if (kept && kept.wording === wordingVersion && kept.keywords === keywordVersion && kept.themes === themeVersion) return kept.row.slice();
    const row = aspects.map((a) => aspectScore(p, hits, found, themeIds, a));
    p.rows.set(aspects, { wording: wordingVersion, keywords: keywordVersion, themes: themeVersion, row });
    return row.slice();
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * One aspect (or null) per problem, in problem order. Each aspect goes to at
 * most one problem in the optimal assignment; when there are more problems than
 * aspects, the extra problems take their best aspect if it fits well enough.
 */
export function matchAspects(problems: readonly Item[], profile: Profile): AspectMatch[] {
  if (problems.length === 0) return [];
  return matchAspectsFrom(problems, profile, aspectScores(problems, profile));
}

/** matchAspects from the score matrix aspectScores gave for these problems and profile. */
function matchAspectsFrom(problems: readonly Item[], profile: Profile, scores: readonly number[][]): AspectMatch[] {
  if (problems.length === 0) return [];
  const n = problems.length;
  const m = profile.aspects.length;
  const withPrior = scores.map((row, i) => row.map((s, j) => s + ORDER_WEIGHT * orderPrior(i, n, j, m)));
  const assigned = maxAssignment(withPrior);
  return problems.map((item, i) => {
    const row = scores[i]!;
    let j = assigned[i]!;
    if (j < 0 || row[j]! < ASPECT_THRESHOLD) {
      // Not assigned (more problems than aspects) or assigned poorly: its best aspect, if good enough.
      const best = row.indexOf(Math.max(...row));
      j = row[best]! >= ASPECT_THRESHOLD ? best : -1;
      if (j < 0) return { problem: item.id, aspect: null, score: round(row[best] ?? 0) };
    }
    return { problem: item.id, aspect: profile.aspects[j]!.id, score: round(row[j]!) };
  });
}

/** Aspect ids of the profile that no problem addresses, in profile order. */
export function uncoveredAspects(profile: Profile, matches: readonly AspectMatch[]): string[] {
  const covered = new Set(matches.map((m) => m.aspect).filter((a): a is string => a !== null));
  return profile.aspects.map((a) => a.id).filter((id) => !covered.has(id));
}

/**
 * How well a document's problems fit a profile, 0–1: the matched scores summed
 * over the aspects, divided by the larger of the two counts — so a profile with
 * more aspects than the document has problems (or fewer) fits less.
 */
export function profileFit(problems: readonly Item[], profile: Profile): { fit: number; matches: AspectMatch[] } {
  return profileFitFrom(problems, profile, problems.length === 0 ? [] : aspectScores(problems, profile));
}

/** profileFit from the score matrix aspectScores gave for these problems and profile. */
export function profileFitFrom(problems: readonly Item[], profile: Profile, scores: readonly number[][]): { fit: number; matches: AspectMatch[] } {
  const matches = matchAspectsFrom(problems, profile, scores);
  const best = new Map<string, number>();
  for (const m of matches) {
    if (m.aspect === null) continue;
    best.set(m.aspect, Math.max(best.get(m.aspect) ?? 0, m.score));
  }
  let sum = 0;
  for (const s of best.values()) sum += s;
  const denom = Math.max(profile.aspects.length, problems.length);
  return { fit: denom === 0 ? 0 : sum / denom, matches };
}

/**
 * A bound that profileFitFrom's fit never exceeds, from the same score matrix, without
 * the assignment: each covered aspect counts the (rounded) score of a problem of its
 * own, so the sum is at most that of every aspect's best score, and at most that of
 * every problem's best. A small margin covers the order of the floating-point sums.
 */
export function profileFitBound(problems: readonly Item[], profile: Profile, scores: readonly number[][]): number {
  const denom = Math.max(profile.aspects.length, problems.length);
  if (denom === 0 || scores.length === 0) return 0;
  const m = profile.aspects.length;
  const columnBest = new Float64Array(m);
  let rows = 0;
  for (const row of scores) {
    let best = 0;
    for (let j = 0; j < m; j++) {
      const s = round(row[j]!);
      if (s > best) best = s;
      if (s > columnBest[j]!) columnBest[j] = s;
    }
    rows += best;
  }
  let columns = 0;
  for (let j = 0; j < m; j++) columns += columnBest[j]!;
  return Math.min(rows, columns) / denom + 1e-9;
}
