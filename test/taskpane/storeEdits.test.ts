/**
 * The pane's store and the document's edits (issue 10): every state write stores a
 * higher revision; edits are planned and shown before they apply, can be undone in
 * one step, 全部修正 does what its group shows, ignoring is stable.
 */
import { parseState } from "../../src/core/state";
import { getStrings } from "../../src/taskpane/i18n";
import { PaneStore, type PaneEnvironment } from "../../src/taskpane/store";
import { FakeHost, MATERIAL, ManualTimers, MemoryStorage, type FakeHostOptions } from "./fakeHost";

const strings = getStrings("zh-CN");

async function opened(options: FakeHostOptions & { lines?: string[]; host?: FakeHost } = {}) {
  const host = options.host ?? new FakeHost(options.lines ?? MATERIAL, options);
  const timers = new ManualTimers();
  const env: Partial<PaneEnvironment> = {
    storage: new MemoryStorage(),
    defer: (task) => task(),
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    onReturn: () => () => undefined,
  };
  const store = new PaneStore(host, strings, env);
  await store.refresh();
  return { host, store };
}

function analysisOf(store: PaneStore) {
  const analysis = store.getSnapshot().analysis;
  if (!analysis) throw new Error("no analysis");
  return analysis;
}

describe("the state part", () => {
  test("every write stores one revision more than the state it started from", async () => {
    const { store, host } = await opened({ state: JSON.stringify({ version: 1, revision: 41 }) });
    const [first, second] = analysisOf(store).doc.problems;
    await store.setDone(first!.id, true);
    await store.flush();
    expect(parseState(host.state).revision).toBe(42);
    await store.setDone(second!.id, true);
    await store.flush();
    expect(parseState(host.state).revision).toBe(43);
  });
});
