/**
 * The preview's analysis worker, started before the pane listens to it
 * (src/taskpane/preview/earlyWorker.ts): an error it reports before the runner takes
 * it is not lost (the runner falls back to the page instead of waiting for ever),
 * and a worker that started well answers the runner as one the runner started.
 */
import { emptyState } from "../../src/core/state";
import { paragraphsFromText } from "../../src/host/text";
import type { AnalysisRequest } from "../../src/taskpane/analysis/job";
import type { WorkerReply, WorkerRequest } from "../../src/taskpane/analysis/protocol";
import { pageRunner, workerRunner } from "../../src/taskpane/analysis/runner";
import { serveRequest } from "../../src/taskpane/analysis/serve";
import { keepingEarlyErrors, type StartedWorker } from "../../src/taskpane/preview/earlyWorker";
import { MATERIAL } from "./fakeHost";

const request = (): AnalysisRequest => ({
  paragraphs: paragraphsFromText(MATERIAL.join("\n")),
  state: emptyState(),
  userProfiles: [],
  hostKind: "text",
});

/** A DOM-like Worker: events dispatched to whoever listens at the time, as a real one does. */
class StandIn extends EventTarget implements StartedWorker {
  posted = 0;
  terminated = false;
  postMessage(message: unknown): void {
    this.posted++;
    const { id, request } = structuredClone(message as WorkerRequest);
    setImmediate(() =>
      serveRequest({ id, request }, (reply: WorkerReply) => this.dispatchEvent(new MessageEvent("message", { data: structuredClone(reply) }))),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
  fail(): void {
    this.dispatchEvent(new Event("error", { cancelable: true }));
  }
}

const now = (task: () => void) => task();

describe("a worker started before the pane", () => {
  test("an error before the runner takes it sends the analysis to the page", async () => {
    const worker = new StandIn();
    const like = keepingEarlyErrors(worker);
    worker.fail(); // its script was refused while the page was still loading
    const runner = workerRunner(async () => like, pageRunner(now));
    const result = await runner.run(request());
    expect(result.analysis.findings.length).toBeGreaterThan(0);
    expect(runner.where()).toBe("page");
    expect(worker.posted).toBe(0);
    expect(worker.terminated).toBe(true);
  });

  test("a worker that started well answers the runner, and a later error still reaches it", async () => {
    const worker = new StandIn();
    const runner = workerRunner(async () => keepingEarlyErrors(worker), pageRunner(now));
    const fromWorker = await runner.run(request());
    const onPage = await pageRunner(now).run(request());
    expect(worker.posted).toBe(1);
    expect(runner.where()).toBe("worker");
    expect(JSON.stringify(fromWorker)).toBe(JSON.stringify(onPage));
    worker.fail();
    expect(runner.where()).toBe("page");
  });
});
