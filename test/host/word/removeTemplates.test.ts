/** Removing the add-in's own templates: its tagged content controls with their content, nothing else. */
import { WordHost } from "../../../src/host/word/wordHost";
import { FakeWord } from "../../fakes/wordFake";

const CAUSES = "duizhao-template:section:causes";
const MEASURE = "duizhao-template:measure:p3";

function open() {
  const fake = new FakeWord(["标题", "模板一", "模板一续", "用户的内容控件", "正文", "模板二", "相似标签", "结尾"]);
  fake.wrapInContentControl(1, 2, CAUSES, "对照检查助手模板");
  fake.wrapInContentControl(3, 3, "user-signature", "签名");
  fake.wrapInContentControl(5, 5, MEASURE, "对照检查助手模板");
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
    expect(fake.controls.map((c) => c.tag)).toEqual([CAUSES, "user-signature", "duizhao-templates"]);
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
    fake.wrapInContentControl(1, 3, CAUSES);
    fake.wrapInContentControl(2, 2, MEASURE);
    const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
    expect(await host.removeTemplates()).toBe(2);
    expect(fake.shownTexts).toEqual(["标题", "结尾"]);
    expect(fake.controls).toEqual([]);
  });
});
