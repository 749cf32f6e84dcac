/**
 * Pairing where the measures stand in groups, one group per problem: a heading that says what
 * is done (（一）强化理论武装, or 深化理论学习 on a line of its own) over points that are the
 * measures (1. 2. running on, or （1）（2） starting again). Each group answers one problem as a
 * whole, so every measure of the group answers that problem, though a point may share no word
 * with it (第一议题制度 under 强化理论武装 for 理论学习不够深入).
 */
import type { Group, Item } from "../model";
import { pairProblems, type Pair, type PairOverride, type Pairing, type PairingOptions } from "./pair";
import { pairingOf, userChoices } from "./choices";

/** A group as one unit to pair: its heading and its items' text. */
export function groupUnit(group: Group, items: readonly Item[]): Item {
  const own = items.filter((i) => i.group === group.id);
  return {
    id: group.id,
    paragraph: group.paragraph,
    end: group.end,
    title: group.title,
    marker: null,
    points: [],
    body: [group.title, ...own.map((i) => i.body)].join("\n"),
  };
}

/**
 * The pairing by measure groups, or null where the measures are not written so: the problems
 * stand in no group, every measure stands in one, there are as many groups as problems, some
 * group holds several measures, no measure names its problems, and the groups pair with the
 * problems one to one. The user's choices win, per problem; pairs the user rejected are not made.
 */
export function pairByMeasureGroups(
  problems: readonly Item[],
  measures: readonly Item[],
  mGroups: readonly Group[],
  overrides: readonly PairOverride[],
  options: PairingOptions,
): Pairing | null {
  if (mGroups.length < 2 || mGroups.length !== problems.length || measures.length <= mGroups.length) return null;
  if (problems.some((p) => p.group) || measures.some((m) => !m.group) || options.stated?.length) return null;
  const units = mGroups.map((g) => groupUnit(g, measures));
  const byUnit = pairProblems(problems, units, [], { crossLinks: false });
  const unitOf = new Map<string, Pair>();
  for (const p of byUnit.pairs) {
    if (unitOf.has(p.problem)) return null;
    unitOf.set(p.problem, p);
  }
  if (unitOf.size !== problems.length || new Set([...unitOf.values()].map((p) => p.measure)).size !== mGroups.length) return null;

  const choices = userChoices(problems, measures, overrides);
  const { userChoice } = choices;
  const rejected = new Set((options.rejected ?? []).map((r) => `${r.problem}>${r.measure}`));
  const pairs: Pair[] = [];
  for (const p of problems) {
    const user = userChoice.get(p.id);
    if (user) {
      for (const m of user) pairs.push({ problem: p.id, measure: m, score: 1, source: "user", sure: true, why: "您确认的配对" });
      continue;
    }
    const unit = unitOf.get(p.id)!;
    for (const m of measures) {
      if (m.group !== unit.measure || rejected.has(`${p.id}>${m.id}`)) continue;
      pairs.push({ problem: p.id, measure: m.id, score: unit.score, source: "auto", sure: unit.sure, why: unit.sure ? "该组措施整体回应这一问题" : "该组措施可能回应这一问题" });
    }
  }
  return pairingOf(pairs, problems, measures, choices);
}
