/**
 * What the group-level pairings (groups.ts, measureGroups.ts) share with each other: the
 * user's choices read per problem, and a list of pairs turned into a Pairing.
 */
import type { Item } from "../model";
import type { Pair, PairOverride, Pairing } from "./pair";

/** The user's choices per problem (an empty list: "无对应措施"), and those naming an item the document no longer has. */
export function userChoices(problems: readonly Item[], measures: readonly Item[], overrides: readonly PairOverride[]): { userChoice: Map<string, string[]>; staleOverrides: PairOverride[] } {
  const mIds = new Set(measures.map((m) => m.id));
  const pIds = new Set(problems.map((p) => p.id));
  const userChoice = new Map<string, string[]>();
  const staleOverrides: PairOverride[] = [];
  for (const o of overrides) {
    if (!pIds.has(o.problem) || (o.measure !== null && !mIds.has(o.measure))) {
      staleOverrides.push(o);
      continue;
    }
    const list = userChoice.get(o.problem) ?? [];
    if (o.measure !== null) list.push(o.measure);
    userChoice.set(o.problem, list);
  }
  return { userChoice, staleOverrides };
}

/** The pairing these pairs make: pairs in problem order, then measure order, as everywhere; what is left unpaired; what is asked. */
export function pairingOf(
  pairs: Pair[],
  problems: readonly Item[],
  measures: readonly Item[],
  { userChoice, staleOverrides }: ReturnType<typeof userChoices>,
): Pairing {
  const pAt = new Map(problems.map((p, i) => [p.id, i]));
  const mAt = new Map(measures.map((m, j) => [m.id, j]));
  pairs.sort((a, b) => pAt.get(a.problem)! - pAt.get(b.problem)! || mAt.get(a.measure)! - mAt.get(b.measure)!);
  const answered = new Set(pairs.map((p) => p.measure));
  const paired = new Set(pairs.map((p) => p.problem));
  return {
    pairs,
    unpairedProblems: problems.filter((p) => !paired.has(p.id)).map((p) => p.id),
    unansweredMeasures: measures.filter((m) => !answered.has(m.id)).map((m) => m.id),
    userUnpaired: [...userChoice].filter(([, ms]) => ms.length === 0).map(([p]) => p),
    staleOverrides,
    candidates: pairs.filter((p) => p.sure === false).map((p) => ({ problem: p.problem, measure: p.measure, score: p.score })),
  };
}
