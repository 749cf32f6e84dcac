/**
 * What the analysis worker does with one request (analysis.worker.ts wires it to
 * the worker's messages; tests call it the same way): progress for each step,
 * then the result or the error's message. The paragraphs the page sent come back
 * only if core did not keep the array it was given (it does: a third of a long
 * document's analysis is not copied back). The worker keeps the last request's
 * paragraphs: the page sends only those that changed since (delta.ts).
 */
import { prepareEngine } from "../../core/analyze";
import { preloadValidators, validatorsLoaded } from "../../core/validators";
import { errorMessage } from "../errors";
import { applyDelta } from "./delta";
import { runAnalysis, type AnalysisRequest } from "./job";
import type { Paragraph } from "../../core/model";
import type { WorkerReply, WorkerRequest } from "./protocol";

let prepared = false;

/**
 * Builds what checking any document needs (core's prepareEngine) now: the worker does
 * so as it starts, while the page is still reading the document. A failure here is
 * left to the first request, which prepares again and reports it.
 */
export function prepareSoon(): void {
  try {
    prepare();
  } catch {
    // reported by the first request
  }
}

/** Builds the engine's tables the first time only. */
function prepare(): void {
  if (prepared) return;
  prepareEngine();
  prepared = true;
}

/** The paragraphs of the last request, which the next one may name as its base (delta.ts). */
let held: { id: number; paragraphs: Paragraph[] } | null = null;

export function serveRequest({ id, request, delta }: WorkerRequest, post: (reply: WorkerReply) => void): void | Promise<void> {
  if (delta) {
    if (held?.id !== delta.base) {
      held = null;
      post({ id, type: "error", message: `analysis worker: request ${id} builds on request ${delta.base}, which it does not hold` });
      return;
    }
    request = { ...request, paragraphs: applyDelta(held.paragraphs, request.paragraphs, delta) };
  }
  held = { id, paragraphs: request.paragraphs };
  return serveWhole(id, request, post);
}

function serveWhole(id: number, request: AnalysisRequest, post: (reply: WorkerReply) => void): void | Promise<void> {
  // Profiles kept in the document are validated as they are read; on the pages the
  // validator is a chunk of its own (src/taskpane/validators.ts), loaded here first.
  if (request.state.userProfiles.length > 0 && !validatorsLoaded()) {
    return preloadValidators().then(
      () => serveWhole(id, request, post),
      (error: unknown) => post({ id, type: "error", message: errorMessage(error) }),
    );
  }
  try {
    prepare();
    const result = runAnalysis(request, (progress) => post({ id, type: "progress", progress }));
    if (result.analysis.doc.paragraphs === request.paragraphs) {
      const analysis = { ...result.analysis, doc: { ...result.analysis.doc, paragraphs: [] } };
      post({ id, type: "done", result: { ...result, analysis }, paragraphsOmitted: true });
    } else post({ id, type: "done", result });
  } catch (error) {
    post({ id, type: "error", message: errorMessage(error) });
  }
}
