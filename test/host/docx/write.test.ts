/**
 * Editing a .docx in place of the user: templates inserted at the planned place in a
 * tagged content control, formatted like their neighbours, typed numbers shifted,
 * every original paragraph kept, every other part of the package unchanged, and
 * text fixes applied exactly (across runs) or skipped.
 */
import JSZip from "jszip";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { analyzeDocument } from "../../../src/core/analyze";
import { missingParts, planInsertion, type InsertRequest } from "../../../src/core/insert/planner";
import { DocxHost, readDocx } from "../../../src/host/docx";
import { corpusDocuments } from "../../helpers/corpus";
import { docxFromLines, type NumberingMode } from "../../helpers/makeDocx";

async function hostFrom(lines: string[], mode: NumberingMode): Promise<DocxHost> {
  return new DocxHost(await readDocx(await docxFromLines(lines, mode), "t.docx"));
}

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async("uint8array"));
  return out;
}

const strip = (t: string) => t.replace(/^[\s\u3000]*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])/, "");

describe.each(corpusDocuments())("$name", (doc) => {
  const lines = doc.text.replace(/\n$/, "").split("\n");
  const full = analyzeDocument(lines.map((text, index) => ({ index, text })), { hostKind: "text" });
  const cases: [string, InsertRequest, (l: string[]) => string[]][] = [];
  for (const kind of ["problems", "causes", "measures"] as const) {
    const s = full.sections.find((x) => x.kind === kind)!;
    cases.push([`section ${kind}`, { kind: "section", section: kind }, (l) => l.filter((_, i) => i < s.start || i > s.end)]);
  }
  const p3 = full.problems[2];
  cases.push([`aspect of ${p3.id}`, { kind: "aspect", aspect: full.problemAspects[p3.id]! }, (l) => l.filter((_, i) => i !== p3.paragraph)]);

  describe.each(["typed", "auto"] as const)("%s numbers", (mode) => {
    test.each(cases)("%s removed, then inserted", async (_name, request, remove) => {
      const cut = remove(lines);
      const host = await hostFrom(cut, mode);
      const before = await host.readParagraphs();
      const originalBytes = await host.toBytes();
      const analysed = analyzeDocument(before, { hostKind: "docx" });
      expect(missingParts(analysed)).toContainEqual(request);
      const plan = planInsertion(analysed, request)!;
      await host.applyPlan(plan);
      const after = await host.readParagraphs();
      const again = analyzeDocument(after, { hostKind: "docx" });
      // Nothing more to insert for it, and every original paragraph still there, in order.
      expect(planInsertion(again, request)).toBeNull();
      expect(missingParts(again)).not.toContainEqual(request);
      expect(after.length).toBe(before.length + plan.insertion.paragraphs.length);
      const first = plan.insertion.anchor.position === "after" ? plan.insertion.anchor.paragraph + 1 : plan.insertion.anchor.paragraph;
      const kept = after.filter((_, i) => i < first || i >= first + plan.insertion.paragraphs.length);
      expect(kept.map((p) => strip(p.text))).toEqual(before.map((p) => strip(p.text)));
      // Section numbers consecutive (typed ones shifted; automatic ones renumbered by the list).
      const numbers = again.sections.filter((s) => s.marker).map((s) => s.marker!.value);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      // Tagged content control, and only the main part changed.
      const bytes = await host.toBytes();
      const newParts = await parts(bytes);
      const oldParts = await parts(originalBytes);
      const xml = new TextDecoder().decode(newParts.get("word/document.xml"));
      expect(xml).toContain(`<w:tag w:val="${plan.insertion.tag}"/>`);
      expect([...newParts.keys()].sort()).toEqual([...oldParts.keys()].sort());
      for (const [name, content] of oldParts) if (name !== "word/document.xml") expect(Buffer.from(newParts.get(name)!).equals(Buffer.from(content))).toBe(true);
      // The new heading copies its neighbour's paragraph and run properties.
      const like = plan.insertion.paragraphs[0].formatLike;
      if (like !== null) expect(after[first].format?.fontEastAsia ?? null).toBe(before[like].format?.fontEastAsia ?? null);
    });
  });
});

test("a plan that no longer fits changes nothing", async () => {
  const lines = ["对照检查材料", "现报告如下。", "一、存在问题", "（一）学习不够。", "二、整改措施", "（一）加强学习。"];
  const host = await hostFrom(lines, "typed");
  const plan = planInsertion(analyzeDocument(await host.readParagraphs(), { hostKind: "docx" }), { kind: "section", section: "causes" })!;
  const edited = await hostFrom(["对照检查材料", "现报告如下。", "一、存在问题", "（一）学习不够深入。", "二、整改措施", "（一）加强学习。"], "typed");
  const bytes = await edited.toBytes();
  await expect(edited.applyPlan(plan)).rejects.toThrow(/已被修改/);
  expect(Buffer.from(await edited.toBytes()).equals(Buffer.from(bytes))).toBe(true);
});

test("tracked insertion when the document tracks changes, or on request", async () => {
  const lines = ["对照检查材料", "现报告如下。", "一、存在问题", "（一）学习不够。", "二、整改措施", "（一）加强学习。"];
  const host = await hostFrom(lines, "typed");
  expect(await host.tracksChanges()).toBe(false);
  const plan = planInsertion(analyzeDocument(await host.readParagraphs(), { hostKind: "docx" }), { kind: "section", section: "causes" })!;
  await host.applyPlan(plan, { trackChanges: true });
  const xml = host.document.mainXml;
  expect(xml).toMatch(/<w:ins w:id="\d+" w:author="对照检查助手" w:date="[^"]+"><w:r>/);
  expect((await host.readParagraphs()).some((p) => p.text === "二、产生问题的原因分析")).toBe(true);
});

test("removeTemplates takes out only the add-in's own blocks", async () => {
  const lines = ["对照检查材料", "现报告如下。", "一、存在问题", "（一）学习不够。", "二、整改措施", "（一）加强学习。"];
  const host = await hostFrom(lines, "typed");
  const plan = planInsertion(analyzeDocument(await host.readParagraphs(), { hostKind: "docx" }), { kind: "section", section: "causes" })!;
  await host.applyPlan(plan);
  expect(await host.removeTemplates()).toBe(1);
  expect((await host.readParagraphs()).map((p) => p.text)).toEqual([...lines.slice(0, 4), "三、整改措施", "（一）加强学习。"]);
});

describe("text fixes", () => {
  async function runsDocx(runs: string[][]): Promise<DocxHost> {
    const d = new Document({ sections: [{ children: runs.map((r) => new Paragraph({ children: r.map((t, k) => new TextRun({ text: t, bold: k % 2 === 1 })) })) }] });
    return new DocxHost(await readDocx(new Uint8Array(await Packer.toBuffer(d)), "f.docx"));
  }

  test("a range across runs is replaced exactly; XML special characters are escaped", async () => {
    const host = await runsDocx([["强化纪律建设", ",大兴", "务实之风"], ["A&B“ 四个自信”"]]);
    const r = await host.applyFixes([
      { paragraph: 0, start: 6, end: 7, expected: ",", replacement: "，" },
      { paragraph: 1, start: 4, end: 5, expected: " ", replacement: "" },
      { paragraph: 1, start: 0, end: 3, expected: "A&B", replacement: "A<&>B" },
    ]);
    expect(r).toEqual({ applied: 3, skipped: 0 });
    expect((await host.readParagraphs()).map((p) => p.text)).toEqual(["强化纪律建设，大兴务实之风", "A<&>B“四个自信”"]);
  });

  test("a fix whose text changed, or that overlaps another, is skipped", async () => {
    const host = await runsDocx([["纪律建设,大兴"]]);
    const r = await host.applyFixes([
      { paragraph: 0, start: 4, end: 5, expected: "，", replacement: "，" },
      { paragraph: 0, start: 4, end: 5, expected: ",", replacement: "，" },
      { paragraph: 0, start: 4, end: 6, expected: ",大", replacement: "x" },
    ]);
    expect(r).toEqual({ applied: 1, skipped: 2 });
    expect((await host.readParagraphs())[0].text).toBe("纪律建设，大兴");
  });

  test("an automatic number cannot be edited as text", async () => {
    const host = await hostFrom(["对照检查材料", "一、存在问题", "（一）学习不够，深入不够。"], "auto");
    const p = (await host.readParagraphs())[2];
    expect(p.autoNumber).toBe("（一）");
    const r = await host.applyFixes([{ paragraph: 2, start: 0, end: 3, expected: "（一）", replacement: "（二）" }]);
    expect(r).toEqual({ applied: 0, skipped: 1 });
  });
});
