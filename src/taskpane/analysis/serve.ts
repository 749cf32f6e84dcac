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
import { encodeResult, type SentResult } from "./resultDelta";
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

/** What the worker sent last (resultDelta.ts): the next result is built on it where the page holds it. */
let sent: SentResult | null = null;

export function serveRequest({ id, request, delta, holds }: WorkerRequest, post: (reply: WorkerReply) => void): void | Promise<void> {
  if (delta) {
    if (held?.id !== delta.base) {
      held = null;
      post({ id, type: "error", message: `analysis worker: request ${id} builds on request ${delta.base}, which it does not hold` });
      return;
    }
    request = { ...request, paragraphs: applyDelta(held.paragraphs, request.paragraphs, delta) };
  }
  held = { id, paragraphs: request.paragraphs };
  return serveWhole(id, request, holds, post);
}

function serveWhole(id: number, request: AnalysisRequest, holds: number | undefined, post: (reply: WorkerReply) => void): void | Promise<void> {
  // Profiles kept in the document are validated as they are read; on the pages the
  // validator is a chunk of its own (src/taskpane/validators.ts), loaded here first.
  if (request.state.userProfiles.length > 0 && !validatorsLoaded()) {
    return preloadValidators().then(
      () => serveWhole(id, request, holds, post),
      (error: unknown) => post({ id, type: "error", message: errorMessage(error) }),
    );
  }
  try {
    prepare();
    const result = runAnalysis(request, (progress) => post({ id, type: "progress", progress }));
    const omitted = result.analysis.doc.paragraphs === request.paragraphs;
    const whole = omitted ? { ...result, analysis: { ...result.analysis, doc: { ...result.analysis.doc, paragraphs: [] } } } : result;
    // Built on the result the page holds, where it is the one sent last.
    const encoded = encodeResult(id, whole, sent !== null && sent.id === holds ? sent : null);
    sent = encoded.sent;
    post({ id, type: "done", result: encoded.result, ...(omitted ? { paragraphsOmitted: true } : {}), ...(encoded.reuse ? { reuse: encoded.reuse } : {}) });
  } catch (error) {
    post({ id, type: "error", message: errorMessage(error) });
  }
}
