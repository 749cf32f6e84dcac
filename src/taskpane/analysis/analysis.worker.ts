/**
 * The analysis worker: core's analysis of the paragraphs the pane sends, off the
 * page's thread, so that the pane answers clicks and keys while a long document
 * is checked. It is a local script of the add-in (same origin, allowed by the
 * pages' `default-src 'self'`); it fetches nothing and sends its answers only to
 * the page that started it. Each request gets progress messages (one per step
 * of the analysis), then its result or the error's message.
 */
import "./workerBuiltins";
import type { WorkerReply, WorkerRequest } from "./protocol";
import { prepareSoon, serveRequest } from "./serve";

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => void serveRequest(event.data, (reply) => scope.postMessage(reply));
// Started with the page, the worker prepares the engine before the first document arrives.
prepareSoon();
