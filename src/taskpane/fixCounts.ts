/**
 * 全部修正's counts kept beside the analysis they were computed with (by the analysis
 * worker, analysis/job.ts), for findingEntries.fixCountsFor. A module of its own so
 * that the store, in the pane's first view, keeps them without loading the rules.
 */
const known = new WeakMap<object, Map<string, number>>();

/** Keeps the counts computed beside an analysis. */
export function rememberFixCounts(analysis: object, counts: Map<string, number>): void {
  known.set(analysis, counts);
}

/** The counts kept for this analysis, if any. */
export function rememberedFixCounts(analysis: object): Map<string, number> | undefined {
  return known.get(analysis);
}
