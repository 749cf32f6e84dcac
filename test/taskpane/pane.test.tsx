/**
 * The pane's presentation helpers and the structure view, rendered to static
 * HTML (no DOM needed): labels come from i18n, sections and items from the
 * analysis given, missing sections are announced.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { analyze } from "../../src/core/analyze";
import { paragraphsFromText } from "../../src/host/text";
import { getStrings, LOCALES, pickLocale } from "../../src/taskpane/i18n";
import { truncateText } from "../../src/taskpane/text";
import { StructureView } from "../../src/taskpane/views/StructureView";
import { viewProps } from "./viewProps";

describe("pickLocale", () => {
  test("Chinese of any region is zh-CN, English is en-US, the first known tag wins", () => {
    expect(pickLocale("zh-TW")).toBe("zh-CN");
    expect(pickLocale("en-GB", "zh-CN")).toBe("en-US");
    expect(pickLocale(undefined, "EN")).toBe("en-US");
    expect(pickLocale("fr-FR", "en-US")).toBe("en-US");
  });
  test("unknown or absent languages fall back to zh-CN", () => {
    expect(pickLocale()).toBe("zh-CN");
    expect(pickLocale("de-DE", "", null)).toBe("zh-CN");
    expect(LOCALES[0]).toBe("zh-CN");
  });
});

describe("truncateText", () => {
  test("short text is kept whole", () => {
    expect(truncateText("（一）在带头增强党性方面。", 40)).toBe("（一）在带头增强党性方面。");
  });
  test("long text is cut to the limit with an ellipsis, preferring a punctuation mark", () => {
    const text = "（一）在带头严守政治纪律和政治规矩，维护党的团结统一方面存在一些需要认真对待的问题";
    const cut = truncateText(text, 24);
    expect(Array.from(cut).length).toBeLessThanOrEqual(24);
    expect(cut).toBe("（一）在带头严守政治纪律和政治规矩…");
    const plain = "一二三四五六七八九十一二三四五六七八九十";
    expect(truncateText(plain, 10)).toBe("一二三四五六七八九…");
  });
  test("a limit that is no number: NaN cuts nothing, a tiny or negative one keeps a character", () => {
    const plain = "一二三四五六七八九十";
    expect(truncateText(plain, NaN)).toBe(plain);
    expect(truncateText(plain, Infinity)).toBe(plain);
    expect(truncateText(plain, -Infinity)).toBe("一…");
    expect(truncateText(plain, 0)).toBe("一…");
  });
});

describe("StructureView", () => {
  const lines = [
    "某单位2024年度民主生活会对照检查材料",
    "会前广泛征求意见。现将对照检查情况报告如下：",
    "一、存在的问题",
    "（一）在带头严守政治纪律方面。一是学习不够及时。",
    "（二）在带头砥砺作风方面。一是调研偏少。",
    "二、整改措施",
    "（一）建立学习台账。",
    "以上对照检查，恳请同志们批评指正。",
  ];
  const full = analyze(paragraphsFromText(lines.join("\n")), { hostKind: "text" });
  const analysis = full.doc;

  for (const locale of LOCALES) {
    test(`shows what core found, labelled in ${locale}`, () => {
      // Preconditions, so the loops below have something to check.
      expect(analysis.sections.length).toBeGreaterThan(3);
      expect(analysis.problems.length).toBeGreaterThan(0);
      expect(analysis.missingSections.length).toBeGreaterThan(0);
      const strings = getStrings(locale);
      const html = renderToStaticMarkup(<StructureView {...viewProps(full, { strings })} />);
      for (const section of analysis.sections) {
        expect(html).toContain(`data-section-kind="${section.kind}"`);
        expect(html).toContain(strings.sectionLabels[section.kind]);
      }
      for (const item of [...analysis.problems, ...analysis.measures]) expect(html).toContain(`data-item-id="${item.id}"`);
      for (const kind of analysis.missingSections) expect(html).toContain(strings.structure.missing(strings.sectionLabels[kind]));
      if (analysis.title) expect(html).toContain(analysis.title.text);
    });
  }

  test("marks the selected paragraph's entry as current", () => {
    const strings = getStrings("zh-CN");
    const first = analysis.problems[0];
    expect(first).toBeDefined();
    const html = renderToStaticMarkup(<StructureView {...viewProps(full, { strings, selectedParagraph: first.paragraph })} />);
    expect(html.match(/aria-current="true"/g)?.length).toBe(1);
  });

  test("says so when core found no sections and no title", () => {
    const strings = getStrings("zh-CN");
    const empty = { ...analysis, title: null, sections: [], problems: [], causes: [], measures: [], missingSections: [] };
    const html = renderToStaticMarkup(<StructureView {...viewProps({ ...full, doc: empty, insertions: [] }, { strings })} />);
    expect(html).toContain(strings.structure.noTitle);
    expect(html).toContain(strings.structure.noSections);
  });

  test("every missing section core can insert gets an 插入 button named by core's label", () => {
    const strings = getStrings("zh-CN");
    const sections = full.insertions.filter((i) => i.request.kind === "section");
    expect(sections.length).toBeGreaterThan(0);
    const html = renderToStaticMarkup(<StructureView {...viewProps(full, { strings })} />);
    for (const insertion of sections) expect(html).toContain(`aria-label="${insertion.label}"`);
    // Without the host's support there is no button.
    const without = renderToStaticMarkup(
      <StructureView {...viewProps(full, { strings, capabilities: { insert: false, fix: false, rectification: false, release: false } })} />,
    );
    expect(without).not.toContain("data-insert=");
  });

  test("the tracked-change option shows only when the document does not track changes", () => {
    const strings = getStrings("zh-CN");
    const render = (tracksChanges: boolean | null) =>
      renderToStaticMarkup(<StructureView {...viewProps(full, { strings, tracking: { tracksChanges, insertAsTracked: false } })} />);
    expect(render(false)).toContain(strings.insert.trackedOption);
    expect(render(true)).not.toContain(strings.insert.trackedOption);
    expect(render(true)).toContain(strings.insert.documentTracks);
    expect(render(null)).not.toContain(strings.insert.trackedOption);
  });
});
