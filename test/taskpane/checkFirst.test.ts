/**
 * The pane shows a document's reading before the check's code has loaded: the
 * structure, profile and pairs come first (analysis.checkPending, no findings yet,
 * the revision unchanged), then the same analysis checked, as core's analyze()
 * makes it. Each test takes a fresh store module, whose check is not loaded yet.
 */
import { analyze, checkAnalysis, readDocument } from "../../src/core/analyze";
import { emptyState } from "../../src/core/state";
import { getStrings } from "../../src/taskpane/i18n";
import type { PaneSnapshot } from "../../src/taskpane/store";
import { FakeHost, MATERIAL, ManualTimers, MemoryStorage } from "./fakeHost";

type StoreModule = typeof import("../../src/taskpane/store");

function freshStoreModule(): StoreModule {
  let module: StoreModule | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    module = require("../../src/taskpane/store") as StoreModule;
  });
  return module!;
}

function makeStore(module: StoreModule, host: FakeHost) {
  const timers = new ManualTimers();
  return new module.PaneStore(host, getStrings("zh-CN"), {
    storage: new MemoryStorage(),
    defer: (task) => task(),
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    onReturn: () => () => undefined,
  });
}

describe("the reading first, then the check", () => {
  test("core: checkAnalysis(readDocument(…)) is analyze(…), and the reading alone has no findings", () => {
    const paragraphs = MATERIAL.map((text, index) => ({ index, text }));
    const options = { hostKind: "text" as const, state: emptyState() };
    const reading = readDocument(paragraphs, options);
    expect(reading.checkPending).toBe(true);
    expect(reading.findings).toEqual([]);
    const full = analyze(paragraphs, options);
    expect(full.findings.length).toBeGreaterThan(0);
    expect("checkPending" in full).toBe(false);
    // Same keys in the same order (the CLI's JSON), same values.
    expect(JSON.stringify(checkAnalysis(reading))).toBe(JSON.stringify(full));
  });

  test("the store publishes the reading (revision 0, still refreshing), then the checked analysis (revision 1)", async () => {
    const module = freshStoreModule();
    const host = new FakeHost(MATERIAL);
    const store = makeStore(module, host);
    const seen: PaneSnapshot[] = [];
    store.subscribe(() => seen.push(store.getSnapshot()));
    await store.refresh();
    const firstShown = seen.find((s) => s.analysis !== null);
    expect(firstShown?.analysis?.checkPending).toBe(true);
    expect(firstShown?.analysis?.findings).toEqual([]);
    expect(firstShown?.revision).toBe(0);
    expect(firstShown?.refreshing).toBe(true);
    expect(firstShown?.analysis?.doc.problems.length).toBeGreaterThan(0);

    const last = store.getSnapshot();
    expect(last.revision).toBe(1);
    expect(last.refreshing).toBe(false);
    expect(last.analysis?.checkPending).toBeUndefined();
    const expected = analyze(await host.readParagraphs(), { hostKind: host.kind, state: emptyState(), userProfiles: [] });
    expect(last.analysis?.findings).toEqual(expected.findings);
    // Only the checked analysis counts as a result.
    expect(seen.filter((s) => s.revision === 1 && s.analysis?.checkPending)).toEqual([]);

    // Once loaded, the check runs at once: the next analysis is never a bare reading.
    seen.length = 0;
    await store.refresh();
    expect(seen.some((s) => s.analysis?.checkPending)).toBe(false);
    expect(store.getSnapshot().revision).toBe(2);
  });
});
