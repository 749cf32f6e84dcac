/**
 * The analysis worker: core's analysis of the paragraphs the pane sends, off the
 * page's thread, so that the pane answers clicks and keys while a long document
 * is checked. It is a local script of the add-in (same origin, allowed by the
 * pages' `default-src 'self'`); it fetches nothing and sends its answers only to
 * the page that started it. Each request gets progress messages (one per step
 * of the analysis), then its result or the error's message.
 */
import "./workerBuiltins";
import { prepareEngine } from "../../core/analyze";
import { errorMessage } from "../errors";
import { runAnalysis } from "./job";
import type { WorkerReply, WorkerRequest } from "./protocol";

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
let prepared = false;

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    if (!prepared) {
      prepareEngine();
      prepared = true;
    }
    const result = runAnalysis(request, (progress) => scope.postMessage({ id, type: "progress", progress }));
    scope.postMessage({ id, type: "done", result });
  } catch (error) {
    scope.postMessage({ id, type: "error", message: errorMessage(error) });
  }
};
