/**
 * The pane over the real WordHost and the Word fake (issue 11): a moved caret
 * costs one Body.text read, not a whole one; what Word on the web cannot read is
 * said in the pane; local storage keys go under Office's partition key; where
 * the page cannot download (Word for Mac), exports open as new Word documents.
 */
import JSZip from "jszip";
import { WordHost } from "../../src/host/word/wordHost";
import { downloadFile, setFileSaver } from "../../src/taskpane/download";
import { getStrings } from "../../src/taskpane/i18n";
import { partitionedStorage } from "../../src/taskpane/storage";
import { CHANGE_DEBOUNCE_MS, PaneStore, USER_PROFILES_KEY, type PaneEnvironment } from "../../src/taskpane/store";
import { cannotDownload, wordFileSaver } from "../../src/taskpane/wordExport";
import { FakeWord, type FakeParagraphSpec, type FakeWordOptions } from "../fakes/wordFake";
import { ManualTimers, MemoryStorage } from "./fakeHost";

const strings = getStrings("zh-CN");

const MATERIAL: FakeParagraphSpec[] = [
  { text: "关于2024年度民主生活会个人对照检查材料" },
  { text: "根据会议安排，现将个人对照检查情况报告如下。" },
  { text: "存在的问题", list: { id: 1, level: 0 } },
  { text: "理论学习方面。一是学习不够深入系统；二是学用结合不够紧密。", list: { id: 1, level: 1 }, tracked: true },
  { text: "整改措施", list: { id: 1, level: 0 } },
  { text: "深化理论学习。每月至少集中学习两次，年底前完成。", list: { id: 1, level: 1 } },
];
const LISTS = [{ id: 1, levels: ["{cn}、", "（{cn}）"] }];

async function settle(): Promise<void> {
  for (let i = 0; i < 30; i++) await new Promise((resolve) => setImmediate(resolve));
}

function paneOver(options: FakeWordOptions = {}) {
  const fake = new FakeWord(MATERIAL, { lists: LISTS, ...options });
  const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
  const timers = new ManualTimers();
  const env: Partial<PaneEnvironment> = {
    storage: new MemoryStorage(),
    defer: (task) => task(),
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    onReturn: () => () => undefined,
  };
  const store = new PaneStore(host, strings, env);
  return { fake, host, store, timers };
}

describe("re-reading only when the body changed", () => {
  test("a caret move: one small read of Body.text, no paragraphs read, no new analysis; an edit: a whole read", async () => {
    const { fake, store, timers } = paneOver();
    store.start();
    await settle();
    const revision = store.getSnapshot().revision;
    const paragraphLoads = () => fake.loadLog.filter((e) => e.type === "ParagraphCollection").length;
    const before = paragraphLoads();

    fake.fireSelectionChanged();
    timers.advance(CHANGE_DEBOUNCE_MS);
    await settle();
    expect(paragraphLoads()).toBe(before);
    expect(fake.loadLog[fake.loadLog.length - 1]).toEqual({ type: "Body", paths: ["text"] });
    expect(store.getSnapshot().revision).toBe(revision);

    fake.setText(5, "深化理论学习。每月至少集中学习三次，年底前完成。");
    fake.fireSelectionChanged();
    timers.advance(CHANGE_DEBOUNCE_MS);
    await settle();
    expect(paragraphLoads()).toBe(before + 1);
    expect(store.getSnapshot().revision).toBe(revision + 1);
    expect(fake.maxActiveRuns).toBe(1);
    store.stop();
  });

  test("returning to the pane reads everything: a style changed without the text changing is seen", async () => {
    const fake = new FakeWord(MATERIAL, { lists: LISTS });
    const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
    const timers = new ManualTimers();
    let returnToPane = () => undefined as void;
    const store = new PaneStore(host, strings, {
      storage: new MemoryStorage(),
      defer: (task) => task(),
      setTimeout: timers.setTimeout,
      clearTimeout: timers.clearTimeout,
      onReturn: (listener) => {
        returnToPane = listener;
        return () => undefined;
      },
    });
    store.start();
    await settle();
    const revision = store.getSnapshot().revision;
    fake.paragraphs[1].style = "Heading 1";
    fake.paragraphs[1].styleBuiltIn = "Heading1";
    returnToPane();
    timers.advance(CHANGE_DEBOUNCE_MS);
    await settle();
    expect(store.getSnapshot().revision).toBe(revision + 1);
    expect(store.getSnapshot().analysis?.doc.paragraphs[1].builtInStyle).toBe("Heading1");
    store.stop();
  });
});

describe("what Word on the web cannot read is said, and the pane still works", () => {
  test("tracked changes in a list: the analysis is there, with a warning naming what is missing", async () => {
    const { store } = paneOver({ platform: "OfficeOnline" });
    await store.refresh();
    const snapshot = store.getSnapshot();
    expect(snapshot.readError).toBeNull();
    expect(snapshot.analysis).not.toBeNull();
    expect(snapshot.notice).toMatchObject({ intent: "warning", text: expect.stringContaining("Word 未能读出自动编号") });
    // Dismissed, it is not repeated by the next read that lacks the same.
    store.dismissNotice();
    await store.refresh();
    expect(store.getSnapshot().notice).toBeNull();
  });

  test("on the desktop the same document reads with its numbers and no warning", async () => {
    const { store } = paneOver();
    await store.refresh();
    expect(store.getSnapshot().notice).toBeNull();
    expect(store.getSnapshot().analysis?.doc.paragraphs[3].text.startsWith("（一）")).toBe(true);
  });
});

describe("local storage under Office's partition key", () => {
  test("keys are prefixed with the partition key where Office gives one, and left alone where it does not", () => {
    const storage = new MemoryStorage();
    partitionedStorage(storage, "https://contoso.example/").setItem(USER_PROFILES_KEY, "[]");
    expect([...storage.items.keys()]).toEqual([`https://contoso.example/${USER_PROFILES_KEY}`]);
    expect(partitionedStorage(storage, "https://contoso.example/").getItem(USER_PROFILES_KEY)).toBe("[]");
    expect(partitionedStorage(storage, "other").getItem(USER_PROFILES_KEY)).toBeNull();
    expect(partitionedStorage(storage, undefined)).toBe(storage);
  });

  test("without an argument the key comes from Office.context.partitionKey", () => {
    const storage = new MemoryStorage();
    const global = globalThis as { Office?: unknown };
    global.Office = { context: { partitionKey: "key-" } };
    try {
      partitionedStorage(storage).setItem("a", "1");
    } finally {
      delete global.Office;
    }
    partitionedStorage(storage).setItem("b", "2");
    expect([...storage.items.keys()].sort()).toEqual(["b", "key-a"]);
  });
});

describe("Word for Mac: exports open as new Word documents", () => {
  test("which platforms cannot download", () => {
    expect(cannotDownload("Mac")).toBe(true);
    expect(cannotDownload("iOS")).toBe(true);
    expect(cannotDownload("PC")).toBe(false);
    expect(cannotDownload("OfficeOnline")).toBe(false);
    expect(cannotDownload(null)).toBe(false);
  });

  test("downloadFile goes through the installed saver: a .docx opens as it is, the CSV as a document of its lines", async () => {
    const fake = new FakeWord(MATERIAL, { lists: LISTS, platform: "Mac" });
    const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
    const notices: string[] = [];
    const docx = await new JSZip().file("word/document.xml", "<w:document/>").generateAsync({ type: "uint8array" });
    setFileSaver(wordFileSaver(host, (n) => notices.push(`${n.intent}: ${n.text}`), "zh-CN"));
    try {
      downloadFile("整改清单.docx", docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      await settle();
      downloadFile("整改清单.csv", "\uFEFF序号,存在问题\r\n1,学习不够深入\r\n", "text/csv;charset=utf-8");
      await settle();
      // Not a .docx (the fake's Word refuses it): the error is reported, nothing opened.
      downloadFile("坏.docx", new Uint8Array([1, 2, 3]), "application/octet-stream");
      await settle();
    } finally {
      setFileSaver(null);
    }
    expect(fake.openedDocuments).toHaveLength(2);
    expect(Buffer.compare(fake.openedDocuments[0], Buffer.from(docx))).toBe(0);
    const csvDoc = await JSZip.loadAsync(fake.openedDocuments[1]);
    const xml = (await csvDoc.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("1,学习不够深入");
    expect(notices[0]).toMatch(/^success: 此版本的 Word 无法下载文件，已把“整改清单.docx”在新的 Word 文档中打开/);
    expect(notices[1]).toMatch(/^success: .*“整改清单.csv”的内容/);
    expect(notices[2]).toMatch(/^error: 无法在新文档中打开/);
  });
});
