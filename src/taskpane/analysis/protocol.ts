/** The messages between the pane and its analysis worker: plain data only. */
import type { ParagraphDelta } from "./delta";
import type { AnalysisProgress, AnalysisRequest, AnalysisResult } from "./job";
import type { ResultReuse } from "./resultDelta";

/**
 * Pane → worker: analyse this; `id` names the answer. With `delta`, `request.paragraphs`
 * are only the paragraphs that changed since request `delta.base`, whose paragraphs the
 * worker kept (delta.ts).
 */
export interface WorkerRequest {
  id: number;
  request: AnalysisRequest;
  delta?: ParagraphDelta;
  /** The last result the page received (its request's id): the reply may be built on it (resultDelta.ts). */
  holds?: number;
}

/** Worker → pane: a step started, the result, or why there is none. */
export type WorkerReply =
  | { id: number; type: "progress"; progress: AnalysisProgress }
  /**
   * `paragraphsOmitted`: the analysis's doc.paragraphs are the request's own (core keeps
   * the array it was given), so they are not sent back; the page puts its copy in.
   */
  /**
   * `reuse`: the result is built on the page's result of request `reuse.base`; parts and
   * findings that are the same are left out (resultDelta.ts).
   */
  | { id: number; type: "done"; result: AnalysisResult; paragraphsOmitted?: boolean; reuse?: ResultReuse }
  | { id: number; type: "error"; message: string };
