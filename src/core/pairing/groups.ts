/**
 * Pairing where problems stand in groups (unnumbered headings such as
 * 在带头……方面 with points 1. 2. beneath).
 *
 * - Measures written per group (fewer measures than points, about one per
 *   group, not grouped themselves): a group is paired as one unit (its heading
 *   and all its points) and every point shares the group's measure(s).
 * - Measures grouped too: the groups are matched first, and agreement of the
 *   groups counts as evidence when points are paired.
 * - Otherwise points are paired one by one.
 *
 * The user's choices (overrides, per problem) win in every case.
 */
import type { Group, Item } from "../model";
import { PAIR_THRESHOLD, pairConfidence, pairProblems, pairSimilarities, SURE_PAIR, type Pair, type PairOverride, type Pairing, type PairingOptions } from "./pair";
import { groupUnit, pairByMeasureGroups } from "./measureGroups";
import { pairingOf, userChoices } from "./choices";
import { namingWords, statedPairs, usesWordsOf } from "./references";

/** The most frequent aspect among a group's items (null when none). */
function groupAspect(group: Group, aspects: Record<string, string | null>): string | null {
  const counts = new Map<string, number>();
  for (const id of group.items) {
    const a = aspects[id];
    if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [a, n] of counts) if (best === null || n > counts.get(best)!) best = a;
  return best;
}

/**
 * Where measures answer whole groups, a point is asked about with another measure when
 * that measure is this many times closer to it than its group's measure.
 */
const ACROSS_GROUPS = 2;
/** A point keeps a measure of its group's several when at least this close relative to its closest of them. */
const SPLIT_RATIO = 0.3;
/** Below this likeness a point shares next to nothing with a measure (a word or two in passing). */
const NO_LIKENESS = 0.3 * PAIR_THRESHOLD;

export interface DocumentPairing extends Pairing {
  /** "group" when measures answer whole groups of problems. */
  level: "item" | "group";
}

export function pairDocument(
  problems: readonly Item[],
  measures: readonly Item[],
  groups: readonly Group[],
  overrides: readonly PairOverride[] = [],
  options: PairingOptions = {},
): DocumentPairing {
  const pGroups = groups.filter((g) => g.section === "problems" && g.items.length > 0);
  const mGroups = groups.filter((g) => g.section === "measures" && g.items.length > 0);
  const ungrouped = problems.filter((p) => !p.group);
  // Measures that name the problems they answer ("针对第二、四方面问题").
  const stated = statedPairs(problems, measures, pGroups);

  const perGroup =
    pGroups.length >= 2 &&
    mGroups.length < 2 &&
    measures.length < problems.length &&
    measures.length <= Math.ceil(pGroups.length * 1.5) + ungrouped.length;
  if (perGroup) {
    const units = [...pGroups.map((g) => groupUnit(g, problems)), ...ungrouped].sort((a, b) => a.paragraph - b.paragraph);
    const unitAspects = options.aspects
      ? {
          problems: Object.fromEntries(units.map((u) => [u.id, pGroups.some((g) => g.id === u.id) ? groupAspect(pGroups.find((g) => g.id === u.id)!, options.aspects!.problems) : (options.aspects!.problems[u.id] ?? null)])),
          measures: options.aspects.measures,
        }
      : undefined;
    const unitOf = (id: string) => problems.find((p) => p.id === id)?.group ?? id;
    const unitStated = [...new Map(stated.map((s) => [`${unitOf(s.problem)}>${s.measure}`, { problem: unitOf(s.problem), measure: s.measure }])).values()];
    const unitPairing = pairProblems(units, measures, [], { aspects: unitAspects, stated: unitStated, crossLinks: false });
    const byUnit = new Map<string, Pair[]>();
    for (const p of unitPairing.pairs) byUnit.set(p.problem, [...(byUnit.get(p.problem) ?? []), p]);
    // The user's choices, per problem.
    const choices = userChoices(problems, measures, overrides);
    const { userChoice } = choices;
    const pairs: Pair[] = [];
    const rejected = new Set((options.rejected ?? []).map((r) => `${r.problem}>${r.measure}`));
    // A measure that names its problems (…问题1、2) answers those points, not its whole group.
    const statedBy = new Map<string, string[]>();
    for (const s of stated) statedBy.set(s.problem, [...(statedBy.get(s.problem) ?? []), s.measure]);
    const naming = new Set(stated.map((s) => s.measure));
    const pointSim = pairSimilarities(problems, measures);
    const mAt = new Map(measures.map((m, j) => [m.id, j]));
    /**
     * A group given several measures whose points each take up one of them (学习 and 阵地 under
     * one heading, each with its own remedy): a point keeps only the group's measures it is
     * nearly as close to as its closest, where that closest is close at all. Every measure of
     * the group keeps at least the point closest to it.
     */
    const splitGroup = (p: Item, ups: readonly Pair[]): readonly Pair[] => {
      const i = problems.indexOf(p);
      const at = (k: number, u: Pair) => pointSim[k]![mAt.get(u.measure)!]!;
      const best = Math.max(0, ...ups.map((u) => at(i, u)));
      if (!p.group || ups.length < 2 || !(best >= SURE_PAIR)) return ups;
      return ups.filter((u) => at(i, u) >= SPLIT_RATIO * best || problems.every((q, k) => q.group !== p.group || at(k, u) <= at(i, u)));
    };
    /**
     * A point that shares next to nothing with its group's measure, while another point of the
     * group clearly shares much (the measure was written for those points: 学用脱节 under a group
     * whose third point is 舆论引导). Where the measure names in words what it answers and the point
     * has none of those words, it does not answer the point; otherwise the pair is asked about,
     * never asserted (and a measure the point is closer to is asked about too, below).
     */
    const strays = new Set<string>();
    /** Each group's points, by position. */
    const pointsOf = new Map<string, number[]>();
    problems.forEach((q, k) => q.group && pointsOf.set(q.group, [...(pointsOf.get(q.group) ?? []), k]));
    const textOf = (q: Item) => `${q.title}\n${q.body}`;
    const strayPoint = (p: Item, i: number, up: Pair): Pair | null => {
      const j = mAt.get(up.measure)!;
      const pair = { ...up, problem: p.id };
      const siblings = (p.group ? pointsOf.get(p.group)! : []).filter((k) => k !== i);
      if (!p.group || !(pointSim[i]![j]! < NO_LIKENESS) || !siblings.some((k) => pointSim[k]![j]! >= SURE_PAIR)) return pair;
      const words = namingWords(measures[j]!);
      if (words && !usesWordsOf(words, textOf(p)) && siblings.some((k) => usesWordsOf(words, textOf(problems[k]!)))) return null;
      strays.add(p.id);
      return { ...pair, sure: false, why: "该问题与本组措施没有相近之处，本组其他问题与之相近" };
    };
    problems.forEach((p, i) => {
      const user = userChoice.get(p.id);
      if (user) {
        for (const m of user) pairs.push({ problem: p.id, measure: m, score: 1, source: "user", sure: true, why: "您确认的配对" });
        return;
      }
      for (const m of statedBy.get(p.id) ?? []) pairs.push({ problem: p.id, measure: m, score: 1, source: "auto", sure: true, why: "措施中写明了针对该问题" });
      for (const up of splitGroup(p, byUnit.get(p.group ?? p.id) ?? [])) {
        if (rejected.has(`${p.id}>${up.measure}`) || naming.has(up.measure)) continue;
        const pair = strayPoint(p, i, up);
        if (pair) pairs.push(pair);
      }
    });
    // A point that shares next to nothing with its group's measure but clearly much with
    // another measure (a point answered across groups): that other measure is asked about.
    problems.forEach((p, i) => {
      if (userChoice.has(p.id)) return;
      const mine = new Set(pairs.filter((x) => x.problem === p.id).map((x) => x.measure));
      let own = 0;
      let best = -1;
      measures.forEach((m, j) => {
        const s = pointSim[i]![j]!;
        if (mine.has(m.id)) own = Math.max(own, s);
        else if (!naming.has(m.id) && !rejected.has(`${p.id}>${m.id}`) && (best < 0 || s > pointSim[i]![best]!)) best = j;
      });
      const s = best < 0 ? 0 : pointSim[i]![best]!;
      // A point sharing next to nothing with its group's measure (above): any clear likeness.
      if (s >= (strays.has(p.id) ? PAIR_THRESHOLD : SURE_PAIR) && s >= ACROSS_GROUPS * own) {
        pairs.push({ problem: p.id, measure: measures[best]!.id, score: pairConfidence(s), source: "auto", sure: false, why: "该问题与本组措施相近之处很少，与这条措施相近" });
      }
    });
    return { level: "group", ...pairingOf(pairs, problems, measures, choices) };
  }

  if (pGroups.length >= 2 && mGroups.length >= 2) {
    // Match the groups first; points of matched groups are more likely to answer each other.
    const gp = pairProblems(
      pGroups.map((g) => groupUnit(g, problems)),
      mGroups.map((g) => groupUnit(g, measures)),
    );
    const matched = new Set(gp.pairs.map((p) => `${p.problem}>${p.measure}`));
    const groupOf = new Map([...problems, ...measures].map((i) => [i.id, i.group]));
    return {
      level: "item",
      ...pairProblems(problems, measures, overrides, {
        ...options,
        stated,
        agreement: (problem, measure) => matched.has(`${groupOf.get(problem)}>${groupOf.get(measure)}`),
      }),
    };
  }
  // Measures grouped one group per problem: every measure of a group answers its problem.
  const byMeasureGroups = pGroups.length < 2 ? pairByMeasureGroups(problems, measures, mGroups, overrides, { ...options, stated }) : null;
  if (byMeasureGroups) return { level: "item", ...byMeasureGroups };
  return { level: "item", ...pairProblems(problems, measures, overrides, { ...options, stated }) };
}
