/**
 * What "问题与措施" shows, decided in core: each problem with the aspect it
 * addresses, the measures that answer it (with a three-step confidence level), the
 * user's stored choice and 已落实, what can be inserted for it; the count of
 * answered problems, the aspects no problem covers and the measures that answer
 * none. The pane only draws this.
 */
import type { Analysis } from "./analyze";
import type { InsertRequest } from "./insert/planner";
import type { Item } from "./model";
import type { ConfidenceLevel } from "./profiles";
import type { PairResult } from "./rules/types";
import { isDone, storedPairings } from "./state";

/**
 * The three-step cue for core's 0–1 pair confidence (pairConfidence: about 0.3 at
 * the pairing threshold, 0.5 at twice it, 0.9 when headings share their wording).
 * A score that is no number is the lowest.
 */
export function confidenceLevel(score: number): ConfidenceLevel {
  if (!Number.isFinite(score)) return "low";
  if (score >= 0.7) return "high";
  if (score >= 0.45) return "medium";
  return "low";
}

/**
 * The user's stored choice for a problem: a measure id, null ("无对应措施"), or
 * undefined when core pairs it automatically (also when the stored choice names a
 * measure no longer in the document).
 */
export function userChoice(analysis: Analysis, problem: Pick<Item, "id">): string | null | undefined {
  const choice = storedPairings(analysis.state, analysis.doc).find((o) => o.problem === problem.id);
  return choice === undefined ? undefined : choice.measure;
}

export interface Insertable {
  request: InsertRequest;
  /** The button's accessible name ("插入 措施：针对……"). */
  label: string;
}

export interface AnsweringMeasure {
  pair: PairResult;
  measure: Item;
  /** For automatic pairs; a pair the user chose has none. */
  level: ConfidenceLevel | null;
}

export interface ProblemCard {
  problem: Item;
  /** The aspect the problem addresses, or null. */
  aspect: { id: string; label: string; short: string } | null;
  unpaired: boolean;
  measures: AnsweringMeasure[];
  /** See userChoice. */
  choice: string | null | undefined;
  /** "已落实". */
  done: boolean;
  /** The measure template for an unanswered problem, where one can be inserted. */
  insertion: Insertable | null;
}

export interface PairsOverview {
  cards: ProblemCard[];
  /** Problems with at least one measure, of all problems. */
  answered: number;
  total: number;
  /** Aspects of the profile no problem covers, with the problem template for each. */
  uncovered: Array<{ id: string; label: string; insertion: Insertable | null }>;
  /** Measures that answer no problem. */
  unanswered: Item[];
  /** Anything besides a whole section can be inserted (the insert options are shown). */
  anyInsertion: boolean;
}

export function pairsOverview(analysis: Analysis): PairsOverview {
  const doc = analysis.doc;
  const measures = new Map(doc.measures.map((m) => [m.id, m]));
  const aspects = new Map((analysis.profile?.aspects ?? []).map((a) => [a.id, a]));
  const unpaired = new Set(doc.unpairedProblems);
  const insertion = (match: (request: InsertRequest) => boolean): Insertable | null => analysis.insertions.find((i) => match(i.request)) ?? null;
  const cards = doc.problems.map((problem): ProblemCard => {
    const aspectId = doc.problemAspects[problem.id] ?? null;
    const aspect = aspectId ? aspects.get(aspectId) : undefined;
    return {
      problem,
      aspect: aspect ? { id: aspect.id, label: aspect.label, short: aspect.short } : null,
      unpaired: unpaired.has(problem.id),
      measures: doc.pairs
        .filter((pair) => pair.problem === problem.id)
        .flatMap((pair) => {
          const measure = measures.get(pair.measure);
          return measure ? [{ pair, measure, level: pair.source === "user" ? null : confidenceLevel(pair.score) }] : [];
        }),
      choice: userChoice(analysis, problem),
      done: isDone(analysis.state, problem),
      insertion: insertion((r) => r.kind === "measure" && r.problem === problem.id),
    };
  });
  return {
    cards,
    answered: cards.filter((c) => !c.unpaired).length,
    total: cards.length,
    uncovered: analysis.profile
      ? doc.uncoveredAspects.map((id) => ({
          id,
          label: aspects.get(id)?.label ?? id,
          insertion: insertion((r) => r.kind === "aspect" && r.aspect === id),
        }))
      : [],
    unanswered: doc.unansweredMeasures.flatMap((id) => {
      const measure = measures.get(id);
      return measure ? [measure] : [];
    }),
    anyInsertion: analysis.insertions.some((i) => i.request.kind !== "section"),
  };
}
