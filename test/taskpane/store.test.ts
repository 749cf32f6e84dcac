/**
 * The pane's store over an in-memory host: every change the user makes is
 * analysed again and kept in the document's state (so a new store over the same
 * document — "reopening" it — sees it), imported profiles go to local storage
 * and the document, edits go through the host and are read back, and the
 * document is re-checked after changes (debounced) or when the user returns.
 */
import { PlanConflictError } from "../../src/core/insert/apply";
import { RECTIFICATION_TITLE, RectificationReplaceNeeded, rectificationRows } from "../../src/core/insert/rectification";
import { parseState } from "../../src/core/state";
import { getStrings } from "../../src/taskpane/i18n";
import {
  CHANGE_DEBOUNCE_MS,
  PaneStore,
  RETURN_DEBOUNCE_MS,
  USER_PROFILES_KEY,
  samePlain,
  type PaneEnvironment,
} from "../../src/taskpane/store";
import { FakeHost, MATERIAL, ManualTimers, MemoryStorage, type FakeHostOptions } from "./fakeHost";
import { UNSURE } from "../helpers/unsureMaterial";

const strings = getStrings("zh-CN");

interface Setup {
  host: FakeHost;
  store: PaneStore;
  storage: MemoryStorage;
  timers: ManualTimers;
  returnToPane: () => void;
}

function setup(options: FakeHostOptions & { lines?: string[]; storage?: MemoryStorage; host?: FakeHost } = {}): Setup {
  const host = options.host ?? new FakeHost(options.lines ?? MATERIAL, options);
  const storage = options.storage ?? new MemoryStorage();
  const timers = new ManualTimers();
  let onReturn: () => void = () => undefined;
  const env: Partial<PaneEnvironment> = {
    storage,
    defer: (task) => task(),
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    onReturn: (listener) => {
      onReturn = listener;
      return () => {
        onReturn = () => undefined;
      };
    },
  };
  const store = new PaneStore(host, strings, env);
  return { host, store, storage, timers, returnToPane: () => onReturn() };
}

/** Let pending promises (host calls, deferred analysis) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

async function opened(options: Parameters<typeof setup>[0] = {}): Promise<Setup> {
  const s = setup(options);
  await s.store.refresh();
  return s;
}

function analysisOf(store: PaneStore) {
  const analysis = store.getSnapshot().analysis;
  if (!analysis) throw new Error("no analysis");
  return analysis;
}

describe("reading and analysing", () => {
  test("start reads the document and its state, analyses, and listens for changes", async () => {
    const { store, host } = setup();
    expect(store.getSnapshot().status).toBe("loading");
    const stop = store.start();
    await settle();
    const snapshot = store.getSnapshot();
    expect(snapshot.status).toBe("ready");
    expect(snapshot.refreshing).toBe(false);
    expect(host.stateReads).toBe(1);
    expect(host.listenerCount).toBe(1);
    expect(snapshot.analysis?.doc.problems.length).toBe(3);
    stop();
    await settle();
    expect(host.listenerCount).toBe(0);
  });

  test("a read error is shown and keeps the last analysis", async () => {
    const { store, host } = await opened();
    const before = analysisOf(store);
    host.readParagraphs = async () => {
      throw new Error("文档无法读取");
    };
    await store.refresh();
    expect(store.getSnapshot().readError).toBe("文档无法读取");
    expect(store.getSnapshot().analysis).toBe(before);
    expect(store.getSnapshot().status).toBe("ready");
  });

  test("a state part that cannot be read does not stop the check", async () => {
    const host = new FakeHost(MATERIAL);
    host.readState = async () => {
      throw new Error("此环境不支持在文档中保存检查状态");
    };
    const { store } = await opened({ host });
    expect(store.getSnapshot().readError).toBeNull();
    expect(analysisOf(store).doc.problems.length).toBe(3);
  });

  test("capabilities follow what the host offers", async () => {
    expect((await opened()).store.getSnapshot().capabilities).toEqual({ insert: true, fix: true, rectification: true, release: true });
    const bare = await opened({ without: ["applyPlan", "applyFixes", "insertRectificationTable", "releaseTemplates"] });
    expect(bare.store.getSnapshot().capabilities).toEqual({ insert: false, fix: false, rectification: false, release: false });
  });

  test("tracksChanges is read with the state", async () => {
    expect((await opened({ tracks: false })).store.getSnapshot().tracksChanges).toBe(false);
    expect((await opened({ tracks: true })).store.getSnapshot().tracksChanges).toBe(true);
    expect((await opened({ without: ["tracksChanges"] })).store.getSnapshot().tracksChanges).toBeNull();
  });
});

describe("re-checking", () => {
  test("document changes are debounced and re-read; unchanged text is not analysed again", async () => {
    const s = setup();
    s.store.start();
    await settle();
    const first = analysisOf(s.store);
    const reads = s.host.reads;

    s.host.fireChange();
    s.host.fireChange();
    s.timers.advance(CHANGE_DEBOUNCE_MS - 1);
    await settle();
    expect(s.host.reads).toBe(reads); // still typing: nothing read yet

    s.timers.advance(1);
    await settle();
    expect(s.host.reads).toBe(reads + 1); // one read for both events
    expect(s.store.getSnapshot().analysis).toBe(first); // same text: same analysis object

    s.host.texts[4] = "（二）在带头砥砺作风方面。一是下村调研次数偏少。";
    s.host.fireChange();
    s.timers.advance(CHANGE_DEBOUNCE_MS);
    await settle();
    const second = analysisOf(s.store);
    expect(second).not.toBe(first);
    expect(second.doc.problems[1].body).toContain("下村调研次数偏少。");
    s.store.stop();
  });

  test("returning to the pane re-reads the document", async () => {
    const s = setup();
    s.store.start();
    await settle();
    s.host.texts.splice(6, 0, "二、原因分析", "（一）理想信念有所弱化。");
    s.returnToPane();
    s.timers.advance(RETURN_DEBOUNCE_MS);
    await settle();
    expect(analysisOf(s.store).doc.missingSections).not.toContain("causes");
    s.store.stop();
  });

  test("刷新 reads the state part again", async () => {
    const { store, host } = await opened();
    const stateReads = host.stateReads;
    await store.refresh();
    expect(host.stateReads).toBe(stateReads + 1);
  });
});

describe("pairing, kept in the document", () => {
  test("re-pairing to 无对应措施 flags the problem, is stored, and survives reopening", async () => {
    const { store, host, storage } = await opened();
    const before = analysisOf(store);
    const problem = before.doc.problems[0];
    expect(before.doc.unpairedProblems).not.toContain(problem.id);

    await store.setPairing(problem.id, null);
    const after = analysisOf(store);
    expect(after.doc.unpairedProblems).toContain(problem.id);
    expect(after.doc.pairs.some((p) => p.problem === problem.id)).toBe(false);
    await store.flush();
    expect(parseState(host.state).pairOverrides).toEqual([expect.objectContaining({ measure: null })]);

    // Reopen: a new store over the same document sees the choice.
    const reopened = await opened({ host, storage });
    expect(analysisOf(reopened.store).doc.unpairedProblems).toContain(problem.id);

    // 自动配对 takes the override away again.
    await reopened.store.autoPair(problem.id);
    await reopened.store.flush();
    expect(analysisOf(reopened.store).doc.unpairedProblems).not.toContain(problem.id);
    expect(parseState(host.state).pairOverrides).toEqual([]);
  });

  test("choosing another measure marks the pair as the user's", async () => {
    const { store } = await opened();
    const doc = analysisOf(store).doc;
    const unpaired = doc.unpairedProblems[0];
    const measure = doc.measures[doc.measures.length - 1];
    expect(unpaired).toBeDefined();
    await store.setPairing(unpaired, measure.id);
    const pairs = analysisOf(store).doc.pairs.filter((p) => p.problem === unpaired);
    expect(pairs).toEqual([expect.objectContaining({ measure: measure.id, source: "user" })]);
    expect(analysisOf(store).doc.unpairedProblems).not.toContain(unpaired);
  });

  test("已落实 is stored per problem", async () => {
    const { store, host } = await opened();
    const problem = analysisOf(store).doc.problems[1];
    await store.setDone(problem.id, true);
    await store.flush();
    expect(parseState(host.state).done).toHaveLength(1);
    expect(analysisOf(store).state.done).toHaveLength(1);
    await store.setDone(problem.id, false);
    await store.flush();
    expect(parseState(host.state).done).toEqual([]);
  });

  test("a failed state write is reported, the choice still applies", async () => {
    const { store, host } = await opened();
    host.writeState = async () => {
      throw new Error("只读文档");
    };
    const problem = analysisOf(store).doc.problems[0];
    await store.setPairing(problem.id, null);
    await store.flush();
    expect(analysisOf(store).doc.unpairedProblems).toContain(problem.id);
    expect(store.getSnapshot().notice).toEqual({ intent: "warning", text: strings.notices.stateNotSaved("只读文档") });
  });
});

describe("state the pane must not write over", () => {
  /** A state another version could have written: a correction and an ignored finding. */
  const stored = (version: number, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ version, pairOverrides: [], done: [], ignoredFindings: ["punct-halfwidth:k"], ignoredRules: ["length-range"], ...extra });

  test.each([
    ["not JSON", "{version: 1, done: ["],
    ["not the state's shape", JSON.stringify({ version: 1, done: "P1" })],
    ["no version", JSON.stringify({ done: [] })],
  ])("unreadable state (%s) is kept as it is, never written over, and the pane says so", async (_name, json) => {
    const { store, host } = await opened({ state: json });
    expect(store.getSnapshot().stateKept).toMatch(/^文档中保存的检查设置无法读取（.+），已原样保留。/);
    // The check runs without it; the user's changes apply, but nothing is written.
    const problem = analysisOf(store).doc.problems[0];
    await store.setPairing(problem.id, null);
    await store.ignoreFinding("x");
    await store.setRuleIgnored("typo-common", true);
    await store.flush();
    expect(analysisOf(store).doc.unpairedProblems).toContain(problem.id);
    expect(host.state).toBe(json);
  });

  test("a state part the host cannot read is not written over either", async () => {
    const host = new FakeHost(MATERIAL, { state: stored(1) });
    host.readState = async () => {
      throw new Error("读取自定义 XML 部件失败");
    };
    const { store } = await opened({ host });
    expect(store.getSnapshot().stateKept).toContain("读取自定义 XML 部件失败");
    await store.setDone(analysisOf(store).doc.problems[0].id, true);
    await store.flush();
    expect(host.state).toBe(stored(1));
  });

  test("state from a newer version is used where it is understood, and never written over", async () => {
    const json = stored(2, { profileId: "none", futureField: { anything: true } });
    const { store, host } = await opened({ state: json });
    expect(store.getSnapshot().stateKept).toMatch(/^文档中保存的检查设置.*来自较新版本的对照检查助手（第 2 版）/);
    // What this version understands is used: the profile choice and the ignored rule.
    const analysis = analysisOf(store);
    expect(analysis.profile).toBeNull();
    expect(analysis.state.ignoredRules).toEqual(["length-range"]);
    expect(analysis.findings.some((f) => f.rule === "length-range")).toBe(false);
    await store.chooseProfile(undefined);
    await store.setPairing(analysis.doc.problems[0].id, null);
    await store.flush();
    expect(host.state).toBe(json);
  });

  test("readable state of this version is written as before, and the pane says nothing", async () => {
    const { store, host } = await opened({ state: stored(1) });
    expect(store.getSnapshot().stateKept).toBeNull();
    await store.setDone(analysisOf(store).doc.problems[0].id, true);
    await store.flush();
    expect(parseState(host.state).done).toHaveLength(1);
    expect(parseState(host.state).ignoredRules).toEqual(["length-range"]);
  });
});

describe("findings: ignore and rules", () => {
  test("忽略 hides one finding and is stored; 全部恢复 shows it again", async () => {
    const { store, host } = await opened();
    const finding = analysisOf(store).findings.find((f) => f.rule === "punct-halfwidth");
    expect(finding).toBeDefined();
    await store.ignoreFinding(finding!.key);
    await store.flush();
    expect(analysisOf(store).findings.some((f) => f.key === finding!.key)).toBe(false);
    expect(parseState(host.state).ignoredFindings).toEqual([finding!.key]);
    await store.restoreIgnoredFindings();
    expect(analysisOf(store).findings.some((f) => f.key === finding!.key)).toBe(true);
  });

  test("不再检查此规则 turns a rule off for this document, and on again", async () => {
    const { store, host } = await opened();
    const rule = analysisOf(store).findings[0].rule;
    await store.setRuleIgnored(rule, true);
    await store.flush();
    expect(analysisOf(store).findings.some((f) => f.rule === rule)).toBe(false);
    expect(parseState(host.state).ignoredRules).toEqual([rule]);
    await store.setRuleIgnored(rule, false);
    expect(analysisOf(store).findings.some((f) => f.rule === rule)).toBe(true);
  });
});

describe("profiles", () => {
  test("the user can check structure only, choose a profile, or go back to detection", async () => {
    const { store, host } = await opened();
    const detected = analysisOf(store).profile;
    expect(detected).not.toBeNull();
    await store.chooseProfile("none");
    expect(analysisOf(store).profile).toBeNull();
    expect(store.getSnapshot().profileChoice).toBe("none");
    const other = analysisOf(store).catalogue.find((p) => p.id !== detected!.id)!;
    await store.chooseProfile(other.id);
    expect(analysisOf(store).profile?.id).toBe(other.id);
    expect(analysisOf(store).doc.profile?.detected).toBe(false);
    await store.flush();
    expect(parseState(host.state).profileId).toBe(other.id);
    await store.chooseProfile(undefined);
    expect(analysisOf(store).profile?.id).toBe(detected!.id);
    expect(store.getSnapshot().profileChoice).toBeUndefined();
  });

  function importedProfile(id: string, name: string) {
    return {
      id,
      name,
      year: 2026,
      meetingType: "民主生活会",
      sections: [
        { kind: "problems", required: true },
        { kind: "measures", required: true },
      ],
      aspects: [{ id: "A1", label: "在新一年度的新要求方面", short: "新要求", keywords: ["新要求"] }],
      confidence: { level: "low", note: "自行整理，未见正式文件" },
    };
  }

  test("a bad profile file is refused with a message naming the field, nothing stored", async () => {
    const { store, storage, host } = await opened();
    const bad = { ...importedProfile("2026-test", "测试配置"), aspects: [{ id: "A1", short: "x", keywords: ["x"] }] };
    expect(await store.importProfile(JSON.stringify(bad))).toBe(false);
    expect(store.getSnapshot().importError).toContain("aspects[0].label");
    expect(storage.items.has(USER_PROFILES_KEY)).toBe(false);
    expect(host.state).toBeNull();
    expect(await store.importProfile("{ not json")).toBe(false);
    expect(store.getSnapshot().importError).toContain("JSON");
  });

  test("a good profile is kept in local storage and in the document, and chosen", async () => {
    const { store, storage, host } = await opened();
    const text = JSON.stringify(importedProfile("2026-test", "2026年度测试配置"));
    expect(await store.importProfile(text)).toBe(true);
    await store.flush();
    expect(store.getSnapshot().importError).toBeNull();
    expect(analysisOf(store).profile?.id).toBe("2026-test");
    expect(JSON.parse(storage.getItem(USER_PROFILES_KEY)!)).toEqual([expect.objectContaining({ id: "2026-test" })]);
    expect(parseState(host.state).userProfiles).toEqual([expect.objectContaining({ id: "2026-test" })]);
    expect(parseState(host.state).profileId).toBe("2026-test");

    // Another document on this machine: the profile is offered (local storage).
    const other = await opened({ storage, lines: MATERIAL.slice(0, 6) });
    expect(other.store.getSnapshot().userProfiles.map((p) => p.id)).toEqual(["2026-test"]);
    expect(analysisOf(other.store).catalogue.some((p) => p.id === "2026-test")).toBe(true);

    // This document on another machine: the profile travels with it.
    const elsewhere = await opened({ host, storage: new MemoryStorage() });
    expect(analysisOf(elsewhere.store).profile?.id).toBe("2026-test");
  });

  test("a stored profile id nobody knows falls back to detection and says so", async () => {
    const state = JSON.stringify({ version: 1, profileId: "2099-unknown" });
    const { store } = await opened({ state });
    expect(store.getSnapshot().unknownProfileId).toBe("2099-unknown");
    expect(analysisOf(store).profile).not.toBeNull();
  });
});

describe("edits", () => {
  test("插入 applies core's plan through the host and reads the document again", async () => {
    const { store, host } = await opened();
    const insertion = analysisOf(store).insertions.find((i) => i.request.kind === "section");
    expect(insertion?.request).toEqual({ kind: "section", section: "causes" });
    await store.insert(insertion!.request);
    // More than one paragraph: shown first, applied on 确认.
    expect(store.getSnapshot().pending?.kind).toBe("insert");
    expect(host.plans).toHaveLength(0);
    await store.confirmPending();
    expect(host.plans).toHaveLength(1);
    expect(host.plans[0].options).toEqual({});
    expect(analysisOf(store).doc.missingSections).not.toContain("causes");
    expect(store.getSnapshot().notice?.intent).toBe("success");
    expect(store.getSnapshot().notice?.text).toContain("原因分析");
    expect(store.getSnapshot().busy).toBe(false);
  });

  test("以修订方式插入 passes trackChanges when the document does not track", async () => {
    const { store, host } = await opened({ tracks: false });
    store.setInsertAsTracked(true);
    await store.insert(analysisOf(store).insertions[0].request);
    await store.confirmPending();
    expect(host.plans[0].options).toEqual({ trackChanges: true });
  });

  test("a refused plan shows the host's message and re-reads", async () => {
    const { store, host } = await opened();
    const reads = host.reads;
    host.refuseNextPlan = new PlanConflictError("文档在分析之后已被修改，找不到插入位置，请刷新后重试");
    await store.insert(analysisOf(store).insertions[0].request);
    await store.confirmPending();
    expect(store.getSnapshot().notice).toEqual({
      intent: "error",
      text: "文档在分析之后已被修改，找不到插入位置，请刷新后重试",
    });
    expect(host.reads).toBe(reads + 1);
    expect(host.texts).toEqual(MATERIAL);
  });

  test("修正 applies a finding's fix and the finding is gone after re-reading", async () => {
    const { store, host } = await opened();
    const finding = analysisOf(store).findings.find((f) => f.rule === "punct-halfwidth" && f.fix)!;
    expect(finding).toBeDefined();
    await store.fix([finding]);
    expect(host.fixCalls).toEqual([[finding.fix]]);
    expect(host.texts[finding.paragraph!]).toContain(finding.fix!.replacement);
    expect(analysisOf(store).findings.some((f) => f.rule === "punct-halfwidth")).toBe(false);
    expect(store.getSnapshot().notice).toEqual({ intent: "success", text: strings.notices.fixed(1, 0), undo: true });
  });

  test("select records the paragraph and asks the host", async () => {
    const { store, host } = await opened();
    await store.select({ paragraph: 3, start: 2, end: 5 });
    expect(host.selections).toEqual([{ paragraph: 3, start: 2, end: 5 }]);
    expect(store.getSnapshot().selectedParagraph).toBe(3);
  });
});

describe("移除助手标记（保留文字）", () => {
  test("asks the host to release the templates, says how many, keeps every word, and reads again", async () => {
    const { store, host } = await opened();
    expect(store.getSnapshot().capabilities.release).toBe(true);
    const reads = host.reads;
    await store.releaseTemplates();
    expect(host.releases).toEqual([undefined]);
    expect(store.getSnapshot().notice).toEqual({ intent: "success", text: strings.notices.released(2) });
    expect(host.texts).toEqual(MATERIAL);
    expect(host.reads).toBe(reads + 1);
    // A host without it: never asked, no button.
    const bare = await opened({ without: ["releaseTemplates"] });
    expect(bare.store.getSnapshot().capabilities.release).toBe(false);
    await bare.store.releaseTemplates();
    expect(bare.host.releases).toEqual([]);
    expect(bare.store.getSnapshot().notice).toBeNull();
  });
});

describe("整改清单", () => {
  test("插入整改清单 gives the host core's rows, says so, and reads the document again", async () => {
    const { store, host } = await opened();
    const doc = analysisOf(store).doc;
    const reads = host.reads;
    await store.insertRectificationTable();
    expect(host.tables).toEqual([rectificationRows(doc)]);
    expect(host.tables[0]).toHaveLength(doc.problems.length);
    expect(host.reads).toBe(reads + 1);
    expect(store.getSnapshot().notice).toEqual({ intent: "success", text: strings.notices.rectificationInserted(doc.problems.length), undo: true });
    expect(store.getSnapshot().busy).toBe(false);
    // The table is in what was read again, and the problems are what they were.
    expect(analysisOf(store).doc.paragraphs.some((p) => p.text === RECTIFICATION_TITLE)).toBe(true);
    expect(analysisOf(store).doc.problems.map((p) => p.title)).toEqual(doc.problems.map((p) => p.title));
  });

  test("a table that cannot be updated is replaced only after 仍要替换; 取消 changes nothing", async () => {
    const { store, host } = await opened();
    host.refuseNextTable = new RectificationReplaceNeeded();
    await store.insertRectificationTable();
    expect(store.getSnapshot().pending).toEqual({ kind: "replace-rectification", label: "替换整改清单" });
    expect(store.getSnapshot().notice).toBeNull();
    expect(host.texts).toEqual(MATERIAL);
    expect(host.tableOptions).toEqual([{}]);
    store.cancelPending();
    expect(store.getSnapshot().pending).toBeNull();
    await store.confirmPending();
    expect(host.tableOptions).toEqual([{}]);

    host.refuseNextTable = new RectificationReplaceNeeded();
    await store.insertRectificationTable();
    await store.confirmPending();
    expect(host.tableOptions).toEqual([{}, {}, { replace: true }]);
    expect(store.getSnapshot().pending).toBeNull();
    expect(store.getSnapshot().notice).toMatchObject({ intent: "success", undo: true });
    expect(analysisOf(store).doc.paragraphs.some((p) => p.text === RECTIFICATION_TITLE)).toBe(true);
  });

  test("a refusal is shown and nothing changes; a host without the method is never asked", async () => {
    const { store, host } = await opened();
    host.refuseNextTable = new Error("文档受保护，无法插入");
    await store.insertRectificationTable();
    expect(store.getSnapshot().notice).toEqual({ intent: "error", text: "文档受保护，无法插入" });
    expect(host.texts).toEqual(MATERIAL);
    expect(store.getSnapshot().busy).toBe(false);

    const bare = await opened({ without: ["insertRectificationTable"] });
    const reads = bare.host.reads;
    await bare.store.insertRectificationTable();
    expect(bare.host.tables).toEqual([]);
    expect(bare.host.reads).toBe(reads);
    expect(bare.store.getSnapshot().notice).toBeNull();
  });
});


describe("the reader's questions, answered in the pane and kept in the document", () => {
  test("这一行是标题还是正文？: the answer is stored, the reading follows it, and reopening keeps it; 撤销 forgets it", async () => {
    const { store, host, storage } = await opened({ lines: UNSURE });
    const question = analysisOf(store).doc.reading.questions.find((q) => q.kind === "heading")!;
    expect(question).toBeDefined();
    await store.setLineRole(question.paragraph, { role: "section", kind: "causes" });
    await store.flush();
    expect(parseState(host.state).lineRoles).toHaveLength(1);
    const after = analysisOf(store);
    expect(after.doc.reading.questions.some((q) => q.id === question.id)).toBe(false);
    expect(after.doc.sections.find((s) => s.headingParagraph === question.paragraph)?.kind).toBe("causes");

    const reopened = await opened({ host, storage });
    expect(analysisOf(reopened.store).doc.sections.find((s) => s.headingParagraph === question.paragraph)?.kind).toBe("causes");
    await reopened.store.setLineRole(question.paragraph, undefined);
    await reopened.store.flush();
    expect(parseState(host.state).lineRoles).toEqual([]);
    expect(analysisOf(reopened.store).doc.reading.questions.some((q) => q.id === question.id)).toBe(true);
  });

  test("问题 P 是否由措施 M 回应？: 是 keeps the pair as the user's, 否 is not asked again; both survive reopening", async () => {
    const { store, host, storage } = await opened();
    const doc = analysisOf(store).doc;
    const problem = doc.unpairedProblems[0];
    const [m1, m2] = doc.measures;
    await store.answerPair(problem, m1.id, true);
    await store.flush();
    let a = analysisOf(store);
    expect(a.doc.pairs).toContainEqual(expect.objectContaining({ problem, measure: m1.id, source: "user" }));
    await store.answerPair(problem, m2.id, false);
    await store.flush();
    expect(parseState(host.state).rejectedPairs).toHaveLength(1);
    const reopened = await opened({ host, storage });
    a = analysisOf(reopened.store);
    expect(a.doc.pairs).toContainEqual(expect.objectContaining({ problem, measure: m1.id, source: "user" }));
    expect(a.doc.reading.questions.some((q) => q.kind === "pair" && q.problem === problem && q.measure === m2.id)).toBe(false);
  });

  test("仍要插入 plans a deferred part (evenIfUnsure); without it nothing is inserted", async () => {
    const { store, host } = await opened({ lines: UNSURE });
    const deferred = analysisOf(store).deferredInsertions.find((d) => d.request.kind === "section")!;
    expect(deferred.request).toEqual({ kind: "section", section: "causes" });
    await store.insert(deferred.request);
    expect(host.plans).toHaveLength(0);
    expect(store.getSnapshot().notice?.intent).toBe("info");
    await store.insert(deferred.request, { evenIfUnsure: true });
    // A section is more than one paragraph: shown first, inserted on 确认.
    const pending = store.getSnapshot().pending;
    expect(pending?.kind).toBe("insert");
    expect(host.plans).toHaveLength(0);
    await store.confirmPending();
    expect(host.plans).toHaveLength(1);
    expect(host.texts.some((t) => /原因/.test(t) && !UNSURE.includes(t))).toBe(true);
    const toFill = pending!.kind === "insert" ? pending!.insert.placeholders : 0;
    expect(toFill).toBeGreaterThan(0);
    expect(store.getSnapshot().notice?.text).toBe(strings.notices.inserted({ kind: "section", section: "causes" }, strings.sectionLabels, toFill));
    expect(store.getSnapshot().notice?.text).toContain(`模板待填写 ${toFill} 处`);
  });

  test("忽略这 N 处: several findings ignored at once, and stored", async () => {
    const { store, host } = await opened();
    const keys = analysisOf(store).findings.slice(0, 2).map((f) => f.key);
    expect(keys).toHaveLength(2);
    await store.ignoreFindings(keys);
    await store.flush();
    expect(parseState(host.state).ignoredFindings).toEqual(keys);
    expect(analysisOf(store).findings.some((f) => keys.includes(f.key))).toBe(false);
  });
});

describe("samePlain (whether a read changed, without its JSON)", () => {
  it("tells a changed paragraph apart and treats an undefined key as absent, as JSON did", () => {
    const read = () => [
      { index: 0, text: "标题", format: { bold: true, sizePt: 22 } },
      { index: 1, text: "正文", inTable: undefined },
    ];
    expect(samePlain(read(), read())).toBe(true);
    expect(samePlain(read(), [read()[0], { index: 1, text: "正文" }])).toBe(true);
    expect(samePlain(read(), [read()[0], { index: 1, text: "正文。" }])).toBe(false);
    expect(samePlain(read(), [{ index: 0, text: "标题", format: { bold: false, sizePt: 22 } }, read()[1]])).toBe(false);
    expect(samePlain(read(), [{ index: 0, text: "标题", format: { bold: true, sizePt: 22, alignment: "center" } }, read()[1]])).toBe(false);
    expect(samePlain(read(), read().slice(0, 1))).toBe(false);
    expect(samePlain(read(), null)).toBe(false);
    expect(samePlain([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});
