/**
 * Starts the analysis worker. webpack 5 turns `new Worker(new URL(…, import.meta.url))`
 * into a chunk of its own served beside the pane's scripts (same origin). Loaded
 * only where `Worker` exists (runner.ts imports it on demand), never under jest.
 * After its first request, the worker is sent only the paragraphs that changed (delta.ts).
 */
import { sendingChanges } from "./delta";

export function startAnalysisWorker(): Worker {
  // @ts-expect-error -- import.meta is for webpack; the project's tsconfig compiles to CommonJS for jest and tsc.
  return sendingChanges(new Worker(new URL("./analysis.worker.ts", import.meta.url)) as Worker);
}
