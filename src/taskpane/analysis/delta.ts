/**
 * Only what changed crosses to the analysis worker. After 修正 or 插入 a long document's
 * paragraphs are the same as the last ones sent but for a few in one place (a 插入 also
 * shifts the later ones' indices): copying all of them to the worker again took 50–70 ms
 * of the page's thread at 260,000 characters. The worker keeps the paragraphs of the
 * last request (serve.ts); the page sends the paragraphs that differ between a common
 * head and a common tail, and how far the tail's indices moved.
 *
 * Loaded with the worker's starter (startWorker.ts), not in the first view.
 */
import type { Paragraph } from "../../core/model";
import type { AnalysisResult } from "./job";
import type { WorkerReply, WorkerRequest } from "./protocol";
import { decodeResult } from "./resultDelta";
import { samePlain } from "../samePlain";

/** A request's paragraphs as the held ones of request `base`, with `head` and `tail` kept and `request.paragraphs` between. */
export interface ParagraphDelta {
  base: number;
  head: number;
  tail: number;
  /** What the tail's indices moved by. */
  shift: number;
}

/** The same paragraph, its index moved by `shift`. */
function sameParagraph(before: Paragraph, after: Paragraph, shift: number): boolean {
  if (before.index + shift !== after.index || before.text !== after.text) return false;
  for (const key in before) if (key !== "index" && !samePlain(before[key as keyof Paragraph], after[key as keyof Paragraph])) return false;
  for (const key in after) if (key !== "index" && (before as unknown as Record<string, unknown>)[key] === undefined && after[key as keyof Paragraph] !== undefined) return false;
  return true;
}

/** How `after` differs from `before`: the common head, the common tail (indices moved by `shift`). */
export function paragraphDelta(before: readonly Paragraph[], after: readonly Paragraph[]): { head: number; tail: number; shift: number } {
  const shift = after.length - before.length;
  const most = Math.min(before.length, after.length);
  let head = 0;
  while (head < most && sameParagraph(before[head]!, after[head]!, 0)) head++;
  let tail = 0;
  while (tail < most - head && sameParagraph(before[before.length - 1 - tail]!, after[after.length - 1 - tail]!, shift)) tail++;
  return { head, tail, shift };
}

/** The request's paragraphs from those held (of request `delta.base`) and the changed ones it carries. */
export function applyDelta(held: readonly Paragraph[], changed: readonly Paragraph[], delta: ParagraphDelta): Paragraph[] {
  const tail = held.slice(held.length - delta.tail);
  return [
    ...held.slice(0, delta.head),
    ...changed,
    ...(delta.shift === 0 ? tail : tail.map((p) => shifted(p, delta.shift))),
  ];
}

/**
 * `{ ...p, index: p.index + shift }` with Object.assign: the pages' build lowers object
 * spread for EdgeHTML 18 to a helper some ten times slower, and after 插入 every later
 * paragraph of a long document shifts.
 */
function shifted(p: Paragraph, shift: number): Paragraph {
  const out = Object.assign({}, p);
  out.index = p.index + shift;
  return out;
}

/** What `sendingChanges` needs of a worker. */
export interface RequestTarget {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: "message", listener: (event: { data: WorkerReply }) => void): void;
}

/**
 * Wraps a worker's postMessage: the first request goes whole, each later one as the
 * paragraphs that changed since the one before (the worker applies them to those it
 * kept, serve.ts). After an error reply (a worker that did not hold the base, which
 * ordered messages should rule out) the next request goes whole again.
 *
 * And its results: each request says which result the page holds (the last one
 * received), and a result the worker built on it (resultDelta.ts) is put together
 * before the page's listeners see it.
 */
export function sendingChanges<T extends RequestTarget>(worker: T): T {
  let last: { id: number; paragraphs: readonly Paragraph[] } | null = null;
  let received: { id: number; result: AnalysisResult } | null = null;
  /** Each "done" reply as the page's listeners see it: whole. */
  const whole = new WeakMap<object, WorkerReply>();
  const post = worker.postMessage.bind(worker);
  const listen = worker.addEventListener.bind(worker) as RequestTarget["addEventListener"];
  listen("message", (event) => {
    const reply = event.data;
    if (reply.type === "error") last = null;
    if (reply.type !== "done") return;
    let result = reply.result;
    if (reply.reuse) {
      // Never the case: the worker builds only on the result the request said the page holds.
      if (received?.id !== reply.reuse.base) {
        received = null;
        whole.set(event, { id: reply.id, type: "error", message: `analysis worker: result ${reply.id} builds on result ${reply.reuse.base}, which the page does not hold` });
        return;
      }
      result = decodeResult(result, reply.reuse, received.result);
      whole.set(event, { ...reply, result, reuse: undefined });
    }
    received = { id: reply.id, result };
  });
  worker.addEventListener = ((type: string, listener: (event: { data: WorkerReply }) => void, ...rest: unknown[]) => {
    if (type !== "message") return (listen as (...args: unknown[]) => void)(type, listener, ...rest);
    return listen("message", (event) => {
      const reply = whole.get(event);
      listener(reply ? { data: reply } : event);
    });
  }) as T["addEventListener"];
  worker.postMessage = (message: WorkerRequest) => {
    const { id, request } = message;
    const holds = received?.id;
    if (!last || message.delta) {
      post({ ...message, holds });
    } else {
      const { head, tail, shift } = paragraphDelta(last.paragraphs, request.paragraphs);
      const changed = request.paragraphs.slice(head, request.paragraphs.length - tail);
      post({ id, request: { ...request, paragraphs: changed }, delta: { base: last.id, head, tail, shift }, holds });
    }
    last = { id, paragraphs: request.paragraphs };
  };
  return worker;
}
