/**
 * Executing an edit plan on plain paragraph texts (the preview's .txt, and the
 * tests). The plan is resolved by core/insert/resolve first, which makes every
 * check before anything changes, so a plan that no longer fits leaves the texts
 * exactly as they were.
 */
import type { EditPlan } from "./planner";
import { resolvePlan, type ResolvedPlan } from "./resolve";

export { locateAnchor, PlanConflictError, resolvePlan } from "./resolve";

export interface AppliedPlan {
  texts: string[];
  /** Indexes (in the new texts) of the inserted paragraphs. */
  inserted: number[];
  /** For each old paragraph index, its new index. */
  moved: number[];
}

/** Carries out a resolved plan on texts (nothing to check: resolvePlan did). */
export function executeOnTexts(texts: readonly string[], resolved: ResolvedPlan): AppliedPlan {
  const next = [...texts];
  for (const r of resolved.renumbers) {
    const text = next[r.paragraph]!;
    next[r.paragraph] = text.slice(0, r.start) + r.replacement + text.slice(r.end);
  }
  const added = resolved.paragraphs.map((p) => p.text);
  next.splice(resolved.at, 0, ...added);
  return {
    texts: next,
    inserted: added.map((_, k) => resolved.at + k),
    moved: texts.map((_, i) => (i < resolved.at ? i : i + added.length)),
  };
}

/** Resolves the plan against the texts (refusing it whole when it no longer fits) and carries it out. */
export function applyPlanToTexts(texts: readonly string[], plan: EditPlan): AppliedPlan {
  return executeOnTexts(texts, resolvePlan(plan, texts.map((text) => ({ text })), { lists: false }));
}
