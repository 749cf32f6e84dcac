/**
 * The analysis worker, started as the preview's script begins to run (preview.tsx
 * imports this module first), not once the sample has been read and the pane's
 * store made: the worker's script (the whole engine) downloads and starts while the
 * page draws and reads the document, and the first document's pane takes it
 * (`takeEarlyRunner`, given to the store as its runner). Later documents' panes start
 * their own, as in Word. Never imported under jest (`import.meta` in startWorker.ts);
 * earlyWorker.ts, which keeps the worker's early errors for the runner, is tested.
 */
import { pageRunner, workerRunner, type AnalysisRunner, type WorkerLike } from "../analysis/runner";
import { startAnalysisWorker } from "../analysis/startWorker";
import { keepingEarlyErrors } from "./earlyWorker";

let started: Promise<WorkerLike> | null = null;
if (typeof Worker === "function") {
  try {
    const worker = keepingEarlyErrors(startAnalysisWorker());
    started = Promise.resolve(worker);
  } catch {
    started = null; // the page's store starts its own, or runs the analysis on the page
  }
}

/**
 * The runner over the worker started early, once (the first document opened takes it),
 * or undefined: the store then makes its own. `defer` is the store's (the page
 * fallback's).
 */
export function takeEarlyRunner(defer: (task: () => void) => void): AnalysisRunner | undefined {
  const worker = started;
  started = null;
  if (!worker) return undefined;
  return workerRunner(() => worker, pageRunner(defer));
}
