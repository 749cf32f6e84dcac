/**
 * Where the pane's analyses run (src/taskpane/analysis): the worker's protocol over
 * a stand-in Worker that runs the worker's own code path (messages copied as a
 * real Worker copies them), the fallback to the page when the worker cannot start
 * or fails, progress, and the store dropping a result asked for before a newer one.
 */
import { analyze } from "../../src/core/analyze";
import { emptyState } from "../../src/core/state";
import { paragraphsFromText } from "../../src/host/text";
import { runAnalysis, type AnalysisRequest } from "../../src/taskpane/analysis/job";
import type { WorkerReply, WorkerRequest } from "../../src/taskpane/analysis/protocol";
import { pageRunner, workerRunner, type AnalysisRunner, type WorkerLike } from "../../src/taskpane/analysis/runner";
import { serveRequest } from "../../src/taskpane/analysis/serve";
import { sendingChanges } from "../../src/taskpane/analysis/delta";
import { getStrings } from "../../src/taskpane/i18n";
import { PaneStore } from "../../src/taskpane/store";
import { FakeHost, MATERIAL } from "./fakeHost";

const request = (lines: readonly string[] = MATERIAL): AnalysisRequest => ({
  paragraphs: paragraphsFromText(lines.join("\n")),
  state: emptyState(),
  userProfiles: [],
  hostKind: "text",
});

/** A Worker stand-in: the worker's message handler (analysis/serve.ts), run after a tick, data copied both ways. */
class FakeWorker implements WorkerLike {
  private listeners: Record<string, Array<(event: never) => void>> = {};
  posted = 0;
  terminated = false;
  /** The worker's last "done" reply, as it crossed over. */
  done: Extract<WorkerReply, { type: "done" }> | null = null;
  /** Every "done" reply, as it crossed over (before the page put it together). */
  replies: Extract<WorkerReply, { type: "done" }>[] = [];
  constructor(private readonly behaviour: "works" | "fails-to-load" = "works") {}
  addEventListener(type: string, listener: (event: never) => void): void {
    (this.listeners[type] ??= []).push(listener);
  }
  private emit(type: string, event: unknown): void {
    for (const l of this.listeners[type] ?? []) l(event as never);
  }
  /** The paragraphs each message carried. */
  carried: number[] = [];
  postMessage(message: WorkerRequest): void {
    this.posted++;
    const copy = structuredClone(message);
    this.carried.push((copy.request.paragraphs as unknown[] | null)?.length ?? 0);
    setImmediate(() => {
      if (this.behaviour === "fails-to-load") return this.emit("error", { preventDefault: () => undefined });
      // The worker's own handler (analysis/serve.ts), its replies copied back.
      serveRequest(copy, (r: WorkerReply) => {
        const copy = structuredClone(r);
        if (copy.type === "done") {
          this.done = structuredClone(copy);
          this.replies.push(this.done);
        }
        this.emit("message", { data: copy });
      });
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const now = (task: () => void) => task();

describe("the analysis runner", () => {
  test("the worker's result is the page's, byte for byte, and each step is reported", async () => {
    const worker = new FakeWorker();
    const runner = workerRunner(async () => worker, pageRunner(now));
    const steps: string[] = [];
    const fromWorker = await runner.run(request(), (p) => steps.push(`${p.step}/${p.total} ${p.phase}`));
    const onPage = await pageRunner(now).run(request());
    expect(worker.posted).toBe(1);
    expect(runner.where()).toBe("worker");
    expect(JSON.stringify(fromWorker)).toBe(JSON.stringify(onPage));
    expect(JSON.stringify(onPage.analysis)).toBe(JSON.stringify(analyze(request().paragraphs, { hostKind: "text" })));
    expect(steps).toEqual(["1/3 structure", "2/3 pairing", "3/3 rules"]);
    // The paragraphs did not cross back: the page put its own in.
    expect(worker.done?.paragraphsOmitted).toBe(true);
    expect(worker.done?.result.analysis.doc.paragraphs).toEqual([]);
    expect(fromWorker.analysis.doc.paragraphs).toHaveLength(MATERIAL.length);
  });

  test("after the first request, only the changed paragraphs cross to the worker; the results are the page's", async () => {
    const worker = sendingChanges(new FakeWorker());
    const runner = workerRunner(async () => worker, pageRunner(now));
    const lines = [...MATERIAL];
    const same = async () => {
      const fromWorker = await runner.run(request(lines));
      expect(JSON.stringify(fromWorker)).toBe(JSON.stringify(await pageRunner(now).run(request(lines))));
      expect(fromWorker.analysis.doc.paragraphs).toEqual(request(lines).paragraphs);
    };
    await same();
    // A 修正 in one paragraph, then a 插入 of two (the later paragraphs' indices move), then one removed.
    const at = lines.findIndex((l) => l.includes("，"));
    lines[at] = lines[at]!.replace("，", ",");
    await same();
    lines.splice(3, 0, "（一）新插入的一段", "新插入的第二段。");
    await same();
    lines.splice(at, 1);
    await same();
    expect(worker.carried).toEqual([MATERIAL.length, 1, 2, 0]);
  });

  test("only the findings and parts that changed cross back; 插入 above earlier findings moves them; the results are the page's", async () => {
    const worker = sendingChanges(new FakeWorker());
    const runner = workerRunner(async () => worker, pageRunner(now));
    // Half-width commas everywhere: findings in most paragraphs, with fixes.
    const lines = MATERIAL.map((l) => l.replace(/，/g, ","));
    const same = async () => {
      const fromWorker = await runner.run(request(lines));
      expect(JSON.stringify(fromWorker)).toBe(JSON.stringify(await pageRunner(now).run(request(lines))));
      return fromWorker;
    };
    const first = await same();
    expect(first.analysis.findings.length).toBeGreaterThan(10);
    expect(worker.replies[0]!.reuse).toBeUndefined();
    // 修正 of one place: every other finding is the last result's own object.
    const at = lines.findIndex((l) => l.includes(","));
    lines[at] = lines[at]!.replace(",", "，");
    const fixed = await same();
    const fixReply = worker.replies[1]!;
    expect(fixReply.reuse?.base).toBe(1);
    expect(fixReply.result.analysis.findings.length).toBeLessThanOrEqual(2);
    expect(fixed.analysis.findings.filter((f) => first.analysis.findings.includes(f)).length).toBe(fixed.analysis.findings.length - fixReply.result.analysis.findings.length);
    expect(fixReply.reuse?.same).toEqual(expect.arrayContaining(["catalogue", "doc.title"]));
    expect(fixed.analysis.catalogue).toBe(first.analysis.catalogue);
    // 插入 of two paragraphs above every finding: each later finding moves two paragraphs down,
    // its fixes with it, and crosses as a number.
    lines.splice(1, 0, "（一）新插入的一段,没有别的", "新插入的第二段。");
    const inserted = await same();
    const insertReply = worker.replies[2]!;
    expect(insertReply.reuse?.moved.length).toBeGreaterThan(10);
    expect(insertReply.reuse!.moved.length + insertReply.result.analysis.findings.length).toBeGreaterThanOrEqual(inserted.analysis.findings.length - insertReply.reuse!.findings.filter((i) => i >= 0).length);
    expect(insertReply.result.analysis.findings.length).toBeLessThan(inserted.analysis.findings.length / 2);
    const movedOne = inserted.analysis.findings.find((f) => f.fix && f.paragraph !== null && f.paragraph > 3)!;
    expect(movedOne.fix!.paragraph).toBe(movedOne.paragraph);
    expect(lines[movedOne.paragraph!]!.slice(movedOne.fix!.start, movedOne.fix!.end)).toBe(movedOne.fix!.expected);
    // A paragraph removed, and the document read again as it was.
    lines.splice(1, 2);
    await same();
    await same();
    expect(worker.replies.at(-1)!.result.analysis.findings).toEqual([]);
  });

  test("a result is built only on the one the page holds", async () => {
    const replies: WorkerReply[] = [];
    serveRequest({ id: 1, request: request() }, (r) => replies.push(r));
    serveRequest({ id: 2, request: request(), holds: 1 }, (r) => replies.push(r));
    serveRequest({ id: 3, request: request(), holds: 1 }, (r) => replies.push(r));
    const done = replies.filter((r): r is Extract<WorkerReply, { type: "done" }> => r.type === "done");
    expect(done.map((r) => r.reuse?.base)).toEqual([undefined, 1, undefined]);
  });

  test("a request built on paragraphs the worker does not hold is refused, not analysed on the wrong text", async () => {
    const replies: WorkerReply[] = [];
    serveRequest({ id: 1, request: request() }, (r) => replies.push(r));
    serveRequest({ id: 3, request: { ...request(), paragraphs: [] }, delta: { base: 2, head: 1, tail: 1, shift: 0 } }, (r) => replies.push(r));
    expect(replies.at(-1)).toMatchObject({ id: 3, type: "error" });
  });

  test("a worker that cannot start leaves the analysis to the page", async () => {
    const runner = workerRunner(() => Promise.reject(new Error("refused by the page's policy")), pageRunner(now));
    const result = await runner.run(request());
    expect(result.analysis.findings.length).toBeGreaterThan(0);
    expect(runner.where()).toBe("page");
  });

  test("a worker whose script fails hands its waiting request, and the later ones, to the page", async () => {
    const worker = new FakeWorker("fails-to-load");
    const runner = workerRunner(async () => worker, pageRunner(now));
    const first = await runner.run(request());
    expect(first.analysis.doc.paragraphs.length).toBe(MATERIAL.length);
    expect(worker.terminated).toBe(true);
    await runner.run(request());
    expect(worker.posted).toBe(1);
    expect(runner.where()).toBe("page");
  });

  test("an error of the analysis itself is the request's error, with its message", async () => {
    const broken = { ...request(), state: { ...emptyState(), profileId: "none" }, paragraphs: null as never };
    const runner = workerRunner(async () => new FakeWorker(), pageRunner(now));
    await expect(runner.run(broken)).rejects.toThrow(/./);
    expect(runner.where()).toBe("worker");
  });
});

describe("the store with a slow runner", () => {
  test("a result asked for before a newer one is never shown; progress shows while one runs", async () => {
    const host = new FakeHost(MATERIAL);
    const calls: Array<{ resolve: () => void; request: AnalysisRequest }> = [];
    const runner: AnalysisRunner = {
      where: () => "worker",
      run: (req, onProgress) =>
        new Promise((resolve) => {
          onProgress?.({ step: 1, total: 3, phase: "structure" });
          calls.push({ request: req, resolve: () => resolve(runAnalysis(req)) });
        }),
      dispose: () => undefined,
    };
    const store = new PaneStore(host, getStrings("zh-CN"), { runner, storage: null, onReturn: () => () => undefined });
    const first = store.refresh();
    for (let i = 0; i < 10 && calls.length < 1; i++) await new Promise((r) => setImmediate(r));
    expect(store.getSnapshot().progress).toEqual({ step: 1, total: 3, phase: "structure" });
    host.texts = [...MATERIAL, "新的一段。"];
    const second = store.refresh();
    for (let i = 0; i < 10 && calls.length < 2; i++) await new Promise((r) => setImmediate(r));
    expect(calls).toHaveLength(2);
    // The newer one answers first, then the older one: only the newer is shown.
    calls[1]!.resolve();
    await second;
    calls[0]!.resolve();
    await first;
    const snap = store.getSnapshot();
    expect(snap.revision).toBe(1);
    expect(snap.analysis!.doc.paragraphs).toHaveLength(MATERIAL.length + 1);
    expect(snap.progress).toBeNull();
  });
});
