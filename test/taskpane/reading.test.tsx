/**
 * Where the reading is unsure, the pane asks instead of raising errors (issue 9,
 * pane side): 结构 says how sure the reading is and why, asks "这一行是标题还是
 * 正文？" with answers, and offers what waits for confirmation only as a
 * secondary "仍要插入" with its reason; a document that is not a material says so
 * once. 问题与措施 marks unsure pairs 待确认 with why and asks "P 是否由 M
 * 回应？", shows groups as headings over their items, and for a problem nobody
 * answers says why, lists the nearest measures with what they share, and offers
 * "与 M 配对" before the template. Rendered to static HTML from core's analysis.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { analyze, type Analysis } from "../../src/core/analyze";
import { nearestMeasures } from "../../src/core/pairing/nearest";
import { setLineRole } from "../../src/core/state";
import { paragraphsFromText } from "../../src/host/text";
import { getStrings } from "../../src/taskpane/i18n";
import { CheckView } from "../../src/taskpane/views/CheckView";
import { PairsView } from "../../src/taskpane/views/PairsView";
import { StructureView } from "../../src/taskpane/views/StructureView";
import { labelledMaterials } from "../helpers/labelled";
import { MATERIAL } from "./fakeHost";
import { viewProps } from "./viewProps";
import { UNSURE } from "../helpers/unsureMaterial";

const strings = getStrings("zh-CN");
const analyzeLines = (lines: string[], state?: Analysis["state"]): Analysis =>
  analyze(paragraphsFromText(lines.join("\n")), { hostKind: "text", ...(state ? { state } : {}) });
const dev = (name: string) => {
  const m = labelledMaterials("dev").find((x) => x.name === name);
  if (!m) throw new Error(`dev material ${name} missing`);
  return analyzeLines(m.lines);
};


/** The HTML of each element carrying `attribute`, up to the next such element. */
function elementsWith(html: string, attribute: string): string[] {
  return html.split(new RegExp(`(?=<(?:li|section|div)[^>]*${attribute})`)).slice(1);
}

describe("结构 where the reading is unsure", () => {
  const unsure = analyzeLines(UNSURE);

  test("says it is unsure, and why, in plain words", () => {
    expect(unsure.doc.reading.confidence.sure).toBe(false);
    const html = renderToStaticMarkup(<StructureView {...viewProps(unsure)} />);
    expect(html).toContain('data-reading="unsure"');
    expect(html).toContain(strings.structure.readingUnsure);
    for (const reason of unsure.doc.reading.confidence.reasons) expect(html).toContain(reason.replace(/“/g, "“"));
  });

  test("asks each heading question with its answers", () => {
    const questions = unsure.doc.reading.questions.filter((q) => q.kind === "heading");
    expect(questions.length).toBeGreaterThan(0);
    const html = renderToStaticMarkup(<StructureView {...viewProps(unsure)} />);
    for (const q of questions) {
      const card = elementsWith(html, `data-question="${q.id}"`)[0];
      expect(card).toContain(q.text);
      expect(card).toContain(strings.structure.answerHeading(strings.sectionLabels[q.kindIfHeading!]));
      expect(card).toContain(strings.structure.answerBody);
      expect(card).toContain(strings.structure.answerOther);
      // The other parts a line may head, to choose from.
      expect(card).toContain(`<option value="causes">${strings.sectionLabels.causes}</option>`);
    }
  });

  test("what waits for confirmation: its reason, and 仍要插入 as a secondary button named 插入 …", () => {
    expect(unsure.deferredInsertions.length).toBeGreaterThan(0);
    expect(unsure.insertions.filter((i) => i.request.kind !== "measure")).toEqual([]);
    const html = renderToStaticMarkup(<StructureView {...viewProps(unsure)} />);
    for (const d of unsure.deferredInsertions.filter((x) => x.request.kind !== "measure")) {
      expect(html).toContain(`aria-label="${strings.structure.insertAnywayLabel(d.label)}"`);
      expect(strings.structure.insertAnywayLabel(d.label).startsWith("插入")).toBe(true);
      expect(html).toContain(d.reason);
    }
    // Not a primary 插入 for any of them.
    expect(html).not.toContain('data-insert="插入 原因分析"');
  });

  test("an answer kept in the state is listed (with 撤销), and the question is not asked again", () => {
    const q = unsure.doc.reading.questions.find((x) => x.kind === "heading")!;
    const answered = analyzeLines(UNSURE, setLineRole(unsure.state, unsure.doc.paragraphs[q.paragraph], { role: "section", kind: "causes" }));
    expect(answered.doc.reading.questions.some((x) => x.id === q.id)).toBe(false);
    const html = renderToStaticMarkup(<StructureView {...viewProps(answered)} />);
    expect(html).toContain(`data-answered-line="${q.paragraph}"`);
    expect(html).toContain(strings.structure.answeredAs(q.paragraph, strings.structure.headingRole(strings.sectionLabels.causes)));
    expect(html).toContain(strings.structure.forget);
    expect(html).not.toContain(`data-question="${q.id}"`);
  });

  test("a sure reading has no questions and keeps its reasons folded", () => {
    const sure = analyzeLines(MATERIAL);
    expect(sure.doc.reading.confidence.sure).toBe(true);
    const html = renderToStaticMarkup(<StructureView {...viewProps(sure)} />);
    expect(html).toContain('data-reading="sure"');
    expect(html).not.toContain("data-question=");
    expect(html).toContain(`<summary`);
  });
});

describe("a document that is not a material", () => {
  const notice = dev("dev-72-inspection-plan-not-material-2024");

  test("结构 says so once, plainly, and offers no primary 插入", () => {
    expect(notice.doc.reading.material).toBe(false);
    const html = renderToStaticMarkup(<StructureView {...viewProps(notice)} />);
    expect(html.split("data-not-material").length - 1).toBe(1);
    expect(html).toContain(strings.structure.notMaterialTitle);
    expect(html).not.toContain("data-insert=");
    expect(html).not.toContain(strings.structure.missingTitle);
  });

  test("提交前检查 says so in its summary, not again in the list", () => {
    expect(notice.findings.some((f) => f.rule === "not-material")).toBe(true);
    const html = renderToStaticMarkup(<CheckView {...viewProps(notice)} />);
    expect(html).toContain(strings.structure.notMaterialTitle);
    expect(html).not.toContain('data-rule="not-material"');
    expect(html).not.toContain("data-ready");
  });
});

describe("问题与措施", () => {
  test("an unsure pair is 待确认 with why, and its question is asked with 是 / 否", () => {
    const a = dev("dev-43-points-fewer-geren-2023");
    const unsure = a.doc.pairs.filter((p) => p.sure === false);
    const questions = a.doc.reading.questions.filter((q) => q.kind === "pair");
    expect(unsure.length).toBeGreaterThan(0);
    expect(questions.length).toBeGreaterThan(0);
    const html = renderToStaticMarkup(<PairsView {...viewProps(a)} />);
    for (const pair of unsure) {
      const card = elementsWith(html, `data-problem-id="${pair.problem}"`)[0];
      expect(card).toContain("data-unsure-pair");
      expect(card).toContain(strings.pairs.unsure);
      expect(card).toContain(pair.why!);
    }
    for (const q of questions) {
      const card = elementsWith(html, `data-problem-id="${q.problem}"`)[0];
      expect(card).toContain(`data-pair-question="${q.id}"`);
      expect(card).toContain(`aria-label="${strings.pairs.yesLabel(q.problem!, q.measure!)}"`);
      expect(card).toContain(`aria-label="${strings.pairs.noLabel(q.problem!, q.measure!)}"`);
    }
    // The template for such a problem waits: a secondary 仍要插入 with the reason.
    for (const d of a.deferredInsertions.filter((x) => x.request.kind === "measure")) expect(html).toContain(d.reason);
  });

  test("groups are headings over their items", () => {
    const a = dev("dev-03-groups-geren-2025");
    const groups = a.doc.groups.filter((g) => g.section === "problems");
    expect(groups.length).toBeGreaterThan(0);
    const html = renderToStaticMarkup(<PairsView {...viewProps(a)} />);
    for (const g of groups) {
      const block = elementsWith(html, `data-group-id="${g.id}"`)[0];
      expect(block).toMatch(/<h3[^>]*>/);
      for (const id of g.items) expect(block.split('data-group-id="')[0] + block).toContain(`data-problem-id="${id}"`);
    }
  });

  test("a problem nobody answers: why, the nearest measures with what they share, 与 M 配对 first, the template second", () => {
    const a = analyzeLines(MATERIAL);
    const id = a.doc.unpairedProblems[0];
    expect(id).toBeDefined();
    const near = nearestMeasures(a.doc, id);
    expect(near.length).toBeGreaterThan(0);
    const html = renderToStaticMarkup(<PairsView {...viewProps(a)} />);
    const card = elementsWith(html, `data-problem-id="${id}"`)[0];
    expect(card).toContain(strings.pairs.whyNothingClose);
    for (const n of near) {
      expect(card).toContain(`data-near-measure="${n.measure}"`);
      expect(card).toContain(`aria-label="${strings.pairs.pairWithLabel(id, n.measure)}"`);
      const shared = strings.pairs.shares(n.sharedWords, n.sharedThemes);
      expect(card).toContain(shared || strings.pairs.sharesLittle);
    }
    // 与 M 配对 (primary) comes before the template (secondary).
    const pairAt = card.indexOf(`data-pair-with="${near[0].measure}"`);
    const insertAt = card.indexOf("data-insert=");
    expect(pairAt).toBeGreaterThan(0);
    expect(insertAt).toBeGreaterThan(pairAt);
    const tag = (at: number) => card.slice(card.lastIndexOf("<button", at), card.indexOf(">", at));
    expect(tag(pairAt)).toContain('data-appearance="primary"');
    expect(tag(insertAt)).toContain('data-appearance="secondary"');
  });

  test("under a profile that could not be confirmed, uncovered aspects are hints: nothing to insert", () => {
    const base = analyzeLines(MATERIAL);
    const low = base.catalogue.find((p) => p.confidence.level === "low")!;
    const a = analyze(paragraphsFromText(MATERIAL.join("\n")), { hostKind: "text", profileId: low.id });
    expect(a.doc.uncoveredAspects.length).toBeGreaterThan(0);
    const html = renderToStaticMarkup(<PairsView {...viewProps(a)} />);
    expect(html).toContain(strings.pairs.uncoveredUnconfirmed);
    for (const aspect of a.doc.uncoveredAspects) {
      const row = elementsWith(html, `data-aspect-id="${aspect}"`)[0];
      expect(row.split("</li>")[0]).not.toContain("data-insert");
    }
    const check = renderToStaticMarkup(<CheckView {...viewProps(a)} />);
    expect(check).not.toMatch(/data-insert="插入 问题：/);
  });
});
