/**
 * Removing the add-in's own templates: its tagged content controls with their
 * content, nothing else; one the user typed into (its text no longer the one its
 * tag's fingerprint was made of) only when asked.
 */
import { templateFingerprint } from "../../../src/core/insert/planner";
import { WordHost } from "../../../src/host/word/wordHost";
import { FakeWord } from "../../fakes/wordFake";

const CAUSES = "duizhao-template:section:causes";
const MEASURE = "duizhao-template:measure:p3";
/** The tags the add-in writes: the request and the fingerprint of the text inserted. */
const tagged = (tag: string, texts: string[]) => `${tag}#${templateFingerprint(texts)}`;

function open() {
  const fake = new FakeWord(["标题", "模板一", "模板一续", "用户的内容控件", "正文", "模板二", "相似标签", "结尾"]);
  fake.wrapInContentControl(1, 2, tagged(CAUSES, ["模板一", "模板一续"]), "对照检查助手模板");
  fake.wrapInContentControl(3, 3, "user-signature", "签名");
  fake.wrapInContentControl(5, 5, tagged(MEASURE, ["模板二"]), "对照检查助手模板");
  // Looks like ours, is not.
  fake.wrapInContentControl(6, 6, "duizhao-templates", "");
  const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
  return { fake, host };
}

describe("WordHost.removeTemplates", () => {
  test("all of ours, with their paragraphs, in two syncs; other controls untouched", async () => {
    const { fake, host } = open();
    expect(await host.removeTemplates()).toBe(2);
    expect(fake.runSyncs).toEqual([2]);
    expect(fake.syncLog[0].edits).toBe(0);
    expect(fake.shownTexts).toEqual(["标题", "用户的内容控件", "正文", "相似标签", "结尾"]);
    expect(fake.controls.map((c) => c.tag)).toEqual(["user-signature", "duizhao-templates"]);
  });

  test("one tag: only that template", async () => {
    const { fake, host } = open();
    expect(await host.removeTemplates(MEASURE)).toBe(1);
    expect(fake.shownTexts).toEqual(["标题", "模板一", "模板一续", "用户的内容控件", "正文", "相似标签", "结尾"]);
    expect(fake.controls.map((c) => c.tag)).toEqual([tagged(CAUSES, ["模板一", "模板一续"]), "user-signature", "duizhao-templates"]);
  });

  test("a template the user typed into is kept, unless asked to remove it too", async () => {
    const fake = new FakeWord(["标题", "（一）理想信念有所松懈。对学习重视不够", "结尾"]);
    fake.wrapInContentControl(1, 1, tagged(CAUSES, ["（一）理想信念有所松懈。【结合查摆的问题剖析思想根源】"]));
    const host = new WordHost({ run: fake.run, office: fake.office });
    expect(await host.removeTemplates()).toBe(0);
    expect(await host.removeTemplates(CAUSES)).toBe(0);
    expect(fake.shownTexts).toHaveLength(3);
    expect(await host.removeTemplates(CAUSES, { includeTyped: true })).toBe(1);
    expect(fake.shownTexts).toEqual(["标题", "结尾"]);
  });

  test("a tag that is not ours is refused before touching Word", async () => {
    const { fake, host } = open();
    await expect(host.removeTemplates("user-signature")).rejects.toThrow("只能删除对照检查助手插入的模板");
    await expect(host.removeTemplates("duizhao-templates")).rejects.toThrow();
    expect(fake.syncCount).toBe(0);
    expect(fake.paragraphs).toHaveLength(8);
  });

  test("nothing of ours: one sync, nothing deleted", async () => {
    const fake = new FakeWord(["正文"]);
    fake.wrapInContentControl(0, 0, "user", "");
    const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
    expect(await host.removeTemplates()).toBe(0);
    expect(await host.removeTemplates(CAUSES)).toBe(0);
    expect(fake.runSyncs).toEqual([1, 1]);
    expect(fake.shownTexts).toEqual(["正文"]);
  });

  test("a template inside another one: both go, without an error", async () => {
    const fake = new FakeWord(["标题", "外层", "内层", "外层续", "结尾"]);
    fake.wrapInContentControl(1, 3, tagged(CAUSES, ["外层", "内层", "外层续"]));
    fake.wrapInContentControl(2, 2, tagged(MEASURE, ["内层"]));
    const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
    expect(await host.removeTemplates()).toBe(2);
    expect(fake.shownTexts).toEqual(["标题", "结尾"]);
    expect(fake.controls).toEqual([]);
  });
});
