/**
 * A worker started before anything listens to it (earlyAnalysis.ts), as the analysis
 * runner sees it. The runner listens for errors only once it takes the worker: an
 * error before that (its script refused or broken) is kept, and given to the runner's
 * listener when it is added, so the runner falls back to the page as it would for a
 * worker it started itself. Nothing else is held back: the worker only answers
 * requests, which the runner sends after it listens.
 */
import type { WorkerLike } from "../analysis/runner";

/** What this needs of a DOM Worker. */
export interface StartedWorker {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: Event) => void): void;
  terminate(): void;
}

export function keepingEarlyErrors(worker: StartedWorker): WorkerLike {
  let early: Event | null = null;
  let heard = false;
  worker.addEventListener("error", (event) => {
    if (heard) return;
    early ??= event;
    event.preventDefault?.();
  });
  const like = {
    postMessage: (message: unknown) => worker.postMessage(message),
    addEventListener: (type: string, listener: (event: Event) => void) => {
      worker.addEventListener(type, listener);
      if (type === "error") {
        heard = true;
        if (early) listener(early);
      }
    },
    terminate: () => worker.terminate(),
  };
  return like as unknown as WorkerLike;
}
