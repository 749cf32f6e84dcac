/**
 * The "问题与措施" and "提交前检查" views and the profile bar, rendered to
 * static HTML from core's analysis of real and made-up materials. Expected
 * values are read from the analysis itself, never written in for a sample.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { StructureView } from "../../src/taskpane/views/StructureView";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PendingEditView } from "../../src/taskpane/views/PendingEdit";
import { analyze, type Analysis } from "../../src/core/analyze";
import { getRule } from "../../src/core/rules";
import { isDone, setDone, setPairing } from "../../src/core/state";
import { paragraphsFromText } from "../../src/host/text";
import { getStrings } from "../../src/taskpane/i18n";
import { loadProfileChooser, ProfileBar } from "../../src/taskpane/ProfileBar";
import { CheckView, groupFindings, quoteOf, SEVERITIES } from "../../src/taskpane/views/CheckView";
import { confidenceLevel, userChoice } from "../../src/core/pairsOverview";
import { PairsView } from "../../src/taskpane/views/PairsView";
import { aspectCore } from "../../src/taskpane/messages";
import { corpusDocuments } from "../helpers/corpus";
import { MATERIAL } from "./fakeHost";
import { viewProps } from "./viewProps";

const strings = getStrings("zh-CN");
const analyzeLines = (lines: string[], options: Partial<Parameters<typeof analyze>[1]> = {}): Analysis =>
  analyze(paragraphsFromText(lines.join("\n")), { hostKind: "text", ...options });
const corpus = corpusDocuments();
const corpusAnalysis = (name: string) => {
  const doc = corpus.find((d) => d.name === name);
  if (!doc) throw new Error(`corpus document ${name} missing`);
  return analyze(paragraphsFromText(doc.text), { hostKind: "text" });
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/** The HTML of each element carrying `attribute="value"`, up to the end of the element (li/section/div). */
function elementsWith(html: string, attribute: string): string[] {
  const parts = html.split(new RegExp(`(?=<(?:li|section|div)[^>]*${attribute})`));
  return parts.slice(1);
}

describe("PairsView", () => {
  const material = analyzeLines(MATERIAL);

  test("shows the count of answered problems and each problem with its measure or the flag", () => {
    const doc = material.doc;
    expect(doc.unpairedProblems.length).toBeGreaterThan(0); // the material has an unanswered problem
    const html = renderToStaticMarkup(<PairsView {...viewProps(material)} />);
    const answered = doc.problems.filter((p) => !doc.unpairedProblems.includes(p.id)).length;
    expect(html).toContain(strings.pairs.count(answered, doc.problems.length));

    const cards = elementsWith(html, "data-problem-id=");
    expect(cards).toHaveLength(doc.problems.length);
    doc.problems.forEach((problem, k) => {
      const card = cards[k];
      expect(card).toContain(`data-problem-id="${problem.id}"`);
      const unpaired = doc.unpairedProblems.includes(problem.id);
      expect(card.includes("data-unpaired")).toBe(unpaired);
      if (unpaired) {
        expect(card).toContain(strings.pairs.unpaired);
      } else {
        for (const pair of doc.pairs.filter((p) => p.problem === problem.id)) {
          expect(card).toContain(`data-measure-id="${pair.measure}"`);
          expect(card).toContain(`data-confidence="${confidenceLevel(pair.score)}"`);
        }
      }
      const aspectId = doc.problemAspects[problem.id];
      const aspect = material.profile?.aspects.find((a) => a.id === aspectId);
      // The aspect in words (not a 10 px badge that runs two terms together), without a second 方面.
      expect(card).toContain(aspect ? `${strings.pairs.aspectLabel}：${escapeHtml(aspectCore(aspect.label))}` : strings.pairs.noAspect);
    });
  });

  test("offers 插入 for every unanswered problem and uncovered aspect, named by core", () => {
    const wanted = material.insertions.filter((i) => i.request.kind !== "section");
    expect(wanted.some((i) => i.request.kind === "measure")).toBe(true);
    const html = renderToStaticMarkup(<PairsView {...viewProps(material)} />);
    for (const insertion of wanted) expect(html).toContain(`aria-label="${insertion.label}"`);
    for (const aspect of material.doc.uncoveredAspects) expect(html).toContain(`data-aspect-id="${aspect}"`);
    const none = renderToStaticMarkup(<PairsView {...viewProps(material, { capabilities: { insert: false, fix: false, rectification: false, release: false } })} />);
    expect(none).not.toContain("data-insert=");
  });

  test("a problem the user re-paired shows the user's choice; 已落实 is checked from the state", () => {
    const doc = material.doc;
    const problem = doc.problems[0];
    let state = setPairing(material.state, doc, problem.id, null);
    const second = doc.problems[1];
    state = setDone(state, doc, second.id, true);
    const changed = analyzeLines(MATERIAL, { state });
    expect(userChoice(changed, problem)).toBeNull();
    expect(userChoice(changed, second)).toBeUndefined();
    expect(isDone(changed.state, second)).toBe(true);

    const html = renderToStaticMarkup(<PairsView {...viewProps(changed)} />);
    const cards = elementsWith(html, "data-problem-id=");
    expect(cards[0]).toContain("data-unpaired");
    // The dropdown shows the user's choice, not "自动配对".
    expect(cards[0]).toMatch(new RegExp(`<button[^>]*aria-label="${strings.pairs.repairLabel(problem.id)}"[^>]*>${strings.pairs.noMeasure}<`));
    // A checked box: `checked` as a boolean attribute (written bare or as checked="").
    const checkedBox = /<input[^>]*type="checkbox"[^>]*\schecked(="")?[\s/>]/;
    expect(cards[1]).toMatch(checkedBox);
    expect(cards[2] ?? "").not.toMatch(checkedBox);
  });

  test("a measure the user chose is badged as theirs", () => {
    const doc = material.doc;
    const problem = doc.unpairedProblems[0];
    const measure = doc.measures[0];
    const changed = analyzeLines(MATERIAL, { state: setPairing(material.state, doc, problem, measure.id) });
    const html = renderToStaticMarkup(<PairsView {...viewProps(changed)} />);
    const card = elementsWith(html, "data-problem-id=").find((c) => c.includes(`data-problem-id="${problem}"`))!;
    expect(card).toContain('data-pair-source="user"');
    expect(card).toContain(strings.pairs.userChosen);
  });

  test("says so when there are no problems", () => {
    const empty = analyzeLines(["某某同志对照检查材料", "以上对照检查，恳请批评指正。"]);
    expect(empty.doc.problems).toHaveLength(0);
    const html = renderToStaticMarkup(<PairsView {...viewProps(empty)} />);
    expect(html).toContain(strings.pairs.noProblems);
    expect(html).toContain(strings.pairs.count(0, 0));
  });

  test("confidence cue is monotonic in the score", () => {
    const scores = [0, 0.2, 0.44, 0.45, 0.6, 0.7, 0.99];
    const rank = { low: 0, medium: 1, high: 2 } as const;
    const levels = scores.map((s) => rank[confidenceLevel(s)]);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(new Set(levels).size).toBe(3);
  });
});

describe("CheckView", () => {
  const seed = corpusAnalysis("seed-004");
  const material = analyzeLines(MATERIAL);

  test("groups findings by severity, error first, each finding in its own group", () => {
    for (const analysis of [seed, material]) {
      const groups = groupFindings(analysis.findings);
      expect(groups.map((g) => g.severity)).toEqual(SEVERITIES);
      expect(groups.reduce((n, g) => n + g.count, 0)).toBe(analysis.findings.length);
      for (const group of groups) {
        for (const rule of group.rules) for (const f of rule.findings) expect([f.severity, f.rule]).toEqual([group.severity, rule.rule]);
      }
    }
  });

  test("shows the counts, each rule's Chinese explanation and examples, and the actions a finding allows", () => {
    const analysis = seed;
    expect(analysis.findings.some((f) => f.fix)).toBe(true);
    const html = renderToStaticMarkup(<CheckView {...viewProps(analysis)} />);
    for (const group of groupFindings(analysis.findings).filter((g) => g.count > 0)) {
      expect(html).toContain(`data-severity="${group.severity}" data-count="${group.count}"`);
      expect(html).toContain(strings.check.groupTitle(strings.check.severity[group.severity], group.count));
    }
    for (const rule of new Set(analysis.findings.map((f) => f.rule))) {
      const meta = getRule(rule)!.meta;
      expect(html).toContain(escapeHtml(meta.description.zh));
      expect(html).toContain(escapeHtml(meta.examples.correct));
      expect(html).toContain(escapeHtml(meta.examples.incorrect));
      expect(html).toContain(strings.ruleNames[rule]);
    }
    // One entry per message within a rule: the same message in several places is one entry listing them.
    const byMessage = new Map<string, typeof analysis.findings>();
    for (const f of analysis.findings) {
      const id = `${f.rule}|${f.severity}|${f.paragraph === null}|${f.message}`;
      byMessage.set(id, [...(byMessage.get(id) ?? []), f]);
    }
    const entries = [...byMessage.values()];
    expect(html.split("data-occurrences=").length - 1).toBe(entries.length);
    const single = entries.filter((e) => e.length === 1);
    const many = entries.filter((e) => e.length > 1);
    for (const e of many) {
      expect(html).toContain(`data-occurrences="${e.length}"`);
      expect(html).toContain(strings.check.occurrences(e.length));
    }
    expect(html.split(`>${strings.check.fix}</button>`).length - 1).toBe(single.filter((e) => e[0].fix).length);
    for (const e of many.filter((e) => e.every((f) => f.fix))) expect(html).toContain(strings.check.fixEntry(e.length));
    expect(html.split(`>${strings.check.ignore}</button>`).length - 1).toBe(single.length);
    expect(html.split(`>${strings.check.locate}</button>`).length - 1).toBe(single.filter((e) => e[0].paragraph !== null).length);
    // 全部修正 for each rule with more than one fix.
    const byRule = new Map<string, number>();
    for (const f of analysis.findings) if (f.fix) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    for (const [, n] of [...byRule].filter(([, n]) => n > 1)) expect(html).toContain(strings.check.fixAll(n));
  });

  test("no 修正 where the host cannot apply fixes", () => {
    const html = renderToStaticMarkup(<CheckView {...viewProps(seed, { capabilities: { insert: false, fix: false, rectification: false, release: false } })} />);
    expect(html).not.toContain(`>${strings.check.fix}</button>`);
    expect(html).not.toContain(strings.check.fixAll(2));
  });

  test("可以提交 exactly when no error-level finding remains", () => {
    const errors = material.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    const blocked = renderToStaticMarkup(<CheckView {...viewProps(material)} />);
    expect(blocked).not.toContain("data-ready");
    expect(blocked).toContain(strings.check.notReadyBody(errors.length));

    const withoutErrors = { ...material, findings: material.findings.filter((f) => f.severity !== "error") };
    const ready = renderToStaticMarkup(<CheckView {...viewProps(withoutErrors)} />);
    expect(ready).toContain("data-ready");
    expect(ready).toContain(strings.check.readyTitle);
  });

  test("shows the offending text with a little context", () => {
    const text = "一是传达学习上级会议精神不够及时,2024年5月的专题部署延后两周才研究落实。";
    const at = text.indexOf(",");
    const quote = quoteOf(text, at, at + 1, 4);
    expect(quote).toEqual({ before: "…不够及时", match: ",", after: "2024…" });
    expect(quoteOf("短,句", 1, 2)).toEqual({ before: "短", match: ",", after: "句" });
  });

  test("says which rules the document's own settings turned off", () => {
    const state = { ...material.state, ignoredRules: ["section-missing"], ruleSeverities: { "title-missing": "off" as const } };
    const silenced = analyzeLines(MATERIAL, { state });
    expect(silenced.rulesOffByDocument).toEqual(["section-missing", "title-missing"]);
    const html = renderToStaticMarkup(<CheckView {...viewProps(silenced)} />);
    expect(html).toContain(`data-rules-off="${silenced.rulesOffByDocument.join(" ")}"`);
    for (const rule of silenced.rulesOffByDocument) expect(html).toContain(strings.ruleNames[rule]);
    expect(renderToStaticMarkup(<CheckView {...viewProps(material)} />)).not.toContain("data-rules-off");
  });

  test("ignored findings and rules can be restored; only ignored findings still in the document are counted", () => {
    // One real ignored finding and one key whose finding is no longer there.
    const state = { ...material.state, ignoredFindings: [material.findings[0]!.key, "typo-common~gone:该"], ignoredRules: ["length-range"] };
    const ignoring = analyzeLines(MATERIAL, { state });
    expect(ignoring.ignored).toHaveLength(1);
    const html = renderToStaticMarkup(<CheckView {...viewProps(ignoring)} />);
    expect(html).toContain(strings.check.ignoredCount(1));
    expect(html).toContain(strings.check.enableRule(strings.ruleNames["length-range"]));
    // Nothing ignored is in the document: no count at all.
    const stale = analyzeLines(MATERIAL, { state: { ...material.state, ignoredFindings: ["typo-common~gone:该"] } });
    expect(renderToStaticMarkup(<CheckView {...viewProps(stale)} />)).not.toContain("data-ignored-count");
  });
});

describe("ProfileBar", () => {
  // The chooser is a chunk the bar loads once shown; static rendering draws it once loaded.
  beforeAll(() => loadProfileChooser());
  const render = (analysis: Analysis, extra: Partial<Parameters<typeof ProfileBar>[0]> = {}) =>
    renderToStaticMarkup(
      <ProfileBar
        analysis={analysis}
        strings={strings}
        profileChoice={undefined}
        unknownProfileId={null}
        userProfiles={[]}
        importError={null}
        onChoose={() => undefined}
        onImport={() => undefined}
        onImportError={() => undefined}
        {...extra}
      />,
    );

  test("one line: the profile, how it was found and its confidence; the controls behind 更改", () => {
    const analysis = analyzeLines(MATERIAL);
    const html = render(analysis);
    expect(html).toContain(analysis.profile!.name);
    expect(html).toMatch(/aria-expanded="false"[^>]*aria-label="更改对照方面"/);
    expect(html).not.toContain(strings.profile.importButton);
    expect(html).not.toContain(strings.profile.reasons);
  });

  test("names the detected profile, its confidence and the detection reasons", () => {
    const analysis = analyzeLines(MATERIAL);
    const profile = analysis.profile!;
    expect(profile).not.toBeNull();
    const html = render(analysis, { initiallyOpen: true });
    expect(html).toContain(profile.name);
    expect(html).toMatch(new RegExp(`role="combobox"[^>]*aria-label="${strings.profile.chooseLabel}"`));
    expect(html).toContain(strings.profile.detected);
    for (const reason of analysis.detection!.reasons) expect(html).toContain(escapeHtml(reason));
    expect(html).toContain(strings.profile.importButton);
    expect(html).toContain('accept=".json,application/json"');
  });

  test("a low-confidence profile says so visibly, with its note", () => {
    const base = analyzeLines(MATERIAL);
    const low = base.catalogue.find((p) => p.confidence.level === "low");
    expect(low).toBeDefined();
    const analysis = analyzeLines(MATERIAL, { profileId: low!.id });
    const html = render(analysis, { profileChoice: low!.id });
    // It says what to do (check against the notice, choose or import another), and that nothing is filled in;
    // where the profile came from is there, folded.
    expect(html).toContain(escapeHtml(strings.profile.lowConfidence));
    expect(strings.profile.lowConfidence).toMatch(/核对.*选择其他对照方面.*导入.*不会自动补写/);
    expect(html).toContain(escapeHtml(low!.confidence.note));
    expect(html).toMatch(new RegExp(`<summary[^>]*>${strings.profile.lowConfidenceSource}</summary>`));
    expect(html).toContain(strings.profile.chosen);
  });

  test("the year-mismatch warning is shown when core reports one", () => {
    const found = corpus
      .map((d) => analyze(paragraphsFromText(d.text), { hostKind: "text" }))
      .find((a) => a.doc.aspectYearWarning);
    expect(found).toBeDefined(); // seed-000: titled 2022, follows 2019's aspects
    expect(render(found!)).toContain(found!.doc.aspectYearWarning!.message);
  });

  test("structure only, an unknown stored profile and an import error are stated", () => {
    const none = analyzeLines(MATERIAL, { profileId: "none" });
    expect(render(none, { profileChoice: "none" })).toContain(strings.profile.noneActive);
    const analysis = analyzeLines(MATERIAL);
    expect(render(analysis, { unknownProfileId: "2099-x" })).toContain(strings.profile.unknownStored("2099-x"));
    const html = render(analysis, { importError: "对照方面文件有误：aspects[0].label 缺失或不是文字" });
    expect(html).toContain("aspects[0].label 缺失或不是文字");
    expect(html).toContain(strings.profile.importErrorTitle);
  });
});

describe("PendingEditView", () => {
  test("replacing a 整改清单 that cannot be updated: a warning that says what is lost, 仍要替换 and 取消", () => {
    const strings = getStrings("zh-CN");
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <PendingEditView pending={{ kind: "replace-rectification", label: "替换整改清单" }} strings={strings} busy={false} onConfirm={() => undefined} onCancel={() => undefined} />
      </FluentProvider>,
    );
    expect(html).toContain('data-pending="replace-rectification"');
    expect(html).toContain(strings.edits.replaceRectificationTitle);
    expect(html).toContain("责任人");
    expect(html).toContain(strings.edits.confirmReplace);
    expect(html).toContain(strings.edits.cancel);
    expect(html).not.toContain(strings.edits.confirmInsert);
  });
});

describe("StructureView: the assistant's markers", () => {
  const strings = getStrings("zh-CN");
  const texts = ["对照检查材料", "现报告如下。", "一、存在问题", "（一）学习不够。", "二、产生问题的原因分析", "（一）【写明原因】", "三、整改措施", "（一）加强学习。"];
  const withTemplate = (tagged: boolean) =>
    analyze(
      texts.map((text, index) => ({ index, text, ...(tagged && (index === 4 || index === 5) ? { template: "duizhao-template:section:causes" } : {}) })),
      { hostKind: "word" },
    );
  test("a document with the add-in's templates offers 移除助手标记 where the host can, and only there", () => {
    const props = viewProps(withTemplate(true));
    const html = renderToStaticMarkup(<StructureView {...props} />);
    expect(html).toContain(strings.structure.releaseHint(1));
    expect(html).toContain(strings.structure.release);
    expect(renderToStaticMarkup(<StructureView {...viewProps(withTemplate(true), { capabilities: { insert: true, fix: true, rectification: true, release: false } })} />)).not.toContain(strings.structure.release);
  });
  test("without templates, nothing is offered", () => {
    expect(renderToStaticMarkup(<StructureView {...viewProps(withTemplate(false))} />)).not.toContain(strings.structure.release);
  });
});
