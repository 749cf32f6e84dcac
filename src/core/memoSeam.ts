/**
 * Where the reader asks its memo (memo.ts) for what an earlier reading computed. The
 * reader's modules call these; without a running memo (the CLI, the page's first
 * reading, tests) they simply compute. memo.ts installs itself here for the length of a
 * reading (`ReadingMemo.run`), so the memo's own code is loaded only where a memo is
 * kept (the pane's analysis worker), not in the task pane's first view. Pure.
 */
import type { TermKey } from "./text/terms";

/** What a running memo answers (memo.ts's functions of the same names). */
export interface MemoSeam {
  memoized<T>(table: string, key: string, compute: () => T): T;
  memoizedOnObjects(table: string, inputs: readonly (object | number)[], compute: () => number[][]): number[][];
  featuresByLine(table: string, text: string, featurize: (text: string) => Map<TermKey, number>): Map<TermKey, number>;
}

let seam: MemoSeam | null = null;

/** Installs `next` (null: none) and returns what was installed before. For memo.ts. */
export function setMemoSeam(next: MemoSeam | null): MemoSeam | null {
  const before = seam;
  seam = next;
  return before;
}

/** `compute()`, or what the running memo keeps for `key` in `table` (see memo.ts). */
export function memoized<T>(table: string, key: string, compute: () => T): T {
  return seam === null ? compute() : seam.memoized(table, key, compute);
}

/** `compute()`, or the matrix kept for these same inputs (see memo.ts). */
export function memoizedOnObjects(table: string, inputs: readonly (object | number)[], compute: () => number[][]): number[][] {
  return seam === null ? compute() : seam.memoizedOnObjects(table, inputs, compute);
}

/** `featurize(text)`, or the same counts put together from its lines' kept counts (see memo.ts). */
export function featuresByLine(table: string, text: string, featurize: (text: string) => Map<TermKey, number>): Map<TermKey, number> {
  return seam === null ? featurize(text) : seam.featuresByLine(table, text, featurize);
}

/** Whether a reading with a memo is running (a caller may then put a long text together line by line). */
export function memoRunning(): boolean {
  return seam !== null;
}
