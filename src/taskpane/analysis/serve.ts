/**
 * What the analysis worker does with one request (analysis.worker.ts wires it to
 * the worker's messages; tests call it the same way): progress for each step,
 * then the result or the error's message. The paragraphs the page sent come back
 * only if core did not keep the array it was given (it does: a third of a long
 * document's analysis is not copied back).
 */
import { prepareEngine } from "../../core/analyze";
import { preloadValidators, validatorsLoaded } from "../../core/validators";
import { errorMessage } from "../errors";
import { runAnalysis } from "./job";
import type { WorkerReply, WorkerRequest } from "./protocol";

let prepared = false;

/**
 * Builds what checking any document needs (core's prepareEngine) now: the worker does
 * so as it starts, while the page is still reading the document. A failure here is
 * left to the first request, which prepares again and reports it.
 */
export function prepareSoon(): void {
  try {
    if (!prepared) prepareEngine();
    prepared = true;
  } catch {
    // reported by the first request
  }
}

export function serveRequest({ id, request }: WorkerRequest, post: (reply: WorkerReply) => void): void | Promise<void> {
  // Profiles kept in the document are validated as they are read; on the pages the
  // validator is a chunk of its own (src/taskpane/validators.ts), loaded here first.
  if (request.state.userProfiles.length > 0 && !validatorsLoaded()) {
    return preloadValidators().then(
      () => serveRequest({ id, request }, post),
      (error: unknown) => post({ id, type: "error", message: errorMessage(error) }),
    );
  }
  try {
    if (!prepared) {
      prepareEngine();
      prepared = true;
    }
    const result = runAnalysis(request, (progress) => post({ id, type: "progress", progress }));
    if (result.analysis.doc.paragraphs === request.paragraphs) {
      const analysis = { ...result.analysis, doc: { ...result.analysis.doc, paragraphs: [] } };
      post({ id, type: "done", result: { ...result, analysis }, paragraphsOmitted: true });
    } else post({ id, type: "done", result });
  } catch (error) {
    post({ id, type: "error", message: errorMessage(error) });
  }
}
