/**
 * Where the pane's analyses run: in a worker where one starts (the page's thread
 * stays free for clicks and keys while a long document is checked), else on the
 * page in a deferred callback (under jest, in a webview that refuses the worker,
 * or after the worker failed). Either way each step of the analysis is reported
 * (`onProgress`), and the result is the same: runAnalysis (job.ts) on the same data.
 * Results of requests made before a newer one are dropped by the store (by generation).
 */
import { errorMessage } from "../errors";
import type { AnalysisProgress, AnalysisRequest, AnalysisResult } from "./job";
import type { WorkerReply, WorkerRequest } from "./protocol";

export interface AnalysisRunner {
  /** Where it runs (tests and the pane's self-test say which). */
  readonly where: () => "worker" | "page";
  run(request: AnalysisRequest, onProgress?: (progress: AnalysisProgress) => void): Promise<AnalysisResult>;
  /** Starts loading what the first run needs (the worker, or the check's code), without running. */
  warm?(): void;
  dispose(): void;
}

type Job = typeof import("./job");
let job: Promise<Job> | null = null;

/**
 * The analysis (core with the rules and their tables) is a chunk of its own on the
 * page: the worker has its own copy, and the page loads it only where it runs it.
 * A failed load is tried again next time.
 */
function loadJob(): Promise<Job> {
  job ??= import("./job").catch((error: unknown) => {
    job = null;
    throw error;
  });
  return job;
}

/** On the page's thread, in a callback `defer` runs when the page is idle. */
export function pageRunner(defer: (task: () => void) => void): AnalysisRunner {
  return {
    where: () => "page",
    run: (request, onProgress) =>
      loadJob().then(
        ({ runAnalysis }) =>
          new Promise((resolve, reject) => {
            defer(() => {
              try {
                resolve(runAnalysis(request, onProgress));
              } catch (error) {
                reject(error instanceof Error ? error : new Error(errorMessage(error)));
              }
            });
          }),
      ),
    warm: () => void loadJob().catch(() => undefined),
    dispose: () => undefined,
  };
}

/** What the worker runner needs of a Worker (the DOM's, or a test's stand-in). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: "message", listener: (event: { data: WorkerReply }) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (event: { preventDefault?: () => void }) => void): void;
  terminate(): void;
}

interface Waiting {
  request: AnalysisRequest;
  onProgress?: (progress: AnalysisProgress) => void;
  resolve: (result: AnalysisResult) => void;
  reject: (error: Error) => void;
}

/**
 * In a worker, started on the first request by `start` (which may be async: the
 * module that starts it is loaded on demand). A worker that cannot start, or fails
 * (its script refused or broken), hands its waiting requests and every later one
 * to `fallback`; an error the analysis itself reports is the request's error.
 */
export function workerRunner(start: () => Promise<WorkerLike>, fallback: AnalysisRunner): AnalysisRunner {
  let worker: Promise<WorkerLike | null> | null = null;
  let broken = false;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  const giveUp = (instance: WorkerLike | null) => {
    broken = true;
    try {
      instance?.terminate();
    } catch {
      // already gone
    }
    const left = [...waiting.values()];
    waiting.clear();
    for (const w of left) fallback.run(w.request, w.onProgress).then(w.resolve, w.reject);
  };

  const started = (): Promise<WorkerLike | null> => {
    if (!worker) {
      worker = start().then(
        (instance) => {
          instance.addEventListener("message", (event: { data: WorkerReply }) => {
            const reply = event.data;
            const w = waiting.get(reply.id);
            if (!w) return;
            if (reply.type === "progress") w.onProgress?.(reply.progress);
            else {
              waiting.delete(reply.id);
              if (reply.type === "done") {
                const result = reply.result;
                if (reply.paragraphsOmitted) result.analysis.doc.paragraphs = w.request.paragraphs;
                w.resolve(result);
              }
              else w.reject(new Error(reply.message));
            }
          });
          const fail = (event: { preventDefault?: () => void }) => {
            event.preventDefault?.();
            giveUp(instance);
          };
          instance.addEventListener("error", fail);
          instance.addEventListener("messageerror", fail);
          return instance;
        },
        () => {
          giveUp(null);
          return null;
        },
      );
    }
    return worker;
  };

  return {
    where: () => (broken ? "page" : "worker"),
    run(request, onProgress) {
      if (broken) return fallback.run(request, onProgress);
      return new Promise<AnalysisResult>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { request, onProgress, resolve, reject });
        void started().then((instance) => {
          if (!instance || broken || !waiting.has(id)) return; // handed to the fallback
          try {
            instance.postMessage({ id, request });
          } catch {
            giveUp(instance); // the request cannot be copied to the worker: the page does it
          }
        });
      });
    },
    warm() {
      if (broken) fallback.warm?.();
      else void started();
    },
    dispose() {
      void worker?.then((instance) => instance?.terminate());
      worker = null;
    },
  };
}

/**
 * A test hook: while the page's `__duizhaoHoldAnalysis` is a promise, each result waits
 * for it (its steps still show), so a browser test sees the progress line of a running
 * analysis without depending on how long the analysis takes. Nothing sets it but tests.
 */
function held(runner: AnalysisRunner): AnalysisRunner {
  return {
    ...runner,
    run: (request, onProgress) =>
      runner.run(request, onProgress).then((result) => {
        const hold = (globalThis as { __duizhaoHoldAnalysis?: Promise<unknown> }).__duizhaoHoldAnalysis;
        return hold ? hold.then(() => result) : result;
      }),
  };
}

/** The pane's runner: a worker where the page has Worker, else the page itself. */
export function defaultRunner(defer: (task: () => void) => void): AnalysisRunner {
  const page = pageRunner(defer);
  if (typeof Worker !== "function") return held(page);
  return held(workerRunner(async () => (await import("./startWorker")).startAnalysisWorker() as unknown as WorkerLike, page));
}
