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

describe("ignoring is stable", () => {
  const lines = [...MATERIAL];
  lines[4] = "（二）在带头砥砺作风方面。一是下村调研次数偏少,全年班子成员到最偏远的两个村不足3次，批评与自我批评开展不经常。";

  test("an ignored finding stays ignored when 修正 changes its paragraph elsewhere, and the count says so", async () => {
    const { store, host } = await opened({ lines });
    const hint = analysisOf(store).findings.find((f) => f.rule === "term-noncanonical" && f.paragraph === 4)!;
    const comma = analysisOf(store).findings.find((f) => f.rule === "punct-halfwidth" && f.paragraph === 4)!;
    expect(hint).toBeDefined();
    await store.ignoreFinding(hint.key);
    expect(analysisOf(store).ignored.map((f) => f.key)).toEqual([hint.key]);
    await store.fix([comma]);
    await store.flush();
    expect(host.texts[4]).toContain("偏少，全年");
    const after = analysisOf(store);
    expect(after.findings.some((f) => f.rule === "term-noncanonical" && f.paragraph === 4)).toBe(false);
    expect(after.ignored).toHaveLength(1);
    expect(after.ignored[0]!.rule).toBe("term-noncanonical");
  });

  test("an ignored finding whose words are gone is no longer counted", async () => {
    const { store, host } = await opened({ lines });
    const hint = analysisOf(store).findings.find((f) => f.rule === "term-noncanonical" && f.paragraph === 4)!;
    await store.ignoreFinding(hint.key);
    host.texts[4] = host.texts[4]!.replace("批评与自我批评开展不经常", "谈心谈话开展不经常");
    await store.refresh();
    expect(analysisOf(store).ignored).toEqual([]);
    expect(analysisOf(store).state.ignoredFindings).toEqual([hint.key]);
  });
});
