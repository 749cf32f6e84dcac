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

describe("an edit's busy state", () => {
  test("修正 stays busy until the new result is shown, and ends with it in one update", async () => {
    const lines = [...MATERIAL];
    lines[4] = "（二）在带头砥砺作风方面。一是下村调研次数偏少,全年班子成员到最偏远的两个村不足3次。";
    const { store, host } = await opened({ lines });
    const comma = analysisOf(store).findings.find((f) => f.rule === "punct-halfwidth" && f.paragraph === 4)!;
    const before = store.getSnapshot().revision;
    const seen: { busy: boolean; revision: number }[] = [];
    const stop = store.subscribe(() => seen.push({ busy: store.getSnapshot().busy, revision: store.getSnapshot().revision }));
    await store.fix([comma]);
    stop();
    expect(host.texts[4]).toContain("偏少，全年");
    const busyFrom = seen.findIndex((s) => s.busy);
    const busyTo = seen.findIndex((s, k) => k > busyFrom && !s.busy);
    expect(busyFrom).toBeGreaterThanOrEqual(0);
    // The first update that is not busy is the new result's.
    expect(seen[busyTo]).toEqual({ busy: false, revision: before + 1 });
    expect(seen.slice(busyFrom, busyTo).every((s) => s.busy && s.revision === before)).toBe(true);
  });

  test("busy ends when the reading after an edit fails", async () => {
    const lines = [...MATERIAL];
    lines[4] = "（二）在带头砥砺作风方面。一是下村调研次数偏少,全年班子成员到最偏远的两个村不足3次。";
    const { store, host } = await opened({ lines });
    const comma = analysisOf(store).findings.find((f) => f.rule === "punct-halfwidth" && f.paragraph === 4)!;
    const read = host.readParagraphs.bind(host);
    let fail = false;
    host.readParagraphs = () => (fail ? Promise.reject(new Error("文档暂时无法读取")) : read());
    const applyFixes = host.applyFixes.bind(host);
    host.applyFixes = async (fixes) => {
      const out = await applyFixes(fixes);
      fail = true;
      return out;
    };
    await store.fix([comma]);
    expect(store.getSnapshot().busy).toBe(false);
    expect(store.getSnapshot().readError).toContain("文档暂时无法读取");
  });
});

describe("edits are shown first and can be undone", () => {
  test("插入 of more than one paragraph waits for 确认, with where, what and the blanks; 取消 changes nothing", async () => {
    const { store, host } = await opened();
    const request = analysisOf(store).insertions.find((i) => i.request.kind === "section")!.request;
    await store.insert(request);
    const pending = store.getSnapshot().pending;
    expect(pending?.kind).toBe("insert");
    if (pending?.kind !== "insert") throw new Error("no preview");
    // What the preview says is what the host then does.
    expect(pending.insert.paragraphs[0]).toContain("原因分析");
    expect(pending.insert.placeholders).toBeGreaterThan(0);
    expect(host.texts).toEqual(MATERIAL);
    store.cancelPending();
    expect(store.getSnapshot().pending).toBeNull();
    await store.confirmPending();
    expect(host.texts).toEqual(MATERIAL);

    await store.insert(request);
    await store.confirmPending();
    const at = pending.insert.at;
    expect(host.texts.slice(at, at + pending.insert.paragraphs.length)).toEqual(pending.insert.paragraphs);
    for (const r of pending.insert.renumbers) expect(host.texts[r.paragraph + (r.paragraph >= at ? pending.insert.paragraphs.length : 0)]).toBe(r.after);
    // The notice names the blanks left to fill and offers 撤销.
    expect(store.getSnapshot().notice).toMatchObject({ intent: "success", undo: true });
    expect(store.getSnapshot().notice!.text).toContain(`待填写 ${pending.insert.placeholders} 处`);
  });

  test("撤销 takes an insertion back in one step, and says so", async () => {
    const { store, host } = await opened();
    await store.insert(analysisOf(store).insertions.find((i) => i.request.kind === "section")!.request);
    await store.confirmPending();
    expect(host.texts).not.toEqual(MATERIAL);
    await store.undo();
    expect(host.texts).toEqual(MATERIAL);
    expect(store.getSnapshot().notice?.text).toBe(strings.edits.undone("插入 原因分析"));
    expect(analysisOf(store).doc.missingSections).toContain("causes");
    // Nothing left to undo.
    expect(store.canUndo).toBe(false);
  });

  test("撤销 refuses, changing nothing, when the document changed since", async () => {
    const { store, host } = await opened();
    const comma = analysisOf(store).findings.find((f) => f.rule === "punct-halfwidth")!;
    await store.fix([comma]);
    const fixed = [...host.texts];
    host.texts = [...host.texts, "用户又写了一段。"];
    await store.undo();
    expect(store.getSnapshot().notice?.intent).toBe("error");
    expect(host.texts).toEqual([...fixed, "用户又写了一段。"]);
  });

  test("全部修正 shows every change before → after and applies exactly those; 撤销 restores them all", async () => {
    const lines = [...MATERIAL];
    lines[4] = "（二）在带头砥砺作风方面。一是下村调研次数偏少,全年班子成员到最偏远的两个村不足3次,批评与自我批评开展不经常。";
    const { store, host } = await opened({ lines });
    const warnings = analysisOf(store).findings.filter((f) => f.severity === "warning" && f.fix);
    const hint = analysisOf(store).findings.find((f) => f.rule === "term-noncanonical")!;
    expect(hint.severity).toBe("info");
    await store.fix(warnings);
    const pending = store.getSnapshot().pending;
    if (pending?.kind !== "fix") throw new Error("no preview");
    expect(pending.fixes.changes.map((c) => [c.expected, c.replacement])).toEqual(warnings.map((f) => [f.fix!.expected, f.fix!.replacement]));
    await store.confirmPending();
    // The hint of the other group is not touched.
    expect(host.texts[4]).toContain("批评与自我批评");
    expect(host.texts[4]).not.toContain(",");
    expect(host.texts[3]).not.toContain(",");
    await store.undo();
    expect(host.texts).toEqual(lines);
  });
});
