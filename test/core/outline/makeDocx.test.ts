/**
 * The test converter (test/helpers/makeDocx.ts) turns typed numbers into Word's automatic
 * numbering so that the document it builds shows the same text: lists restart where the
 * typed numbers restart, as Word does (a new w:num, with w:startOverride where a run starts
 * again at N after an outer heading); inside a run Word counts on. With `asTyped` (how the
 * scoring builds its .docx) every typed number shows as typed.
 */
import JSZip from "jszip";
import { readDocx } from "../../../src/host/docx";
import { docxFromLines, type DocxOptions } from "../../helpers/makeDocx";

async function shown(lines: string[], options: DocxOptions = {}): Promise<{ texts: string[]; auto: boolean[]; numIds: (string | null)[]; numbering: string }> {
  const bytes = await docxFromLines(lines, "auto", options);
  const doc = await readDocx(bytes, "t.docx");
  const zip = await JSZip.loadAsync(bytes);
  const body = await zip.file("word/document.xml")!.async("string");
  const numbering = (await zip.file("word/numbering.xml")?.async("string")) ?? "";
  const numIds = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => /<w:numId w:val="(\d+)"/.exec(m[0])?.[1] ?? null);
  const paragraphs = doc.paragraphs.filter((p) => !p.inTable);
  return { texts: paragraphs.map((p) => p.text), auto: paragraphs.map((p) => !!p.autoNumber), numIds, numbering };
}

describe("makeDocx: Word's automatic numbering shows what was typed", () => {
  test("a measures list whose first item is fused into its heading starts again at （二）, not at （五）", async () => {
    const lines = [
      "一、存在的问题",
      "（一）学习不够深入。",
      "（二）调研不够扎实。",
      "（三）担当不够有力。",
      "（四）纪律不够严格。",
      "二、整改措施：（一）加强学习。每周自学半天。",
      "（二）深入调研。每月蹲点2天。",
      "（三）主动担当。牵头攻坚1项。",
    ];
    const out = await shown(lines);
    expect(out.texts).toEqual(lines);
    // Every number is Word's, and the measures are a list of their own that starts at 2.
    expect(out.auto).toEqual([true, true, true, true, true, true, true, true]);
    expect(out.numIds[6]).not.toBe(out.numIds[4]);
    expect(out.numIds[7]).toBe(out.numIds[6]);
    expect(out.numbering).toMatch(/<w:startOverride w:val="2"\/>/);
  });

  test("a run restarting at 1 under each group gets a new list each time", async () => {
    const lines = ["一、整改措施", "理论学习方面：", "1.读原著。", "2.写体会。", "工作作风方面：", "1.下基层。", "2.解难题。"];
    const out = await shown(lines);
    expect(out.texts).toEqual(lines);
    expect(out.numIds[2]).toBe(out.numIds[3]);
    expect(out.numIds[5]).not.toBe(out.numIds[2]);
    expect(out.numIds[6]).toBe(out.numIds[5]);
  });

  test("inside a run Word counts on, as after a paragraph deleted from a Word list", async () => {
    const lines = ["一、存在的问题", "（一）学习不够。", "（三）担当不够。", "（四）纪律不严。"];
    const out = await shown(lines);
    expect(out.texts).toEqual(["一、存在的问题", "（一）学习不够。", "（二）担当不够。", "（三）纪律不严。"]);
    expect(new Set(out.numIds.slice(1)).size).toBe(1);
    expect(out.numbering).not.toMatch(/<w:startOverride w:val="[^1]/);
  });

  test("typed numbers that run on across sections stay one list (Word counts on)", async () => {
    const lines = ["一、存在的问题", "（一）学习不够。", "（二）调研不够。", "二、整改措施", "（三）加强学习。"];
    const out = await shown(lines);
    expect(out.texts).toEqual(lines);
    expect(out.numIds[4]).toBe(out.numIds[1]);
  });

  test("asTyped: a list starts at its first typed number, goes back where the typed numbers do, and a gap stays typed", async () => {
    const lines = ["二、存在的问题", "3、学习不够。", "4、调研不够。", "三、整改措施", "2、加强学习。", "3、深入调研。", "5、严守纪律。", "6、改进作风。"];
    const out = await shown(lines, { asTyped: true });
    expect(out.texts).toEqual(lines);
    // (Word would show 4 after 3: the gap and what follows it in the run stay typed.)
    expect(out.auto).toEqual([true, true, true, true, true, true, false, false]);
    expect(out.numIds[4]).not.toBe(out.numIds[1]);
    expect(out.numbering).toMatch(/<w:startOverride w:val="3"\/>/);
    // Without it Word counts on from 1.
    expect((await shown(lines)).texts.slice(0, 3)).toEqual(["一、存在的问题", "1、学习不够。", "2、调研不够。"]);
  });
});
