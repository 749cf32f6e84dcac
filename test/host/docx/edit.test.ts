/**
 * DocxHost edits on hand-made packages: formatting copied from the document's own
 * paragraphs, tracked insertions, refusals that change nothing, templates removed
 * again, state and templates saved together, and text fixes mapped onto w:t
 * elements exactly (across runs, around entities, never into fields or numbers).
 */
import { analyzeDocument } from "../../../src/core/analyze";
import { PlanConflictError } from "../../../src/core/insert/apply";
import { planInsertion, type EditPlan, type InsertRequest } from "../../../src/core/insert/planner";
import { DocxHost, readDocx, type DocxDocument } from "../../../src/host/docx";
import { templateIs, templatesOf } from "../../../src/host/docx/templates";
import { bodyTextWidth } from "../../../src/host/docx/write";
import { abstractNum, docxWithBody, num, p, partsOf, patch } from "./build";

const TITLE = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr><w:t>某局党组2024年度民主生活会对照检查材料</w:t></w:r></w:p>`;
const PREFACE_PPR = `<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>`;
const PREFACE_RPR = `<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>`;
const PREFACE = `<w:p>${PREFACE_PPR}<w:r>${PREFACE_RPR}<w:t>按照上级要求，班子成员认真学习，广泛征求意见建议，现将对照检查情况报告如下。</w:t></w:r></w:p>`;
/** A heading whose pPr carries a section break, a revision record and a tracked paragraph mark. */
const H1_PPR =
  `<w:pPr><w:pStyle w:val="Heading1"/><w:keepNext/><w:spacing w:before="120" w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="0"/>` +
  `<w:rPr><w:ins w:id="11" w:author="甲" w:date="2024-01-01T00:00:00Z"/><w:rFonts w:eastAsia="黑体"/></w:rPr>` +
  `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>` +
  `<w:pPrChange w:id="12" w:author="甲" w:date="2024-01-01T00:00:00Z"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange></w:pPr>`;
const H1_RPR = `<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体"/><w:b/><w:sz w:val="32"/><w:rPrChange w:id="13" w:author="甲" w:date="2024-01-01T00:00:00Z"><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrChange></w:rPr>`;
const H2_PPR = `<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>`;
const H2_RPR = `<w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/><w:sz w:val="32"/></w:rPr>`;
const run = (rPr: string, text: string) => `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;

/** A material without its causes; the measures heading's number is split over two runs. */
const MATERIAL =
  TITLE +
  PREFACE +
  `<w:p>${H1_PPR}${run(H1_RPR, "一、存在的问题")}</w:p>` +
  `<w:p>${H2_PPR}${run(H2_RPR, "（一）理论学习不够深入。")}${run(PREFACE_RPR, "2024年参加中心组学习12次，其中3次未作发言准备。")}</w:p>` +
  `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(H1_RPR.replace(/<w:rPrChange.*<\/w:rPrChange>/, ""), "二")}${run("", "、整改措施")}</w:p>` +
  `<w:p>${H2_PPR}${run(H2_RPR, "（一）加强理论学习，每月精读原著一篇，2025年6月底前完成。")}</w:p>` +
  `<w:bookmarkStart w:id="40" w:name="end"/><w:bookmarkEnd w:id="40"/>` +
  `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`;

const WITHOUT_MEASURES = MATERIAL.replace(/<w:p><w:pPr><w:pStyle w:val="Heading1"\/><\/w:pPr>.*?(?=<w:bookmarkStart)/, "");

async function hostOf(body: string, edits: Parameters<typeof patch>[1] = {}): Promise<DocxHost> {
  let bytes = await docxWithBody(body);
  if (Object.keys(edits).length) bytes = await patch(bytes, edits);
  return new DocxHost(await readDocx(bytes, "m.docx"));
}

async function planFor(host: DocxHost, request: InsertRequest): Promise<EditPlan> {
  const doc = analyzeDocument(await host.readParagraphs(), { hostKind: "docx" });
  const plan = planInsertion(doc, request);
  if (!plan) throw new Error(`nothing planned for ${JSON.stringify(request)}`);
  return plan;
}

const causes: InsertRequest = { kind: "section", section: "causes" };
const pPrOf = (doc: DocxDocument, i: number) => {
  const r = doc.paragraphFormats[i].pPr;
  return r ? doc.mainXml.slice(r.start, r.end) : "";
};
const rPrOf = (doc: DocxDocument, i: number) => {
  const r = doc.paragraphFormats[i].firstRunRPr;
  return r ? doc.mainXml.slice(r.start, r.end) : "";
};
/** Every w:id in the part (a bookmark's end repeats its start's, so it is left out) and every content control's id. */
const idsOf = (xml: string) => [
  ...[...xml.matchAll(/<w:(\w+)\b[^>]*? w:id="(\d+)"/g)].filter((m) => m[1] !== "bookmarkEnd").map((m) => m[2]),
  ...[...xml.matchAll(/<w:id w:val="(\d+)"\/>/g)].map((m) => m[1]),
];
const texts = async (host: DocxHost) => (await host.readParagraphs()).map((x) => x.text);
const withTracking = (value = "") => ({
  "word/settings.xml": (xml: string) => xml.replace(/(<w:settings\b[^>]*>)/, `$1<w:trackRevisions${value}/>`),
});

describe("applyPlan", () => {
  test("new paragraphs copy their model's pPr and first run's rPr, without section breaks or revision records", async () => {
    const host = await hostOf(MATERIAL);
    const before = host.document;
    const plan = await planFor(host, causes);
    expect(plan.insertion.anchor).toMatchObject({ paragraph: 3, position: "after" });
    await host.applyPlan(plan);
    const after = await readDocx(await host.toBytes(), "m.docx");
    const heading = 4;
    expect(after.paragraphs[heading].text).toBe("二、产生问题的原因分析");
    expect(pPrOf(after, heading)).toBe(
      `<w:pPr><w:pStyle w:val="Heading1"/><w:keepNext/><w:spacing w:before="120" w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="0"/><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:pPr>`,
    );
    expect(rPrOf(after, heading)).toBe(`<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体"/><w:b/><w:sz w:val="32"/></w:rPr>`);
    expect(after.paragraphs[heading].format).toEqual(before.paragraphs[2].format);
    expect(after.paragraphs[heading].style).toBe(before.paragraphs[2].style);
    // Items like the first item, body text like the preface.
    const items = plan.insertion.paragraphs.map((x, k) => [x, heading + k] as const).filter(([x]) => x.role === "heading2");
    expect(items.length).toBeGreaterThan(1);
    for (const [, i] of items) {
      expect(after.paragraphs[i].text).toMatch(/^（[一二三四五]）/);
      expect(pPrOf(after, i)).toBe(H2_PPR);
      expect(rPrOf(after, i)).toBe(H2_RPR);
    }
    // No section break was copied: as many sections as before.
    expect(after.mainXml.match(/<w:sectPr/g)).toHaveLength(before.mainXml.match(/<w:sectPr/g)!.length);
    // The measures heading, split over two runs, now reads 三、.
    const measures = after.paragraphs.findIndex((x) => x.text.endsWith("整改措施"));
    expect(after.paragraphs[measures].text).toBe("三、整改措施");
    // The replacement went into the first run; the second run lost its "、".
    const measuresXml = after.mainXml.slice(after.paragraphRanges[measures].start, after.paragraphRanges[measures].end);
    expect(measuresXml).toContain('<w:b/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">三、</w:t></w:r><w:r><w:t xml:space="preserve">整改措施</w:t>');
    // Ids of the new content control do not clash with the document's.
    const ids = idsOf(after.mainXml);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("a title with nothing to copy is centred", async () => {
    const host = await hostOf(MATERIAL.replace(TITLE, ""));
    const plan = await planFor(host, { kind: "section", section: "title" });
    expect(plan.insertion.paragraphs[0]).toMatchObject({ role: "title", formatLike: null });
    await host.applyPlan(plan);
    const doc = host.document;
    expect(doc.paragraphs[0].text).toMatch(/对照检查材料$/);
    expect(doc.paragraphs[0].format?.alignment).toBe("center");
    expect(doc.paragraphs[0].format?.sizePt).toBe(22);
  });

  test("a typed item modelled on a list item stays out of the list but keeps the list's indentation", async () => {
    const level = `<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>`;
    const numbering = {
      abstracts: abstractNum(90, [["chineseCounting", "（%1）", level]]),
      nums: num(90, 90) + num(91, 90, `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>`),
    };
    const item = (text: string, numId: number) => `<w:p>${`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`}${run(H2_RPR, text)}</w:p>`;
    const body = TITLE + PREFACE + p("一、存在的问题") + item("理论学习不够深入。2024年参加学习12次，其中3次未作准备。", 90) + p("二、整改措施") + item("加强理论学习，每月精读原著一篇。", 91);
    const host = new DocxHost(await readDocx(await docxWithBody(body, { numbering }), "l.docx"));
    const before = host.document;
    expect(before.paragraphs[3].autoNumber).toBe("（一）");
    const plan = await planFor(host, causes);
    const items = plan.insertion.paragraphs.filter((x) => x.role === "heading2");
    expect(items[0]).toMatchObject({ formatLike: 3, autoNumbered: false });
    await host.applyPlan(plan);
    const after = host.document;
    const first = after.paragraphs.findIndex((x) => x.text.startsWith("（一）") && x.index > 4);
    expect(after.paragraphs[first].autoNumber).toBeUndefined();
    expect(pPrOf(after, first)).toBe(`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr><w:ind w:left="720" w:hanging="360"/></w:pPr>`);
    expect(after.paragraphs[first].format?.firstLineIndentPt).toBe(before.paragraphs[3].format?.firstLineIndentPt);
    expect(rPrOf(after, first)).toBe(H2_RPR);
    // The lists around it are numbered as before.
    expect(after.paragraphs.filter((x) => x.autoNumber).map((x) => x.autoNumber)).toEqual(["（一）", "（一）"]);
  });

  test("a tracked document gets the insertion as a tracked change; others on request only", async () => {
    const tracking = await hostOf(MATERIAL, withTracking());
    expect(await tracking.tracksChanges()).toBe(true);
    await tracking.applyPlan(await planFor(tracking, causes));
    const xml = tracking.document.mainXml;
    const inserted = templatesOf(tracking.document).find((t) => templateIs(t, "duizhao-template:section:causes"))!;
    const block = xml.slice(inserted.range.start, inserted.range.end);
    const paragraphs = block.match(/<w:p>/g)!.length;
    // Every new run inside w:ins, every new paragraph mark marked inserted.
    expect(block.match(/<w:ins w:id="\d+" w:author="对照检查助手" w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"><w:r>/g)).toHaveLength(paragraphs);
    expect(block.match(/<w:rPr><w:ins w:id="\d+" w:author="对照检查助手" w:date="[^"]+"\/>/g)).toHaveLength(paragraphs);
    const ids = idsOf(xml);
    expect(new Set(ids).size).toBe(ids.length);
    // A reader still sees the inserted text (insertions count).
    const reread = await readDocx(await tracking.toBytes(), "t.docx");
    expect(reread.paragraphs.map((x) => x.text)).toContain("二、产生问题的原因分析");

    const off = await hostOf(MATERIAL, withTracking(' w:val="false"'));
    expect(await off.tracksChanges()).toBe(false);
    await off.applyPlan(await planFor(off, causes));
    expect(off.document.mainXml).not.toContain('w:author="对照检查助手"');

    const asked = await hostOf(MATERIAL);
    expect(await asked.tracksChanges()).toBe(false);
    await asked.applyPlan(await planFor(asked, causes), { trackChanges: true });
    expect(asked.document.mainXml).toContain('<w:ins w:id="');
  });

  test("a plan that no longer fits is refused and changes nothing", async () => {
    const host = await hostOf(MATERIAL);
    const plan = await planFor(host, causes);
    const expectRefused = async (target: DocxHost, candidate: EditPlan, message: RegExp) => {
      const bytes = await target.toBytes();
      const paragraphs = await texts(target);
      await expect(target.applyPlan(candidate)).rejects.toThrow(PlanConflictError);
      await expect(target.applyPlan(candidate)).rejects.toThrow(message);
      expect(Buffer.from(await target.toBytes()).equals(Buffer.from(bytes))).toBe(true);
      expect(await texts(target)).toEqual(paragraphs);
    };
    // The anchor's text was edited since the analysis.
    await expectRefused(await hostOf(MATERIAL.replace("理论学习不够深入。", "理论学习不够深入系统。")), plan, /找不到插入位置/);
    // The typed number to shift is no longer there.
    await expectRefused(await hostOf(MATERIAL.replace(">二</w:t>", ">三</w:t>")), plan, /序号与分析时不同/);
    // The typed number to shift is a field's result: not text to rewrite.
    const field = `<w:fldSimple w:instr=" QUOTE 二 "><w:r><w:t>二</w:t></w:r></w:fldSimple>`;
    const inField = await hostOf(MATERIAL.replace(/<w:r><w:rPr>(?:(?!<w:r>).)*?<w:t xml:space="preserve">二<\/w:t><\/w:r>/, field));
    expect((await texts(inField))[4]).toBe("二、整改措施");
    await expectRefused(inField, await planFor(inField, causes), /不是普通文字/);
    // An automatically numbered paragraph whose model is no longer in a list.
    const auto: EditPlan = { ...plan, insertion: { ...plan.insertion, paragraphs: [{ ...plan.insertion.paragraphs[0], autoNumbered: true }] } };
    await expectRefused(host, auto, /自动编号与分析时不同/);
  });

  test("state and templates are saved together; only the parts they need change", async () => {
    const host = await hostOf(MATERIAL);
    const original = await partsOf(await host.toBytes());
    await host.writeState('{"version":1,"profileId":"none"}');
    await host.applyPlan(await planFor(host, causes));
    await host.writeState('{"version":1,"profileId":"2024-four-leads"}');
    const saved = await host.toBytes();
    const reread = new DocxHost(await readDocx(saved, "m.docx"));
    expect(await reread.readState()).toBe('{"version":1,"profileId":"2024-four-leads"}');
    expect(await texts(reread)).toContain("二、产生问题的原因分析");
    const parts = await partsOf(saved);
    const changed = [...original].filter(([name, bytes]) => !Buffer.from(parts.get(name)!).equals(Buffer.from(bytes))).map(([name]) => name);
    expect(changed.sort()).toEqual(["[Content_Types].xml", "word/_rels/document.xml.rels", "word/document.xml"]);
    expect([...parts.keys()].filter((n) => !original.has(n)).sort()).toEqual(["customXml/_rels/item1.xml.rels", "customXml/item1.xml", "customXml/itemProps1.xml"]);
  });
});

describe("removeTemplates", () => {
  test("removes the add-in's own blocks (one tag, or all) and nothing else", async () => {
    const foreign = `<w:sdt><w:sdtPr><w:tag w:val="someone-else"/></w:sdtPr><w:sdtContent>${p("别人的内容控件")}</w:sdtContent></w:sdt>`;
    const host = await hostOf(WITHOUT_MEASURES.replace(PREFACE, PREFACE + foreign));
    const original = await texts(host);
    const first = await planFor(host, causes);
    await host.applyPlan(first);
    const second = await planFor(host, { kind: "section", section: "measures" });
    await host.applyPlan(second);
    expect(templatesOf(host.document)).toHaveLength(2);
    await expect(host.removeTemplates("someone-else")).rejects.toThrow("只能删除对照检查助手插入的模板");
    expect(await host.removeTemplates(second.insertion.tag)).toBe(1);
    expect(templatesOf(host.document).map((t) => templateIs(t, first.insertion.tag))).toEqual([true]);
    expect(host.document.contentControls.map((c) => c.tag)).toEqual(["someone-else"]);
    expect(await host.removeTemplates()).toBe(1);
    expect(await host.removeTemplates()).toBe(0);
    expect(await texts(host)).toEqual(original);
  });

  test("a template the user typed into is kept, unless asked to remove it too", async () => {
    const host = await hostOf(WITHOUT_MEASURES);
    const original = await texts(host);
    const plan = await planFor(host, causes);
    await host.applyPlan(plan);
    const inserted = templatesOf(host.document)[0]!;
    const typed = inserted.firstParagraph + 1;
    const text = host.document.paragraphs[typed]!.text;
    const at = text.indexOf("【");
    expect(await host.applyFixes([{ paragraph: typed, start: at, end: text.indexOf("】") + 1, expected: text.slice(at, text.indexOf("】") + 1), replacement: "对理论学习的重要性认识不足" }])).toMatchObject({ applied: 1, skipped: 0 });
    expect(await host.removeTemplates()).toBe(0);
    expect(await host.removeTemplates(plan.insertion.tag)).toBe(0);
    expect((await texts(host)).some((t) => t.includes("对理论学习的重要性认识不足"))).toBe(true);
    expect(await host.removeTemplates(undefined, { includeTyped: true })).toBe(1);
    expect(await texts(host)).toEqual(original);
  });

  test("a table cell left empty keeps a paragraph", async () => {
    const ours = `<w:sdt><w:sdtPr><w:tag w:val="duizhao-template:section:causes"/></w:sdtPr><w:sdtContent>${p("模板")}</w:sdtContent></w:sdt>`;
    const host = await hostOf(`${p("前")}<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc><w:tcPr/>${ours}</w:tc></w:tr></w:tbl>${p("后")}`);
    expect(await texts(host)).toEqual(["前", "模板", "后"]);
    // A control written without the fingerprint of its text counts as typed into: removed only on request.
    expect(await host.removeTemplates()).toBe(0);
    expect(await host.removeTemplates(undefined, { includeTyped: true })).toBe(1);
    expect(await texts(host)).toEqual(["前", "", "后"]);
    expect(host.document.mainXml).toContain("<w:tcPr/><w:p/></w:tc>");
  });

  test("a cell whose only blocks are two templates keeps a paragraph; a cell with other content does not get one", async () => {
    const ours = (tag: string, text: string) => `<w:sdt><w:sdtPr><w:tag w:val="duizhao-template:${tag}"/></w:sdtPr><w:sdtContent>${p(text)}</w:sdtContent></w:sdt>`;
    const table =
      `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="100"/><w:gridCol w:w="100"/></w:tblGrid><w:tr>` +
      `<w:tc><w:tcPr/>${ours("a", "甲")}${ours("b", "乙")}</w:tc>` +
      `<w:tc>${ours("c", "丙")}${p("用户的字")}</w:tc>` +
      `</w:tr></w:tbl>`;
    const host = await hostOf(`${p("前")}${table}${p("后")}`);
    expect(host.document.body.cells).toEqual([{ blocks: 2, row: 0 }, { blocks: 2, row: 0 }]);
    expect(await host.removeTemplates(undefined, { includeTyped: true })).toBe(3);
    expect(await texts(host)).toEqual(["前", "", "用户的字", "后"]);
    expect(host.document.mainXml).toContain("<w:tc><w:tcPr/><w:p/></w:tc>");
    expect(host.document.mainXml).toContain(`<w:tc>${p("用户的字")}</w:tc>`);
  });

  test("new ids are unused anywhere in the part, also inside drawings and the branch of mc:AlternateContent not read", async () => {
    // Ids 1–3 only inside subtrees the reader skips (a text box in mc:Fallback, a drawing).
    const hidden =
      `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:docPr xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" id="9" name="x"/></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><w:txbxContent><w:p><w:bookmarkStart w:id="41" w:name="a"/><w:ins w:id="42" w:author="甲"><w:r><w:t>框</w:t></w:r></w:ins><w:bookmarkEnd w:id="41"/></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    // Before the body's own sectPr (the heading's pPr carries one too).
    const at = WITHOUT_MEASURES.lastIndexOf("<w:sectPr>");
    const host = await hostOf(WITHOUT_MEASURES.slice(0, at) + hidden + WITHOUT_MEASURES.slice(at));
    await host.applyPlan(await planFor(host, { kind: "section", section: "measures" }), { trackChanges: true });
    const ids = idsOf(host.document.mainXml);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["41", "42"]));
  });

  test("the text width of the 整改清单 comes from the final section's page and margins", async () => {
    // The body's own sectPr is the last one (the heading's pPr carries a section break of its own).
    const final = MATERIAL.lastIndexOf("<w:sectPr>");
    const body = `${MATERIAL.slice(0, final)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:gutter="100"/></w:sectPr>`;
    const host = await hostOf(body);
    expect(host.document.body.page).toEqual({ width: 11906, left: 1588, right: 1474, gutter: 100 });
    expect(bodyTextWidth(host.document)).toBe(11906 - 1588 - 1474 - 100);
    // A page without margins, or one in Strict's measured form, gives no width to go by.
    expect(bodyTextWidth((await hostOf(`${MATERIAL.slice(0, final)}<w:sectPr><w:pgSz w:w="210mm"/></w:sectPr>`)).document)).toBeUndefined();
  });

  test("a template inserted next to an earlier one stands beside it, not inside", async () => {
    const host = await hostOf(WITHOUT_MEASURES);
    await host.applyPlan(await planFor(host, causes));
    const plan = await planFor(host, { kind: "section", section: "measures" });
    const first = templatesOf(host.document)[0]!;
    expect(plan.insertion.anchor.paragraph).toBe(first.lastParagraph);
    await host.applyPlan(plan);
    const [a, b] = templatesOf(host.document);
    expect(a!.range.end).toBeLessThanOrEqual(b!.range.start);
    expect(host.document.mainXml.slice(a!.range.end, b!.range.start)).toBe("");
    expect(await host.removeTemplates("duizhao-template:section:causes")).toBe(1);
    expect((await texts(host)).some((t) => t.includes("整改措施"))).toBe(true);
  });
});

describe("applyFixes", () => {
  const body = (...paragraphs: string[]) => paragraphs.join("");
  const plain = (...runs: string[]) => `<w:p>${runs.map((t) => `<w:r><w:t>${t}</w:t></w:r>`).join("")}</w:p>`;

  test("a range across runs is replaced in the first run and trimmed from the others; XML is escaped", async () => {
    const host = await hostOf(body(plain("强化纪律建设", ",大兴", "务实之风"), plain("A&amp;B,C“ 四个自信”")));
    const result = await host.applyFixes([
      { paragraph: 0, start: 4, end: 7, expected: "建设,", replacement: "建设，" },
      { paragraph: 1, start: 3, end: 4, expected: ",", replacement: "，" },
      { paragraph: 1, start: 6, end: 7, expected: " ", replacement: "" },
      { paragraph: 1, start: 0, end: 1, expected: "A", replacement: "<A>" },
    ]);
    expect(result).toMatchObject({ applied: 4, skipped: 0 });
    expect(await texts(host)).toEqual(["强化纪律建设，大兴务实之风", "<A>&B，C“四个自信”"]);
    const xml = host.document.mainXml;
    expect(xml).toContain("<w:t>强化纪律建设，</w:t></w:r><w:r><w:t>大兴</w:t>");
    expect(xml).toContain("<w:t>&lt;A&gt;&amp;B，C“四个自信”</w:t>");
  });

  test("skips fixes whose text changed, that overlap, or that touch numbers, fields, tabs", async () => {
    const field = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> QUOTE "甲,乙" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>甲,乙</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const host = await hostOf(
      body(
        plain("纪律建设,大兴"),
        `<w:p>${field}<w:r><w:t>,丙</w:t></w:r></w:p>`,
        `<w:p><w:fldSimple w:instr=" QUOTE x "><w:r><w:t>丁,戊</w:t></w:r></w:fldSimple></w:p>`,
        `<w:p><w:r><w:t>己</w:t><w:tab/><w:t>,庚</w:t></w:r></w:p>`,
      ),
    );
    expect(await texts(host)).toEqual(["纪律建设,大兴", "甲,乙,丙", "丁,戊", "己\t,庚"]);
    const result = await host.applyFixes([
      { paragraph: 0, start: 4, end: 5, expected: "，", replacement: "，" }, // text changed
      { paragraph: 0, start: 4, end: 5, expected: ",", replacement: "，" },
      { paragraph: 0, start: 4, end: 6, expected: ",大", replacement: "x" }, // overlaps the one before
      { paragraph: 1, start: 1, end: 2, expected: ",", replacement: "，" }, // field result
      { paragraph: 1, start: 3, end: 4, expected: ",", replacement: "，" },
      { paragraph: 2, start: 1, end: 2, expected: ",", replacement: "，" }, // simple field
      { paragraph: 3, start: 0, end: 3, expected: "己\t,", replacement: "己，" }, // spans a tab
      { paragraph: 3, start: 2, end: 3, expected: ",", replacement: "，" },
      { paragraph: 9, start: 0, end: 1, expected: "x", replacement: "y" }, // no such paragraph
    ]);
    expect(result).toMatchObject({ applied: 3, skipped: 6 });
    expect(await texts(host)).toEqual(["纪律建设，大兴", "甲,乙，丙", "丁,戊", "己\t，庚"]);
  });

  test("an automatic number is not text", async () => {
    const numbering = {
      abstracts: `<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>`,
      nums: `<w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num>`,
    };
    const host = new DocxHost(await readDocx(await docxWithBody(p("学习不够,深入不够。", `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>`), { numbering }), "n.docx"));
    expect((await texts(host))[0]).toBe("（一）学习不够,深入不够。");
    const result = await host.applyFixes([
      { paragraph: 0, start: 0, end: 3, expected: "（一）", replacement: "（二）" },
      { paragraph: 0, start: 2, end: 5, expected: "）学习", replacement: "）学" },
      { paragraph: 0, start: 7, end: 8, expected: ",", replacement: "，" },
    ]);
    expect(result).toMatchObject({ applied: 1, skipped: 2 });
    expect((await texts(host))[0]).toBe("（一）学习不够，深入不够。");
  });

  test("insertions, several fixes in one w:t, and spaces that need xml:space", async () => {
    const host = await hostOf(body(plain("x y,z;w"), plain("甲乙")));
    const result = await host.applyFixes([
      { paragraph: 0, start: 0, end: 1, expected: "x", replacement: "" },
      { paragraph: 0, start: 3, end: 4, expected: ",", replacement: "，" },
      { paragraph: 0, start: 5, end: 6, expected: ";", replacement: "；" },
      { paragraph: 1, start: 1, end: 1, expected: "", replacement: "和" },
    ]);
    expect(result).toMatchObject({ applied: 4, skipped: 0 });
    expect(await texts(host)).toEqual([" y，z；w", "甲和乙"]);
    expect(host.document.mainXml).toContain('<w:t xml:space="preserve"> y，z；w</w:t>');
    // Saved and read again: the leading space is kept.
    expect((await readDocx(await host.toBytes(), "s.docx")).paragraphs[0].text).toBe(" y，z；w");
  });

  test("nothing applied leaves the package as it was", async () => {
    const host = await hostOf(plain("甲乙"));
    const bytes = await host.toBytes();
    expect(await host.applyFixes([{ paragraph: 0, start: 0, end: 1, expected: "丙", replacement: "丁" }])).toMatchObject({ applied: 0, skipped: 1 });
    expect(Buffer.from(await host.toBytes()).equals(Buffer.from(bytes))).toBe(true);
  });
});

test("a document without settings does not track changes", async () => {
  const host = await hostOf(p("甲"), { "word/settings.xml": () => null });
  expect(await host.tracksChanges()).toBe(false);
});
