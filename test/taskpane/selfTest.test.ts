/**
 * The pane's self-test (issue 11) run over WordHost and the Word fake, as a
 * person with Word would run it over real Word: the scratch document, every
 * step passing, refusing any other document, and the undo check.
 */
import JSZip from "jszip";
import { WordHost } from "../../src/host/word/wordHost";
import { checkUndo, createScratchDocument, runSelfTest, SELF_TEST_LINES, SELF_TEST_MARKER } from "../../src/taskpane/selfTest";
import { FakeWord, type FakeWordOptions } from "../fakes/wordFake";

function open(lines: readonly string[], options: FakeWordOptions = {}) {
  const fake = new FakeWord(lines.map((text) => ({ text })), options);
  const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
  return { fake, host };
}

describe("the self-test", () => {
  test("makes the scratch document as a new Word document: a .docx of the sample lines", async () => {
    const { fake, host } = open(["材料"]);
    await createScratchDocument(host);
    expect(fake.openedDocuments).toHaveLength(1);
    const zip = await JSZip.loadAsync(fake.openedDocuments[0]);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    for (const line of SELF_TEST_LINES) expect(xml).toContain(line.replace(/&/g, "&amp;"));
  });

  test("in the scratch document every step passes, and undo waits for the user", async () => {
    const { fake, host } = open(SELF_TEST_LINES);
    const seen: number[] = [];
    const steps = await runSelfTest(host, (list) => seen.push(list.length));
    expect(steps.map((s) => [s.id, s.status])).toEqual([
      ["read", "pass"],
      ["analyse", "pass"],
      ["insert", "pass"],
      ["fix", "pass"],
      ["state", "pass"],
      ["release", "pass"],
      ["undo", "wait"],
    ]);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // What the steps did is in the document.
    expect(fake.paragraphs.some((p) => p.inserted)).toBe(true);
    expect(fake.paragraphs.some((p) => p.text.includes("深入系统，"))).toBe(true);
    expect(fake.controls).toEqual([]); // released: no marker left, text kept
  });

  test("undo: passes once the inserted section is gone (as Ctrl+Z leaves it), fails while it is there", async () => {
    const { fake, host } = open(SELF_TEST_LINES);
    await runSelfTest(host);
    expect((await checkUndo(host)).status).toBe("fail");
    // What Word's undo of the insertion leaves: the inserted paragraphs gone.
    for (let i = fake.paragraphs.length - 1; i >= 0; i--) if (fake.paragraphs[i].inserted) fake.removeParagraph(i);
    expect(await checkUndo(host)).toMatchObject({ status: "pass" });
  });

  test("any other document is refused at the first step and left untouched", async () => {
    const material = SELF_TEST_LINES.filter((line) => line !== SELF_TEST_MARKER);
    const { fake, host } = open(material);
    const steps = await runSelfTest(host);
    expect(steps[0]).toMatchObject({ id: "read", status: "fail" });
    expect(steps[0].detail).toContain("不会改动你的材料");
    expect(steps.slice(1).every((s) => s.status === "skip")).toBe(true);
    expect(fake.edits).toEqual([]);
    expect(fake.customXmlParts.size).toBe(0);
  });

  test("a failing step is reported with Word's error, the others still run", async () => {
    const { fake, host } = open(SELF_TEST_LINES);
    fake.failing.add("add");
    const steps = await runSelfTest(host);
    expect(steps.find((s) => s.id === "state")).toMatchObject({ status: "fail", detail: expect.stringContaining("injected failure") });
    expect(steps.find((s) => s.id === "insert")?.status).toBe("pass");
    expect(steps.find((s) => s.id === "release")?.status).toBe("pass");
  });
});
